"""The sidebar controls, kept in the URL query string so a view can be shared and restored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from metrics.selection import select_articles, source_names
from metrics.themes import Lexicon
from metrics.trends import GRANULARITIES, default_granularity
from metrics.types import Tables

IMAGE_FORMATS = ("png", "svg")
SAMPLE_KEY = "sample"
# The count-mode radio shows (and puts in the URL) these short labels.
MODE_CHOICES = {
    "Mentions": "mentions",
    "Per 1,000 words": "per_1k_words",
    "Share of articles": "share_of_articles",
}
MODE_CAPTIONS = [
    "matches of the theme's terms",
    "mentions ÷ words of the period's articles × 1,000",
    "% of the period's articles with at least one mention",
]


@dataclass(frozen=True)
class Controls:
    """What the user chose; every view reads it."""

    granularity: str
    mode: str
    themes: list[str]
    sources: list[str]
    start: dt.date | None
    end: dt.date | None
    include_undated: bool
    image_format: str

    def as_settings(self) -> dict:
        """The choices as plain values (for the settings file of a download)."""
        return {
            "granularity": self.granularity,
            "mode": self.mode,
            "themes": self.themes,
            "sources": self.sources,
            "date_from": self.start.isoformat() if self.start else None,
            "date_to": self.end.isoformat() if self.end else None,
            "include_undated": self.include_undated,
        }


# Choices that name things of one corpus (its sources, dates, periods, keywords, units):
# cleared when another corpus is opened, so they never silently select nothing.
CORPUS_CHOICES = (
    "trend_period", "trend_theme", "_trend_click",
    "kw_follow", "kw_article", "fig_category", "fig_unit", "fig_theme", "fig_qualifier",
)  # fmt: skip


def _forget_choices_of_another_corpus(corpus_key: str) -> None:
    """Reset corpus-specific choices when the corpus changes (not on the first page load,
    whose choices may come from a shared URL)."""
    previous = st.session_state.get("_corpus")
    if previous is not None and previous != corpus_key:
        for key in CORPUS_CHOICES:
            st.session_state.pop(key, None)


def _corpus_widget(name: str, corpus_key: str) -> dict:
    """Key and URL binding of a widget whose options come from the corpus.

    Only the sample can be restored from a link, so only its widgets are bound to the URL;
    an upload gets widgets of its own (a bound widget kept the old corpus's values in the
    browser and selected nothing).
    """
    if corpus_key == SAMPLE_KEY:
        return {"key": name, "bind": "query-params"}
    return {"key": f"{name}-{corpus_key[:16]}"}


def _date_bounds(articles: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    dates = pd.to_datetime(articles["date"], errors="coerce", format="%Y-%m-%d").dropna()
    if dates.empty:
        return None
    return dates.min().date(), dates.max().date()


def sidebar_controls(tables: Tables, lexicon: Lexicon, *, corpus_key: str) -> Controls:
    """Draw the view controls in the sidebar and return the choices.

    `corpus_key` identifies the corpus: when it changes, choices naming things of the old
    corpus are cleared.
    """
    _forget_choices_of_another_corpus(corpus_key)
    analysed = tables.articles[tables.articles["status"] == "ok"]
    st.header("View")
    bounds = _date_bounds(analysed)
    start = end = None
    if bounds and bounds[0] < bounds[1]:
        start, end = st.slider(
            "Article dates",
            min_value=bounds[0],
            max_value=bounds[1],
            value=bounds,
            format="YYYY-MM-DD",
            **_corpus_widget("dates", corpus_key),
            help="Articles dated only to a month or year are kept when that period overlaps.",
        )
    include_undated = st.checkbox(
        "Include undated articles in tables",
        value=True,
        key="undated",
        bind="query-params",
        help="Undated articles are never on time charts; the charts say how many were left out.",
    )
    all_sources = source_names(analysed)
    sources = all_sources
    if len(all_sources) > 1:
        sources = st.multiselect(
            "Sources", all_sources, default=all_sources, **_corpus_widget("sources", corpus_key)
        )
    suggested = default_granularity(analysed["date"].replace("", None), analysed["date_precision"])
    granularity = st.selectbox(
        "Granularity",
        GRANULARITIES,
        index=GRANULARITIES.index(suggested),
        **_corpus_widget("granularity", corpus_key),
        help="Length of each period on time charts. Empty periods show zero mentions.",
    )
    mode_label = st.radio(
        "Count",
        list(MODE_CHOICES),
        captions=MODE_CAPTIONS,
        key="mode",
        bind="query-params",
    )
    mode = MODE_CHOICES[mode_label]
    themes = st.multiselect(
        "Themes",
        lexicon.names,
        default=lexicon.names,
        format_func=lambda name: lexicon.labels.get(name, name),
        key="themes",
        bind="query-params",
    )
    image_format = st.radio(
        "Chart image format",
        IMAGE_FORMATS,
        format_func=str.upper,
        horizontal=True,
        key="image",
        bind="query-params",
        help="Format of the camera button in each chart's toolbar.",
    )
    # Remembered only once the widgets exist: a rerun that interrupts this one (a slow
    # upload) must still see the corpus as new and clear the old choices.
    st.session_state["_corpus"] = corpus_key
    return Controls(
        granularity=granularity,
        mode=mode,
        themes=list(themes),
        sources=list(sources),
        start=start,
        end=end,
        include_undated=include_undated,
        image_format=image_format,
    )


def selected_articles(tables: Tables, controls: Controls) -> pd.DataFrame:
    """The analysed articles the controls select."""
    return select_articles(
        tables.articles,
        start=controls.start,
        end=controls.end,
        sources=controls.sources,
        include_undated=controls.include_undated,
    )
