"""Keyword in context: every occurrence of a term or a theme, with the words around it."""

from __future__ import annotations

import re

import pandas as pd

from metrics.sentences import split_sentences
from metrics.themes import term_pattern

KWIC_COLUMNS = ["article_id", "left", "match", "right", "start", "end"]
DEFAULT_WINDOW = 70  # characters of context on each side


def _context(text: str, start: int, end: int, window: int) -> tuple[str, str]:
    left = " ".join(text[max(0, start - window) : start].split())
    right = " ".join(text[end : end + window].split())
    if start - window > 0:
        left = "…" + left
    if end + window < len(text):
        right = right + "…"
    return left, right


def keyword_in_context(
    texts: dict[str, str], term: str, *, window: int = DEFAULT_WINDOW, limit: int = 5_000
) -> pd.DataFrame:
    """Occurrences of `term` (whole words, any case, `*` for any ending) in every text.

    Returns one row per occurrence with `window` characters of context each side, in
    article order, at most `limit` rows.
    """
    columns = KWIC_COLUMNS
    if not term.strip() or not term.strip("*").strip():
        return pd.DataFrame(columns=columns)
    pattern = re.compile(rf"(?<!\w)(?:{term_pattern(term.strip())})(?!\w)", re.IGNORECASE)
    rows = []
    for article_id, text in texts.items():
        for match in pattern.finditer(text):
            left, right = _context(text, match.start(), match.end(), window)
            rows.append([article_id, left, match.group(), right, match.start(), match.end()])
            if len(rows) >= limit:
                return pd.DataFrame(rows, columns=columns)
    return pd.DataFrame(rows, columns=columns)


def hits_in_context(
    texts: dict[str, str], theme_hits: pd.DataFrame, *, window: int = DEFAULT_WINDOW
) -> pd.DataFrame:
    """The context of each row of a `theme_hits` table (e.g. one theme's hits)."""
    rows = []
    for hit in theme_hits.itertuples(index=False):
        text = texts.get(hit.article_id, "")
        left, right = _context(text, hit.start, hit.end, window)
        rows.append([hit.article_id, left, text[hit.start : hit.end], right, hit.start, hit.end])
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)


def sentences_with_hits(text: str, hits: pd.DataFrame) -> list[str]:
    """The sentences of `text` that contain at least one of `hits` (in text order)."""
    starts = sorted(int(start) for start in hits["start"])
    found = []
    for start, end in split_sentences(text):
        if any(start <= hit < end for hit in starts):
            found.append(" ".join(text[start:end].split()))
    return found
