"""The "download everything" zip of the current view: tables, charts, their data, settings."""

from __future__ import annotations

from dataclasses import replace

from dashboard.charts import (
    chart_data,
    cooccurrence_figure,
    figures_timeline_figure,
    theme_trend_figure,
    trend_heatmap_figure,
)
from dashboard.downloads import bundle_zip
from dashboard.views import ViewContext
from metrics.pipeline import add_keywords
from metrics.trends import theme_cooccurrence, theme_trends
from metrics.types import Tables


def everything_zip(context: ViewContext, *, lexicon_toml: str, corpus: str) -> bytes:
    """Build the zip (called only when the download is clicked).

    Keywords an upload's analysis left for later are extracted here if no view needed them
    yet: the zip never lacks a table.
    """
    context = replace(context, tables=add_keywords(context.tables))
    controls = context.controls
    lexicon = context.lexicon
    charts, data = {}, {}
    counts = context.rows("theme_counts")
    if controls.themes:
        trend = theme_trends(
            counts,
            context.articles,
            granularity=controls.granularity,
            mode=controls.mode,
            themes=controls.themes,
        )
        if not trend.table.empty:
            name = context.chart_name("theme-trends")
            charts[name] = theme_trend_figure(
                trend,
                colors=lexicon.colors,
                labels=lexicon.labels,
                granularity=controls.granularity,
            )
            charts[context.chart_name("theme-heatmap")] = trend_heatmap_figure(
                trend, labels=lexicon.labels, granularity=controls.granularity
            )
            data[name] = chart_data(trend)
        matrix = theme_cooccurrence(counts, controls.themes)
        charts["theme-cooccurrence"] = cooccurrence_figure(matrix, labels=lexicon.labels)
        data["theme-cooccurrence"] = matrix.rename_axis("theme").reset_index()
    figures = context.rows("figures")
    if not figures.empty and (figures["date"].fillna("") != "").any():
        charts["figures-timeline"] = figures_timeline_figure(
            figures, colors=lexicon.colors, labels=lexicon.labels
        )
        data["figures-timeline"] = figures
    settings = {
        "corpus": corpus,
        **controls.as_settings(),
        "articles_selected": len(context.articles),
    }
    # The tables hold the selected articles, like the charts; the ingest report every input.
    selected = Tables(
        articles=context.articles,
        theme_counts=counts,
        theme_hits=context.rows("theme_hits"),
        figures=figures,
        keywords=context.rows("keywords"),
        ingest_report=context.tables.ingest_report,
    )
    return bundle_zip(
        selected, charts=charts, chart_data=data, settings=settings, lexicon_toml=lexicon_toml
    )
