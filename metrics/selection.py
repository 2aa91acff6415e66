"""Choosing which articles a view uses: date range, sources, undated or not."""

from __future__ import annotations

import datetime as dt

import pandas as pd

NO_SOURCE = "(no source)"


def source_names(articles: pd.DataFrame) -> list[str]:
    """The distinct sources of the analysed articles, sorted, with a name for 'none given'."""
    if articles.empty:
        return []
    return sorted(set(articles["source"].fillna("").replace("", NO_SOURCE)))


def select_articles(
    articles: pd.DataFrame,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    sources: list[str] | None = None,
    include_undated: bool = True,
) -> pd.DataFrame:
    """The analysed articles inside the date range and sources.

    An article dated only to a month or year is kept when its period overlaps the range.
    Undated articles are kept when `include_undated` (they cannot be outside a range).
    """
    selected = articles[articles["status"] == "ok"] if "status" in articles else articles
    if sources is not None:
        selected = selected[selected["source"].fillna("").replace("", NO_SOURCE).isin(sources)]
    dates = pd.to_datetime(selected["date"], errors="coerce", format="%Y-%m-%d")
    undated = dates.isna()
    precision = selected.get("date_precision", pd.Series("day", index=selected.index))
    period_end = dates.copy()
    months = precision == "month"
    years = precision == "year"
    period_end[months] = dates[months] + pd.offsets.MonthEnd(0)
    period_end[years] = dates[years] + pd.offsets.YearEnd(0)
    keep = pd.Series(True, index=selected.index)
    if start is not None:
        keep &= undated | (period_end >= pd.Timestamp(start))
    if end is not None:
        keep &= undated | (dates <= pd.Timestamp(end))
    if not include_undated:
        keep &= ~undated
    return selected[keep]


def rows_of(table: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Rows of a per-article table that belong to the given articles."""
    return table[table["article_id"].isin(articles["article_id"])]
