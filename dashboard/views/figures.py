"""Figures view: the figures the articles report, filtered, charted per unit, with sentences."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.charts import MAX_UNIT_PANELS, figures_timeline_figure, timeline_units
from dashboard.views import ViewContext
from dashboard.widgets import show_chart, show_table
from metrics.claims import distinct_claims

SHOWN_COLUMNS = [
    "date",
    "category",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "surface",
    "theme",
    "period_start",
    "period_end",
    "sentence",
    "article_id",
    "start",
    "end",
]


FILTERS = (
    ("category", "Category", "fig_category"),
    ("unit", "Unit", "fig_unit"),
    ("theme", "Theme", "fig_theme"),
    ("qualifier", "Qualifier", "fig_qualifier"),
)


def _filtered(figures: pd.DataFrame) -> pd.DataFrame:
    """Draw the four filters (options from all figures, so one choice never silently drops
    another) and return the figures that pass all of them."""
    keep = pd.Series(True, index=figures.index)
    for column_widget, (column, label, key) in zip(st.columns(len(FILTERS)), FILTERS, strict=True):
        values = figures[column].fillna("").astype(str)
        options = sorted(values.unique())
        shown = {value: value or "(none)" for value in options}
        with column_widget:
            chosen = st.multiselect(
                label, options, format_func=shown.get, placeholder="All", key=key
            )
        if chosen:
            keep &= values.isin(chosen)
    return figures[keep]


def render(context: ViewContext) -> None:
    """Draw the figures view."""
    figures = context.rows("figures")
    if figures.empty:
        st.info(
            "No figures found in the selected articles. Figures are amounts with a unit or a "
            "counted object (`$240 billion`, `3,200 troops`, `6.9%`, `38 bcm`): widen the date "
            "range or sources, or upload articles that report numbers."
        )
        return
    figures = _filtered(figures)
    if figures.empty:
        st.info("No figure passes all four filters: clear one of them.")
        return

    has_periods = "period_start" in figures and figures["period_start"].fillna("").ne("").any()
    left, right = st.columns(2)
    at = left.radio(
        "Place each figure at",
        ["date", "period"],
        format_func={
            "date": "the article's date",
            "period": "the period it describes (e.g. 'last year')",
        }.get,
        horizontal=True,
        key="fig_at",
        disabled=not has_periods,
        help="Trade 'last year' reported in May 2024 describes 2023. Figures whose sentence "
        "names no period stay at the article date.",
    )
    collapse = right.toggle(
        "Collapse repeated mentions of the same claim",
        key="fig_collapse",
        help="Same category, unit, value and period count as one claim.",
    )
    undated = int((figures["date"].fillna("") == "").sum())
    all_units = figures["unit"].nunique()
    if all_units > MAX_UNIT_PANELS:
        shown = ", ".join(timeline_units(figures))
        st.caption(
            f"The chart shows the {MAX_UNIT_PANELS} most frequent of {all_units} units ({shown}); "
            "choose units above to chart others. The table lists every figure."
        )
    lexicon = context.lexicon
    if len(figures) > undated:
        show_chart(
            figures_timeline_figure(figures, colors=lexicon.colors, labels=lexicon.labels, at=at),
            name="figures-timeline",
            data=figures[SHOWN_COLUMNS].copy() if set(SHOWN_COLUMNS) <= set(figures) else figures,
            image_format=context.controls.image_format,
            key="figures_chart",
        )
    if undated:
        st.caption(
            f"{undated} figure(s) from undated articles are not on the chart; "
            "they are in the table."
        )
    if collapse:
        claims = distinct_claims(figures)
        st.caption(f"{len(figures)} mentions of {len(claims)} distinct claims.")
        show_table(claims, name="figure-claims", key="claims_table")
    else:
        shown = [column for column in SHOWN_COLUMNS if column in figures]
        show_table(figures[shown], name="figures", key="figures_table")
