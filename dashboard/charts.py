"""Plotly figures built from tidy tables. Pure functions: no Streamlit, testable headless."""

from __future__ import annotations

import math
from html import escape

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.formatting import format_number
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


# Typical period lengths, to give a chart with a single period a sensible width.
_PERIOD_DAYS = {"day": 1, "week": 7, "month": 31, "quarter": 92, "year": 366}


def _pad_single_period(figure: go.Figure, starts: pd.Series, granularity: str) -> None:
    """With one period only, plotly zooms to milliseconds: show a period either side."""
    unique = pd.to_datetime(pd.Series(starts)).dropna().unique()
    if len(unique) == 1:
        days = pd.Timedelta(days=_PERIOD_DAYS.get(granularity, 31))
        figure.update_xaxes(range=[unique[0] - days, unique[0] + days])


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
        customdata = rows[
            ["articles", "words", "mentions", "articles_with_theme", "period"]
        ].to_numpy()
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
                # the label goes in as data (fullData.name), never into the template itself
                hovertemplate=(
                    "<b>%{fullData.name}</b><br>%{customdata[4]}<br>"
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
            customdata=periods[["period"]].to_numpy(),
            hovertemplate="%{customdata[0]}<br>%{y} articles<extra></extra>",
        ),
        row=2,
        col=1,
    )
    _pad_single_period(figure, periods["period_start"], granularity)
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


def trend_heatmap_figure(trend: Trend, *, labels: dict[str, str], granularity: str) -> go.Figure:
    """Theme × period heatmap of the trend values (white = 0, blank = no articles)."""
    table = trend.table
    mode = str(table["mode"].iloc[0]) if not table.empty else "mentions"
    wide = table.pivot(index="theme", columns="period", values="value")
    order = list(dict.fromkeys(table["theme"]))
    periods = list(dict.fromkeys(table["period"]))
    wide = wide.reindex(index=order, columns=periods)
    articles = table.drop_duplicates("period").set_index("period")["articles"].reindex(periods)
    figure = go.Figure(
        go.Heatmap(
            z=wide.to_numpy(),
            x=periods,
            y=[escape(labels.get(theme, theme)) for theme in order],
            zmin=0,
            zmax=max(1.0, float(table["value"].max())) if table["value"].notna().any() else 1.0,
            colorscale="Blues",
            colorbar={"title": {"text": MODE_LABELS[mode], "side": "right"}},
            customdata=[[int(articles[period]) for period in periods] for _ in order],
            hovertemplate=(
                f"%{{y}}<br>%{{x}}<br>{_HOVER_UNITS[mode].replace('%{y', '%{z')}"
                "<br>%{customdata} articles in the period<extra></extra>"
            ),
            xgap=1,
            ygap=1,
        )
    )
    noun = GRANULARITY_NOUN.get(granularity, granularity)
    figure.update_layout(
        template=TEMPLATE,
        font=FONT,
        title={
            "text": f"{CHART_TITLES[mode].format(noun=noun)} (heatmap)"
            + ("<br><sup>grey: no articles in the period</sup>" if mode != "mentions" else ""),
            "x": 0,
        },
        plot_bgcolor="#d0d0d0",  # empty (NaN) cells show the background: no articles
        xaxis={"title": f"Article date ({noun})", "type": "category"},
        yaxis={"title": "Theme", "autorange": "reversed"},
        height=max(260, 140 + 40 * len(order)),
        margin={"t": 70, "l": 90, "r": 40, "b": 60},
    )
    return figure


def cooccurrence_figure(matrix: pd.DataFrame, *, labels: dict[str, str]) -> go.Figure:
    """Heatmap of articles mentioning both themes of each pair (diagonal: either alone)."""
    names = [escape(labels.get(theme, theme)) for theme in matrix.index]
    figure = go.Figure(
        go.Heatmap(
            z=matrix.to_numpy(),
            x=names,
            y=names,
            zmin=0,
            zmax=max(1, int(matrix.to_numpy().max())) if matrix.size else 1,
            colorscale="Purples",
            text=matrix.to_numpy(),
            texttemplate="%{text}",
            colorbar={"title": {"text": "Articles (n)", "side": "right"}},
            hovertemplate="%{y} and %{x}: %{z} articles<extra></extra>",
            xgap=2,
            ygap=2,
        )
    )
    figure.update_layout(
        template=TEMPLATE,
        font=FONT,
        title={"text": "Articles mentioning both themes", "x": 0},
        xaxis={"title": "Theme", "side": "bottom"},
        yaxis={"title": "Theme", "autorange": "reversed"},
        height=200 + 45 * len(names),
        margin={"t": 60, "l": 90, "r": 20, "b": 60},
    )
    return figure


