"""Theme lexicons and whole-word, case-insensitive theme matching.

A lexicon is data (`data/themes.toml`); each theme compiles to one regular expression
whose alternatives are ordered longest first, so a phrase ("natural gas") wins over a
word inside it ("gas") and the text is scanned once per theme.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from metrics.fastscan import ASCII_CASE_TWINS, Pattern, Scanner, has_case_twins, literal
from metrics.types import ThemeHit

LOGGER = logging.getLogger(__name__)

DEFAULT_THEMES_PATH = Path(__file__).resolve().parent.parent / "data" / "themes.toml"
WORD_PATTERN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# Fallback colours for themes a user adds without one (plotly's qualitative palette).
# Colours are used in charts and in the reader's inline styles: hex or a plain CSS name only.
# Charts and the reader's tints (colour + alpha) need plain hex: #rgb or #rrggbb.
_COLOR_PATTERN = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_FALLBACK_COLORS = ("#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#aec7e8")


class LexiconError(ValueError):
    """A lexicon file that cannot be used, with a message saying what to fix."""


@dataclass(frozen=True)
class Theme:
    """One theme: its name, display label, colour, terms and exclusion phrases."""

    name: str
    label: str
    color: str
    terms: tuple[str, ...]
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    """An ordered set of themes with their compiled patterns."""

    themes: tuple[Theme, ...]

    @property
    def names(self) -> list[str]:
        return [theme.name for theme in self.themes]

    @property
    def colors(self) -> dict[str, str]:
        return {theme.name: theme.color for theme in self.themes}

    @property
    def labels(self) -> dict[str, str]:
        return {theme.name: theme.label for theme in self.themes}


def term_pattern(term: str) -> str:
    """Regex source for one lexicon term: `*` is a word ending, spaces any whitespace."""
    wildcard = term.endswith("*")
    words = term.rstrip("*").split()
    body = r"\s+".join(re.escape(word) for word in words)
    if wildcard:
        body += r"[\w'’\-]*"
    return body


def _alternation(terms: tuple[str, ...]) -> str:
    # Longest first so that phrases win over the words inside them.
    ordered = sorted(terms, key=lambda term: len(term.rstrip("*")), reverse=True)
    return "|".join(term_pattern(term) for term in ordered)


@lru_cache(maxsize=64)
def _compiled(theme: Theme) -> tuple[re.Pattern[str], re.Pattern[str] | None, dict[str, str]]:
    pattern = re.compile(rf"(?<!\w)(?:{_alternation(theme.terms)})(?![\w])", re.IGNORECASE)
    exclude = (
        re.compile(rf"(?<!\w)(?:{_alternation(theme.exclude)})(?![\w])", re.IGNORECASE)
        if theme.exclude
        else None
    )
    # Which lexicon term produced a match: exact terms by lower-case text, wildcards by prefix.
    exact = {term.lower(): term for term in theme.terms if not term.endswith("*")}
    return pattern, exclude, exact


@lru_cache(maxsize=64)
def _wildcards(theme: Theme) -> tuple[str, ...]:
    """The theme's `*` terms, longest first: the first whose prefix starts a match named it."""
    return tuple(
        sorted((term for term in theme.terms if term.endswith("*")), key=len, reverse=True)
    )


def _term_for(match_text: str, theme: Theme, exact: dict[str, str]) -> str:
    normalised = " ".join(match_text.lower().split())
    if normalised in exact:
        return exact[normalised]
    for term in _wildcards(theme):
        if normalised.startswith(term[:-1].lower()):
            return term
    return normalised


_ASCII_TWINS_TABLE = str.maketrans(ASCII_CASE_TWINS)
_FIRST_RUN = re.compile(r"\w+")
_WORD_RUN = re.compile(r"\w*")


