"""Specification of `metrics.periods`: the as-of period a sentence ties a figure to."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from metrics.figures import extract_figures
from metrics.periods import figure_period, find_periods
from metrics.pipeline import analyze_article
from metrics.themes import load_lexicon
from metrics.types import Article

YEAR_2023 = ("2023-01-01", "2023-12-31")

PERIOD_CASES = [
    # (sentence, surface of the figure, article date, precision, expected period)
    # explicit years and months resolve without an article date
    ("Bilateral trade hit $240 billion in 2023.", "$240 billion", "", "", YEAR_2023),
    (
        "Exports reached $15 billion in March 2024.",
        "$15 billion",
        "",
        "",
        ("2024-03-01", "2024-03-31"),
    ),
    (
        "Trade in January-October 2023 grew by 26.7% to $196.48 billion.",
        "$196.48 billion",
        "",
        "",
        ("2023-01-01", "2023-10-31"),
    ),
    (
        "The deficit reached 3.2 trillion roubles in the first 10 months of 2023.",
        "3.2 trillion roubles",
        "",
        "",
        ("2023-01-01", "2023-10-31"),
    ),
    ("Output rose 5% in the first half of 2023.", "5%", "", "", ("2023-01-01", "2023-06-30")),
    ("Exports rose 3% in Q3 2023.", "3%", "", "", ("2023-07-01", "2023-09-30")),
    ("Imports fell 2% in the fourth quarter of 2022.", "2%", "", "", ("2022-10-01", "2022-12-31")),
    # relative phrases resolve against the article's date
    ("Bilateral trade hit $240 billion last year.", "$240 billion", "2024-05-16", "day", YEAR_2023),
    ("The budget will rise 7.2 percent this year.", "7.2 percent", "2023-03-05", "year", YEAR_2023),
    ("Exports rose 4% last month.", "4%", "2024-01-10", "day", ("2023-12-01", "2023-12-31")),
    # a reporting period without its year: the latest one that has ended
    (
        "Trade reached 1.7 trillion yuan in the first 11 months.",
        "1.7 trillion yuan",
        "2023-12-07",
        "day",
        ("2023-01-01", "2023-11-30"),
    ),
    (
        "Trade reached 1.7 trillion yuan in the first 11 months.",
        "1.7 trillion yuan",
        "2024-01-07",
        "day",
        ("2023-01-01", "2023-11-30"),
    ),
    (
        "In January-September the ports took 3,4 mln tons of wheat.",
        "3,4 mln tons",
        "2023-10-12",
        "day",
        ("2023-01-01", "2023-09-30"),
    ),
    # a quarter or a month without its year: the latest one that has begun
    (
        "Exports rose 8.7 per cent in the first quarter.",
        "8.7 per cent",
        "2024-04-13",
        "day",
        ("2024-01-01", "2024-03-31"),
    ),
    ("Exports rose 12% in May.", "12%", "2024-06-09", "day", ("2024-05-01", "2024-05-31")),
    ("Exports rose 12% in November.", "12%", "2024-06-09", "day", ("2023-11-01", "2023-11-30")),
    # an undated article: relative phrases stay empty
    ("Bilateral trade hit $240 billion last year.", "$240 billion", "", "", ("", "")),
    ("Trade rose 5% in the first quarter.", "5%", "", "", ("", "")),
    # a year-precision date cannot place a month
    ("Exports rose 4% last month.", "4%", "2024-01-01", "year", ("", "")),
    # comparison bases and deadlines are not the figure's period
    ("Trade could reach $300 billion by 2030.", "$300 billion", "2024-05-16", "day", ("", "")),
    ("Exports were up 5% compared with 2022.", "5%", "", "", ("", "")),
    ("Imports rose 3% from last year.", "3%", "2024-05-16", "day", ("", "")),
    ("It grew 2% over the same period of last year.", "2%", "2024-05-16", "day", ("", "")),
    ("Trade has grown 30% since 2021.", "30%", "", "", ("", "")),
    # no period at all
    ("China is sending 3,200 troops.", "3,200 troops", "2018-09-01", "month", ("", "")),
]


@pytest.mark.parametrize(("sentence", "surface", "date", "precision", "expected"), PERIOD_CASES)
def test_figure_period(
    sentence: str, surface: str, date: str, precision: str, expected: tuple[str, str]
) -> None:
    (figure,) = [f for f in extract_figures(sentence) if f.surface == surface]
    assert figure_period(figure, date, precision) == expected


def test_each_figure_takes_the_nearest_period() -> None:
    text = "Trade rose from $190 billion in 2022 to $240 billion in 2023."
    periods = [figure_period(f) for f in extract_figures(text)]
    assert periods == [("2022-01-01", "2022-12-31"), YEAR_2023]


def test_last_year_next_to_a_figure_beats_an_explicit_year_further_away() -> None:
    text = "Russia's economy grew 3.6 percent last year, up from 1.2 percent in 2022."
    periods = [figure_period(f, "2024-02-01", "month") for f in extract_figures(text)]
    assert periods == [YEAR_2023, ("2022-01-01", "2022-12-31")]


def test_find_periods_reports_offsets() -> None:
    sentence = "Exports rose in 2023."
    ((start, end, first, last),) = find_periods(sentence)
    assert (sentence[start:end], first, last) == ("in 2023", *YEAR_2023)


def test_pipeline_fills_the_period_from_the_article_date() -> None:
    article = Article(
        article_id="a",
        text="Bilateral trade between China and Russia hit $240 billion last year, customs said.",
        date="2024-05-16",
    )
    result = analyze_article(article, load_lexicon(), keywords=False)
    (row,) = result.figures
    assert (row["period_start"], row["period_end"]) == YEAR_2023


def test_pipeline_leaves_a_relative_period_empty_when_undated() -> None:
    article = Article(article_id="a", text="Bilateral trade hit $240 billion last year.")
    (row,) = analyze_article(article, load_lexicon(), keywords=False).figures
    assert (row["period_start"], row["period_end"]) == ("", "")


@given(st.text(max_size=200), st.sampled_from(["", "2024-05-16", "1900-01-01", "2100-12-31"]))
def test_find_periods_never_raises(sentence: str, date: str) -> None:
    for start, end, first, last in find_periods(sentence, date, "day" if date else ""):
        assert 0 <= start < end <= len(sentence)
        assert first <= last
