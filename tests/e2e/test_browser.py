"""Journeys in a real browser (Debian's Chromium driven by Playwright).

Skipped when Chromium is not installed; `.ci/run` installs it. Screenshots go to the ignored
`screenshots/` folder.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import expect

from metrics.pipeline import analyze_paths
from tests.e2e.browser import CHROMIUM_ARGS, ROOT, chromium_path, running_app, wait_for_app

playwright_api = pytest.importorskip("playwright.sync_api")

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(chromium_path() is None, reason="Debian's chromium is not installed"),
]
SCREENSHOTS = ROOT / "screenshots"

UPLOAD_CSV = (
    b"id,date,title,source,text\n"
    b'gas-1,2024-03-02,Pipeline talks,Reuters,"Gazprom and CNPC discussed the Power of Siberia 2 '
    b'gas pipeline, which would carry 50 billion cubic metres of gas a year."\n'
    b'trade-1,2024-04-11,Trade record,TASS,"Bilateral trade rose 26% to $240 billion despite '
    b'Western sanctions."\n'
)
# Every way a file could try to run code in the page; each would set window.__xss.
HOSTILE_TITLE = '<img src=x onerror="window.__xss=1">Summit <script>window.__xss=2</script>'
HOSTILE_TEXT = (
    'Trade rose to $100 billion. <img src=x onerror="window.__xss=3"> '
    '<script>window.__xss=4</script> <a href="javascript:window.__xss=5">click</a> '
    '[link](javascript:window.__xss=6) <svg onload="window.__xss=7"></svg> Sanctions on gas.'
)


@pytest.fixture(scope="module")
def app_url():
    with running_app() as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    yield page
    context.close()


def _open(page, url: str, query: str = "") -> None:
    page.goto(f"{url}/?{query}" if query else url)
    wait_for_app(page)
    assert page.locator("[data-testid='stException']").count() == 0


def _upload(page, name: str, data: bytes, mime: str = "text/csv") -> None:
    page.locator("[data-testid='stFileUploaderDropzoneInput']").first.set_input_files(
        files=[{"name": name, "mimeType": mime, "buffer": data}]
    )
    page.wait_for_timeout(500)
    wait_for_app(page, settle_ms=1500)


def _metric(page, label: str) -> str:
    metric = page.locator("[data-testid='stMetric']").filter(has_text=label)
    return metric.locator("[data-testid='stMetricValue']").inner_text().strip()


def test_the_sample_opens_with_charts_drawn(page, app_url) -> None:
    _open(page, app_url)
    # (the first page of a run may wait for the server's first analysis: wait, then assert)
    metric = page.locator("[data-testid='stMetric']").filter(has_text="Articles analysed")
    expect(metric.locator("[data-testid='stMetricValue']")).to_have_text("5", timeout=60_000)
    expect(page.locator(".js-plotly-plot .main-svg").first).to_be_visible(timeout=60_000)
    page.wait_for_function(  # trend, heatmap, co-occurrence
        "document.querySelectorAll('.js-plotly-plot').length >= 3", timeout=60_000
    )
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "e2e-trends.png"))


def test_clicking_a_point_lists_the_articles_behind_it(page, app_url) -> None:
    _open(page, app_url)
    chart = page.locator(".js-plotly-plot").first
    military = chart.locator(".scatterlayer .trace").nth(1)  # traces follow the theme order
    military.locator(".points path").first.click(force=True)  # 2018 Q3, the Vostok article
    wait_for_app(page)
    assert page.get_by_text("1 article(s) in 2018 Q3").is_visible()
    assert page.get_by_text("China is sending 3,200 troops", exact=False).first.is_visible()


def test_a_table_csv_download_has_every_row(page, app_url) -> None:
    expected = analyze_paths([ROOT / "data" / "articles"]).figures
    _open(page, app_url, "view=Figures")
    with page.expect_download() as info:
        page.get_by_role("button", name="figures.csv").click()
    download = info.value
    assert download.suggested_filename == "figures.csv"
    frame = pd.read_csv(download.path(), encoding="utf-8-sig")
    assert len(frame) == len(expected)
    assert {"value", "unit", "sentence"} <= set(frame.columns)
    assert page.locator("[data-testid='stException']").count() == 0


def test_the_chart_toolbar_downloads_an_svg(page, app_url) -> None:
    _open(page, app_url, "image=SVG")
    chart = page.locator(".js-plotly-plot").first
    chart.hover()
    button = chart.locator(".modebar-btn[data-title^='Download plot']")
    # plotly titles the button "Download plot as a png" until the chart's SVG setting arrives
    # (a slow rerun under load drew the chart first with the PNG default)
    expect(button).to_have_attribute("data-title", "Download plot", timeout=30_000)
    with page.expect_download() as info:
        button.click()
    download = info.value
    assert download.suggested_filename == "theme-trends-quarter-mentions.svg"
    assert Path(download.path()).read_text(encoding="utf-8").lstrip().startswith("<svg")


def test_an_upload_is_analysed(page, app_url) -> None:
    _open(page, app_url)
    _upload(page, "news.csv", UPLOAD_CSV)
    assert _metric(page, "Articles analysed") == "2"
    assert page.get_by_text("Showing your upload (1 file)").is_visible()
    # the sample's source choices must not linger in the browser and select nothing
    page.get_by_role("tab", name="Figures").click()
    wait_for_app(page)
    assert page.get_by_text("2 of 2 articles selected").is_visible()
    assert page.locator("[data-testid='stException']").count() == 0
    page.screenshot(path=str(SCREENSHOTS / "e2e-upload.png"))


def test_a_shared_url_restores_the_view(page, app_url) -> None:
    _open(page, app_url, "view=Keywords&granularity=year&mode=Share+of+articles")
    assert page.get_by_role("tab", name="Keywords").get_attribute("aria-selected") == "true"
    mode = page.get_by_role("radiogroup", name="Count")
    assert mode.get_by_role("radio", name="Share of articles").is_checked()
    # and changing a control writes it back to the URL
    page.get_by_role("tab", name="Figures").click()
    wait_for_app(page)
    assert "view=Figures" in page.url and "granularity=year" in page.url


def test_two_sessions_never_see_each_others_upload(browser, app_url) -> None:
    first = browser.new_context().new_page()
    second = browser.new_context().new_page()
    try:
        _open(first, app_url)
        _upload(first, "news.csv", UPLOAD_CSV)
        assert _metric(first, "Articles analysed") == "2"
        _open(second, app_url)
        assert _metric(second, "Articles analysed") == "5"
        assert second.get_by_text("Showing the sample corpus").is_visible()
    finally:
        first.context.close()
        second.context.close()


def test_nothing_from_an_uploaded_file_runs_in_the_page(page, app_url) -> None:
    frame = pd.DataFrame(
        [{"id": "x<script>", "date": "2024-05-16", "title": HOSTILE_TITLE,
          "source": "<b onmouseover=window.__xss=8>s</b>", "text": HOSTILE_TEXT}]
    )  # fmt: skip
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False)
    _open(page, app_url)
    _upload(page, "hostile<img src=x onerror=window.__xss=9>.csv", buffer.getvalue().encode())
    assert _metric(page, "Articles analysed") == "1"
    for view in ["Trends", "Figures", "Keywords", "Method", "Articles"]:
        page.get_by_role("tab", name=view).click()
        wait_for_app(page)
        for chart in page.locator(".js-plotly-plot").all():
            chart.hover()  # draws hover labels from corpus text
        assert page.evaluate("window.__xss") is None, f"code ran in the {view} view"
        assert page.locator("[data-testid='stException']").count() == 0, view
    # the reader shows the markup as text
    assert page.get_by_text("window.__xss=3", exact=False).first.is_visible()
    page.screenshot(path=str(SCREENSHOTS / "e2e-hostile-reader.png"))
