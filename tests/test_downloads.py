"""Download payloads: the everything-zip and standalone chart HTML."""

from __future__ import annotations

import io
import json
import zipfile

import pandas as pd
import plotly.graph_objects as go

from dashboard.downloads import bundle_zip, figure_html
from metrics.pipeline import TABLE_NAMES
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
