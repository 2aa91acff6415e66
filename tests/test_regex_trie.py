"""A trie of phrases matches what their flat alternation matches (`metrics.regex_trie`)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.regex_trie import trie_regex


def _literal(key: object, depth: int) -> str:
    return re.escape(str(key))


def _trie(phrases: list[str], end: str = "") -> re.Pattern[str]:
    return re.compile(trie_regex([(list(phrase), end) for phrase in phrases], _literal))


def _flat(phrases: list[str], end: str = "") -> re.Pattern[str]:
    return re.compile("|".join(re.escape(phrase) + end for phrase in phrases) or r"(?!x)x")


def test_the_longest_phrase_sharing_a_prefix_wins_as_in_the_flat_alternation() -> None:
    phrases = ["tonnes", "tons", "ton", "t"]
    for text in ["tonnes of", "tons", "ton.", "t"]:
        assert _trie(phrases).match(text).group() == _flat(phrases).match(text).group()


def test_what_follows_a_phrase_decides_as_in_the_flat_alternation() -> None:
    # "ton" may not go on with a letter: in "tonx" neither matches, in "ton x" the short one
    phrases = ["tonnes", "ton"]
    for text in ["tonx", "ton x", "tonnes"]:
        trie, flat = _trie(phrases, r"(?!\w)").match(text), _flat(phrases, r"(?!\w)").match(text)
        assert (trie and trie.group()) == (flat and flat.group())


def test_no_phrases_never_match() -> None:
    assert re.compile(trie_regex([], _literal)).match("") is None


def test_a_branch_starts_with_the_character_it_consumes() -> None:
    # (what lets Python's regex engine skip it without entering it)
    assert trie_regex([(list("held"), ""), (list("hours"), "")], _literal) == "h(?:eld|ours)"


@settings(max_examples=300, deadline=None)
@given(
    phrases=st.lists(st.text("abc -", min_size=1, max_size=5), min_size=1, max_size=8),
    text=st.text("abc -x", max_size=8),
)
def test_a_trie_matches_what_the_flat_alternation_longest_first_matches(
    phrases: list[str], text: str
) -> None:
    ordered = sorted(dict.fromkeys(phrases), key=len, reverse=True)
    for position in range(len(text) + 1):
        trie = _trie(ordered, r"(?![a-c])").match(text, position)
        flat = _flat(ordered, r"(?![a-c])").match(text, position)
        assert (trie and trie.group()) == (flat and flat.group())
