"""News trend dashboard: theme trends, reported figures and keywords of a news corpus.

Run with `streamlit run app.py`. This script only lays out the page: analysis lives in
`metrics/`, figures in `dashboard/charts.py`, cached loading in `dashboard/loaders.py`.
"""

from __future__ import annotations

import streamlit as st

from dashboard.charts import chart_data, left_out_note, theme_trend_figure
from dashboard.loaders import (
    UPLOAD_TYPES,
    analyse_sample,
    analyse_upload,
    files_digest,
    sample_files,
)
from metrics.export import csv_bytes
from metrics.themes import load_lexicon
from metrics.trends import (
    COUNT_MODES,
    GRANULARITIES,
    MODE_LABELS,
    default_granularity,
    theme_trends,
)

st.set_page_config(page_title="News trend metrics", page_icon="📈", layout="wide")

lexicon = load_lexicon()

# --- Corpus -----------------------------------------------------------------------------
with st.sidebar:
    st.header("Corpus")
    uploads = st.file_uploader(
        "Your articles",
        type=UPLOAD_TYPES,
        accept_multiple_files=True,
        help="Text, Markdown, HTML, CSV or JSON Lines (one article per row, `text` column "
        "required), or a zip of these. Without an upload the sample corpus is shown.",
    )

if uploads:
    files = tuple((upload.name, upload.getvalue()) for upload in uploads)
    tables = analyse_upload(files_digest(list(files)), files)
    corpus_name = f"your upload ({len(files)} file{'s' if len(files) != 1 else ''})"
else:
    tables = analyse_sample(files_digest(sample_files()))
    corpus_name = "the sample corpus (news on Russia–China relations)"

articles = tables.articles
analysed = articles[articles["status"] == "ok"] if not articles.empty else articles
report = tables.ingest_report
skipped = report[report["status"] == "skipped"] if not report.empty else report

# --- Controls ---------------------------------------------------------------------------
with st.sidebar:
    st.header("View")
    suggested = default_granularity(analysed["date"].replace("", None))
    granularity = st.selectbox(
        "Granularity",
        GRANULARITIES,
        index=GRANULARITIES.index(suggested),
        format_func=str.capitalize,
        help="Length of each period. Empty periods are shown as zero mentions.",
    )
    mode = st.radio(
        "Count",
        COUNT_MODES,
        format_func=MODE_LABELS.get,
        help="Mentions: matches of theme terms. Per 1,000 words: mentions divided by all "
        "words of the period's articles. Share of articles: % of the period's articles "
        "with at least one mention.",
    )
    themes = st.multiselect(
        "Themes", lexicon.names, default=lexicon.names, format_func=lexicon.labels.get
    )

# --- Page -------------------------------------------------------------------------------
st.title("News trend metrics")
st.caption(f"Showing {corpus_name}.")

dated = int((analysed["date"] != "").sum()) if not analysed.empty else 0
col_articles, col_dated, col_undated, col_skipped = st.columns(4)
col_articles.metric("Articles analysed", len(analysed))
col_dated.metric("Dated", dated)
col_undated.metric("Undated", len(analysed) - dated)
col_skipped.metric("Inputs not used", len(skipped))
if len(skipped):
    with st.expander(f"{len(skipped)} input(s) could not be used — why", expanded=True):
        st.dataframe(skipped[["origin", "reason"]], hide_index=True, width="stretch")

if analysed.empty:
    st.info(
        "No article could be analysed. Upload .txt, .md, .html, .csv (with a `text` column), "
        ".jsonl or .zip files in the sidebar."
    )
    st.stop()

trend = theme_trends(
    tables.theme_counts, articles, granularity=granularity, mode=mode, themes=themes or []
)
if trend.table.empty:
    st.info(left_out_note(trend) or "Choose at least one theme in the sidebar to draw the chart.")
else:
    figure = theme_trend_figure(
        trend, colors=lexicon.colors, labels=lexicon.labels, granularity=granularity
    )
    st.plotly_chart(
        figure,
        theme=None,  # the figure's own template, so downloads look like the screen
        config={
            "displaylogo": False,
            "toImageButtonOptions": {
                "format": "png",
                "filename": f"theme-trends-{granularity}-{mode}",
                "scale": 2,
            },
        },
    )
    note = left_out_note(trend)
    if note:
        st.caption(f"{note} They are still used in the tables below.")
    data_col, html_col = st.columns(2)
    data_col.download_button(
        "Chart data (CSV)",
        data=lambda: csv_bytes(chart_data(trend)),
        file_name=f"theme-trends-{granularity}-{mode}.csv",
        mime="text/csv",
        on_click="ignore",
    )
    html_col.download_button(
        "Chart (interactive HTML)",
        data=lambda: figure.to_html(include_plotlyjs="cdn", full_html=True).encode("utf-8"),
        file_name=f"theme-trends-{granularity}-{mode}.html",
        mime="text/html",
        on_click="ignore",
    )

tab_figures, tab_keywords, tab_articles, tab_report = st.tabs(
    ["Figures", "Keywords", "Articles", "Ingest report"]
)
TABLES = {
    tab_figures: ("figures", "Figures the articles report, with the sentence each came from."),
    tab_keywords: ("keywords", "YAKE keywords per article (rank 1 = most relevant)."),
    tab_articles: ("articles", "One row per article: date, where the date came from, words."),
    tab_report: ("ingest_report", "Every input file or row: analysed, or why it was not."),
}
for tab, (name, caption) in TABLES.items():
    with tab:
        frame = getattr(tables, name)
        st.caption(caption)
        st.dataframe(
            frame,
            hide_index=True,
            width="stretch",
            column_config={"value": st.column_config.NumberColumn(format="localized")},
        )
        st.download_button(
            f"{name}.csv",
            data=lambda frame=frame: csv_bytes(frame),
            file_name=f"{name}.csv",
            mime="text/csv",
            on_click="ignore",
            key=f"download-{name}",
        )
