"""Sentence spans in news text.

`split_sentences` returns `(start, end)` character offsets, so callers (figures, keyword in
context, highlighting) can slice the original text and keep offsets that trace back to it.

Rules, in order: a newline always ends a sentence (headlines, captions and paragraphs are
separate units); `!`, `?`, `…` and `.` end one when followed by whitespace, except after known
abbreviations (`Dr.`, `Gen.`, `Jan.`), initials (`John F. Kennedy`) and initialisms (`U.S.`,
`a.m.`) unless a typical sentence opener follows them, and except before a lowercase word after
`?`/`!`/`…` (`"Why?" he asked`). Decimals (`6.9`) never split because no whitespace follows the
point.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["SentenceLocator", "split_sentences"]

# fmt: off
# Titles and name parts: a period after them never ends a sentence.
TITLE_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "cdr", "adm",
    "maj", "brig", "cpl", "pvt", "sen", "rep", "gov", "pres", "amb", "hon", "rev", "fr", "st",
    "mt", "ft", "messrs", "mme", "mlle", "sr", "jr"
})
# Other abbreviations: a period after them ends a sentence only before a typical opener.
ABBREVIATIONS = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "nos", "vs", "v",
    "etc", "inc", "ltd", "co", "corp", "plc", "llc", "bros", "dept", "est", "approx", "fig",
    "figs", "vol", "vols", "pp", "ed", "eds", "al", "univ", "assn", "ave", "blvd", "rd", "tel",
    "ext", "cf", "viz"
})
# Words that typically open a sentence; after an initialism (`U.S.`) or an ambiguous
# abbreviation (`Inc.`) they signal that the period did end the sentence.
SENTENCE_OPENERS = frozenset({
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
    "those", "there", "here", "in", "on", "at", "but", "and", "or", "so", "yet", "however",
    "meanwhile", "moreover", "still", "as", "for", "if", "while", "when", "after", "before", "his",
    "her", "their", "its", "our", "my", "what", "why", "how", "who", "since", "although", "though",
    "despite", "according", "earlier", "later", "last", "next", "some", "many", "most", "both",
    "all", "no", "not"
})
# fmt: on

_CLOSERS = "\"'”’»)]"
_RUN_CHARACTERS = frozenset(".!?…" + _CLOSERS)  # what a candidate's run is made of
# A newline, or a run of terminal punctuation with its closing quotes/brackets that is
# followed by whitespace or the end of the text.
# (Written to start with one character class, `\n|[.!?…]+…` in effect: the regex engine then
# skips in C to the next newline or stop instead of trying the pattern at every character.)
_CANDIDATE_RE = re.compile(r"[\n.!?…](?:(?<=\n)|[.!?…]*[\"'”’»)\]]*(?=\s|\Z))")
_NEXT_WORD_RE = re.compile(r"[ \t\u00a0\u202f]*([^\s]?)([\w’']*)")
_INITIALISM_RE = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_OPENING_PUNCTUATION = "\"'“‘([«"
_LOOKBACK = 40
# how far around a figure its sentence's ends are looked for first (a news sentence is rarely
# longer; a paragraph is one line and often three times as long)
_WINDOW = 200


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the `(start, end)` spans of the sentences in `text`, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    if not text:
        return spans
    start = 0
    for match in _CANDIDATE_RE.finditer(text):
        if match.group() == "\n":
            _append_span(spans, text, start, match.start())
            start = match.end()
        elif _ends_sentence(text, match.start(), match.end()):
            _append_span(spans, text, start, match.end())
            start = match.end()
    _append_span(spans, text, start, len(text))
    return spans


class SentenceLocator:
    """The sentence around a position, as `split_sentences` cuts the text, found by deciding
    only the sentence ends next to it: a text with a few figures needs a few sentences."""

    def __init__(self, text: str) -> None:
        self._text = text
        # per line (a newline always ends a sentence): where in it a sentence may end, and
        # whether it does, decided when first asked
        self._lines: dict[int, tuple[list[int], list[int]]] = {}
        self._decided: dict[int, dict[int, bool]] = {}  # per line: candidate start -> ends one
        self._last = (0, 0)  # the sentence found last, before widening

    def around(self, start: int, end: int, line: tuple[int, int] | None = None) -> tuple[int, int]:
        """The span of the last sentence starting at or before `start`, widened to cover
        `[start, end)`: what `split_sentences(text)` gives, looked up by position. `line`:
        the bounds of the line holding `start`, if the caller knows them."""
        text = self._text
        if start >= len(text) or text[start].isspace():  # no figure starts on a space
            return _widened(split_sentences(text), start, end)
        last_start, last_end = self._last
        if last_start <= start < last_end:  # in the sentence asked for last: figures come in order
            return last_start, max(last_end, end)
        if line is None:
            line = (text.rfind("\n", 0, start) + 1, _find_or_end(text, "\n", start))
        line_start, line_end = line
        sentence_start, sentence_end = self._near(start, end, line_start, line_end)
        while text[sentence_start].isspace():  # stops at `start` at the latest
            sentence_start += 1
        while sentence_end > sentence_start and text[sentence_end - 1].isspace():
            sentence_end -= 1
        self._last = (sentence_start, sentence_end)
        return min(sentence_start, start), max(sentence_end, end)

    def _near(
        self, start: int, end: int, line_start: int, line_end: int, *, whole: bool = False
    ) -> tuple[int, int]:
        """The bounds of the sentence around `[start, end)`, from the candidate ends within
        `_WINDOW` characters of it, or of the whole line (`whole`, when a run of stops or
        closers reaches `start`, or when the window holds no decided end on one side and the
        line goes on past it).

        A window is cut at spaces, where no run can pass, and the candidates after `start` are
        read one by one until one ends the sentence: the very candidates the line holds there."""
        text = self._text
        decided = self._decided.setdefault(line_start, {})
        if whole or not 0 < start < end or text[start - 1] in _RUN_CHARACTERS:
            known = self._lines.get(line_start)
            if known is None:
                spans = [m.span() for m in _CANDIDATE_RE.finditer(text, line_start, line_end)]
                known = self._lines[line_start] = ([a for a, _ in spans], [b for _, b in spans])
            starts, ends = known
            index = bisect.bisect_right(ends, start)  # the candidates before it end by `start`
            sentence_start, sentence_end = line_start, line_end
            for i in range(index - 1, -1, -1):
                if self._ends_sentence(starts[i], ends[i], decided):
                    sentence_start = ends[i]
                    break
            for i in range(index, len(ends)):
                if self._ends_sentence(starts[i], ends[i], decided):
                    sentence_end = ends[i]
                    break
            return sentence_start, sentence_end
        window_start, window_end = line_start, line_end
        if start - line_start > _WINDOW:
            window_start = max(line_start, text.rfind(" ", line_start, start - _WINDOW))
        if line_end - end > _WINDOW:
            space = text.find(" ", end + _WINDOW, line_end)
            window_end = line_end if space < 0 else space
        sentence_start = sentence_end = -1
        # (no run reaches `start`: the candidates before it all end before its last character,
        # each seeing what follows it)
        before = [m.span() for m in _CANDIDATE_RE.finditer(text, window_start, start)]
        for candidate_start, candidate_end in reversed(before):
            if self._ends_sentence(candidate_start, candidate_end, decided):
                sentence_start = candidate_end
                break
        for match in _CANDIDATE_RE.finditer(text, start, window_end):
            if self._ends_sentence(match.start(), match.end(), decided):
                sentence_end = match.end()
                break
        if (sentence_start < 0 and window_start > line_start) or (
            sentence_end < 0 and window_end < line_end
        ):
            return self._near(start, end, line_start, line_end, whole=True)
        return (
            line_start if sentence_start < 0 else sentence_start,
            line_end if sentence_end < 0 else sentence_end,
        )

    def _ends_sentence(self, start: int, end: int, decided: dict[int, bool]) -> bool:
        known = decided.get(start)
        if known is None:
            text = self._text
            known = decided[start] = text[start] == "\n" or _ends_sentence(text, start, end)
        return known


def _find_or_end(text: str, substring: str, start: int) -> int:
    found = text.find(substring, start)
    return len(text) if found < 0 else found


def _widened(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The last span starting at or before `start`, widened to cover `[start, end)`."""
    index = bisect.bisect_right(spans, (start, float("inf"))) - 1
    span_start, span_end = spans[index] if index >= 0 else (start, end)
    return min(span_start, start), max(span_end, end)


