"""Resolve an article's date from the evidence it carries, never from the clock.

The cascade, first valid date wins:

1. `metadata` - `Article.date` (a CSV/JSON column or the sidecar `metadata.csv`)
2. `header`   - the inline ` date YYYY-MM-DD` header (`Cleaned.header_date`)
3. `url`      - `/2024/05/16/`, `/20231107/`, `-20241227.htm`, `/2025/03/` (month)
4. `dateline` - the first line of the cleaned text: `MOSCOW, Oct 18 (Reuters) -`; a dateline
                without a year counts only when the metadata states the year
5. `text`     - `Published: 16 May 2024` (preferred) or `Updated: …` in the first 500 characters
6. `filename` - an ISO date in the origin's file name: `2024-05-16_putin.txt`

Weekdays and relative phrases ("Tuesday", "last week") are never resolved. Every date is
validated as a real calendar date between 1900 and 2100.
"""

from __future__ import annotations

import datetime as dt
import re

from metrics.types import Article, Cleaned, DateInfo, DatePrecision, DateSource

__all__ = ["MAX_YEAR", "MIN_YEAR", "TEXT_WINDOW", "parse_date", "resolve_date"]

MIN_YEAR = 1900
MAX_YEAR = 2100
TEXT_WINDOW = 500  # characters of cleaned text searched for `Published:` lines

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"

# Whole-string forms accepted in metadata (`Article.date`).
_ISO_DATETIME = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?.*)?"
)
_YEAR_MONTH = re.compile(r"(\d{4})[-/.](\d{1,2})")
_YEAR = re.compile(r"(\d{4})")
_YMD_SEPARATED = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_YMD_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DMY_NUMERIC = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_DAY_MONTH_YEAR = re.compile(
    rf"(?i){_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_NAME})\.?,?\s+(\d{{4}})"
)
_MONTH_DAY_YEAR = re.compile(
    rf"(?i){_WEEKDAY}({_MONTH_NAME})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})"
)
_MONTH_YEAR = re.compile(rf"(?i)({_MONTH_NAME})\.?,?\s+(\d{{4}})")

# Searched forms (`Published: …`, URLs, file names).
_DATE_IN_TEXT = (
    rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{4}}/\d{{1,2}}/\d{{1,2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}"
    rf"|{_WEEKDAY}\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}\.?,?\s+\d{{4}}"
    rf"|{_WEEKDAY}{_MONTH_NAME}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
)
_PUBLISHED = re.compile(
    rf"(?i)\b(?:first\s+)?(?:published|posted|released)(?:\s+on)?\s*[:\-–—]?\s*({_DATE_IN_TEXT})"
)
_UPDATED = re.compile(
    rf"(?i)\b(?:last\s+)?(?:updated|modified)(?:\s+on)?\s*[:\-–—]?\s*({_DATE_IN_TEXT})"
)
_URL_DAY = (
    re.compile(r"/((?:19|20|21)\d{2})/(\d{1,2})/(\d{1,2})(?=/|$|[?#._-])"),
    re.compile(r"(?<![0-9])((?:19|20|21)\d{2})-(\d{2})-(\d{2})(?![0-9])"),
    re.compile(r"(?<=[/_.-])((?:19|20|21)\d{2})(\d{2})(\d{2})(?=[/_.?#-]|$)"),
)
_URL_MONTH = re.compile(r"/((?:19|20|21)\d{2})/(\d{1,2})(?=/|$)")
_FILENAME_DAY = (
    re.compile(r"(?<![0-9])((?:19|20|21)\d{2})[-_.](\d{2})[-_.](\d{2})(?![0-9])"),
    re.compile(r"(?<![0-9])((?:19|20|21)\d{2})(\d{2})(\d{2})(?![0-9])"),
)
# `MOSCOW, Oct 18 (Reuters) -`, `BEIJING, September 7. /TASS/`, `KYIV, 5 March 2024 (AFP) -`.
_DATELINE_CITY = r"[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?"
_DATELINE_END = r"(?=\s*(?:\(|/|[-–—]|$))"
_DATELINE_MONTH_FIRST = re.compile(
    rf"^{_DATELINE_CITY},\s+(?i:({_MONTH_NAME}))\.?\s+(\d{{1,2}})(?:,?\s+(\d{{4}}))?\.?{_DATELINE_END}"
)
_DATELINE_DAY_FIRST = re.compile(
    rf"^{_DATELINE_CITY},\s+(\d{{1,2}})\s+(?i:({_MONTH_NAME}))\.?(?:,?\s+(\d{{4}}))?\.?{_DATELINE_END}"
)
_ANY_YEAR = re.compile(r"(?<![0-9])((?:19|20|21)\d{2})(?![0-9])")

Parsed = tuple[str, DatePrecision]


