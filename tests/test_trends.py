"""Trends: theme counts per period, zero-filled, with their denominators."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from metrics.trends import default_granularity, period_label, theme_trends


def _articles(rows: list[tuple[str, str, str, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["article_id", "date", "date_precision", "words"]).assign(
        status="ok"
    )


def _counts(rows: list[tuple[str, str, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["article_id", "theme", "count"])


ARTICLES = _articles(
    [
        ("a", "2024-01-10", "day", 500),
        ("b", "2024-01-20", "day", 1500),
        ("c", "2024-03-05", "day", 1000),
        ("undated", "", "", 800),
        ("vague", "2024-01-01", "year", 700),
    ]
)
COUNTS = _counts(
    [
        ("a", "trade", 2), ("a", "energy", 0),
        ("b", "trade", 0), ("b", "energy", 3),
        ("c", "trade", 4), ("c", "energy", 1),
        ("undated", "trade", 9), ("undated", "energy", 9),
        ("vague", "trade", 9), ("vague", "energy", 9),
    ]
)  # fmt: skip


def _row(table: pd.DataFrame, period: str, theme: str) -> pd.Series:
    return table[(table["period"] == period) & (table["theme"] == theme)].iloc[0]


def test_mentions_are_summed_per_month_and_empty_months_are_zero() -> None:
    trend = theme_trends(COUNTS, ARTICLES, granularity="month", mode="mentions")
    table = trend.table
    assert list(dict.fromkeys(table["period"])) == ["2024-01", "2024-02", "2024-03"]
    assert _row(table, "2024-01", "trade")["value"] == 2
    assert _row(table, "2024-01", "energy")["value"] == 3
    assert _row(table, "2024-02", "trade")["value"] == 0  # zero-filled, not missing
    assert _row(table, "2024-02", "trade")["articles"] == 0
    assert _row(table, "2024-03", "trade")["value"] == 4


def test_undated_and_too_coarse_articles_are_left_out_and_counted() -> None:
    trend = theme_trends(COUNTS, ARTICLES, granularity="month", mode="mentions")
    assert trend.undated == 1
    assert trend.too_coarse == 1  # dated only to the year: not placed in a month
    assert trend.table["mentions"].sum() == 2 + 3 + 4 + 1


def test_a_year_precision_date_is_placed_on_a_yearly_chart() -> None:
    trend = theme_trends(COUNTS, ARTICLES, granularity="year", mode="mentions")
    assert trend.too_coarse == 0
    assert _row(trend.table, "2024", "trade")["value"] == 2 + 0 + 4 + 9


def test_per_1k_words_divides_by_all_words_of_the_period() -> None:
    trend = theme_trends(COUNTS, ARTICLES, granularity="month", mode="per_1k_words")
    january = _row(trend.table, "2024-01", "energy")
    assert january["words"] == 2000
    assert january["value"] == pytest.approx(3 / 2000 * 1000)


def test_share_of_articles_is_percent_of_the_periods_articles() -> None:
    trend = theme_trends(COUNTS, ARTICLES, granularity="month", mode="share_of_articles")
    assert _row(trend.table, "2024-01", "trade")["value"] == pytest.approx(50.0)
    assert _row(trend.table, "2024-03", "energy")["value"] == pytest.approx(100.0)


def test_a_rate_with_no_articles_is_missing_not_zero() -> None:
    trend = theme_trends(COUNTS, ARTICLES, granularity="month", mode="share_of_articles")
    assert math.isnan(_row(trend.table, "2024-02", "trade")["value"])


def test_weeks_start_on_monday() -> None:
    trend = theme_trends(COUNTS, ARTICLES, granularity="week", mode="mentions")
    first = trend.table["period_start"].min()
    assert first == pd.Timestamp("2024-01-08") and first.day_name() == "Monday"


def test_theme_filter_keeps_only_chosen_themes() -> None:
    trend = theme_trends(COUNTS, ARTICLES, granularity="month", themes=["energy"])
    assert set(trend.table["theme"]) == {"energy"}


def test_no_dated_article_gives_an_empty_table_and_says_why() -> None:
    articles = ARTICLES[ARTICLES["article_id"] == "undated"]
    trend = theme_trends(COUNTS, articles, granularity="month")
    assert trend.table.empty and trend.undated == 1


@pytest.mark.parametrize("bad", [{"granularity": "fortnight"}, {"mode": "vibes"}])
def test_unknown_options_are_rejected(bad: dict) -> None:
    with pytest.raises(ValueError):
        theme_trends(COUNTS, ARTICLES, **bad)


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        (["2024-01-01", "2024-01-20"], "day"),
        (["2024-01-01", "2024-08-01"], "week"),
        (["2021-01-01", "2024-08-01"], "month"),
        (["2018-09-01", "2025-09-02"], "quarter"),
        (["1990-01-01", "2025-09-02"], "year"),
        ([], "month"),
    ],
)
def test_default_granularity_follows_the_date_span(dates: list[str], expected: str) -> None:
    assert default_granularity(pd.Series(dates, dtype=object)) == expected


@pytest.mark.parametrize(
    ("granularity", "label"),
    [("day", "2024-05-16"), ("week", "week of 2024-05-16"), ("month", "2024-05"),
     ("quarter", "2024 Q2"), ("year", "2024")],
)  # fmt: skip
def test_period_labels(granularity: str, label: str) -> None:
    assert period_label(pd.Timestamp("2024-05-16"), granularity) == label


@pytest.mark.parametrize(
    ("dates", "precisions", "expected"),
    [
        # five yearly dates: a monthly chart would hold none of them
        (["2019-01-01", "2020-01-01", "2021-01-01", "2022-01-01", "2023-01-01"], ["year"] * 5,
         "year"),
        # month-precision dates over five months: not weeks
        (["2024-01-01", "2024-03-01", "2024-05-01"], ["month"] * 3, "month"),
        # mostly day precision: the span decides
        (["2024-01-01", "2024-01-20", "2024-01-05"], ["day", "day", "month"], "day"),
    ],
)  # fmt: skip
def test_default_granularity_is_never_finer_than_most_dates(
    dates: list[str], precisions: list[str], expected: str
) -> None:
    assert default_granularity(pd.Series(dates), pd.Series(precisions)) == expected
