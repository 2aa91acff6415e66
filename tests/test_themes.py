"""Theme lexicons: what counts as a mention of a theme, and what does not."""

from __future__ import annotations

import re
import string
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.themes import (
    ASCII_CASE_TWINS,
    WORD_PATTERN,
    LexiconError,
    count_words,
    find_theme_hits,
    load_lexicon,
    parse_lexicon,
)

LEXICON = load_lexicon()
SAMPLE_FOLDER = Path(__file__).resolve().parent.parent / "data" / "articles"


def _themes(text: str) -> list[tuple[str, str]]:
    return [(hit.theme, text[hit.start : hit.end]) for hit in find_theme_hits(text, LEXICON)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seed 000: troops and war games are military
        (
            "China is sending 3,200 troops to take part in Russia's Vostok military exercises.",
            [("military", "troops"), ("military", "military"), ("military", "exercises")],
        ),
        # seed 004: "trade" in a money sentence
        (
            "trade between the two countries reaching $240 billion last year",
            [("trade", "trade")],
        ),
        # a phrase counts once, not once per word inside it
        ("Moscow expanded natural gas supplies.", [("energy", "natural gas")]),
        ("the invasion of Ukraine in 2022", [("ukraine", "invasion of Ukraine")]),
        # wildcard endings: sanction* matches every form
        (
            "Sanctioned banks; new sanctions; the EU sanctioning regime.",
            [("sanctions", "Sanctioned"), ("sanctions", "sanctions"), ("sanctions", "sanctioning")],
        ),
        # case-insensitive
        ("LNG and Oil", [("energy", "LNG"), ("energy", "Oil")]),
        # hyphenated compounds still contain the theme word
        ("the Russia-Ukraine war", [("ukraine", "Ukraine war")]),
        # a word may belong to two themes and then counts once in each
        (
            "its special military operation",
            [("military", "military"), ("ukraine", "special military operation")],
        ),
    ],
)
def test_theme_terms_are_found_with_offsets(text: str, expected: list[tuple[str, str]]) -> None:
    assert sorted(_themes(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Gasprom is not a word we know.",  # whole words only: gas is not inside Gasprom
        "The trade union went on strike.",  # excluded phrase
        "He will exercise his right to vote.",  # "exercise" as a verb is excluded by phrase
        "They welcomed him with open arms.",  # idiom, not weapons
        "Beijing will exercise restraint.",  # the verb again
        "The oilfield workers",  # no partial-word match: "oil" is not inside "oilfield"
        "Every policy has trade-offs, and a trade off was made.",  # a compromise, not commerce
    ],
)
def test_non_mentions_are_not_counted(text: str) -> None:
    assert find_theme_hits(text, LEXICON) == []


def test_every_hit_points_at_its_text() -> None:
    text = "Sanctions on oil exports hit trade; troops massed near Ukraine's border."
    for hit in find_theme_hits(text, LEXICON):
        assert text[hit.start : hit.end].lower().startswith(hit.term.rstrip("*").lower()[:3])


def test_hit_reports_the_lexicon_term_that_matched() -> None:
    hits = find_theme_hits("sanctioned firms", LEXICON)
    assert [(hit.theme, hit.term) for hit in hits] == [("sanctions", "sanction*")]


def test_a_user_lexicon_replaces_the_default() -> None:
    lexicon = parse_lexicon(
        '[themes.arctic]\nlabel = "Arctic"\n'
        'terms = ["Arctic", "Northern Sea Route", "icebreaker*"]\n'
    )
    hits = find_theme_hits("Icebreakers opened the Northern Sea Route.", lexicon)
    assert [(hit.theme, hit.term) for hit in hits] == [
        ("arctic", "icebreaker*"),
        ("arctic", "Northern Sea Route"),
    ]
    assert lexicon.labels == {"arctic": "Arctic"}
    assert lexicon.colors["arctic"].startswith("#")


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("not toml [", "not valid TOML"),
        ("[other]\nx = 1\n", "[themes.<name>]"),
        ("[themes.empty]\nterms = []\n", "has no terms"),
        ("[themes.bad]\nterms = [1, 2]\n", "list of strings"),
        # a colour plotly and the reader cannot draw
        ('[themes.c]\nterms = ["x"]\ncolor = "notacolor"\n', "must be a hex colour"),
        ('[themes.c]\nterms = ["x"]\ncolor = "#12345"\n', "must be a hex colour"),
        ('[themes.c]\nterms = ["x"]\ncolor = "red;background:url(x)"\n', "must be a hex colour"),
    ],
)
def test_an_unusable_lexicon_says_what_to_fix(toml: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_lexicon(toml)


def test_the_bundled_lexicon_has_the_five_themes_in_order() -> None:
    assert LEXICON.names == ["trade", "military", "ukraine", "sanctions", "energy"]
    assert len(set(LEXICON.colors.values())) == 5


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", 0),
        ("Russia and China", 3),
        ("U.S.-led order", 4),  # U, S, led... "U.S.-led" splits at the dots
        ("Xi's state visit", 3),
        ("a 3,200-strong force", 4),
    ],
)
def test_word_count(text: str, words: int) -> None:
    assert count_words(text) == words


