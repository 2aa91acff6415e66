"""Trends view: theme series over time, heatmap, co-occurrence, click-through to articles."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.charts import (
    chart_data,
    cooccurrence_figure,
    left_out_note,
    theme_trend_figure,
    trend_heatmap_figure,
)
from dashboard.safe import md_escape
from dashboard.views import ViewContext
from dashboard.widgets import show_chart, show_table
from metrics.kwic import sentences_with_hits
from metrics.trends import article_periods, theme_cooccurrence, theme_trends

# Periods with fewer articles than this get a warning: one article swings their rates.
FEW_ARTICLES = 3
PERIOD_ARTICLES_SHOWN = 20
# More periods than this make an unreadable chart and a heavy page: ask for a coarser one.
MAX_PERIODS = 1_500


def _selected_point(event, trend_table: pd.DataFrame, themes: list[str]) -> tuple[str, str] | None:
    """(period label, theme or '') of the clicked point, if any."""
    points = getattr(getattr(event, "selection", None), "points", None) or []
    if not points:
        return None
    point = points[0]
    x = pd.Timestamp(point.get("x"))
    match = trend_table[trend_table["period_start"] == x]
    if match.empty:
        return None
    curve = point.get("curve_number", -1)
    theme = themes[curve] if 0 <= curve < len(themes) else ""
    return str(match["period"].iloc[0]), theme


def _period_articles(context: ViewContext, period: str, theme: str) -> None:
    """List the period's articles with the sentences that mention the theme(s)."""
    granularity = context.controls.granularity
    articles = context.articles
    labels = article_periods(articles, granularity)
    in_period = articles[articles["article_id"].map(labels) == period]
    themes = [theme] if theme else context.controls.themes
    theme_names = ", ".join(context.lexicon.labels.get(name, name) for name in themes)
    st.markdown(
        f"**{len(in_period)} article(s) in {period}** — sentences mentioning "
        f"{md_escape(theme_names)}"
    )
    hits = context.tables.theme_hits
    hits = hits[hits["article_id"].isin(in_period["article_id"]) & hits["theme"].isin(themes)]
    if len(in_period) > PERIOD_ARTICLES_SHOWN:
        st.caption(
            f"Showing the {PERIOD_ARTICLES_SHOWN} articles with most mentions; the Articles "
            "view and the tables have every article."
        )
        most = hits["article_id"].value_counts()
        in_period = in_period.assign(_mentions=in_period["article_id"].map(most).fillna(0))
        in_period = in_period.nlargest(PERIOD_ARTICLES_SHOWN, "_mentions")
    for article in in_period.itertuples():
        article_hits = hits[hits["article_id"] == article.article_id]
        with st.container(border=True):
            st.markdown(f"**{md_escape(article.title or article.article_id)}** · {article.date}")
            st.caption(
                f"{len(article_hits)} mention(s) · article id {md_escape(article.article_id)}"
            )
            sentences = sentences_with_hits(
                context.tables.texts.get(article.article_id, ""), article_hits
            )
            for sentence in sentences[:8]:
                st.text(f"• {sentence}")
            if len(sentences) > 8:
                st.caption(f"… and {len(sentences) - 8} more sentence(s)")


def render(context: ViewContext) -> None:
    """Draw the trends view."""
    controls = context.controls
    if not controls.themes:
        st.info("Choose at least one theme in the sidebar to draw the trends.")
        return
    trend = theme_trends(
        context.rows("theme_counts"),
        context.articles,
        granularity=controls.granularity,
        mode=controls.mode,
        themes=controls.themes,
    )
    if trend.table.empty:
        st.info(
            (left_out_note(trend) + " ")
            + "No article can be placed on a time chart: add dates (a `date` column, a "
            "` date YYYY-MM-DD` header line, or metadata.csv), choose a coarser granularity, or "
            "widen the date range. The other views still use every article."
        )
        return
    periods = trend.table["period"].nunique()
    if periods > MAX_PERIODS:
        st.warning(
            f"{periods:,} {controls.granularity}s between the first and last article are too "
            "many to draw: choose a coarser granularity or a narrower date range."
        )
        return
    lexicon = context.lexicon
    figure = theme_trend_figure(
        trend, colors=lexicon.colors, labels=lexicon.labels, granularity=controls.granularity
    )
    event = show_chart(
        figure,
        name=context.chart_name("theme-trends"),
        data=chart_data(trend),
        image_format=controls.image_format,
        key="trend_chart",
        selectable=True,
    )
    notes = []
    if note := left_out_note(trend):
        notes.append(f"{note} They are still used in the other views.")
    populated = trend.table.drop_duplicates("period")
    few = populated[(populated["articles"] > 0) & (populated["articles"] < FEW_ARTICLES)]
    if len(few):
        notes.append(
            f"{len(few)} of {int((populated['articles'] > 0).sum())} periods with articles hold "
            f"fewer than {FEW_ARTICLES}: a single article moves their values a lot."
        )
    for note in notes:
        st.caption(f"⚠️ {note}")
    with st.expander("Data behind the chart"):
        show_table(chart_data(trend), name=context.chart_name("theme-trends"), key="trend_table")

    periods_with_articles = list(populated.loc[populated["articles"] > 0, "period"])
    clicked = _selected_point(event, trend.table, controls.themes)
    # A selection stays on the chart across reruns: follow it only when it changes.
    if clicked and clicked != st.session_state.get("_trend_click"):
        st.session_state["_trend_click"] = clicked
        if clicked[0] in periods_with_articles:
            st.session_state["trend_period"] = clicked[0]
            st.session_state["trend_theme"] = clicked[1]
    st.subheader("Articles behind a period")
    st.caption("Click a point on the chart, or choose a period here.")
    period_column, theme_column = st.columns(2)
    period = period_column.selectbox(
        "Period",
        periods_with_articles,
        index=None,
        key="trend_period",
        placeholder="Choose a period",
    )
    theme = theme_column.selectbox(
        "Theme",
        ["", *controls.themes],
        format_func=lambda name: lexicon.labels.get(name, name) if name else "All chosen themes",
        key="trend_theme",
    )
    if period:
        _period_articles(context, period, theme)

    st.subheader("Theme by period")
    heatmap = trend_heatmap_figure(trend, labels=lexicon.labels, granularity=controls.granularity)
    show_chart(
        heatmap,
        name=context.chart_name("theme-heatmap"),
        data=chart_data(trend),
        image_format=controls.image_format,
        key="heatmap_chart",
    )
    st.subheader("Themes that appear together")
    matrix = theme_cooccurrence(context.rows("theme_counts"), controls.themes)
    left, right = st.columns([3, 2])
    with left:
        show_chart(
            cooccurrence_figure(matrix, labels=lexicon.labels),
            name="theme-cooccurrence",
            data=matrix.rename_axis("theme").reset_index(),
            image_format=controls.image_format,
            key="cooccurrence_chart",
        )
    with right:
        st.caption(
            "Each cell counts the selected articles (dated or not) that mention both themes at "
            "least once; the diagonal counts articles mentioning the theme at all."
        )
