"""Download payloads: the everything-zip and standalone chart HTML."""

from __future__ import annotations

import io
import json
import zipfile

import pandas as pd
import plotly.graph_objects as go

from dashboard.controls import Controls
from dashboard.downloads import bundle_zip, figure_html
from dashboard.views import ViewContext
from dashboard.views.bundle import everything_zip
from metrics.ingest import read_uploads
from metrics.pipeline import TABLE_NAMES, analyze
from metrics.themes import load_lexicon
from metrics.types import Tables


def _tables() -> Tables:
    frame = pd.DataFrame({"article_id": ["a"], "sentence": ["=1+1"]})
    return Tables(*(frame for _ in TABLE_NAMES))


def test_bundle_holds_tables_charts_data_settings_and_lexicon() -> None:
    payload = bundle_zip(
        _tables(),
        charts={"trend": go.Figure(go.Scatter(x=[1], y=[2]))},
        chart_data={"trend": pd.DataFrame({"x": [1]})},
        settings={"mode": "mentions"},
        lexicon_toml="[themes.t]\nterms=['x']\n",
    )
    with zipfile.ZipFile(io.BytesIO(payload)) as bundle:
        names = set(bundle.namelist())
        assert {f"tables/{name}.csv" for name in TABLE_NAMES} <= names
        assert {"charts/trend.html", "charts/trend.csv", "settings.json", "lexicon.toml"} <= names
        assert json.loads(bundle.read("settings.json")) == {"mode": "mentions"}
        # tables in the bundle are spreadsheet-safe too
        assert "'=1+1" in bundle.read("tables/figures.csv").decode("utf-8-sig")


def test_chart_html_is_a_standalone_page() -> None:
    html = figure_html(go.Figure(go.Scatter(x=[1], y=[2]))).decode()
    assert html.lower().startswith("<!doctype html>") and "plotly" in html


def test_everything_zip_of_an_upload_holds_keywords_not_yet_extracted() -> None:
    lexicon = load_lexicon()
    upload = read_uploads([("news.txt", b"date 2024-05-16 Gazprom and CNPC signed a gas deal.")])
    tables = analyze(upload, lexicon=lexicon, keywords=False)  # as the dashboard analyses
    controls = Controls(
        granularity="month", mode="mentions", themes=lexicon.names, sources=[],
        start=None, end=None, include_undated=True, image_format="png",
    )  # fmt: skip
    context = ViewContext(tables, lexicon, controls, articles=tables.articles)
    payload = everything_zip(context, lexicon_toml="", corpus="upload")
    with zipfile.ZipFile(io.BytesIO(payload)) as bundle:
        keywords = pd.read_csv(io.BytesIO(bundle.read("tables/keywords.csv")))
    assert len(keywords) > 0 and set(keywords["article_id"]) == set(tables.articles["article_id"])
