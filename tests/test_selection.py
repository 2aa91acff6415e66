"""Selecting articles by date range and source; undated articles are not silently dropped."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from metrics.selection import NO_SOURCE, select_articles, source_names

ARTICLES = pd.DataFrame(
    {
        "article_id": ["day", "month", "year", "undated", "failed"],
        "date": ["2024-05-16", "2024-04-01", "2023-01-01", "", "2024-05-16"],
        "date_precision": ["day", "month", "year", "", "day"],
        "source": ["TASS", "", "Reuters", "TASS", "TASS"],
        "status": ["ok", "ok", "ok", "ok", "error"],
    }
)


def _ids(frame: pd.DataFrame) -> list[str]:
    return list(frame["article_id"])


def test_everything_analysed_is_selected_by_default() -> None:
    assert _ids(select_articles(ARTICLES)) == ["day", "month", "year", "undated"]


def test_a_date_range_keeps_coarse_dates_whose_period_overlaps() -> None:
    selected = select_articles(ARTICLES, start=dt.date(2024, 4, 20), end=dt.date(2024, 6, 1))
    assert _ids(selected) == ["day", "month", "undated"]  # April 2024 overlaps 20 April


def test_undated_articles_can_be_left_out() -> None:
    assert "undated" not in _ids(select_articles(ARTICLES, include_undated=False))


def test_sources_filter_names_missing_sources() -> None:
    assert source_names(ARTICLES) == [NO_SOURCE, "Reuters", "TASS"]
    assert _ids(select_articles(ARTICLES, sources=[NO_SOURCE])) == ["month"]