@dataclass(frozen=True)
class _Index:
    r"""Where a theme's terms (or exclusions) can start, found by word instead of by scanning.

    A match of `(?<!\w)term` starts where a run of word characters starts, and that run, lower
    cased, is the term's first run (`"natural"` for "natural gas") or, for a one-word `*` term,
    starts with its prefix (`"sanction"`). One scan (`candidates`, over the lower-cased text:
    plain literals cost the regex engine a fraction of case-insensitive ones; with Hyperscan,
    `key_starts` in one pass in C) finds the few runs that start with such a key; `tries_at`
    gives, for each, the patterns to `match` at that position only, each cut down to the terms
    that can match there. The first position where a pattern matches, at or after the end of
    its previous match, is what `finditer` would find, so the hits are the same as scanning the
    text once per theme, at a fraction of the cost.
    """

    candidates: re.Pattern[str]  # the runs that start with a key, in lower-cased text
    # the same, found in one pass in C when Hyperscan is installed (see `metrics.fastscan`)
    key_starts: Scanner
    key_lengths: tuple[int, ...]  # of each key, in the order of `key_starts`' patterns
    # per theme, its terms at 2i and its exclusions at 2i+1, in order, each with its key and
    # whether it is a prefix
    terms: tuple[tuple[tuple[str, str, bool], ...], ...]
    # per run of word characters met: the patterns to try there, each as only the terms that
    # may match at a run like it (see `tries_at`)
    tries: dict[str, tuple[tuple[int, re.Pattern[str]], ...]]

    def tries_at(self, run: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
        """The patterns (by number) to try where `run` starts, each cut down to its terms that
        may match there: those whose key is `run`, and one-word `*` terms whose prefix
        starts it. No other term can match there, so the cut pattern finds what the whole
        one would, trying a few alternatives instead of all."""
        found = self.tries.get(run)
        if found is None:
            if len(self.tries) >= _MOST_RUNS_REMEMBERED:
                self.tries.clear()
            found = self.tries[run] = tuple(
                (number, _terms_pattern(subset))
                for number, terms in enumerate(self.terms)
                if (
                    subset := tuple(
                        term
                        for term, key, prefix in terms
                        if (run.startswith(key) if prefix else run == key)
                    )
                )
            )
        return found


_MOST_RUNS_REMEMBERED = 20_000


@lru_cache(maxsize=4096)
def _terms_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """Some terms of a theme (or of its exclusions), in their order, as `_compiled` writes
    them."""
    return re.compile(rf"(?<!\w)(?:{_alternation(terms)})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=16)
def _index(lexicon: Lexicon) -> _Index | None:
    """The word index of a lexicon; None when a term needs the scan (see `_Index`)."""
    terms_of: list[tuple[tuple[str, str, bool], ...]] = []
    for theme in lexicon.themes:
        for terms in (theme.terms, theme.exclude):
            keyed = []
            for term in terms:
                body = " ".join(term.rstrip("*").split())
                first = _FIRST_RUN.match(body)
                if first is None or not first.group().isascii():
                    return None  # starts with punctuation, or not ASCII: scan instead
                prefix = term.endswith("*") and first.end() == len(body)
                keyed.append((term, first.group().lower(), prefix))
            terms_of.append(tuple(keyed))
    keys = sorted({key for terms in terms_of for _, key, _ in terms})
    return _Index(
        candidates=re.compile(rf"\b{_starts_regex(keys)}\w*"),
        # one pattern per key, reported where it ends (its start is that less its length):
        # cheaper for Hyperscan than one alternation whose starts it must track
        key_starts=Scanner(
            [Pattern(r"\b" + literal(key), ends=True) for key in keys],
            ascii_only=True,  # the keys are ASCII (else there is no index)
        ),
        key_lengths=tuple(map(len, keys)),
        terms=tuple(terms_of),
        tries={},
    )


def _starts_regex(keys: list[str]) -> str:
    """A regex for words starting with one of `keys`, as a trie: one branch per first letter."""
    if "" in keys:
        return ""
    unique = set(keys)
    minimal = sorted(key for key in unique if not any(key.startswith(k) for k in unique - {key}))
    if not minimal:
        return "(?!)"
    groups: dict[str, list[str]] = {}
    for key in minimal:
        groups.setdefault(key[0], []).append(key[1:])
    parts = []
    for first, rests in groups.items():
        parts.append(re.escape(first) + _starts_regex(rests))
    return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"


def _indexed_spans(text: str, index: _Index) -> list[list[tuple[int, int, str]]]:
    """Per theme's terms and exclusions (`_Index.terms`), their matches in `text` as
    `finditer` gives them."""
    found: list[list[tuple[int, int, str]]] = [[] for _ in index.terms]
    ends = [0] * len(index.terms)
    lowered = _lower_keeping_offsets(text)
    tries_at = index.tries_at
    for start, run in _candidate_runs(lowered, index):
        for number, pattern in tries_at(run):
            if start < ends[number]:
                continue
            match = pattern.match(text, start)
            if match is not None:
                ends[number] = match.end()
                found[number].append((start, match.end(), match.group()))
    return found


def _candidate_runs(lowered: str, index: _Index) -> Iterator[tuple[int, str]]:
    """`(start, run)` of each run of word characters that starts with a key, in text order."""
    found = index.key_starts.scan(lowered)
    if found is None:
        for run in index.candidates.finditer(lowered):
            yield run.start(), run.group()
        return
    previous = -1
    lengths = index.key_lengths
    # (by where they end, which orders them by where they start: a key lies in one word)
    for key, end in found:
        start = end - lengths[key]
        # Hyperscan's ASCII `\b` also sees a word start after an 'é': Python's `\b` does not
        if start == previous or (start and _is_word_character(lowered[start - 1])):
            continue
        previous = start
        yield start, _WORD_RUN.match(lowered, start).group()  # type: ignore[union-attr]


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


def _lower_keeping_offsets(text: str) -> str:
    """`text` lower-cased with ASCII case twins folded ("İran" -> "iran"), one character for one.

    `str.lower` turns a few characters into two ("İ" -> "i̇"); the twins table folds the ones
    that matter to terms first, and any other change of length leaves that character as it was,
    so offsets into the result are offsets into `text`.
    """
    # (`translate` looks up every character: a few substring searches are far cheaper)
    lowered = (text.translate(_ASCII_TWINS_TABLE) if has_case_twins(text) else text).lower()
    if len(lowered) == len(text):
        return lowered
    folded = text.translate(_ASCII_TWINS_TABLE)
    return "".join(low if len(low := c.lower()) == 1 else c for c in folded)


def parse_lexicon(text: str) -> Lexicon:
    """Parse a lexicon from TOML text (the format of `data/themes.toml`).

    Raises:
        LexiconError: when the TOML is invalid or a theme has no usable terms.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"the lexicon is not valid TOML: {error}") from error
    raw_themes = data.get("themes")
    if not isinstance(raw_themes, dict) or not raw_themes:
        raise LexiconError("the lexicon needs a [themes.<name>] table with `terms` for each theme")
    themes = []
    for index, (name, spec) in enumerate(raw_themes.items()):
        if not isinstance(spec, dict):
            raise LexiconError(f"theme {name!r} must be a table with `terms`")
        terms = spec.get("terms", [])
        if not isinstance(terms, list) or not all(isinstance(term, str) for term in terms):
            raise LexiconError(f"theme {name!r}: `terms` must be a list of strings")
        terms = tuple(term.strip() for term in terms if term.strip().rstrip("*").strip())
        if not terms:
            raise LexiconError(f"theme {name!r} has no terms")
        exclude = spec.get("exclude", [])
        if not isinstance(exclude, list) or not all(isinstance(term, str) for term in exclude):
            raise LexiconError(f"theme {name!r}: `exclude` must be a list of strings")
        color = str(spec.get("color") or _FALLBACK_COLORS[index % len(_FALLBACK_COLORS)])
        if not _COLOR_PATTERN.fullmatch(color.strip()):
            raise LexiconError(f"theme {name!r}: color {color!r} must be a hex colour like #1f77b4")
        color = color.strip().lower()
        if len(color) == 4:  # #rgb -> #rrggbb, so a tint can append an alpha channel
            color = "#" + "".join(digit * 2 for digit in color[1:])
        themes.append(
            Theme(
                name=str(name),
                label=str(spec.get("label") or name.replace("_", " ").capitalize()),
                color=color,
                terms=terms,
                exclude=tuple(term.strip() for term in exclude if term.strip()),
            )
        )
    return Lexicon(themes=tuple(themes))


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Load a lexicon file; the bundled `data/themes.toml` when `path` is None."""
    source = Path(path) if path is not None else DEFAULT_THEMES_PATH
    return parse_lexicon(source.read_text(encoding="utf-8"))


def find_theme_hits(text: str, lexicon: Lexicon) -> list[ThemeHit]:
    """Every lexicon match in `text`, in text order, with offsets into `text`."""
    index, themes = _prepared(lexicon)
    spans = _indexed_spans(text, index) if index is not None else None
    hits: list[ThemeHit] = []
    for number, (theme, pattern, exclude, exact, named) in enumerate(themes):
        if spans is not None:
            matches, excluded = spans[2 * number], spans[2 * number + 1]
        else:
            matches = [(*match.span(), match.group()) for match in pattern.finditer(text)]
            excluded = [(*match.span(), "") for match in exclude.finditer(text)] if exclude else []
        name = theme.name
        for start, end, matched in matches:
            if excluded and any(
                ex_start < end and start < ex_end for ex_start, ex_end, _ in excluded
            ):
                continue
            term = named.get(matched)
            if term is None:
                if len(named) >= _MOST_RUNS_REMEMBERED:
                    named.clear()
                term = named[matched] = _term_for(matched, theme, exact)
            hits.append(ThemeHit(name, term, start, end))
    hits.sort(key=_text_order)
    return hits


def _text_order(hit: ThemeHit) -> tuple[int, str]:
    return hit.start, hit.theme


_Prepared = tuple[
    _Index | None,
    tuple[
        tuple[Theme, re.Pattern[str], re.Pattern[str] | None, dict[str, str], dict[str, str]], ...
    ],
]
# the lexicons met, by identity (hashing one walks all its terms: a few µs an article)
_PREPARED: dict[int, tuple[Lexicon, _Prepared]] = {}


def _prepared(lexicon: Lexicon) -> _Prepared:
    """A lexicon's word index and, per theme, its patterns (`_compiled`) and the term each
    matched text came from (remembered across texts), looked up by the lexicon's identity."""
    known = _PREPARED.get(id(lexicon))
    if known is not None and known[0] is lexicon:
        return known[1]
    if len(_PREPARED) >= 16:
        _PREPARED.clear()
    prepared: _Prepared = (
        _index(lexicon),
        tuple((theme, *_compiled(theme), {}) for theme in lexicon.themes),
    )
    _PREPARED[id(lexicon)] = (lexicon, prepared)
    return prepared


def count_words(text: str) -> int:
    """Number of words (runs of letters/digits, with inner hyphens and apostrophes).

    Exactly `len(WORD_PATTERN.findall(text))`: a word starts at a letter or digit that follows
    neither one nor a joiner right after one. Counted in the bytes of an ASCII text, else with
    numpy over the code points: ten and four times faster than the regex, which tries its
    pattern at every character.
    """
    if not text:
        return 0
    if text.isascii():
        # Each character as its kind, "a" (letter or digit), "j" (joiner) or " ": a word
        # starts at an "a" after a " " or a "j" that follows no "a", or at the start. None of
        # the pieces counted overlaps itself, so `bytes.count` counts every one.
        kinds = text.encode("ascii").translate(_ASCII_KINDS)
        return (
            kinds.count(b" a")
            + kinds.count(b" ja")
            + kinds.count(b"jja")
            + kinds.startswith(b"a")
            + kinds.startswith(b"ja")
        )
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if int(points.max()) >= _BMP:
        return len(WORD_PATTERN.findall(text))  # beyond the table: rare, and exact this way
    kinds = _character_kinds()[points]
    letters = kinds == _LETTER
    starts = letters.copy()
    starts[1:] &= ~letters[:-1]
    starts[2:] &= ~((kinds[1:-1] == _JOINER) & letters[:-2])
    return int(np.count_nonzero(starts))


_BMP = 0x10000
_LETTER, _JOINER = 1, 2
_ASCII_KINDS = bytes(
    ord("a") if chr(code).isalnum() else ord("j") if chr(code) in "'-" else ord(" ")
    for code in range(256)
)


@lru_cache(maxsize=1)
def _character_kinds() -> np.ndarray:
    """For each code point of the Basic Multilingual Plane: a letter or digit (what
    `[^\\W_]` matches), a joiner (`'’-`) or neither."""
    kinds = np.array([chr(code).isalnum() for code in range(_BMP)], dtype=np.uint8)
    kinds[[ord(joiner) for joiner in "'’-"]] = _JOINER
    return kinds