UNIT_LABELS = {
    "USD": "US dollars (USD)",
    "EUR": "euros (EUR)",
    "CNY": "yuan (CNY)",
    "RUB": "roubles (RUB)",
    "JPY": "yen (JPY)",
    "troops": "troops (count)",
    "people": "people (count)",
    "aircraft": "aircraft (count)",
    "ships": "ships (count)",
    "count": "count",
    "percent": "percent (%)",
    "percentage_points": "percentage points",
    "bcm": "billion cubic metres (bcm)",
    "barrels_per_day": "barrels per day",
    "boe_per_day": "barrels of oil equivalent per day (boe/d)",
    "boe": "barrels of oil equivalent (boe)",
    "tonnes": "tonnes",
    "tonnes_per_day": "tonnes per day",
    "grams_per_tonne": "grams per tonne (g/t)",
    "km": "kilometres (km)",
    "years": "years",
    "days": "days",
    "months": "months",
    "hours": "hours",
    "minutes": "minutes",
    "seconds": "seconds",
    "GBP": "pounds (GBP)",
    "INR": "rupees (INR)",
    "basis_points": "basis points",
    "times": "times (multiplier)",
    "barrels": "barrels",
    "TEU": "containers (TEU)",
    "MW": "megawatts (MW)",
    "GW": "gigawatts (GW)",
    "kWh": "kilowatt hours (kWh)",
    "TWh": "terawatt hours (TWh)",
    "kg": "kilograms (kg)",
    "metres": "metres (m)",
    "miles": "miles",
    "nautical_miles": "nautical miles",
    "km2": "square kilometres (km²)",
    "square_miles": "square miles (sq mi)",
    "square_metres": "square metres (m²)",
    "cubic_metres": "cubic metres (m³)",
    "cubic_feet": "cubic feet",
    "hectares": "hectares (ha)",
    "acres": "acres",
    "celsius": "degrees Celsius (°C)",
    "fahrenheit": "degrees Fahrenheit (°F)",
    "degrees": "degrees (scale not stated)",
    "ounces": "ounces (oz)",
    "km_per_hour": "kilometres per hour (km/h)",
    "mph": "miles per hour (mph)",
    "knots": "knots",
    "tonne_km": "tonne-kilometres",
}


def unit_label(unit: str) -> str:
    """A figure unit as a panel or axis names it: "troops (count)", "RUB per USD (exchange
    rate)"; an unknown unit as written, underscores as spaces."""
    if unit in UNIT_LABELS:
        return UNIT_LABELS[unit]
    base, per, quoted = unit.partition("_per_")
    if per and base.isupper() and quoted.isupper():
        return f"{base} per {quoted} (exchange rate)"
    return unit.replace("_", " ")


# More panels than this would be unreadable: the rest are reached through the unit filter.
MAX_UNIT_PANELS = 8
# Values spanning more than this ratio on one axis are drawn on a log scale.
LOG_SCALE_SPAN = 1_000


def _wrap(text: str, width: int = 80) -> str:
    """Escape corpus text for a plotly hover and wrap it into lines of about `width`."""
    lines, line = [], ""
    for word in str(text).split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "<br>".join(escape(part) for part in lines[:6]) + ("<br>…" if len(lines) > 6 else "")


def timeline_units(figures: pd.DataFrame, *, max_panels: int = MAX_UNIT_PANELS) -> list[str]:
    """The units the figures timeline draws: the most frequent first, at most `max_panels`."""
    return list(figures["unit"].value_counts().index[:max_panels])


