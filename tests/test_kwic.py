"""Keyword in context: occurrences of a term or a theme's hits with the words around them."""

from __future__ import annotations

import pandas as pd
import pytest

from metrics.kwic import hits_in_context, keyword_in_context, sentences_with_hits

TEXTS = {
    "a": "New sanctions hit Chinese banks. Beijing condemned the sanctioning of firms.",
    "b": "Trade rose. No sanction was mentioned here, only SANCTIONS in capitals.",
}


def test_a_term_is_found_as_a_whole_word_in_any_case() -> None:
    table = keyword_in_context(TEXTS, "sanctions")
    assert list(table["match"]) == ["sanctions", "SANCTIONS"]
    assert list(table["article_id"]) == ["a", "b"]


def test_a_star_matches_any_ending() -> None:
    table = keyword_in_context(TEXTS, "sanction*")
    assert list(table["match"]) == ["sanctions", "sanctioning", "sanction", "SANCTIONS"]


def test_context_is_cut_to_the_window_and_marked() -> None:
    row = keyword_in_context(TEXTS, "Beijing", window=11).iloc[0]
    assert row["left"].startswith("…") and row["left"].endswith("banks.")
    assert len(row["left"]) <= 12
    assert row["right"] == "condemned…"


def test_offsets_point_at_the_match() -> None:
    for row in keyword_in_context(TEXTS, "sanction*").itertuples():
        assert TEXTS[row.article_id][row.start : row.end] == row.match


@pytest.mark.parametrize("term", ["", "   ", "*"])
def test_an_empty_term_finds_nothing(term: str) -> None:
    assert keyword_in_context(TEXTS, term).empty


def test_regex_characters_in_a_term_are_literal() -> None:
    assert keyword_in_context({"x": "axb"}, "a.b").empty  # "." is a dot, not any character
    assert list(keyword_in_context({"x": "a (b) c"}, "(b)")["match"]) == ["(b)"]


def test_theme_hits_get_their_context() -> None:
    hits = pd.DataFrame([{"article_id": "a", "theme": "sanctions", "start": 4, "end": 13}])
    row = hits_in_context(TEXTS, hits).iloc[0]
    assert row["match"] == "sanctions" and row["left"] == "New"


def test_sentences_with_hits_returns_only_sentences_that_hold_a_hit() -> None:
    hits = pd.DataFrame({"start": [60]})
    assert sentences_with_hits(TEXTS["a"], hits) == ["Beijing condemned the sanctioning of firms."]
