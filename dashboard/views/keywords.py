"""Keywords view: top YAKE keywords across the corpus, per period and per article."""

from __future__ import annotations

import streamlit as st

from dashboard.charts import keyword_trend_figure
from dashboard.views import ViewContext
from dashboard.widgets import show_chart, show_table
from metrics.keywords import MAX_NGRAM, TOP_KEYWORDS, rank_keywords
from metrics.trends import article_periods, keyword_trends

PER_PERIOD = 5  # keywords shown per period


def render(context: ViewContext) -> None:
    """Draw the keywords view."""
    keywords = context.rows("keywords")
    if keywords.empty:
        st.info("No keywords: the selected articles have no text left after cleaning.")
        return
    st.caption(
        f"YAKE picks the top {TOP_KEYWORDS} keywords (1 to {MAX_NGRAM} words) of each article. "
        "Across articles, keywords are ranked by the number of articles that have them "
        "(document frequency), then by their mean YAKE score (lower = more relevant)."
    )
    ranked = rank_keywords(keywords)
    overall, by_period = st.columns(2)
    with overall:
        st.subheader("Across the selected articles")
        show_table(ranked, name="keywords-ranked", key="ranked_keywords", height=380)
    granularity = context.controls.granularity
    articles = context.articles
    periods = article_periods(articles, granularity)
    dated_keywords = keywords.assign(period=keywords["article_id"].map(periods).fillna(""))
    dated_keywords = dated_keywords[dated_keywords["period"] != ""]
    with by_period:
        st.subheader(f"Per {granularity}")
        if dated_keywords.empty:
            st.info("No article is dated to this granularity; choose a coarser one.")
        else:
            per_period = rank_keywords(dated_keywords, by=["period"])
            top = per_period.groupby("period", sort=True).head(PER_PERIOD)
            show_table(top, name=f"keywords-per-{granularity}", key="period_keywords", height=380)

    st.subheader("Keywords over time")
    chosen = st.multiselect(
        "Keywords to follow",
        list(ranked["keyword"]),
        default=list(ranked["keyword"].head(3)),
        key="kw_follow",
        max_selections=8,
    )
    trend = keyword_trends(keywords, articles, chosen, granularity=granularity)
    if chosen and not trend.empty:
        show_chart(
            keyword_trend_figure(trend, granularity=granularity),
            name=f"keyword-trends-{granularity}",
            data=trend.assign(period_start=trend["period_start"].dt.strftime("%Y-%m-%d")),
            image_format=context.controls.image_format,
            key="keyword_chart",
        )
    elif chosen:
        st.info("No article is dated to this granularity; choose a coarser one.")

    st.subheader("Per article")
    titles = articles.set_index("article_id")["title"].fillna("").to_dict()
    article_id = st.selectbox(
        "Article",
        list(articles["article_id"]),
        format_func=lambda aid: f"{titles.get(aid) or aid} ({aid})",
        key="kw_article",
    )
    if article_id:
        show_table(
            keywords[keywords["article_id"] == article_id][["rank", "keyword", "score"]],
            name="keywords-of-article",
            key="article_keywords",
        )
