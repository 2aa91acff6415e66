"""Plotly figures built from tidy tables. Pure functions: no Streamlit, testable headless."""

from __future__ import annotations

import math
from html import escape

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from metrics.trends import MODE_LABELS, Trend

TEMPLATE = "plotly_white"
FONT = {"family": "Inter, Helvetica, Arial, sans-serif", "size": 13}
_HOVER_UNITS = {
    "mentions": "%{y:,.0f} mentions",
    "per_1k_words": "%{y:.2f} mentions per 1,000 words",
    "share_of_articles": "%{y:.0f}% of articles",
}
CHART_TITLES = {
    "mentions": "Theme mentions per {noun}",
    "per_1k_words": "Theme mentions per 1,000 words, per {noun}",
    "share_of_articles": "Share of articles mentioning each theme, per {noun}",
}
GRANULARITY_NOUN = {
    "day": "day",
    "week": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
}


def left_out_note(trend: Trend) -> str:
    """A sentence saying which articles the chart could not place, or '' when none."""
    parts = []
    if trend.undated:
        parts.append(f"{trend.undated} undated article{'s' if trend.undated != 1 else ''}")
    if trend.too_coarse:
        parts.append(
            f"{trend.too_coarse} article{'s' if trend.too_coarse != 1 else ''} dated only to a "
            "coarser period than this granularity"
        )
    return " and ".join(parts) + " not on the chart." if parts else ""


def theme_trend_figure(
    trend: Trend,
    *,
    colors: dict[str, str],
    labels: dict[str, str],
    granularity: str,
) -> go.Figure:
    """Line chart (with markers) of each theme per period, over a bar strip of n articles.

    The y axis starts at zero and names its unit; hovers give the value and its
    denominator; periods without articles are gaps in rate modes, never fake zeros.
    """
    table = trend.table
    mode = str(table["mode"].iloc[0]) if not table.empty else "mentions"
    figure = make_subplots(
        rows=2,
        cols=1,
        shared_xaxes=True,
        row_heights=[0.78, 0.22],
        vertical_spacing=0.06,
    )
    for theme, rows in table.groupby("theme", sort=False):
        label = escape(labels.get(theme, theme))  # lexicon labels may come from an upload
        customdata = rows[["articles", "words", "mentions", "articles_with_theme"]].to_numpy()
        figure.add_trace(
            go.Scatter(
                x=rows["period_start"],
                y=rows["value"],
                name=label,
                mode="lines+markers",
                line={"color": colors.get(theme), "width": 2},
                marker={"size": 7},
                connectgaps=False,
                customdata=customdata,
                hovertemplate=(
                    f"<b>{label}</b><br>%{{x|%Y-%m-%d}}<br>"
                    f"{_HOVER_UNITS[mode]}<br>"
                    "%{customdata[2]} mentions in %{customdata[3]} of %{customdata[0]} articles "
                    "(%{customdata[1]:,} words)<extra></extra>"
                ),
            ),
            row=1,
            col=1,
        )
    periods = table.drop_duplicates("period_start")
    figure.add_trace(
        go.Bar(
            x=periods["period_start"],
            y=periods["articles"],
            name="Articles",
            marker={"color": "#9aa5b1"},
            showlegend=False,
            hovertemplate="%{x|%Y-%m-%d}<br>%{y} articles<extra></extra>",
        ),
        row=2,
        col=1,
    )
    noun = GRANULARITY_NOUN.get(granularity, granularity)
    figure.update_yaxes(
        title_text=MODE_LABELS[mode], rangemode="tozero", row=1, col=1, zeroline=True
    )
    most_articles = int(periods["articles"].max()) if not periods.empty else 0
    figure.update_yaxes(
        title_text="Articles (n)",
        rangemode="tozero",
        row=2,
        col=1,
        tickformat=",d",
        dtick=max(1, math.ceil(most_articles / 3)),  # whole articles only
    )
    figure.update_xaxes(title_text=f"Article date ({noun})", row=2, col=1)
    note = left_out_note(trend)
    figure.update_layout(
        template=TEMPLATE,
        font=FONT,
        title={
            "text": CHART_TITLES[mode].format(noun=noun)
            + (f"<br><sup>{note}</sup>" if note else ""),
            "x": 0,
        },
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "title": None},
        margin={"t": 110, "l": 70, "r": 20, "b": 60},
        hovermode="closest",
        height=520,
    )
    return figure


def chart_data(trend: Trend) -> pd.DataFrame:
    """The data behind the trend chart, as a user would want it in a CSV."""
    table = trend.table.copy()
    table["period_start"] = pd.to_datetime(table["period_start"]).dt.strftime("%Y-%m-%d")
    return table