def test_letters_that_fold_to_ascii_match_like_the_regex_engine_says() -> None:
    # "ſanctions" (long s) is "sanctions" to re.IGNORECASE, so it is a hit as well.
    assert (
        _themes("new ſanctions on KYIV") == [("ukraine", "KYIV"), ("sanctions", "ſanctions")][::-1]
    )
    others = "".join(map(chr, range(128, 0x110000)))
    folding = set(re.findall("[a-z]", others, re.IGNORECASE))
    assert {
        char: next(letter for letter in string.ascii_lowercase if re.match(letter, char, re.I))
        for char in folding
    } == ASCII_CASE_TWINS


def test_terms_starting_with_punctuation_or_other_scripts_are_found() -> None:
    lexicon = parse_lexicon(
        '[themes.tags]\nterms = ["#sanctions", "Россия", "Росси*", "oil"]\n'
        'exclude = ["oil field"]\n'
    )
    text = "#Sanctions on РОССИЯ and Российский oil, not the oil field."
    assert [(hit.term, text[hit.start : hit.end]) for hit in find_theme_hits(text, lexicon)] == [
        ("#sanctions", "#Sanctions"),
        ("Россия", "РОССИЯ"),
        ("Росси*", "Российский"),
        ("oil", "oil"),
    ]


def test_a_short_hex_colour_is_expanded() -> None:
    lexicon = parse_lexicon('[themes.c]\nterms = ["x"]\ncolor = "#F0a"\n')
    assert lexicon.colors == {"c": "#ff00aa"}


def test_offsets_stay_right_after_letters_that_lower_case_to_two() -> None:
    # "İ".lower() is two characters; hits after it must still point at their own text.
    text = "İSTANBUL talks: İran and Russia discuss SANCTIONS and Trade."
    hits = find_theme_hits(text, LEXICON)
    assert [(hit.theme, text[hit.start : hit.end]) for hit in hits] == [
        ("sanctions", "SANCTIONS"),
        ("trade", "Trade"),
    ]


def test_hits_are_the_same_with_and_without_hyperscan(monkeypatch: pytest.MonkeyPatch) -> None:
    # Hyperscan only says where terms may start; the slower scan in Python must agree.
    texts = [path.read_text("utf-8") for path in SAMPLE_FOLDER.glob("*.txt")] + [
        "İSTANBUL: ſanctions, Zürich-Ukraine gas; éoil; the oil-for-gas trade-offs and Trade.",
        "sanctioning sanctioned SANCTIONS sanction-hit Kyiv’s Ukrainian, natural  gas",
    ]
    fast = [find_theme_hits(text, LEXICON) for text in texts]
    monkeypatch.setattr("metrics.fastscan.Scanner.scan", lambda self, text: None)
    assert [find_theme_hits(text, LEXICON) for text in texts] == fast
    assert sum(map(len, fast)) > 80


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from(list("ab'’-_ 1é\u0301\u00a0\n—.ß٣")) | st.characters()))
def test_word_count_is_the_number_of_words_the_word_pattern_finds(text: str) -> None:
    assert count_words(text) == len(WORD_PATTERN.findall(text))


# Words of the bundled lexicon, their pieces, case variants and near misses: where the index
# tries only the terms a word can start, the whole pattern scanned over the text must agree.
_LEXICON_WORDS = sorted(
    {
        variant
        for theme in LEXICON.themes
        for term in (*theme.terms, *theme.exclude)
        for word in [term.rstrip("*"), term.rstrip("*") + "ed", term.rstrip("*")[:-1]]
        for variant in (word, word.upper(), word.title())
    }
)


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(_LEXICON_WORDS) | st.sampled_from(["oil", "-", "'s", "’", "é", "the"]),
        max_size=12,
    ),
    st.lists(st.sampled_from([" ", "  ", "-", "", "\n", ", "]), min_size=12, max_size=12),
)
def test_hits_found_through_the_word_index_are_those_of_scanning_each_theme(
    words: list[str], separators: list[str]
) -> None:
    text = "".join(word + separator for word, separator in zip(words, separators, strict=False))
    indexed = find_theme_hits(text, LEXICON)
    with mock.patch("metrics.themes._index", lambda lexicon: None):
        assert find_theme_hits(text, LEXICON) == indexed


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(list("ab'-_ 1.\n\t"))))
def test_word_count_of_plain_ascii_is_the_number_of_words_the_word_pattern_finds(
    text: str,
) -> None:
    assert count_words(text) == len(WORD_PATTERN.findall(text))


@pytest.mark.parametrize("length", range(0, 100, 3))
def test_a_term_that_ends_the_text_is_found_whatever_its_length(length: int) -> None:
    lexicon = parse_lexicon('[themes.leaders]\nterms = ["Putin", "Xi"]\n')
    text = "x" * length + " talks with President Xi"
    assert [text[hit.start : hit.end] for hit in find_theme_hits(text, lexicon)] == ["Xi"]
