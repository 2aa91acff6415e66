"""Articles view: a reader with highlights that say why each thing was counted, and KWIC."""

from __future__ import annotations

import streamlit as st

from dashboard.reader import highlight_html, legend_html
from dashboard.safe import md_escape
from dashboard.views import ViewContext
from dashboard.widgets import show_table
from metrics.kwic import hits_in_context, keyword_in_context

SAFE_URL_SCHEMES = ("http://", "https://")
KWIC_LIMIT = 5_000  # occurrences listed at most


def _reader(context: ViewContext) -> None:
    articles = context.articles
    titles = articles.set_index("article_id")["title"].fillna("").to_dict()
    dates = articles.set_index("article_id")["date"].fillna("").to_dict()
    ids = list(articles["article_id"])
    # The URL carries the article id (a bound widget would carry its long display label).
    wanted = st.query_params.get("article")
    article_id = st.selectbox(
        "Article",
        ids,
        index=ids.index(wanted) if wanted in ids else 0,
        format_func=lambda aid: f"{dates.get(aid) or 'undated'} · {titles.get(aid) or aid}",
    )
    if not article_id:
        return
    st.query_params["article"] = article_id
    article = articles.set_index("article_id").loc[article_id]
    st.markdown(f"### {md_escape(article['title'] or article_id)}")
    facts = [
        f"**Date:** {md_escape(article['date'] or 'undated')}"
        + (f" ({article['date_precision']} precision)" if article["date_precision"] else ""),
        f"**Date from:** {md_escape(article['date_source'])}",
        f"**Words:** {int(article['words']):,}",
    ]
    if article["source"]:
        facts.append(f"**Source:** {md_escape(article['source'])}")
    st.markdown(" · ".join(facts))
    if article.get("date_note"):
        st.caption(f"Date evidence: {md_escape(article['date_note'])}")
    url = str(article["url"] or "")
    if url.lower().startswith(SAFE_URL_SCHEMES):
        st.link_button("Open the original", url, icon=":material/open_in_new:")
    st.caption(f"Read from {md_escape(article['origin'])}")

    hits = context.tables.theme_hits
    hits = hits[(hits["article_id"] == article_id) & hits["theme"].isin(context.controls.themes)]
    figures = context.tables.figures
    figures = figures[figures["article_id"] == article_id]
    lexicon = context.lexicon
    st.html(legend_html(lexicon.colors, lexicon.labels, context.controls.themes))
    text = context.tables.texts.get(article_id, "")
    st.html(highlight_html(text, hits, figures, colors=lexicon.colors, labels=lexicon.labels))

    with st.expander(f"Why counted: {len(hits)} theme mention(s), {len(figures)} figure(s)"):
        show_table(
            hits_in_context({article_id: text}, hits).assign(theme=hits["theme"].to_numpy()),
            name="theme-hits-of-article",
            key="reader_hits",
        )
        if not figures.empty:
            show_table(
                figures[["surface", "value", "unit", "category", "qualifier", "theme", "sentence"]],
                name="figures-of-article",
                key="reader_figures",
            )


def _kwic(context: ViewContext) -> None:
    st.subheader("Keyword in context")
    lexicon = context.lexicon
    left, right = st.columns([1, 2])
    kind = left.radio("Search for", ["term", "theme"], horizontal=True, key="kwic_kind")
    selected = set(context.articles["article_id"])
    texts = {
        article_id: text
        for article_id, text in context.tables.texts.items()
        if article_id in selected
    }
    if kind == "theme":
        theme = right.selectbox(
            "Theme", lexicon.names, format_func=lexicon.labels.get, key="kwic_theme"
        )
        hits = context.rows("theme_hits")
        table = hits_in_context(texts, hits[hits["theme"] == theme])
        label = lexicon.labels.get(theme, theme)
    else:
        term = right.text_input(
            "Term",
            value="sanction*",
            key="kwic_term",
            help="Whole words, any case; * = any ending.",
        )
        table = keyword_in_context(texts, term, limit=KWIC_LIMIT)
        label = term
    shown = "the first " if len(table) >= KWIC_LIMIT else ""
    st.caption(
        f"Showing {shown}{len(table):,} occurrence(s) of {md_escape(label)} "
        f"in {table['article_id'].nunique()} article(s)."
    )
    show_table(table, name="keyword-in-context", key="kwic_table", height=320)


def render(context: ViewContext) -> None:
    """Draw the articles view."""
    if context.articles.empty:
        st.info("No article matches the sidebar's date range and sources.")
        return
    _reader(context)
    _kwic(context)
