"""Repeated mentions of the same figure collapsed into one claim."""

from __future__ import annotations

import pandas as pd

CLAIM_KEY = ["category", "unit", "value", "value_max", "period_start", "period_end"]
CLAIM_COLUMNS = [
    *CLAIM_KEY,
    "mentions",
    "articles",
    "first_date",
    "last_date",
    "surface",
    "sentence",
    "article_ids",
]


def distinct_claims(figures: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct claim (same category, unit, value, range and period).

    `mentions` counts every mention, `articles` the articles making it; `surface` and
    `sentence` are from its earliest mention (undated mentions last).
    """
    if figures.empty:
        return pd.DataFrame(columns=CLAIM_COLUMNS)
    frame = figures.copy()
    for column in ("value_max", "period_start", "period_end"):
        if column not in frame:
            frame[column] = ""
    frame[["value_max", "period_start", "period_end"]] = (
        frame[["value_max", "period_start", "period_end"]].astype(object).fillna("")
    )
    frame["date"] = frame["date"].fillna("")
    frame = frame.assign(_undated=frame["date"] == "").sort_values(["_undated", "date", "start"])
    dated = frame["date"].where(frame["date"] != "")
    frame = frame.assign(_dated=dated)
    claims = (
        frame.groupby(CLAIM_KEY, sort=False, dropna=False)
        .agg(
            mentions=("surface", "size"),
            articles=("article_id", "nunique"),
            first_date=("_dated", "min"),
            last_date=("_dated", "max"),
            surface=("surface", "first"),
            sentence=("sentence", "first"),
            article_ids=("article_id", lambda ids: ", ".join(dict.fromkeys(ids))),
        )
        .reset_index()
    )
    claims[["first_date", "last_date"]] = claims[["first_date", "last_date"]].fillna("")
    return claims.sort_values(["mentions", "articles"], ascending=False, kind="stable")[
        CLAIM_COLUMNS
    ].reset_index(drop=True)
