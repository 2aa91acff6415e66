"""Chart builders: labelled axes, zero baselines, one unit per axis, escaped corpus text."""

from __future__ import annotations

import pandas as pd

from dashboard.charts import (
    cooccurrence_figure,
    figures_timeline_figure,
    keyword_trend_figure,
    left_out_note,
    theme_trend_figure,
    trend_heatmap_figure,
)
from metrics.trends import Trend, keyword_trends, theme_cooccurrence, theme_trends

ARTICLES = pd.DataFrame(
    {
        "article_id": ["a", "b", "c"],
        "date": ["2024-01-10", "2024-03-05", ""],
        "date_precision": ["day", "day", ""],
        "words": [1000, 500, 300],
        "status": ["ok", "ok", "ok"],
    }
)
COUNTS = pd.DataFrame(
    {
        "article_id": ["a", "a", "b", "b", "c", "c"],
        "theme": ["trade", "energy"] * 3,
        "count": [2, 0, 1, 4, 5, 5],
    }
)
COLORS = {"trade": "#1f77b4", "energy": "#2ca02c"}
LABELS = {"trade": "Trade", "energy": "Energy"}


def _trend(mode: str = "mentions") -> Trend:
    return theme_trends(COUNTS, ARTICLES, granularity="month", mode=mode)


def test_trend_chart_names_unit_and_denominator_and_starts_at_zero() -> None:
    figure = theme_trend_figure(_trend("per_1k_words"), colors=COLORS, labels=LABELS,
                                granularity="month")  # fmt: skip
    assert figure.layout.yaxis.title.text == "Mentions per 1,000 words"
    assert figure.layout.yaxis.rangemode == "tozero"
    assert figure.layout.yaxis2.title.text == "Articles (n)"
    assert figure.layout.xaxis2.title.text == "Article date (month)"
    assert "1 undated article not on the chart" in figure.layout.title.text


def test_each_theme_keeps_its_colour() -> None:
    figure = theme_trend_figure(_trend(), colors=COLORS, labels=LABELS, granularity="month")
    lines = {trace.name: trace.line.color for trace in figure.data if trace.type == "scatter"}
    assert lines == {"Trade": "#1f77b4", "Energy": "#2ca02c"}


def test_hovers_carry_the_denominator() -> None:
    figure = theme_trend_figure(_trend(), colors=COLORS, labels=LABELS, granularity="month")
    assert "of %{customdata[0]} articles" in figure.data[0].hovertemplate


def test_a_label_from_an_uploaded_lexicon_is_escaped() -> None:
    figure = theme_trend_figure(
        _trend(), colors=COLORS, labels={"trade": "<img src=x onerror=alert(1)>"},
        granularity="month",
    )  # fmt: skip
    assert "<img" not in figure.data[0].name and "&lt;img" in figure.data[0].name


def test_left_out_note_counts_undated_and_coarse_articles() -> None:
    assert left_out_note(Trend(pd.DataFrame(), 2, 1)) == (
        "2 undated articles and 1 article dated only to a coarser period than this "
        "granularity not on the chart."
    )
    assert left_out_note(Trend(pd.DataFrame(), 0, 0)) == ""


def test_heatmap_colour_scale_starts_at_zero() -> None:
    figure = trend_heatmap_figure(_trend(), labels=LABELS, granularity="month")
    assert figure.data[0].zmin == 0
    assert list(figure.data[0].y) == ["Trade", "Energy"]


def test_cooccurrence_counts_articles_with_both_themes() -> None:
    matrix = theme_cooccurrence(COUNTS, ["trade", "energy"])
    assert matrix.loc["trade", "trade"] == 3  # every article mentions trade
    assert matrix.loc["trade", "energy"] == 2  # b and c mention both
    figure = cooccurrence_figure(matrix, labels=LABELS)
    assert figure.data[0].zmin == 0


FIGURES = pd.DataFrame(
    {
        "article_id": ["a", "b", "b", "a"],
        "date": ["2024-01-10", "2024-03-05", "2024-03-05", "2024-01-10"],
        "value": [240e9, 3200.0, 2.0e6, 5.0],
        "unit": ["USD", "troops", "USD", "percent"],
        "surface": ["$240 billion", "3,200 troops", "$2 million", "5%"],
        "sentence": ["Trade hit $240 billion.", "<b>3,200 troops</b>", "x", "y"],
        "theme": ["trade", "", "trade", "trade"],
        "period_start": ["2023-01-01", "", "", ""],
    }
)


def test_figures_get_one_panel_per_unit() -> None:
    figure = figures_timeline_figure(FIGURES, colors=COLORS, labels=LABELS)
    titles = [annotation.text for annotation in figure.layout.annotations]
    assert titles == ["US dollars (USD)", "troops (count)", "percent (%)"]