def parse_date(value: str) -> Parsed | None:
    """Parse a metadata date into `(ISO date, precision)`, or None when it is not a valid date.

    Accepts `YYYY-MM-DD` (also with a time), `YYYY-MM`, `YYYY`, `YYYY/MM/DD`, `YYYYMMDD`,
    `16 May 2024`, `May 16, 2024`, `May 2024`, and `DD/MM/YYYY` when the day is above 12
    (`05/06/2024` is ambiguous and rejected).
    """
    value = " ".join(str(value).split()).strip(" ,")
    if not value:
        return None
    if match := _ISO_DATETIME.fullmatch(value):
        return _valid(*match.groups(), precision="day")
    if match := _YMD_SEPARATED.fullmatch(value):
        return _valid(*match.groups(), precision="day")
    if match := _YMD_COMPACT.fullmatch(value):
        return _valid(*match.groups(), precision="day")
    if match := _YEAR_MONTH.fullmatch(value):
        return _valid(match.group(1), match.group(2), "1", precision="month")
    if match := _YEAR.fullmatch(value):
        return _valid(match.group(1), "1", "1", precision="year")
    if match := _DAY_MONTH_YEAR.fullmatch(value):
        day, month, year = match.groups()
        return _valid(year, _month_number(month), day, precision="day")
    if match := _MONTH_DAY_YEAR.fullmatch(value):
        month, day, year = match.groups()
        return _valid(year, _month_number(month), day, precision="day")
    if match := _MONTH_YEAR.fullmatch(value):
        month, year = match.groups()
        return _valid(year, _month_number(month), "1", precision="month")
    if match := _DMY_NUMERIC.fullmatch(value):
        first, second, year = (int(part) for part in match.groups())
        if first > 12 >= second:
            return _valid(year, second, first, precision="day")
        if second > 12 >= first:
            return _valid(year, first, second, precision="day")
    return None


def resolve_date(article: Article, cleaned: Cleaned) -> DateInfo:
    """Return the article's date, where it came from and its precision (see the module doc)."""
    notes: list[str] = []
    try:
        return _resolve(article, cleaned, notes)
    except Exception as error:  # a date is never worth a crash: report undated with the cause
        return DateInfo(note=f"date resolution failed: {type(error).__name__}: {error}")


def _resolve(article: Article, cleaned: Cleaned, notes: list[str]) -> DateInfo:
    metadata_date = (article.date or "").strip()
    if metadata_date:
        if parsed := parse_date(metadata_date):
            return _info(parsed, "metadata", f"metadata date {metadata_date!r}")
        notes.append(f"metadata date {metadata_date!r} is not a valid date")

    header_date = (cleaned.header_date or "").strip()
    if header_date:
        parsed = _strict_iso(header_date)
        if parsed:
            return _info(parsed, "header", f"header date {header_date}")
        notes.append(f"header date {header_date!r} is not a valid date")

    url = (article.url or "").strip()
    if url and (found := _date_from_url(url)):
        return _info(found, "url", f"url {url}")

    if found := _date_from_dateline(cleaned.text, article, notes):
        return found

    if found := _date_from_text(cleaned.text[:TEXT_WINDOW]):
        return found

    name = _file_name(article.origin)
    if name and (found := _date_from_filename(name)):
        return _info(found, "filename", f"file name {name}")

    notes.append("no date in metadata, header, url, dateline, text or file name")
    return DateInfo(note="; ".join(notes))


def _info(parsed: Parsed, source: DateSource, evidence: str) -> DateInfo:
    date, precision = parsed
    return DateInfo(date=date, source=source, precision=precision, note=evidence)


def _valid(
    year: str | int, month: str | int, day: str | int, *, precision: DatePrecision
) -> Parsed | None:
    try:
        year, month, day = int(year), int(month), int(day)
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None
        return dt.date(year, month, day).isoformat(), precision
    except (TypeError, ValueError, OverflowError):
        return None


def _strict_iso(value: str) -> Parsed | None:
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    return _valid(*match.groups(), precision="day") if match else None


def _month_number(name: str) -> int:
    return _MONTHS[name.lower()[:3]]


def _date_from_url(url: str) -> Parsed | None:
    for pattern in _URL_DAY:
        for match in pattern.finditer(url):
            if parsed := _valid(*match.groups(), precision="day"):
                return parsed
    for match in _URL_MONTH.finditer(url):
        if parsed := _valid(match.group(1), match.group(2), "1", precision="month"):
            return parsed
    return None


def _date_from_dateline(text: str, article: Article, notes: list[str]) -> DateInfo | None:
    first_line = text.lstrip().split("\n", 1)[0][:200]
    for pattern, order in ((_DATELINE_MONTH_FIRST, "md"), (_DATELINE_DAY_FIRST, "dm")):
        match = pattern.match(first_line)
        if not match:
            continue
        first, second, year = match.groups()
        month, day = (first, second) if order == "md" else (second, first)
        evidence = f"dateline {match.group(0).strip()!r}"
        if year is None:
            year = _year_from_metadata(article)
            if year is None:
                notes.append(f"{evidence} has no year and the metadata states none")
                return None
            evidence += f" with year {year} from the metadata"
        parsed = _valid(year, _month_number(month), day, precision="day")
        if parsed:
            return _info(parsed, "dateline", evidence)
        notes.append(f"{evidence} is not a valid date")
        return None
    return None


def _year_from_metadata(article: Article) -> str | None:
    """A year stated explicitly in the metadata (date field or url), used by year-less datelines."""
    for value in (article.date, article.url):
        years = {match.group(1) for match in _ANY_YEAR.finditer(value or "")}
        if len(years) == 1:
            return years.pop()
    return None


def _date_from_text(window: str) -> DateInfo | None:
    for pattern, label in ((_PUBLISHED, "published"), (_UPDATED, "updated")):
        for match in pattern.finditer(window):
            if parsed := parse_date(match.group(1)):
                return _info(parsed, "text", f"{label} line {match.group(0).strip()!r}")
    return None


def _file_name(origin: str) -> str:
    name = re.split(r"[/\\]", (origin or "").strip())[-1]
    return re.sub(r"\s+(?:row|line|item)\s+\d+$", "", name)


def _date_from_filename(name: str) -> Parsed | None:
    for pattern in _FILENAME_DAY:
        for match in pattern.finditer(name):
            if parsed := _valid(*match.groups(), precision="day"):
                return parsed
    return None
