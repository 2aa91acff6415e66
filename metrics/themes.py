"""Theme lexicons and whole-word, case-insensitive theme matching.

A lexicon is data (`data/themes.toml`); each theme compiles to one regular expression
whose alternatives are ordered longest first, so a phrase ("natural gas") wins over a
word inside it ("gas") and the text is scanned once per theme.
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from metrics.types import ThemeHit

LOGGER = logging.getLogger(__name__)

DEFAULT_THEMES_PATH = Path(__file__).resolve().parent.parent / "data" / "themes.toml"
WORD_PATTERN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# Fallback colours for themes a user adds without one (plotly's qualitative palette).
# Colours are used in charts and in the reader's inline styles: hex or a plain CSS name only.
_COLOR_PATTERN = re.compile(r"#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}")
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


def _term_for(match_text: str, theme: Theme, exact: dict[str, str]) -> str:
    normalised = " ".join(match_text.lower().split())
    if normalised in exact:
        return exact[normalised]
    prefixes = sorted((term for term in theme.terms if term.endswith("*")), key=len, reverse=True)
    for term in prefixes:
        if normalised.startswith(term[:-1].lower()):
            return term
    return normalised


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
        if not _COLOR_PATTERN.fullmatch(color):
            raise LexiconError(
                f"theme {name!r}: color {color!r} must be a hex colour like #1f77b4 or a CSS name"
            )
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
    hits: list[ThemeHit] = []
    for theme in lexicon.themes:
        pattern, exclude, exact = _compiled(theme)
        excluded = [match.span() for match in exclude.finditer(text)] if exclude else []
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(ex_start < end and start < ex_end for ex_start, ex_end in excluded):
                continue
            hits.append(ThemeHit(theme.name, _term_for(match.group(), theme, exact), start, end))
    hits.sort(key=lambda hit: (hit.start, hit.theme))
    return hits


def count_words(text: str) -> int:
    """Number of words (runs of letters/digits, with inner hyphens and apostrophes)."""
    return sum(1 for _ in WORD_PATTERN.finditer(text))
