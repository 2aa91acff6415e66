"""As-of periods: the span of time a sentence ties a figure to, as ISO dates.

"Trade reached $196.48 billion in January-October 2023" is a figure for 2023-01-01..2023-10-31;
"exports rose 12% last year" in an article of 2024-05-16 is a figure for 2023. `figure_period`
finds the period phrases of the figure's sentence and takes the one nearest to the figure:

- explicit: `in 2023`, `May 2024`, `the first 10 months of 2023`, `January-October 2023`,
  `the first quarter of 2024`, `Q1 2024`, `the first half of 2023`, `H1 2023`;
- relative, resolved against the article's date and never the clock: `this year`, `last year`,
  `next year`, `this month`, `last month`, `in May`, `the first 10 months`, `January-October`,
  `the first quarter`, `the first half of the year`. An undated article leaves these empty; a
  year-precision date resolves only the year phrases.

A reporting period without its year (`January-October`, `the first 10 months`) is the latest
one that has ended by the article's month; a quarter, a half or a month without its year is the
latest one that has begun. A phrase after `from`, `than`, `compared with`, `since`, `by`,
`the same period of` … is the base of a comparison or a deadline, not the figure's period.
"""

from __future__ import annotations

import calendar
import functools
import re

from metrics.types import Figure

__all__ = ["Period", "figure_period", "find_periods"]

Period = tuple[int, int, str, str]  # (start, end) in the sentence, (period_start, period_end)

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11,
}  # fmt: skip
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
RELATIVE_YEARS = {"this": 0, "the": 0, "current": 0, "last": -1, "past": -1, "next": 1}
# Words before a period phrase that make it a comparison base or a deadline.
NOT_THE_PERIOD = (
    "from", "than", "compared with", "compared to", "versus", "vs", "vs.", "against", "over",
    "since", "by", "before", "after", "until", "till", "ahead of", "same period of",
    "same period in", "same time", "same months of", "same quarter of", "on",
)  # fmt: skip
YEAR_MIN, YEAR_MAX = 1900, 2100

_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\.?"  # noqa: E501
_YEAR = r"(?:19|20|21)\d{2}(?![\d\-/])"
_RELATIVE_YEAR = r"(?:this|last|next|the\s+current|the\s+past|the)\s+year(?![\w-])"


def _of_year(name: str) -> str:
    """An optional year after a period phrase: `of 2023`, `of this year`, ` 2023`."""
    return (
        rf"(?:\s+(?:of|in)\s+(?P<{name}>{_YEAR}|{_RELATIVE_YEAR})"
        rf"|\s+(?P<{name}_bare>{_YEAR}))?"
    )


_COUNT = rf"(?:\d{{1,2}}|{'|'.join(COUNT_WORDS)})"
_ORDINAL = "|".join(ORDINALS)

_PERIOD_RE = re.compile(
    rf"""(?ix)(?<![\w-])(?:
        (?:the\s+)?first\s+(?P<months_n>{_COUNT})\s+months{_of_year("months_year")}
      | (?P<months_n2>{_COUNT})\s+months\s+of\s+(?P<months_year2>{_YEAR}|{_RELATIVE_YEAR})
      | (?P<range_from>{_MONTH})\s*(?:-|–|—|\s+to\s+|\s+through\s+)\s*(?P<range_to>{_MONTH})
        (?:,?\s+(?:of\s+)?(?P<range_year>{_YEAR}))?
      | (?:the\s+)?(?P<quarter>{_ORDINAL})\s+quarter{_of_year("quarter_year")}
      | \bQ(?P<q>[1-4])(?:\s*(?P<q_year>{_YEAR}))?
      | (?P<q_year_first>{_YEAR})\s*Q(?P<q2>[1-4])\b
      | (?:the\s+)?(?P<half>first|second)\s+half{_of_year("half_year")}
      | \bH(?P<h>[12])\s*(?P<h_year>{_YEAR})
      | (?P<month_rel>this|last|next)\s+month\b
      | (?P<year_rel>this|last|next)\s+year(?![\w-])(?!\s+(?:ago|earlier|before))
      | (?:in|during|for|throughout)\s+(?P<month>{_MONTH})(?:,?\s+(?P<month_year>{_YEAR}))?
        (?!\s*(?:\d|[-–—]|to\s|through\s))
      | (?P<month2>{_MONTH})\s+(?P<month2_year>{_YEAR})
      | (?:in|during|for|throughout|of)\s+(?P<year>{_YEAR})
    )"""
)
_BEFORE_RE = re.compile(
    r"(?i)(?:^|\W)(?:"
    + "|".join(re.escape(words).replace(r"\ ", r"\s+") for words in NOT_THE_PERIOD)
    + r")\s+(?:the\s+)?\Z"
)


def figure_period(figure: Figure, article_date: str = "", precision: str = "") -> tuple[str, str]:
    """The `(period_start, period_end)` of a figure, or `("", "")` when its sentence gives none.

    `article_date` is the article's ISO date and `precision` its `day`, `month` or `year`.
    """
    offset = figure.sentence_start
    return period_near(
        figure.sentence, figure.start - offset, figure.end - offset, article_date, precision
    )