def test_panels_name_rates_and_measures_in_words() -> None:
    rates = FIGURES.assign(unit=["RUB_per_USD", "celsius", "hectares", "NGN"])
    figure = figures_timeline_figure(rates, colors=COLORS, labels=LABELS)
    titles = sorted(annotation.text for annotation in figure.layout.annotations)
    assert titles == [
        "NGN",
        "RUB per USD (exchange rate)",
        "degrees Celsius (°C)",
        "hectares (ha)",
    ]


def test_values_spanning_orders_of_magnitude_use_a_log_axis() -> None:
    figure = figures_timeline_figure(FIGURES, colors=COLORS, labels=LABELS)
    assert figure.layout.yaxis.type == "log"  # USD: 2 million to 240 billion
    assert figure.layout.yaxis2.type == "linear"  # one troops value


def test_a_value_below_zero_keeps_a_linear_axis_that_shows_it() -> None:
    # (the positive values span more than LOG_SCALE_SPAN: alone they would get a log axis)
    temperatures = FIGURES.assign(unit="celsius", value=[-45.0, 0.02, 44.0, 30.0])
    figure = figures_timeline_figure(temperatures, colors=COLORS, labels=LABELS)
    assert (figure.layout.yaxis.type, figure.layout.yaxis.rangemode) == ("linear", "tozero")


def test_figure_hovers_escape_the_sentence() -> None:
    figure = figures_timeline_figure(FIGURES, colors=COLORS, labels=LABELS)
    troops = next(trace for trace in figure.data if trace.customdata[0][0] == "3,200 troops")
    assert "&lt;b&gt;3,200 troops&lt;/b&gt;" in troops.customdata[0][2]


def test_figures_can_be_placed_at_the_period_they_describe() -> None:
    figure = figures_timeline_figure(FIGURES, colors=COLORS, labels=LABELS, at="period")
    usd = [trace for trace in figure.data if trace.yaxis == "y"]
    dates = sorted(str(x)[:10] for trace in usd for x in trace.x)
    assert dates == ["2023-01-01", "2024-03-05"]


def test_keyword_trend_counts_articles_and_zero_fills() -> None:
    keywords = pd.DataFrame(
        {"article_id": ["a", "b"], "keyword": ["Gas Pipeline", "gas pipeline"],
         "score": [0.1, 0.2], "rank": [1, 1]}
    )  # fmt: skip
    table = keyword_trends(keywords, ARTICLES, ["gas pipeline"], granularity="month")
    assert list(table["articles_with_keyword"]) == [1, 0, 1]
    figure = keyword_trend_figure(table, granularity="month")
    assert figure.layout.yaxis.rangemode == "tozero"
    assert figure.layout.yaxis.title.text == "Articles (n)"


def test_many_units_draw_only_the_most_frequent_panels() -> None:
    units = [f"unit{i}" for i in range(33)]
    many = pd.DataFrame(
        {
            "article_id": "a",
            "date": "2024-01-10",
            "value": range(1, 34 + 10),
            "unit": units + ["unit5"] * 10,
            "surface": "x",
            "sentence": "s",
            "theme": "",
        }
    )
    figure = figures_timeline_figure(many, colors=COLORS, labels=LABELS)
    titles = [annotation.text for annotation in figure.layout.annotations]
    assert len(titles) == 8 and titles[0] == "unit5"


def test_a_label_can_never_become_part_of_a_hover_template() -> None:
    figure = theme_trend_figure(
        _trend(), colors=COLORS, labels={"trade": "T %{customdata[0]} %{x|%Y}"},
        granularity="month",
    )  # fmt: skip
    assert "T %{customdata" not in figure.data[0].hovertemplate
    assert "%{fullData.name}" in figure.data[0].hovertemplate


def test_a_single_period_gets_a_readable_axis() -> None:
    one = ARTICLES[ARTICLES["article_id"] == "a"]
    trend = theme_trends(COUNTS, one, granularity="month")
    figure = theme_trend_figure(trend, colors=COLORS, labels=LABELS, granularity="month")
    start, end = (pd.Timestamp(x) for x in figure.layout.xaxis.range)
    assert pd.Timedelta(days=50) < end - start < pd.Timedelta(days=70)


def test_rates_of_empty_periods_show_as_grey_gaps_in_the_heatmap() -> None:
    figure = trend_heatmap_figure(_trend("share_of_articles"), labels=LABELS, granularity="month")
    assert figure.layout.plot_bgcolor == "#d0d0d0"
    assert "grey: no articles" in figure.layout.title.text