def _append_span(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Append `[start, end)` with surrounding whitespace trimmed, unless nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def _ends_sentence(text: str, term_start: int, term_end: int) -> bool:
    """Whether the terminal punctuation at `text[term_start:term_end]` ends a sentence."""
    next_char, next_rest = _NEXT_WORD_RE.match(text, term_end).groups()  # (all optional)
    if not next_char:  # end of text or a newline: the newline rule splits anyway
        return True
    punctuation = text[term_start:term_end].rstrip(_CLOSERS)
    if punctuation != ".":
        # "?", "!", "…", "..." and mixes: a lowercase word after them continues the sentence
        return not next_char.islower()
    before = text[max(0, term_start - _LOOKBACK) : term_start]
    token = "" if not before or before[-1].isspace() else before.rsplit(None, 1)[-1]
    token = token.lstrip(_OPENING_PUNCTUATION)
    if not token:
        return True
    lowered = token.lower()
    if lowered in TITLE_ABBREVIATIONS:
        return False
    next_word = (next_char + next_rest).lower() if next_char.isalpha() else ""
    if len(token) == 1 and token.isalpha():
        # an initial ("John F. Kennedy"), or "Plan B." before an opener
        return token.islower() or next_word in SENTENCE_OPENERS
    if lowered in ABBREVIATIONS or ("." in token and _INITIALISM_RE.fullmatch(token)):
        return next_word in SENTENCE_OPENERS and not next_char.islower()
    return True