def figures_timeline_figure(
    figures: pd.DataFrame,
    *,
    colors: dict[str, str],
    labels: dict[str, str],
    at: str = "date",
    max_panels: int = MAX_UNIT_PANELS,
) -> go.Figure:
    """One panel per unit (never dollars and troops on one axis), a point per mention.

    `at="date"` plots at the article date; `at="period"` at the start of the period the
    sentence ties the figure to (falling back to the article date when it names none).
    Only the `max_panels` most frequent units are drawn (see `timeline_units`).
    """
    frame = figures.copy()
    frame["x"] = frame["date"]
    if at == "period" and "period_start" in frame:
        period = frame["period_start"].fillna("").astype(str)
        frame["x"] = period.where(period != "", frame["date"])
    frame = frame[frame["x"].fillna("") != ""]
    units = timeline_units(frame, max_panels=max_panels)
    figure = make_subplots(
        rows=max(1, len(units)),
        cols=1,
        shared_xaxes=True,
        vertical_spacing=min(0.08, 0.3 / max(1, len(units))),
        subplot_titles=[escape(unit_label(unit)) for unit in units],
    )
    seen_themes: set[str] = set()
    for row, unit in enumerate(units, start=1):
        rows = frame[frame["unit"] == unit]
        for theme, group in rows.groupby(rows["theme"].fillna(""), sort=False):
            name = escape(labels.get(theme, theme or "no theme"))
            figure.add_trace(
                go.Scatter(
                    x=pd.to_datetime(group["x"]),
                    y=group["value"],
                    mode="markers",
                    name=name,
                    legendgroup=theme,
                    showlegend=theme not in seen_themes,
                    marker={"color": colors.get(theme, "#7f7f7f"), "size": 10, "opacity": 0.85},
                    customdata=[
                        [
                            escape(str(r.surface)),
                            escape(str(r.article_id)),
                            _wrap(r.sentence),
                            f"{format_number(r.value)} {escape(unit)}",
                        ]
                        for r in group.itertuples()
                    ],
                    hovertemplate=(
                        "<b>%{customdata[0]}</b> = %{customdata[3]}"
                        "<br>%{x|%Y-%m-%d} · %{customdata[1]}<br>%{customdata[2]}<extra></extra>"
                    ),
                ),
                row=row,
                col=1,
            )
            seen_themes.add(theme)
        values = rows["value"]
        # (never with a value at or below zero, which a log axis cannot show: "-45 °F")
        use_log = bool((values > 0).all()) and values.max() / values.min() >= LOG_SCALE_SPAN
        figure.update_yaxes(
            type="log" if use_log else "linear",
            rangemode="tozero" if not use_log else None,
            title_text=escape(unit_label(unit)) + (" (log scale)" if use_log else ""),
            row=row,
            col=1,
        )
    figure.update_xaxes(
        title_text="Period the figure describes" if at == "period" else "Article date",
        row=max(1, len(units)),
        col=1,
    )
    figure.update_layout(
        template=TEMPLATE,
        font=FONT,
        title={"text": "Figures reported in the articles, one panel per unit", "x": 0},
        height=max(320, 70 + 190 * len(units)),
        margin={"t": 70, "l": 80, "r": 20, "b": 60},
        legend={"title": {"text": "Theme"}},
        hovermode="closest",
    )
    return figure


def keyword_trend_figure(table: pd.DataFrame, *, granularity: str) -> go.Figure:
    """Lines of articles per period whose top keywords include each chosen keyword."""
    figure = go.Figure()
    for keyword, rows in table.groupby("keyword", sort=False):
        figure.add_trace(
            go.Scatter(
                x=rows["period_start"],
                y=rows["articles_with_keyword"],
                name=escape(keyword),
                mode="lines+markers",
                customdata=rows[["articles", "period"]].to_numpy(),
                hovertemplate=(
                    "<b>%{fullData.name}</b><br>%{customdata[1]}<br>"
                    "in the keywords of %{y} of %{customdata[0]} articles<extra></extra>"
                ),
            )
        )
    _pad_single_period(figure, table["period_start"], granularity)
    noun = GRANULARITY_NOUN.get(granularity, granularity)
    figure.update_layout(
        template=TEMPLATE,
        font=FONT,
        title={"text": f"Articles with each keyword among their top keywords, per {noun}", "x": 0},
        xaxis={"title": f"Article date ({noun})"},
        yaxis={
            "title": "Articles (n)",
            "rangemode": "tozero",
            "tickformat": ",d",
            "dtick": max(1, math.ceil(int(table["articles_with_keyword"].max() or 0) / 4)),
        },
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "title": None},
        height=420,
        margin={"t": 90, "l": 70, "r": 20, "b": 60},
    )
    return figure
