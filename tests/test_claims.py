"""Repeated mentions of one figure collapse into a single claim."""

from __future__ import annotations

import pandas as pd

from metrics.claims import distinct_claims

FIGURES = pd.DataFrame(
    {
        "article_id": ["a", "b", "b", "c"],
        "date": ["2024-05-16", "2024-05-01", "2024-05-01", ""],
        "category": ["trade"] * 3 + ["troops"],
        "value": [240e9, 240e9, 240e9, 3200.0],
        "unit": ["USD"] * 3 + ["troops"],
        "value_max": [None] * 4,
        "period_start": ["2023-01-01"] * 3 + [""],
        "period_end": ["2023-12-31"] * 3 + [""],
        "surface": ["$240 billion", "$240bn", "240 billion dollars", "3,200 troops"],
        "sentence": ["s1", "s2", "s3", "s4"],
        "start": [10, 5, 50, 0],
    }
)


def test_same_value_unit_and_period_is_one_claim() -> None:
    claims = distinct_claims(FIGURES)
    assert len(claims) == 2
    trade = claims.iloc[0]
    assert (trade["mentions"], trade["articles"]) == (3, 2)
    assert trade["first_date"] == "2024-05-01" and trade["last_date"] == "2024-05-16"
    assert trade["surface"] == "$240bn"  # the earliest mention speaks for the claim
    assert trade["article_ids"] == "b, a"


def test_an_undated_claim_keeps_empty_dates() -> None:
    troops = distinct_claims(FIGURES).iloc[1]
    assert (troops["first_date"], troops["last_date"]) == ("", "")


def test_no_figures_no_claims() -> None:
    assert distinct_claims(FIGURES.iloc[0:0]).empty