def period_near(
    sentence: str, start: int, end: int, article_date: str = "", precision: str = ""
) -> tuple[str, str]:
    """The period of the phrase nearest to `sentence[start:end]`, or `("", "")`."""
    best: tuple[int, int, str, str] | None = None
    for period_start_at, period_end_at, first, last in find_periods(
        sentence, article_date, precision
    ):
        if period_end_at <= start:
            distance = start - period_end_at
        elif period_start_at >= end:
            distance = period_start_at - end
        else:
            distance = 0
        # on a tie, the phrase after the figure wins ("$190 billion in 2022 to $240 billion")
        key = (distance, 0 if period_start_at >= start else 1)
        if best is None or key < best[:2]:
            best = (*key, first, last)
    return (best[2], best[3]) if best else ("", "")


@functools.lru_cache(maxsize=4096)
def find_periods(sentence: str, article_date: str = "", precision: str = "") -> tuple[Period, ...]:
    """Every resolvable period phrase in `sentence`: `(start, end, period_start, period_end)`."""
    if not sentence:
        return ()
    anchor = _anchor(article_date, precision)
    found = []
    for match in _PERIOD_RE.finditer(sentence):
        if _BEFORE_RE.search(sentence, max(0, match.start() - 30), match.start()):
            continue
        span = _resolve(match, anchor)
        if span is not None:
            found.append((match.start(), match.end(), *span))
    return tuple(found)


def _anchor(article_date: str, precision: str) -> tuple[int, int] | None:
    """The article's (year, month); month 0 when only the year is known; None when undated."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", article_date or "")
    if not match or precision not in ("day", "month", "year"):
        return None
    return int(match.group(1)), int(match.group(2)) if precision != "year" else 0


def _resolve(match: re.Match[str], anchor: tuple[int, int] | None) -> tuple[str, str] | None:
    groups = match.groupdict()
    if groups["months_n"] or groups["months_n2"]:
        months = _count(groups["months_n"] or groups["months_n2"])
        if not 1 <= months <= 12:
            return None
        year = _year(
            groups["months_year"] or groups["months_year_bare"] or groups["months_year2"],
            anchor,
            last_month=months,
        )
        return _months(year, 1, months)
    if groups["range_from"]:
        first, last = _month(groups["range_from"]), _month(groups["range_to"])
        if first > last:
            return None
        return _months(_year(groups["range_year"], anchor, last_month=last), first, last)
    quarter = groups["quarter"] or groups["q"] or groups["q2"]
    if quarter:
        number = ORDINALS.get(quarter.lower()) or int(quarter)
        written = (
            groups["quarter_year"]
            or groups["quarter_year_bare"]
            or groups["q_year"]
            or groups["q_year_first"]
        )
        year = _year(written, anchor, first_month=3 * number - 2)
        return _months(year, 3 * number - 2, 3 * number)
    half = groups["half"] or groups["h"]
    if half:
        number = 1 if half.lower() in ("first", "1") else 2
        written = groups["half_year"] or groups["half_year_bare"] or groups["h_year"]
        year = _year(written, anchor, first_month=6 * number - 5)
        return _months(year, 6 * number - 5, 6 * number)
    if groups["month_rel"]:
        if anchor is None or not anchor[1]:
            return None
        year, month = anchor
        month += {"this": 0, "last": -1, "next": 1}[groups["month_rel"].lower()]
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return _months(year, month, month)
    if groups["year_rel"]:
        if anchor is None:
            return None
        year = anchor[0] + RELATIVE_YEARS[groups["year_rel"].lower()]
        return _months(year, 1, 12)
    month_name = groups["month"] or groups["month2"]
    if month_name:
        month = _month(month_name)
        written = groups["month_year"] or groups["month2_year"]
        return _months(_year(written, anchor, first_month=month), month, month)
    if groups["year"]:
        return _months(int(groups["year"]), 1, 12)
    return None


def _year(
    written: str | None,
    anchor: tuple[int, int] | None,
    *,
    last_month: int = 0,
    first_month: int = 0,
) -> int | None:
    """The year a phrase names or implies.

    Without a year, a period ending in `last_month` is the latest one that ended before the
    article's month; one starting in `first_month` is the latest one begun by it.
    """
    if written:
        written = " ".join(written.lower().split())
        if written[:4].isdigit():
            return int(written[:4])
        if anchor is None:
            return None
        return anchor[0] + RELATIVE_YEARS[written.split()[-2]]
    if anchor is None or not anchor[1]:
        return None
    year, month = anchor
    if last_month:
        return year if last_month < month else year - 1
    return year if first_month <= month else year - 1


def _months(year: int | None, first: int, last: int) -> tuple[str, str] | None:
    """ISO dates of the first day of month `first` and the last day of month `last`."""
    if year is None or not YEAR_MIN <= year <= YEAR_MAX:
        return None
    last_day = calendar.monthrange(year, last)[1]
    return f"{year:04d}-{first:02d}-01", f"{year:04d}-{last:02d}-{last_day:02d}"


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _count(written: str) -> int:
    written = written.lower()
    return int(written) if written.isdigit() else COUNT_WORDS.get(written, 0)
