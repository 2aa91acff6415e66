"""The dashboard, driven headless with Streamlit's AppTest: every view and control."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")
VIEWS = ["Trends", "Figures", "Keywords", "Articles", "Method"]

UPLOAD_CSV = (
    b"id,date,title,text\n"
    b'gas-1,2024-03-02,Pipeline talks,"Gazprom and CNPC discussed the Power of Siberia 2 gas '
    b'pipeline, which would carry 50 billion cubic metres of gas a year."\n'
    b'trade-1,2024-04-11,Trade record,"Bilateral trade rose 26% to $240 billion '
    b'despite sanctions."\n'
)


def _run(query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.fixture()
def app() -> AppTest:
    return _run()


def _charts(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def _metric(at: AppTest, label: str) -> str:
    return next(metric.value for metric in at.metric if metric.label == label)


def _captions(at: AppTest) -> str:
    return "\n".join(caption.value for caption in at.caption)


def test_opens_on_the_sample_corpus_with_a_trend_chart(app: AppTest) -> None:
    assert app.title[0].value == "News trend metrics"
    assert _metric(app, "Articles analysed") == "5"
    trend = _charts(app)[0]
    names = [trace.get("name") for trace in trend["data"] if trace["type"] == "scatter"]
    assert names == ["Trade", "Military", "Ukraine", "Sanctions", "Energy"]
    assert all("markers" in trace["mode"] for trace in trend["data"] if trace["type"] == "scatter")


def test_trend_axes_name_their_units_and_start_at_zero(app: AppTest) -> None:
    layout = _charts(app)[0]["layout"]
    assert layout["yaxis"]["title"]["text"] == "Mentions (count)"
    assert layout["yaxis"]["rangemode"] == "tozero"
    assert layout["yaxis2"]["title"]["text"] == "Articles (n)"
    assert layout["xaxis2"]["title"]["text"] == "Article date (quarter)"


def test_trends_view_also_has_a_heatmap_and_cooccurrence(app: AppTest) -> None:
    titles = [chart["layout"]["title"]["text"] for chart in _charts(app)]
    assert any("heatmap" in title for title in titles)
    assert "Articles mentioning both themes" in titles


def test_count_mode_changes_the_axis_and_denominator(app: AppTest) -> None:
    app.radio(key="mode").set_value("Per 1,000 words").run()
    assert not app.exception
    assert _charts(app)[0]["layout"]["yaxis"]["title"]["text"] == "Mentions per 1,000 words"


def test_granularity_changes_the_periods_and_says_what_was_left_out(app: AppTest) -> None:
    app.selectbox(key="granularity").set_value("year").run()
    years = {point[:4] for point in _charts(app)[0]["data"][0]["x"]}
    assert years == {str(year) for year in range(2018, 2026)}
    app.selectbox(key="granularity").set_value("day").run()
    assert not app.exception
    # three sample articles are dated only to the month: not on a daily chart, and said so
    assert "3 articles dated only to a coarser period" in _charts(app)[0]["layout"]["title"]["text"]


def test_theme_filter_limits_the_series(app: AppTest) -> None:
    app.multiselect(key="themes").set_value(["energy"]).run()
    assert not app.exception
    scatter = [t["name"] for t in _charts(app)[0]["data"] if t["type"] == "scatter"]
    assert scatter == ["Energy"]


def test_no_theme_chosen_explains_instead_of_an_empty_chart(app: AppTest) -> None:
    app.multiselect(key="themes").set_value([]).run()
    assert not app.exception
    assert any("Choose at least one theme" in info.value for info in app.info)


def test_date_range_selects_articles(app: AppTest) -> None:
    app.slider(key="dates").set_value((dt.date(2024, 1, 1), dt.date(2025, 9, 2))).run()
    assert not app.exception
    assert "3 of 5 articles selected" in _captions(app)


def test_choosing_a_period_lists_its_articles_and_sentences(app: AppTest) -> None:
    app.selectbox(key="trend_period").set_value("2018 Q3").run()
    assert not app.exception
    texts = "\n".join(text.value for text in app.text)
    assert "China is sending 3,200 troops" in texts


@pytest.mark.parametrize("view", VIEWS)
def test_every_view_opens_from_the_url_without_error(view: str) -> None:
    at = _run({"view": view})
    assert [tab.label for tab in at.tabs] == VIEWS


def test_a_shared_url_restores_the_view_and_controls() -> None:
    at = _run({"view": "Figures", "mode": "Share of articles", "granularity": "year"})
    assert at.radio(key="mode").value == "Share of articles"
    assert at.selectbox(key="granularity").value == "year"
    # the figures view is the one drawn: its timeline is the only chart
    titles = [chart["layout"]["title"]["text"] for chart in _charts(at)]
    assert titles == ["Figures reported in the articles, one panel per unit"]


def test_figures_view_has_one_panel_per_unit_and_filters(app: AppTest) -> None:
    at = _run({"view": "Figures"})
    chart = _charts(at)[0]
    panels = [key for key in chart["layout"] if key.startswith("yaxis")]
    units = set(at.dataframe[0].value["unit"])
    assert len(panels) == len(units)
    at.multiselect(key="fig_unit").set_value(["troops"]).run()
    assert not at.exception
    assert set(at.dataframe[0].value["unit"]) == {"troops"}


def test_figures_can_be_collapsed_into_claims() -> None:
    at = _run({"view": "Figures"})
    at.toggle(key="fig_collapse").set_value(True).run()
    assert not at.exception
    assert "mentions" in at.dataframe[0].value.columns


def test_keywords_view_ranks_keywords_transparently() -> None:
    at = _run({"view": "Keywords"})
    ranked = at.dataframe[0].value
    assert list(ranked.columns) == ["keyword", "articles", "mean_score", "best_rank"]
    assert ranked["articles"].is_monotonic_decreasing
    titles = [chart["layout"]["title"]["text"] for chart in _charts(at)]
    assert any("top keywords" in title for title in titles)


def test_articles_view_highlights_terms_and_figures() -> None:
    at = _run({"view": "Articles", "article": "000_b97290b67b2eada6"})
    html = "\n".join(element.proto.body for element in at.get("html"))
    assert "3,200" in html and "title=" in html
    assert "matches lexicon term" in html
    # file locations are shown relative to the repository, never the server's folders
    read_from = next(caption.value for caption in at.caption if "Read from" in caption.value)
    assert read_from.replace("\\", "").startswith("Read from data/articles/000")


def test_keyword_in_context_finds_a_term_across_the_corpus() -> None:
    at = _run({"view": "Articles"})
    at.text_input(key="kwic_term").set_value("pipeline*").run()
    assert not at.exception
    kwic = at.dataframe[-1].value
    assert len(kwic) >= 1 and set(kwic["match"].str.lower()) <= {"pipeline", "pipelines"}


def test_method_view_explains_modes_and_shows_the_lexicon() -> None:
    at = _run({"view": "Method"})
    text = "\n".join(markdown.value for markdown in at.markdown)
    for phrase in ("Mentions per 1,000 words", "Share of articles", "never invented", "YAKE"):
        assert phrase in text
    assert set(at.dataframe[0].value["theme"]) == {
        "Trade", "Military", "Ukraine", "Sanctions", "Energy"
    }  # fmt: skip


def test_every_table_and_chart_has_a_download(app: AppTest) -> None:
    labels = {button.label for button in app.get("download_button")}
    assert {"Chart data (CSV)", "Chart (HTML)", "Download everything (zip)"} <= labels
    assert "Download lexicon (TOML)" in labels
    charts = app.get("plotly_chart")
    config = json.loads(charts[0].proto.config)
    assert config["toImageButtonOptions"]["filename"] == "theme-trends-quarter-mentions"


def test_chart_image_format_switches_to_svg(app: AppTest) -> None:
    app.radio(key="image").set_value("svg").run()
    config = json.loads(app.get("plotly_chart")[0].proto.config)
    assert config["toImageButtonOptions"]["format"] == "svg"


def test_an_uploaded_csv_replaces_the_sample(app: AppTest) -> None:
    app.file_uploader[0].set_value(("news.csv", UPLOAD_CSV, "text/csv")).run()
    assert not app.exception
    assert _metric(app, "Articles analysed") == "2"
    at = app
    at.query_params["view"] = "Figures"
    figures_units = set()
    for frame in at.dataframe:
        if "unit" in frame.value.columns:
            figures_units |= set(frame.value["unit"])
    assert figures_units == set() or {"bcm", "USD", "percent"} <= figures_units


def test_an_uploads_keywords_are_extracted_when_the_keywords_view_opens(app: AppTest) -> None:
    app.file_uploader[0].set_value(("news.csv", UPLOAD_CSV, "text/csv")).run()
    assert not app.exception
    app.tabs[VIEWS.index("Keywords")].open = True  # as a click on the tab would
    app.query_params["view"] = "Keywords"
    app.run()
    assert not app.exception
    ranked = app.dataframe[0].value
    assert list(ranked.columns) == ["keyword", "articles", "mean_score", "best_rank"]
    assert len(ranked) > 0 and "gas" in " ".join(ranked["keyword"]).lower()


def test_a_bad_file_in_an_upload_is_listed_and_the_rest_analysed(app: AppTest) -> None:
    app.file_uploader[0].set_value(
        [
            ("news.csv", UPLOAD_CSV, "text/csv"),
            ("empty.txt", b"", "text/plain"),
            ("noise.txt", bytes(range(256)) * 8, "text/plain"),
        ]
    ).run()
    assert not app.exception
    assert _metric(app, "Articles analysed") == "2"
    assert _metric(app, "Inputs not used") == "2"
    skipped = app.dataframe[0].value
    assert set(skipped["origin"]) >= {"empty.txt", "noise.txt"}


def test_an_export_with_other_column_names_is_read_and_says_how(app: AppTest) -> None:
    export = (
        "headline,content,publishedAt\n"
        "Trade record,Trade between Russia and China hit $240 billion.,2024-01-12T04:10:00Z\n"
        "Gas deal,Gazprom agreed new gas supplies to China.,Tue, 05 Mar 2024 10:00:00 GMT\n"
    ).replace("Tue, 05 Mar 2024 10:00:00 GMT", '"Tue, 05 Mar 2024 10:00:00 GMT"')
    app.file_uploader[0].set_value(("export.csv", export.encode(), "text/csv")).run()
    assert not app.exception
    assert _metric(app, "Articles analysed") == "2"
    assert _metric(app, "Dated") == "2"
    expander = next(e for e in app.expander if e.label.startswith("How 1 file(s) were read"))
    [note] = expander.dataframe[0].value["reason"].tolist()
    assert "text ← `content`" in note and "date ← `publishedat`" in note


def test_an_edited_lexicon_is_applied(app: AppTest) -> None:
    editor = next(area for area in app.text_area if area.key.startswith("lexicon-"))
    editor.set_value('[themes.diplomacy]\nlabel = "Diplomacy"\nterms = ["visit*", "summit"]\n')
    next(button for button in app.button if button.label == "Apply").click().run()
    assert not app.exception
    scatter = [t["name"] for t in _charts(app)[0]["data"] if t["type"] == "scatter"]
    assert scatter == ["Diplomacy"]


def test_a_broken_lexicon_is_refused_with_a_reason(app: AppTest) -> None:
    editor = next(area for area in app.text_area if area.key.startswith("lexicon-"))
    editor.set_value("[themes.x]\nterms = []\n")
    next(button for button in app.button if button.label == "Apply").click().run()
    assert not app.exception
    assert any("has no terms" in error.value for error in app.error)
    assert len([t for t in _charts(app)[0]["data"] if t["type"] == "scatter"]) == 5


def test_two_sessions_keep_their_uploads_and_lexicons_apart() -> None:
    first, second = _run(), _run()
    first.file_uploader[0].set_value(("news.csv", UPLOAD_CSV, "text/csv")).run()
    editor = next(area for area in first.text_area if area.key.startswith("lexicon-"))
    editor.set_value('[themes.diplomacy]\nlabel = "Diplomacy"\nterms = ["visit*"]\n')
    next(button for button in first.button if button.label == "Apply").click().run()
    assert _metric(first, "Articles analysed") == "2"

    second.run()
    assert not second.exception
    assert _metric(second, "Articles analysed") == "5"
    scatter = [t["name"] for t in _charts(second)[0]["data"] if t["type"] == "scatter"]
    assert scatter == ["Trade", "Military", "Ukraine", "Sanctions", "Energy"]
    # the upload's results live in the first session's state only
    assert "_analyses" in first.session_state and "_analyses" not in second.session_state


def test_opening_another_corpus_does_not_keep_the_old_corpus_choices(app: AppTest) -> None:
    app.selectbox(key="trend_period").set_value("2018 Q3").run()
    with_sources = (
        b"id,date,source,text\n"
        b'r1,2024-03-02,Reuters,"Oil exports to China rose."\n'
        b'x1,2024-04-11,Xinhua,"Trade rose 26% to $240 billion."\n'
    )
    app.file_uploader[0].set_value(("news.csv", with_sources, "text/csv")).run()
    assert not app.exception
    # the sample's sources (AP, none) and period do not exist here: everything is selected
    assert "2 of 2 articles selected" in _captions(app)
    sources = next(widget for widget in app.multiselect if widget.label == "Sources")
    assert sources.value == ["Reuters", "Xinhua"]
    assert app.selectbox(key="trend_period").value is None


def test_figure_filters_combine_without_dropping_each_other() -> None:
    at = _run({"view": "Figures"})
    at.multiselect(key="fig_unit").set_value(["troops"]).run()
    at.multiselect(key="fig_category").set_value(["trade"]).run()
    assert not at.exception
    # troops are not trade: nothing passes both, and the page says so instead of forgetting one
    assert at.multiselect(key="fig_unit").value == ["troops"]
    assert any("No figure passes all four filters" in info.value for info in at.info)
