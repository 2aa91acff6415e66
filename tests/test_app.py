"""The dashboard, driven headless with Streamlit's AppTest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")

UPLOAD_CSV = (
    b"id,date,title,text\n"
    b'gas-1,2024-03-02,Pipeline talks,"Gazprom and CNPC discussed the Power of Siberia 2 gas '
    b'pipeline, which would carry 50 billion cubic metres of gas a year."\n'
    b'trade-1,2024-04-11,Trade record,"Bilateral trade rose 26% to $240 billion '
    b'despite sanctions."\n'
)


@pytest.fixture()
def app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    return at


def _chart_spec(at: AppTest) -> dict:
    charts = at.get("plotly_chart")
    assert charts, "no plotly chart on the page"
    return json.loads(charts[0].proto.spec)


def test_opens_on_the_sample_corpus_with_a_trend_chart(app: AppTest) -> None:
    assert app.title[0].value == "News trend metrics"
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Articles analysed"] == "5"
    spec = _chart_spec(app)
    names = [trace.get("name") for trace in spec["data"]]
    assert {"Trade", "Military", "Ukraine", "Sanctions", "Energy"} <= set(names)


def test_chart_axes_name_their_units_and_start_at_zero(app: AppTest) -> None:
    layout = _chart_spec(app)["layout"]
    assert layout["yaxis"]["title"]["text"] == "Mentions (count)"
    assert layout["yaxis"]["rangemode"] == "tozero"
    assert layout["yaxis2"]["title"]["text"] == "Articles (n)"
    assert layout["xaxis2"]["title"]["text"].startswith("Article date")


def test_count_mode_changes_the_axis_and_denominator(app: AppTest) -> None:
    app.radio[0].set_value("per_1k_words").run()
    assert not app.exception
    assert _chart_spec(app)["layout"]["yaxis"]["title"]["text"] == "Mentions per 1,000 words"


def test_granularity_changes_the_periods(app: AppTest) -> None:
    app.selectbox[0].set_value("year").run()
    assert not app.exception
    spec = _chart_spec(app)
    years = {point[:4] for point in spec["data"][0]["x"]}
    assert years == {str(year) for year in range(2018, 2026)}


def test_theme_filter_limits_the_series(app: AppTest) -> None:
    app.multiselect[0].set_value(["energy"]).run()
    assert not app.exception
    names = [trace.get("name") for trace in _chart_spec(app)["data"] if trace["type"] == "scatter"]
    assert names == ["Energy"]


def test_every_table_has_a_csv_download(app: AppTest) -> None:
    labels = {button.label for button in app.get("download_button")}
    assert {
        "figures.csv",
        "keywords.csv",
        "articles.csv",
        "ingest_report.csv",
        "Chart data (CSV)",
        "Chart (interactive HTML)",
    } <= labels


def test_an_uploaded_csv_replaces_the_sample(app: AppTest) -> None:
    app.file_uploader[0].set_value(("news.csv", UPLOAD_CSV, "text/csv")).run()
    assert not app.exception
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Articles analysed"] == "2"
    figures = app.dataframe[0].value
    assert {"bcm", "USD", "percent"} <= set(figures["unit"])


def test_a_bad_file_in_an_upload_is_listed_and_the_rest_analysed(app: AppTest) -> None:
    app.file_uploader[0].set_value(
        [
            ("news.csv", UPLOAD_CSV, "text/csv"),
            ("empty.txt", b"", "text/plain"),
            ("noise.txt", bytes(range(256)) * 8, "text/plain"),
        ]
    ).run()
    assert not app.exception
    metrics = {metric.label: metric.value for metric in app.metric}
    assert metrics["Articles analysed"] == "2"
    assert metrics["Inputs not used"] == "2"
    skipped = app.dataframe[0].value
    assert set(skipped["origin"]) >= {"empty.txt", "noise.txt"}
