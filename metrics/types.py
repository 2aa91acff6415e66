"""Shared record types passed between the pipeline stages.

Every stage is a pure function over these records; the pipeline turns lists of
them into the tidy tables described in DESIGN.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

import pandas as pd

DatePrecision = Literal["day", "month", "year", ""]
DateSource = Literal["metadata", "header", "url", "dateline", "text", "filename", "none"]
Granularity = Literal["day", "week", "month", "quarter", "year"]
CountMode = Literal["mentions", "per_1k_words", "share_of_articles"]


@dataclass(frozen=True)
class Article:
    """One article as read from an input, before cleaning.

    `text` is the decoded original text (header line and captions included);
    `date` is an optional ISO date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) given
    by metadata (a CSV column or the sidecar `metadata.csv`).
    """

    article_id: str
    text: str
    title: str = ""
    url: str = ""
    source: str = ""
    date: str = ""
    origin: str = ""  # where it came from: a file path, `file.csv#row 3`, `corpus.zip/a.txt`


@dataclass(frozen=True)
class IngestRecord:
    """One input accounted for: analysed (`status='ok'`) or skipped with a reason."""

    origin: str
    status: Literal["ok", "skipped"]
    reason: str = ""  # e.g. "empty", "not text (binary content)", "malformed row 3"
    article_id: str = ""
    encoding: str = ""


@dataclass(frozen=True)
class Cleaned:
    """Cleaned text plus what cleaning removed (kept for the methodology view)."""

    text: str
    header_date: str = ""  # the ` date YYYY-MM-DD` header value, when present
    removed: tuple[str, ...] = ()  # captions, furniture and duplicate paragraphs removed
    # where other articles' teasers start in `text` (after a "Related posts" header), -1 if none
    teasers_at: int = -1


@dataclass(frozen=True)
class DateInfo:
    """An article's date and where it came from. `date` is ISO `YYYY-MM-DD` or ''."""

    date: str = ""
    source: DateSource = "none"
    precision: DatePrecision = ""
    note: str = ""  # why undated, or which evidence was used


class ThemeHit(NamedTuple):
    """One lexicon term matched in the cleaned text; `text[start:end]` is the match.

    (A named tuple: a text has dozens, made at a third of a frozen dataclass's cost.)
    """

    theme: str
    term: str
    start: int
    end: int


@dataclass(frozen=True)
class Figure:
    """One figure mention; `value` is normalised (`$240 billion` -> 240e9, unit USD)."""

    category: str
    value: float
    unit: str
    surface: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    qualifier: str = ""
    value_max: float | None = None  # upper bound of a range ("70,000 to 80,000")
    period_start: str = ""  # as-of period the sentence ties the figure to, if any
    period_end: str = ""
    theme: str = ""  # filled by the pipeline from theme hits in the sentence


@dataclass
class Tables:
    """The five contract tables plus the ingest report (all pandas DataFrames)."""

    articles: pd.DataFrame
    theme_counts: pd.DataFrame
    theme_hits: pd.DataFrame
    figures: pd.DataFrame
    keywords: pd.DataFrame
    ingest_report: pd.DataFrame
    texts: dict[str, str] = field(default_factory=dict)  # article_id -> cleaned text
    # False when the analysis left keywords for later (`metrics.pipeline.add_keywords`).
    has_keywords: bool = True
