"""News trend dashboard: theme trends, reported figures and keywords of a news corpus.

Run with `streamlit run app.py`. This script only lays out the page: analysis lives in
`metrics/`, figures in `dashboard/charts.py`, views in `dashboard/views/`.
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from dashboard.controls import SAMPLE_KEY, selected_articles, sidebar_controls
from dashboard.loaders import (
    UPLOAD_TYPES,
    analyse_sample,
    analyse_upload,
    default_lexicon_toml,
    digest,
    lexicon_from_toml,
    sample_digest,
    uploads_digest,
    with_keywords,
)
from dashboard.safe import md_escape
from dashboard.views import ViewContext, articles, figures, keywords, method, trends
from dashboard.views.bundle import everything_zip
from metrics.themes import LexiconError

st.set_page_config(page_title="News trend metrics", page_icon="📈", layout="wide")

VIEWS = {
    "Trends": trends.render,
    "Figures": figures.render,
    "Keywords": keywords.render,
    "Articles": articles.render,
    "Method": method.render,
}


def use_lexicon(toml_text: str | None) -> None:
    """Switch this session to a lexicon (None: the bundled one) and select all its themes."""
    if toml_text is None:
        st.session_state.pop("lexicon_toml", None)
    else:
        st.session_state["lexicon_toml"] = toml_text
    st.session_state.pop("themes", None)  # the old theme names may not exist any more


def lexicon_editor() -> str:
    """Sidebar editor for the theme lexicon; returns the TOML text in use this session."""
    current = st.session_state.get("lexicon_toml", default_lexicon_toml())
    with st.expander("Theme lexicon"):
        st.caption("Words and phrases that count for each theme (TOML). `*` = any ending.")
        loaded = st.file_uploader("Load a lexicon file", type=["toml"], key="lexicon_file")
        if loaded is not None and st.session_state.get("_lexicon_loaded") != loaded.file_id:
            st.session_state["_lexicon_loaded"] = loaded.file_id
            candidate = loaded.getvalue().decode("utf-8", errors="replace")
            try:
                lexicon_from_toml(candidate)
                use_lexicon(candidate)
                current = candidate
            except LexiconError as error:
                st.error(md_escape(f"{loaded.name}: {error}"))
        edited = st.text_area(
            "Edit", value=current, height=280, key=f"lexicon-{digest(current)[:12]}"
        )
        apply_column, reset_column = st.columns(2)
        if apply_column.button("Apply", type="primary"):
            try:
                lexicon_from_toml(edited)
                use_lexicon(edited)
                st.rerun()
            except LexiconError as error:
                st.error(md_escape(error))
        if reset_column.button("Reset", disabled=current == default_lexicon_toml()):
            use_lexicon(None)
            st.rerun()
        st.download_button(
            "Download lexicon (TOML)",
            data=current.encode("utf-8"),
            file_name="themes.toml",
            mime="application/toml",
            on_click="ignore",
        )
    return current


with st.sidebar:
    st.header("Corpus")
    uploads = st.file_uploader(
        "Your articles",
        type=UPLOAD_TYPES,
        accept_multiple_files=True,
        help="Text, Markdown, HTML, CSV or JSON Lines (one article per row, `text` column "
        "required — or `body`, `content`; `date`, `title`, `url`, `source`, `id` used when "
        "present, under their common other names too), or a zip of these. Without an upload "
        "the sample corpus is shown.",
    )
    lexicon_toml = lexicon_editor()

lexicon = lexicon_from_toml(lexicon_toml)
uploads = uploads or []
if uploads:
    corpus = f"your upload ({len(uploads)} file{'s' if len(uploads) != 1 else ''})"
else:
    corpus = "the sample corpus (news on Russia–China relations)"
st.title("News trend metrics")
st.caption(f"Showing {corpus}. Choose dates, themes and counts in the sidebar.")
if uploads:
    corpus_key = uploads_digest(uploads)
    tables = analyse_upload(uploads, corpus_key, lexicon_toml)
else:
    corpus_key = SAMPLE_KEY
    tables = analyse_sample(sample_digest(), lexicon_toml)

analysed = tables.articles[tables.articles["status"] == "ok"]
report = tables.ingest_report
skipped = report[report["status"] == "skipped"] if not report.empty else report
# Inputs read fine that are no article themselves: metadata sidecars, renamed columns.
notes = (
    report[(report["status"] == "ok") & (report["article_id"] == "") & (report["reason"] != "")]
    if not report.empty
    else report
)

dated = int((analysed["date"] != "").sum())
col_articles, col_dated, col_undated, col_skipped = st.columns(4)
col_articles.metric("Articles analysed", len(analysed))
col_dated.metric("Dated", dated)
col_undated.metric("Undated", len(analysed) - dated)
col_skipped.metric("Inputs not used", len(skipped))
if len(skipped):
    with st.expander(f"{len(skipped)} input(s) could not be used — why", expanded=True):
        st.dataframe(skipped[["origin", "reason"]], hide_index=True, width="stretch")
if uploads and len(notes):
    with st.expander(f"How {len(notes)} file(s) were read"):
        st.dataframe(notes[["origin", "reason"]], hide_index=True, width="stretch")

if analysed.empty:
    st.info(
        "No article could be analysed. Upload .txt, .md, .html, .csv (with a `text` column), "
        ".jsonl or .zip files in the sidebar."
    )
    st.stop()

with st.sidebar:
    controls = sidebar_controls(tables, lexicon, corpus_key=corpus_key)

context = ViewContext(
    tables=tables, lexicon=lexicon, controls=controls, articles=selected_articles(tables, controls)
)
with st.sidebar:
    st.divider()
    st.download_button(
        "Download everything (zip)",
        data=lambda: everything_zip(context, lexicon_toml=lexicon_toml, corpus=corpus),
        file_name="news-trend-metrics.zip",
        mime="application/zip",
        on_click="ignore",
        help="Every table (CSV), the charts (HTML) and their data, the settings and the lexicon.",
        icon=":material/folder_zip:",
    )
st.caption(f"{len(context.articles)} of {len(analysed)} articles selected.")
if context.articles.empty:
    st.warning(
        "No article matches the sidebar's date range and sources: widen the range or choose "
        "at least one source."
    )
    st.stop()

tabs = st.tabs(list(VIEWS), key="view", bind="query-params")
for tab, (name, render) in zip(tabs, VIEWS.items(), strict=True):
    if tab.open:  # only the open view does its work
        with tab:
            if name == "Keywords":
                context = replace(context, tables=with_keywords(tables, corpus_key, lexicon_toml))
            render(context)
