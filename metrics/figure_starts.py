"""Where a figure can start in a text, found without running the figure grammar everywhere.

The figure grammar (`metrics.figures`) is one Python regular expression; searching a text with
it costs an attempt at every character, most of the time spent in extraction. Yet every figure
holds an *anchor*: a digit, a currency sign or code, a number, fraction or scale word or a fixed
word ("tripled"). And it starts either at its first anchor or at a chain of *lead* phrases
right before it, separated by spaces only: qualifiers ("more than"), "between", articles ("a
quarter"), the "US" of "US$". So:

1. Hyperscan finds, in one pass (`metrics.fastscan`), every anchor; and later, in the windows
   around the figures found, where an exclusion of the figure rules (a date, a phone number)
   may end: the caller then looks for exclusions only near those ends;
2. a walk back from each anchor, over the lead words right before it, gives their starts
   (`Candidates.leads_before`, asked only at the anchors the search reaches);
3. the grammar is tried only at those positions, in order.

Those positions are a superset of where a figure can start, so the figures are exactly those of
a full search (the tests compare both on every labelled and benchmark text). Where that could not
be promised, `scan` returns None and the caller searches the whole text: without Hyperscan,
and for texts holding a character that Python's case-insensitive matching folds onto an ASCII
letter ('ſ' matches "s", the Kelvin sign "k"), which Hyperscan's ASCII folding would miss.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from metrics.fastscan import (
    ASCII_CASE_TWINS,
    TWINS_OF_ASCII,
    Pattern,
    Scanner,
    character_class,
    literal,
    loosened,
)
from metrics.regex_trie import trie_regex

__all__ = ["Candidates", "FigureStarts", "tokens"]

# A phrase's tokens: initialisms ("U.S."), words with a trailing dot ("approx."), single signs.
_TOKEN_RE = re.compile(r"(?:[^\W\d_]\.){2,}|\w+\.?|[^\w\s]")
_ASCII_DIGIT = r"\b[0-9]"


def tokens(phrase: str) -> list[str]:
    """`"U.S.$"` -> `["U.S.", "$"]`, `"more than"` -> `["more", "than"]`."""
    return _TOKEN_RE.findall(phrase)


class Candidates(NamedTuple):
    """What one scan of a text found."""

    starts: list[int]  # sorted positions where a figure may start (lead words aside)
    # `exclusions_in(windows)`: where an exclusion matching within one of the sorted, disjoint
    # `(start, end)` windows may end (a superset, sorted), and which exclusion (its index in
    # the list given) for each end; it returns None, and the field is None, where exclusions
    # are not scanned for
    exclusions_in: Callable[[list[tuple[int, int]]], tuple[list[int], list[int]] | None] | None = (
        None
    )
    # the starts of the lead words right before a start, in order ("more than 5": "more",
    # "than"); None when there are no lead words
    leads_before: Callable[[int], list[int]] | None = None


class FigureStarts:
    """Candidate figure starts: anchors, and the lead words right before them."""

    def __init__(
        self,
        anchors: Iterable[str],
        leads: Iterable[str],
        exclusions: Sequence[str] = (),
        exact_anchors: Iterable[str] = (),
    ) -> None:
        """`anchors` match in either case; `exact_anchors` only as written and only before a
        number (currency codes: "N5 billion", "Rs 500", "Rs five lakh", not every "N")."""
        anchor_set = {anchor.lower() for anchor in anchors}
        exact = sorted({anchor for anchor in exact_anchors if anchor.isascii()})
        anchor_set.update(anchor.lower() for anchor in exact_anchors if not anchor.isascii())
        ascii_anchors = sorted(anchor for anchor in anchor_set if anchor.isascii())
        other_anchors = sorted(anchor_set.difference(ascii_anchors))
        # ASCII anchors are scanned with every other character read as "?" (offsets need no
        # mapping back); the rest, rare in English news, in UTF-8, and only in texts that
        # have characters beyond ASCII.
        anchor_patterns = _anchor_patterns([_ASCII_DIGIT], ascii_anchors, exact)
        self._anchors = Scanner(anchor_patterns, ascii_only=True)
        # A second database reports, in the windows around figures, where an exclusion (a
        # date, a model name) may end, unless one cannot be translated for Hyperscan; then
        # Python looks for exclusions all over those windows.
        loose = [loosened(exclusion, ascii_only=True) for exclusion in exclusions]
        exclusion_patterns = [Pattern(p, prefilter=True) for p in loose if p is not None]
        self._exclusions = (
            Scanner(exclusion_patterns, ascii_only=True)
            if loose and len(exclusion_patterns) == len(loose)
            else None
        )
        other = _anchor_patterns([character_class(_non_ascii_digits())], other_anchors)
        self._fallback = len(other)
        other.append(Pattern(character_class("".join(ASCII_CASE_TWINS))))
        self._other = Scanner(other)
        # Every word of a lead phrase may start a figure ("just over 5" may match at "over"),
        # so the walk back goes word by word. It reads the reversed text: a regex anchored
        # where the anchor starts, instead of one searched backwards.
        lead_words = {word.lower() for lead in leads for word in tokens(lead)}
        self._lead_before = (
            re.compile(rf"{_PYTHON_SPACE}*(?:{_reversed_words(lead_words)})")
            if lead_words
            else None
        )

    @property
    def available(self) -> bool:
        return self._anchors.available and self._other.available

    def scan(self, text: str) -> Candidates | None:
        """Where figures may start and exclusions may end, or None to search the whole text."""
        data = text.encode("ascii", "replace")  # (both scanners read it so)
        found = self._anchors.scan_ascii(data)
        if found is None:
            return None
        exclusions_in = None
        if self._exclusions is not None:
            if self._exclusions.available:
                exclusions_in = _window_scan(data, self._exclusions)
            else:
                # Hyperscan refused an exclusion pattern: figure starts still, exclusions by Python
                self._exclusions = None
        starts = set(found[0])
        if not text.isascii():
            other = self._other.scan(text)
            if other is None or any(pattern == self._fallback for pattern, _ in other):
                return None
            starts.update(offset for _, offset in other)
        leads = _walk_back(text, self._lead_before.match) if self._lead_before else None
        return Candidates(sorted(starts), exclusions_in, leads)


def _window_scan(
    data: bytes, exclusions: Scanner
) -> Callable[[list[tuple[int, int]]], tuple[list[int], list[int]] | None]:
    """`exclusions_in(windows)` for `Candidates`: the exclusion ends `exclusions` reports in
    windows of a text alone (`data`, its ASCII reading).

    Only the windows around the figures found are read, a few hundred characters an article,
    and in one scan, joined by newlines: scanning whole texts for where an exclusion may end
    cost 15 µs a 5 kB article, more than any other stage of the scan. (The patterns are
    loosened prefilters, lookarounds and word boundaries dropped: a window's edges are a
    text's edges to them, as to Python's search, and a match across a joint reports one end
    too many at most.)
    """

    def exclusions_in(windows: list[tuple[int, int]]) -> tuple[list[int], list[int]] | None:
        found = exclusions.scan_ascii(b"\n".join(data[start:end] for start, end in windows))
        if found is None:
            return None
        joined_ends, ids = found
        # each window's offset in the joined text, and how far its own lies beyond that
        joints, shifts = [], []
        offset = 0
        for start, end in windows:
            offset += end - start
            joints.append(offset)  # (an end at a joint ends the window before it)
            shifts.append(start - (offset - (end - start)))
            offset += 1
        return [end + shifts[bisect.bisect_left(joints, end)] for end in joined_ends], ids

    return exclusions_in


def _walk_back(
    text: str, lead_before: Callable[[str, int], re.Match[str] | None]
) -> Callable[[int], list[int]]:
    """`leads(start)`: the starts of the lead words right before `start`, in order.

    The caller asks only at the starts its search reaches, before trying them (not at a year
    standing alone, nor at a start inside a figure already found): walking back from every
    anchor cost a tenth of the extraction. (The lead words are no anchors.)"""
    reversed_text = ""
    length = len(text)

    def leads(start: int) -> list[int]:
        nonlocal reversed_text
        if not reversed_text:
            reversed_text = text[::-1]  # (once a text, when first asked)
        found = []
        position = length - start
        while (lead := lead_before(reversed_text, position)) is not None:
            if lead.end() == position:
                break  # an empty lead: no word before
            position = lead.end()
            found.append(length - position)
        found.reverse()
        return found

    return leads


def _reversed_words(words: Iterable[str]) -> str:
    """An alternation of the words reversed, each not preceded by a word character, as a trie
    (`metrics.regex_trie`) matching either case ("ſ" for "s" too, as `re.IGNORECASE` would):
    what it matches is the same as a flat alternation, longest first."""
    ordered = sorted(words, key=len, reverse=True)
    return trie_regex(
        [(word[::-1].lower(), r"(?!\w)" if word[0].isalnum() else "") for word in ordered],
        _either_case,
    )


def _either_case(character: str, depth: int) -> str:
    """A character as `re.IGNORECASE` matches it, as a class when it has other cases."""
    cases = {character, character.lower(), character.upper(), *TWINS_OF_ASCII.get(character, "")}
    if len(cases) == 1:
        return re.escape(character)
    return "[" + "".join(sorted(re.escape(case) for case in cases)) + "]"


def _anchor_patterns(
    regexes: list[str], anchors: list[str], exact: Sequence[str] = ()
) -> list[Pattern]:
    """Patterns for some regexes, the anchor signs, the anchor words (caseless) and the
    words matched only as written before a number (`exact`, see `FigureStarts`).

    Each word is a pattern of its own: Hyperscan finds a set of patterns that start with a
    literal several times faster than one pattern holding the same words behind a `\\b`.
    """
    # (anchors starting with a digit, "1/3", start where the digit anchor already reports)
    words = [anchor for anchor in anchors if anchor[0].isalpha()]
    signs = [anchor for anchor in [*anchors, *exact] if not anchor[0].isalnum()]
    patterns = [Pattern(regex) for regex in regexes]
    if signs:
        patterns.append(Pattern(_alternation(signs, words=False)))
    patterns += [
        _caseless(_WORD_START + _phrase(word) + (_WORD_END if word[-1].isalnum() else ""))
        for word in words
    ]
    # (short codes as caseless words would stop at every "n" or "sh"; before a number the
    # grammar lets no letter follow a code, and at most one space; "?" stands for every
    # character beyond ASCII, a thin space or an Arabic digit among them)
    patterns += [
        Pattern(_WORD_START + _phrase(word) + r"(?:[0-9\x3f]|[ \t\x3f][0-9A-Za-z\x3f])")
        for word in exact
        if word[0].isalpha()
    ]
    return patterns


_PYTHON_SPACE = r"[ \t\u00a0\u202f]"  # the grammar's SPACE
_SPACE = r"[ \t\x{a0}\x{202f}]"  # the grammar's SPACE, in Hyperscan's syntax
# The grammar's words neither follow nor precede a letter, though a number may run on ("Rmb50bn").
# Hyperscan's `\b` is ASCII: it also sees one beside an 'é', a superset of Python's.
_WORD_START = r"\b"
_WORD_END = r"(?:\b|[0-9_])"


def _phrase(phrase: str) -> str:
    """A phrase as a Hyperscan literal whose spaces match any run of spaces."""
    return f"{_SPACE}+".join(literal(part) for part in phrase.split())


def _alternation(phrases: Iterable[str], regexes: Iterable[str] = (), *, words: bool) -> str:
    """Phrases (each ending a word if it ends in a letter) or regexes."""
    return (
        "(?:"
        + "|".join(
            [
                *(
                    _phrase(phrase) + (_WORD_END if phrase[-1].isalnum() else "")
                    for phrase in phrases
                ),
                *regexes,
            ]
        )
        + ")"
    )


def _caseless(expression: str) -> Pattern:
    return Pattern(expression, caseless=True, unicode=not expression.isascii())


@functools.cache
def _non_ascii_digits() -> str:
    """Every character other than 0-9 that Python's `\\d` matches ("٣", "３")."""
    # Digits end before U+20000; surrogates are no characters.
    beyond_ascii = "".join(
        chr(code) for code in range(0x80, 0x20000) if not 0xD800 <= code < 0xE000
    )
    return "".join(sorted(set(re.findall(r"\d", beyond_ascii))))
