"""Resolve an article's date from the evidence it carries, never from the clock.

The cascade, first valid date wins:

1. `metadata` - `Article.date` (a CSV/JSON column or the sidecar `metadata.csv`)
2. `header`   - the inline ` date YYYY-MM-DD` header (`Cleaned.header_date`); a month header
                (` date YYYY-MM`) is refined by a later witness, as a month in the metadata
3. `url`      - `/2024/05/16/`, `/20231107/`, `-20241227.htm`, `/202412/27/`, `/2024/0516/`,
                `/30-Jun-2019/`, `/2004/jul/08/`; `/2025/03/`, `/202312/` and `/2018-may-`
                give a month
4. `dateline` - the first line of the cleaned text (or the first under a headline, a by-line
                or a `Published` label alone): `MOSCOW, Oct 18 (Reuters) -`; a dateline
                without a year counts only when the metadata or the url states the year
5. `text`     - in the first 500 characters: a `Published: 16 May 2024` line (or `Created:`;
                preferred), a line that is only a date with its furniture (`May 16, 2024
                4:35 PM · 2 min read`, `By A. Writer | May 16, 2024`, `Source: Xinhua |
                2023-11-07 21:14:05`, `A. Writer | 18.11.2023 - Update : 19.11.2023`),
                else an `Updated: …` line
6. `filename` - an ISO date in the origin's file name: `2024-05-16_putin.txt`

Metadata and the header are the corpus' own word and win; a metadata date of month or year
precision is refined by a day from the url, dateline or text that agrees with it. The url,
dateline, published line and date line are independent witnesses: when two of them disagree by
more than a day (a time zone), the article stays undated and the note names both. Weekdays and
relative phrases ("Tuesday", "last week") are never resolved; dates in captions (removed by
cleaning), in the body's prose and in footers are never read. Every date is validated as a real
calendar date between 1900 and 2100.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from metrics.fastscan import has_case_twins
from metrics.types import Article, Cleaned, DateInfo, DatePrecision, DateSource

__all__ = ["CALENDAR_WORDS", "MAX_YEAR", "MIN_YEAR", "TEXT_WINDOW", "parse_date", "resolve_date"]

MIN_YEAR = 1900
MAX_YEAR = 2100
TEXT_WINDOW = 500  # characters of cleaned text searched for `Published:` lines

# Weekdays, months and their abbreviations, and relative days: words that name a date, not a
# subject (a keyword of only these, a capitalised word before a number in `metrics.figures`).
CALENDAR_WORDS = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "today", "yesterday", "tomorrow",
))  # fmt: skip
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_WEEKDAY_NAME = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

# Whole-string forms accepted in metadata (`Article.date`).
_ISO_DATETIME = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?.*)?"
)
_YEAR_MONTH = re.compile(r"(\d{4})[-/.](\d{1,2})")
_YEAR = re.compile(r"(\d{4})")
_YMD_SEPARATED = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_YMD_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DMY_NUMERIC = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})")  # also "15-12-2023"
# A time of day and zone after a metadata date: RSS's "Tue, 05 Mar 2024 10:00:00 GMT",
# "March 5, 2024 10:30 AM EST", "5 March 2024, 14:00 +0300".
_CLOCK = (
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:[a-z]{2,5}|[+\-]\d{2}:?\d{2}))?)?"
)
_DAY_MONTH_YEAR = re.compile(
    rf"(?i){_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_NAME})\.?,?\s+(\d{{4}}){_CLOCK}"
)
# "23-Oct-2018"
_DAY_MONTH_YEAR_HYPHENATED = re.compile(rf"(?i)(\d{{1,2}})-({_MONTH_NAME})-(\d{{4}})")
# "2023 March 23", as Chinese and Russian sites order it
_YEAR_MONTH_DAY = re.compile(rf"(?i)(\d{{4}})\s+({_MONTH_NAME})\.?\s+(\d{{1,2}}){_CLOCK}")
_MONTH_DAY_YEAR = re.compile(
    rf"(?i){_WEEKDAY}({_MONTH_NAME})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}}){_CLOCK}"
)
_MONTH_YEAR = re.compile(rf"(?i)({_MONTH_NAME})\.?,?\s+(\d{{4}})")

# Searched forms (`Published: …`, URLs, file names).
_DATE_IN_TEXT = (
    rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{4}}/\d{{1,2}}/\d{{1,2}}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{4}}"
    rf"|{_WEEKDAY}\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}\.?,?\s+\d{{4}}"
    rf"|{_WEEKDAY}{_MONTH_NAME}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}-{_MONTH_NAME}-\d{{4}}|\d{{4}}\s+{_MONTH_NAME}\.?\s+\d{{1,2}}(?!\d))"
)
# A time of day, possibly with a zone, that may stand before or after a date on a date line.
_TIME = (
    r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
    r"(?:\s*(?:GMT|UTC|MSK|CST|BST|EST|EDT|CET|CEST|HKT|JST|KST|BJT|IST|PKT|WIB|ET)"
    r"(?:\s*[+\-−]\s*\d{1,2}(?::?\d{2})?)?)?"
)
_PUBLISHED = re.compile(
    rf"(?i)\b(?:(?:first\s+)?(?:published|posted|released)(?:\s+(?:on|at))?|created(?=\s*:)"
    rf"|(?:date|time)\s+of\s+publication)"
    rf"\s*[:\-–—]?\s*(?:{_TIME}\s*,?\s*)?({_DATE_IN_TEXT}|\d{{1,2}}\.\d{{1,2}}\.\d{{2}}(?![\d.]))"
)
# ... a two-digit year after a label: The Telegraph (India)'s "Published 28.12.22, 12:40 AM"
_SHORT_YEAR = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2})")
_UPDATED = re.compile(
    rf"(?i)\b(?:last\s+)?(?:updated|modified)(?:\s+on)?\s*[:\-–—]?\s*(?:{_TIME}\s*,?\s*)?"
    rf"({_DATE_IN_TEXT})"
)
# A word each of their matches holds, lower case: where none is, a search is not worth making
# (searching 500 characters costs these patterns 15-25 µs, a look for the words under 1)
_LABEL_WORDS = {
    _PUBLISHED: ("published", "posted", "released", "created", "publication"),
    _UPDATED: ("updated", "modified"),
}
# Date lines near the top: a date, and around it only times, separators, a reading time, a
# weekday, or a by-line / source credit before it.
# (glued to the words around it as a page's text may run them together: Medium's "6 min
# readApr 16, 2020", "July 3, 2019World News")
_DATE_ON_LINE = re.compile(
    rf"(?i)(?:(?<![\w/.])|(?<=\bread))(?:{_DATE_IN_TEXT}|\d{{4}}-\d{{2}}-\d{{2}}(?=[T\s]|$))"
    r"(?:(?![\w/])|(?<=[12]\d{3})(?-i:(?=[A-Z][a-z]))|(?<=\d-\d\d)(?=T\d))"
)
_LINE_FURNITURE = re.compile(
    rf"(?i){_TIME}|\b\d+\s*min(?:ute)?s?\s+read\b|\b(?:at|on)\b|{_WEEKDAY.rstrip('?')}"
    r"|\b\d+\s*(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\s+ago\b"
    # an icon's alt text ("calendar icon 8 March 2024"), a zone in brackets ("(Gmt+09:00)"), a
    # section's name in capitals before a dash ("BLOG — Oct. 9, 2025")
    r"|\b(?:calendar|clock|date|time)\s+icon\b|\(\s*(?:gmt|utc)\s*[+\-−]\s*\d{1,2}(?::?\d{2})?\s*\)"
    r"|^(?-i:[A-Z]{2,}(?:\s[A-Z]{2,})?)\s*(?=[—–|])"
    # a source's site after the date ("Sun, 4 Dec 2016 Source: ghonetv.com"), a kicker before it
    # ("Breaking News March 31, 2014 00:00")
    r"|\bsource\s*:\s*[\w\-]+(?:\.[\w\-]+)+|^breaking\s+news\b"
    # an ISO timestamp's time: "2021-07-21T13:44:29.231Z"
    r"|\bT\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+\-]\d{2}:?\d{2})?"
    r"|[|·•,;:()\[\]/\-–—]"
)
# a section's name run into the date before it, in capitalised words: "2019World News"
_GLUED_SECTION = re.compile(r"^(?:[A-Z][a-z&]*(?:[ \t]+|$)){1,3}$")
_BYLINE = re.compile(r"(?i)(?:by|source|editor|from|written\s+by|author)\b[^.!?\d]{0,80}")
# a writer's name and a bar before a date line's date: "Sm Najmus Sakib  | 18.11.2023"
_NAME_BEFORE_A_BAR = re.compile(r"(?:[A-Z][\w.'’-]*[ \t]+){0,4}[A-Z][\w.'’-]*[ \t]*\|[ \t]*")
# ... and a line's last part that tells when the story was updated: the date before it is the
# story's ("18.11.2023 - Update : 18.11.2023", "By Admin on July 26, 2007 | Last updated on
# March 21, 2019")
_UPDATED_TAIL = re.compile(
    rf"(?i)[ \t]*[-–—|,]?[ \t]*(?:last[ \t]+)?(?:update[ds]?|modified)(?:[ \t]+on)?[ \t]*:?[ \t]*"
    rf"(?:{_DATE_IN_TEXT})(?:[ \t,]*{_TIME})?[ \t]*$"
)
# a relative pronoun before a label: the sentence tells of something else's publication
_RELATIVE_BEFORE = re.compile(
    r"(?i)\b(?:which|that|who)\s+(?:(?:was|were|is|are|had|has|have|been)\s+){0,2}"
    r"(?:(?:first|originally|initially|last)\s+)?\Z"
)
# ... unless the sentence is about the page itself: "This article, which was first published on"
_THIS_ARTICLE_BEFORE = re.compile(
    r"(?i)\b(?:this|the)\s+(?:article|story|post|piece|version|report)\b"
)
_PUBLISHED_ALONE = re.compile(r"(?i)(?:first\s+)?(?:published|posted)(?:\s+on)?\s*:?")
# (a line that says "today" is the site's date of the day: Dawn's "Today's Paper | May 02, 2024")
_NOT_A_DATE_LINE = re.compile(
    r"(?i)\b(?:updated|modified|published|posted|released|created|copyright|photo|file|caption"
    r"|today(?:['’]s)?)\b|©"
)
TOP_LINES = 6  # lines at the top of the text searched for a date line
# (its weekday in full or cut short: "Wednesday, March 22, 2023", "Wed. Jun 19th, 2024")
_BANNER = re.compile(rf"(?i)(?:{_WEEKDAY_NAME}\b|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?)")
_DAY_BAR = "date-of-the-day line"  # the note of a line that may be the day the page was saved
_MENU_LINE = 20  # a line above the page's date this short is its menu ("Dark Mode", "Menu")
_URL_DAY = (
    # (a day before "-" only with digits alone after it, "/2007/08/20-0": "/2017/06/12-000-
    # passengers-have-..." is a month and a headline that starts with a number)
    re.compile(r"/((?:19|20|21)\d{2})/(\d{1,2})/(\d{1,2})(?=/|$|[?#._]|-\d*(?:[/?#]|$))"),
    re.compile(r"(?<![0-9])((?:19|20|21)\d{2})-(\d{2})-(\d{2})(?![0-9])"),
    # (before a dot only a file's extension: Newsquest's "/news/19940316.serious-crash-..." is a
    # story id, not 16 March 1994)
    re.compile(
        r"(?<=[/_.-])((?:19|20|21)\d{2})(\d{2})(\d{2})"
        r"(?=[/_?#-]|$|\.(?:s?html?|php|aspx?|cms|ece|jsp|amp)(?![\w-]))"
    ),
    # China Daily, gov.cn: /202412/27/; People's Daily: /2024/0516/
    re.compile(r"/((?:19|20|21)\d{2})(\d{2})/(\d{2})(?=/)"),
    re.compile(r"/((?:19|20|21)\d{2})/(\d{2})(\d{2})(?=/)"),
    # Xinhua, China Daily: /2016-09/13/c_135684000.htm, /content_16646001.htm; China News,
    # ECNS: /2016/09-14/226404.shtml (not "/football/2010-11/12/report", a season)
    re.compile(r"/((?:19|20|21)\d{2})-(\d{2})/(\d{2})(?=/(?:c_|content_)\w+\.s?html?)"),
    re.compile(r"/((?:19|20|21)\d{2})/(\d{2})-(\d{2})(?=/\d+\.s?html?)"),
    # Barents Observer: a slug that ends with the day and the path's month,
    # "/2014/05/chinas-biggest-arctic-project-22-05"
    re.compile(r"/((?:19|20|21)\d{2})/(\d{2})/[a-z0-9-]*?-(\d{2})-\2(?=$|[/?#])"),
    # Reuters until 2018: the story id ends with the date, "-idUSL6E8K58OZ20120905"
    re.compile(r"-id[A-Z]{2}[A-Z0-9]{9}((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/?#])"),
)
# a day and a month before the year, as a path's own part: "/articles/26212/27-09-2017/germany-..."
_URL_DAY_MONTH_YEAR = re.compile(r"/(\d{2})-(\d{2})-((?:19|20|21)\d{2})(?=/)")
_URL_MONTH = (
    re.compile(r"/((?:19|20|21)\d{2})/(\d{1,2})(?=/|$)"),
    # Global Times: /page/202312/1303726.shtml (a numbered story after it: "/200704/" before a
    # headline's words is an id, as on worldbulletin.net)
    re.compile(r"/((?:19|20|21)\d{2})(\d{2})(?=/\d+\.s?html?(?:$|[?#]))"),
    # Agência Brasil: "/noticia/2024-05/" (not a season, "/2010-11/": see `_date_from_url`)
    re.compile(r"/((?:19|20|21)\d{2})-(\d{2})(?=/)"),
)
# ... with the month's name: "/30-Jun-2019/", "/2004/jul/08/" (a day), "/2004/jul/08bud32.htm",
# "/2018-may-newsletter" (a month)
_URL_NAMED_DAY = (
    re.compile(rf"/(?P<d>\d{{1,2}})-(?P<m>(?i:{_MONTH_NAME}))-(?P<y>(?:19|20|21)\d{{2}})(?=/)"),
    re.compile(
        rf"/(?P<y>(?:19|20|21)\d{{2}})/(?P<m>(?i:{_MONTH_NAME}))/(?P<d>\d{{1,2}})"
        r"(?=/|$|[?#._]|[a-z]+\d*\.s?html?$)"  # (Rediff's "/2004/jul/08bud32.htm")
    ),
)
_URL_NAMED_MONTH = (
    re.compile(rf"/(?P<y>(?:19|20|21)\d{{2}})[/-](?P<m>(?i:{_MONTH_NAME}))(?=[/-])"),
)
_FILENAME_DAY = (
    re.compile(r"(?<![0-9])((?:19|20|21)\d{2})[-_.](\d{2})[-_.](\d{2})(?![0-9])"),
    re.compile(r"(?<![0-9])((?:19|20|21)\d{2})(\d{2})(\d{2})(?![0-9])"),
)
# `MOSCOW, Oct 18 (Reuters) -`, `BEIJING, September 7. /TASS/`, `KYIV, 5 March 2024 (AFP) -`.
# (a weekday or a month is no city: "Wednesday, March 22, 2023" is a date line)
_DATELINE_CITY = (
    rf"(?!(?i:{_WEEKDAY_NAME}|{_MONTH_NAME})\.?,)"
    r"[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?"
)
_DATELINE_END = r"(?=\s*(?:\(|/|[-–—]|$))"
_DATELINE_MONTH_FIRST = re.compile(
    rf"^{_DATELINE_CITY},\s+(?i:({_MONTH_NAME}))\.?\s+(\d{{1,2}})(?:\s*,?\s+(\d{{4}}))?\.?"
    rf"{_DATELINE_END}"
)
_DATELINE_DAY_FIRST = re.compile(
    rf"^{_DATELINE_CITY},\s+(\d{{1,2}})\s+(?i:({_MONTH_NAME}))\.?(?:\s*,?\s+(\d{{4}}))?\.?"
    rf"{_DATELINE_END}"
)
# UrduPoint's copy of Sputnik: "ST. PETERSBURG (UrduPoint News / Sputnik - 28th June, 2019) Text"
_DATELINE_CREDIT = re.compile(
    rf"^[A-Z][A-Z.'’ -]{{1,40}}\s*\([^()\n]{{0,60}}?"
    r"\b(?:News|Sputnik|APP|Reuters|AFP|AP|TASS|Xinhua|IANS|PTI|ANI|WAM|Anadolu|Interfax)\b"
    rf"[^()\n]{{0,40}}?\s[-–—]\s(\d{{1,2}})(?:st|nd|rd|th)?\s+"
    rf"(?i:({_MONTH_NAME}))\.?,?\s+(\d{{4}})\)"
)
# ... and a date with its agency and no city: EIR's "Feb. 5, 2024(EIRNS)—On Jan. 31, ..."
_DATELINE_DATE_CREDIT = re.compile(
    rf"^(?i:({_MONTH_NAME}))\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\s*\([A-Z][A-Za-z .&]{{1,30}}\)\s*[-–—]"
)
# ... and day first, its city in brackets (UN News copies): "30 June 2024 (Khartoum) – The IPC"
_DATELINE_DAY_DATE_CREDIT = re.compile(
    rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s+(?i:({_MONTH_NAME}))\.?,?\s+(\d{{4}})\s*"
    r"(?:\([A-Z][A-Za-z .&]{1,30}\)\s*[-–—]|[-–—]\s*\([A-Z][A-Za-z .&]{1,30}\))"  # ("– (Warsaw)")
)
# a newswire's credit between the city and the date: "MOSCOW, RUSSIA - Media OutReach Newswire -
# 30 July 2025 - SIBUR ..."
_DATELINE_WIRE = re.compile(
    rf"^[A-Z][A-Z.'’ ,-]{{1,40}}\s[-–—]\s[^\n]{{0,40}}?\b(?:Newswire|NEWSWIRE|Wire|WIRE|News)\b"
    rf"\s[-–—]\s(\d{{1,2}})\s+(?i:({_MONTH_NAME}))\.?,?\s+(\d{{4}})\s[-–—]"
)
# ... or after a time, in US order with the wire named after it: "04:51 PM EDT, 07/18/2024 (MT
# Newswires) -- US benchmark ..."
_DATELINE_WIRE_NUMERIC = re.compile(
    rf"^(?:(?i:{_TIME})\s*,?\s*)?(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})\s*"
    r"\([A-Z][\w .&]{0,30}?(?:Newswires?|NEWSWIRE|Wire)\)\s*[-–—]"
)
# a weekday's date opening the story, its weekday right: "Wednesday, November 20, 2019- A
# horrific accident ..." (Kenyan Post)
_DATELINE_WEEKDAY = re.compile(
    rf"^((?i:{_WEEKDAY_NAME})),?\s+(?i:({_MONTH_NAME}))\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\s*[-–—]\s*"
    r"(?=[A-Z])"  # (a capital opens the story: no flag may make it any letter)
)
# A source's credit closing the text, China.org.cn's and China Daily's way: "(Shenzhen Daily
# February 17, 2005)", "(Xinhua News Agency 5 March 2005)"
_CLOSING_CREDIT = re.compile(
    rf"(?:\(|[Ss]ource:[ \t]*)(?:[A-Za-z][\w.&'’-]*[ \t]+){{1,5}}"
    rf"(?:(?i:({_MONTH_NAME}))\.?[ \t]+(\d{{1,2}})|(\d{{1,2}})[ \t]+(?i:({_MONTH_NAME}))\.?),?"
    rf"[ \t]+(\d{{4}})(?:\)|(?:[ \t]+{_TIME})?)"
)
_ANY_YEAR = re.compile(r"(?<![0-9])((?:19|20|21)\d{2})(?![0-9])")
_URL_YEAR = re.compile(r"/((?:19|20|21)\d{2})(?=/)")  # "/2019/" in a url's path

Parsed = tuple[str, DatePrecision]


def parse_date(value: str) -> Parsed | None:
    """Parse a metadata date into `(ISO date, precision)`, or None when it is not a valid date.

    Accepts `YYYY-MM-DD` (also with a time), `YYYY-MM`, `YYYY`, `YYYY/MM/DD`, `YYYYMMDD`,
    `16 May 2024`, `May 16, 2024` (both also with a weekday before and a time and zone after,
    as RSS writes `Tue, 05 Mar 2024 10:00:00 GMT`), `16-May-2024`, `2024 May 16`, `May 2024`,
    and `DD/MM/YYYY` (or `-`, `.`)
    when the day is above 12 (`05/06/2024` is ambiguous and rejected). The date is the one
    written, in the writer's own time zone.
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
    if match := _DAY_MONTH_YEAR.fullmatch(value) or _DAY_MONTH_YEAR_HYPHENATED.fullmatch(value):
        day, month, year = match.groups()
        return _valid(year, _month_number(month), day, precision="day")
    if match := _YEAR_MONTH_DAY.fullmatch(value):
        year, month, day = match.groups()
        return _valid(year, _month_number(month), day, precision="day")
    if match := _MONTH_DAY_YEAR.fullmatch(value):
        month, day, year = match.groups()
        return _valid(year, _month_number(month), day, precision="day")
    if match := _MONTH_YEAR.fullmatch(value):
        month, year = match.groups()
        return _valid(year, _month_number(month), "1", precision="month")
    if match := _DMY_NUMERIC.fullmatch(value):
        first, second, year = (int(match.group(index)) for index in (1, 3, 4))
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
    metadata: DateInfo | None = None
    metadata_date = (article.date or "").strip()
    if metadata_date:
        if parsed := parse_date(metadata_date):
            metadata = _info(parsed, "metadata", f"metadata date {metadata_date!r}")
        else:
            notes.append(f"metadata date {metadata_date!r} is not a valid date")

    header: DateInfo | None = None
    header_date = (cleaned.header_date or "").strip()
    if metadata is None and header_date:
        if parsed := _strict_iso(header_date):
            header = _info(parsed, "header", f"header date {header_date}")
            if header.precision == "day":
                return header
        else:
            notes.append(f"header date {header_date!r} is not a valid date")

    # (a month header, "date 2023-07", is a witness like the others: it states the year a
    # year-less dateline lacks, conflicts with a url of another month, and a day refines it)
    # (not the teasers of other articles after a "Related posts" header, nor their dates)
    own = cleaned.text if cleaned.teasers_at < 0 else cleaned.text[: cleaned.teasers_at]
    witnesses = _witnesses(article, own, notes, header.date[:4] if header else "")
    # (a line that looks like the site's date of the day only makes a day of the url's month:
    # a blog's "Saturday, June 10, 2023" over "/2023/06/"; alone, or against another date, it
    # may be the day the page was saved)
    bars = [info for info in witnesses if info.note.startswith(_DAY_BAR)]
    witnesses = [info for info in witnesses if not info.note.startswith(_DAY_BAR)]
    if metadata is not None:
        return _refined(metadata, witnesses)
    if header is not None:
        witnesses.insert(0, header)
    independent = [
        info for info in witnesses if info.source != "text" or "updated" not in info.note
    ]
    for index, first in enumerate(independent):
        for second in independent[index + 1 :]:
            if not _agree(first, second):
                notes.append(f"conflicting dates: {first.note} says {first.date}, {second.note}")
                notes[-1] += f" says {second.date}"
                return DateInfo(note="; ".join(notes))
    if witnesses:
        # (a month from the url or header made a day by a witness of that month: "/2018/05/"
        # and a "May 23, 2018" line under the headline)
        first = witnesses[0]
        if (
            first.source in ("url", "header")
            and first.precision == "month"
            and len(independent) == 1
        ):
            weekday = _weekday_line_in_month(own[:TEXT_WINDOW], first.date)
            return _refined(first, independent + bars + ([weekday] if weekday else []))
        return _refined(first, independent)

    name = _file_name(article.origin)
    if name and (found := _date_from_filename(name)):
        return _info(found, "filename", f"file name {name}")

    notes.append("no date in metadata, header, url, dateline, text or file name")
    return DateInfo(note="; ".join(notes))


def _witnesses(
    article: Article, text: str, notes: list[str], header_year: str = ""
) -> list[DateInfo]:
    """Every date the url, the dateline and the top of the text show, in cascade order."""
    found: list[DateInfo] = []
    url = (article.url or "").strip()
    if url and (parsed := _date_from_url(url)):
        found.append(_info(parsed, "url", f"url {url}"))
    if dateline := _date_from_dateline(text, article, notes, header_year):
        found.append(dateline)
    found.extend(_dates_from_text(text[:TEXT_WINDOW], notes))
    if credit := _closing_credit(article.text):  # (as written: cleaning drops agency credits)
        found.append(credit)
    return found


def _closing_credit(text: str) -> DateInfo | None:
    """The date of a source's credit on the text's last line: "(Shenzhen Daily February 17,
    2005)", as China.org.cn closes the stories it carries."""
    last = text.rstrip()[-120:].rpartition("\n")[2].strip()
    match = _CLOSING_CREDIT.fullmatch(last)
    if match is None:
        return None
    month_first, day_second, day_first, month_second, year = match.groups()
    month = _month_number(month_first or month_second)
    parsed = _valid(year, month, day_second or day_first, precision="day")
    return _info(parsed, "text", f"closing credit {last!r}") if parsed else None


# a blog's date header without a year, on a line of its own: "Monday, April 8"
_WEEKDAY_LINE = re.compile(
    rf"(?i)({_WEEKDAY_NAME}),?\s+(?:({_MONTH_NAME})\.?\s+(\d{{1,2}})|(\d{{1,2}})\s+({_MONTH_NAME}))"
    r"(?:st|nd|rd|th)?\.?"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_line_in_month(window: str, month: str) -> DateInfo | None:
    """A year-less weekday date line at the top of the text ("Monday, April 8") that names a
    day of the url's month (`month`, an ISO date of day 1) falling on that very weekday: the
    day of a Blogger page under "/2013/04/"."""
    lines = [line.strip() for line in window.split("\n") if line.strip()][:TOP_LINES]
    for line in lines:
        found = _WEEKDAY_LINE.fullmatch(line)
        if found is None:
            continue
        name, month_first, day_first, day_second, month_second = found.groups()
        parsed = _valid(
            month[:4],
            _month_number(month_first or month_second),
            day_first or day_second,
            precision="day",
        )
        if parsed is None or parsed[0][:7] != month[:7]:
            return None
        if not _falls_on(parsed, name):
            return None
        return _info(parsed, "text", f"weekday line {line!r}")
    return None


def _falls_on(parsed: Parsed, weekday: str) -> bool:
    """Whether the day of `parsed` is that `weekday` ("Monday", any case)."""
    return _WEEKDAYS[dt.date.fromisoformat(parsed[0]).weekday()] == weekday.lower()


def _refined(metadata: DateInfo, witnesses: list[DateInfo]) -> DateInfo:
    """A month- or year-precision date (metadata, header, url) made a day by a witness that
    agrees with it."""
    if metadata.precision == "day":
        return metadata
    width = 7 if metadata.precision == "month" else 4
    for witness in witnesses:
        if witness.precision == "day" and witness.date[:width] == metadata.date[:width]:
            note = f"{witness.note}, agreeing with {metadata.note}"
            return DateInfo(witness.date, witness.source, "day", note)
    return metadata


def _agree(first: DateInfo, second: DateInfo) -> bool:
    """Whether two witnesses can tell the same publication (a day apart at most: time zones)."""
    if "day" not in (first.precision, second.precision) or first.precision != second.precision:
        width = 7 if "year" not in (first.precision, second.precision) else 4
        return first.date[:width] == second.date[:width]
    gap = dt.date.fromisoformat(first.date) - dt.date.fromisoformat(second.date)
    return abs(gap.days) <= 1


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
    """`YYYY-MM-DD`, or `YYYY-MM` (a month: some crawlers record no more)."""
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value):
        return _valid(*match.groups(), precision="day")
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})", value):
        return _valid(*match.groups(), "1", precision="month")
    return None


def _month_number(name: str) -> int:
    return _MONTHS[name.lower()[:3]]


# a blog's listing of posts by date ("/search?updated-max=2022-12-31T20:52:00"): the bound of
# a page of posts, no article's date
_LISTING_QUERY = re.compile(r"(?i)\?(?:[^#]*[&;])?(?:updated|published)-(?:max|min)=.*")


def _date_from_url(url: str) -> Parsed | None:
    url = _LISTING_QUERY.sub("", url)
    for pattern in _URL_DAY:
        for match in pattern.finditer(url):
            if parsed := _valid(*match.groups(), precision="day"):
                return parsed
    for match in _URL_DAY_MONTH_YEAR.finditer(url):
        first, second, year = match.groups()
        # the day is the one above 12: "/27-09-2017/", "/09-27-2017/" (never "/05-06-2017/")
        if (int(first) > 12) == (int(second) > 12):
            continue
        day, month = (first, second) if int(first) > 12 else (second, first)
        if parsed := _valid(year, month, day, precision="day"):
            return parsed
    for pattern in _URL_NAMED_DAY:
        for match in pattern.finditer(url):
            month = _month_number(match["m"])
            if parsed := _valid(match["y"], month, match["d"], precision="day"):
                return parsed
    for pattern in _URL_MONTH:
        for match in pattern.finditer(url):
            year, month = match.group(1), match.group(2)
            if url[match.start(2) - 1] == "-" and int(month) == (int(year) + 1) % 100:
                continue  # a season, "/2010-11/"
            if parsed := _valid(year, month, "1", precision="month"):
                return parsed
    for pattern in _URL_NAMED_MONTH:
        for match in pattern.finditer(url):
            if parsed := _valid(match["y"], _month_number(match["m"]), "1", precision="month"):
                return parsed
    return None


def _dateline_candidates(text: str) -> list[str]:
    """The first line, and the lines after it while they are headings, by-lines or date lines,
    and the line under a "Published" label.

    A dateline opens the story, so it can follow a headline and a by-line but never a sentence
    of prose (a line ending in `.`, `!` or `?`).
    """
    lines = [line.strip() for line in text[:TEXT_WINDOW].split("\n") if line.strip()]
    candidates = []
    for line in lines[:TOP_LINES]:
        candidates.append(line[:200])
        if line.endswith((".", "!", "?", "”", '"')) or len(line) > 150:
            break
    # ... and the line under a "Published" label alone, below a standfirst: Capital FM's
    # "Published\n\nNAIROBI, Kenya, Jul 3 — The Judiciary ..."
    for line, below in itertools.pairwise(lines):
        if _PUBLISHED_ALONE.fullmatch(line):
            if below[:200] not in candidates:
                candidates.append(below[:200])
            break
    return candidates


def _date_from_dateline(
    text: str, article: Article, notes: list[str], header_year: str = ""
) -> DateInfo | None:
    for line in _dateline_candidates(text):
        if found := _date_from_dateline_line(line, article, notes, header_year):
            return found
    return None


def _date_from_dateline_line(
    first_line: str, article: Article, notes: list[str], header_year: str = ""
) -> DateInfo | None:
    for pattern, order in (
        (_DATELINE_MONTH_FIRST, "md"),
        (_DATELINE_DAY_FIRST, "dm"),
        (_DATELINE_CREDIT, "dm"),
        (_DATELINE_DATE_CREDIT, "md"),
        (_DATELINE_DAY_DATE_CREDIT, "dm"),
        (_DATELINE_WIRE, "dm"),
        (_DATELINE_WIRE_NUMERIC, "md"),
    ):
        match = pattern.match(first_line)
        if not match:
            continue
        first, second, year = match.groups()
        month, day = (first, second) if order == "md" else (second, first)
        month = month if month.isdigit() else _month_number(month)
        evidence = f"dateline {match.group(0).strip()!r}"
        if year is None:
            year = _year_from_metadata(article, header_year)
            if year is None:
                notes.append(f"{evidence} has no year and the metadata states none")
                return None
            evidence += f" with year {year} from the metadata"
        parsed = _valid(year, month, day, precision="day")
        if parsed:
            return _info(parsed, "dateline", evidence)
        notes.append(f"{evidence} is not a valid date")
        return None
    if match := _DATELINE_WEEKDAY.match(first_line):
        name, month, day, year = match.groups()
        parsed = _valid(year, _month_number(month), day, precision="day")
        if parsed and _falls_on(parsed, name):
            return _info(parsed, "dateline", f"dateline {match.group(0).strip()!r}")
    return None


def _year_from_metadata(article: Article, header_year: str = "") -> str | None:
    """A year stated explicitly in the metadata (date field, a valid header or url), used by
    year-less datelines."""
    years = {
        match.group(1)
        for value in (article.date, header_year)
        for match in _ANY_YEAR.finditer(value or "")
    }
    # a url states a year as a date (its own folder "/2019/", or a date it carries), not as a
    # word of the headline it spells ("...-budget-request-for-fy-2024")
    years.update(_URL_YEAR.findall(article.url or ""))
    if (in_url := _date_from_url(article.url or "")) is not None:
        years.add(in_url[0][:4])
    return years.pop() if len(years) == 1 else None  # two years stated: which one?


def _dates_from_text(window: str, notes: list[str]) -> list[DateInfo]:
    """The published line, else a date line, then an updated line, from the top of the text."""
    found = []
    published = _first_labelled(window, _PUBLISHED, "published")
    if published is not None:
        found.append(published)
    else:
        lines = [line.strip() for line in window.split("\n") if line.strip()][:TOP_LINES]
        for index, line in enumerate(lines):
            parsed = _date_line(line)
            if (
                parsed
                and index < 3
                and all(len(earlier) <= _MENU_LINE for earlier in lines[:index])
                and len(lines) > index + 1
                and (_BANNER.match(line) or any(_date_line(later) for later in lines[index + 1 :]))
            ):
                # news sites print the day's date in their page header, so it is the day the
                # page was saved: "Wednesday, March 22, 2023" above the headline (MENAFN's
                # "Tuesday, 02 January 2024 12:17 GMT" too, time and all; under a menu's
                # "Dark Mode"), or a bare date with the story's below it ("August 09, 2022" over
                # a story of October 25, 2014)
                notes.append(f"first line {line!r} looks like the site's date of the day")
                found.append(_info(parsed, "text", f"{_DAY_BAR} {line!r}"))
                continue
            if parsed:
                found.append(_info(parsed, "text", f"date line {line!r}"))
                break
    updated = _first_labelled(window, _UPDATED, "updated")
    if updated is not None:
        found.append(updated)
    return found


def _first_labelled(window: str, pattern: re.Pattern[str], label: str) -> DateInfo | None:
    # (a letter Python's case folding takes for an ASCII one, "ſ" for "s", lower() does not)
    lowered = window.lower()
    if not has_case_twins(window) and not any(word in lowered for word in _LABEL_WORDS[pattern]):
        return None
    for match in pattern.finditer(window):
        if _RELATIVE_BEFORE.search(
            window, max(0, match.start() - 40), match.start()
        ) and not _THIS_ARTICLE_BEFORE.search(window, max(0, match.start() - 80), match.start()):
            continue  # "an estimate of NZ$2,018 million, which was published on August 17"
        value = _without_time(match.group(1))
        if short := _SHORT_YEAR.fullmatch(value):
            day, month, year = short.groups()  # (no clock: 70-99 are the 1900s)
            value = f"{day}.{month}.{'19' if int(year) >= 70 else '20'}{year}"
        if parsed := parse_date(value):
            return _info(parsed, "text", f"{label} line {match.group(0).strip()!r}")
    return None


def _date_line(line: str) -> Parsed | None:
    """The date of a line that is only a date with its furniture, or None."""
    if len(line) > 150:
        return None
    line = _UPDATED_TAIL.sub("", line)  # "By Admin on July 26, 2007 | Last updated on ..."
    if _NOT_A_DATE_LINE.search(line):
        return None
    match = _DATE_ON_LINE.search(line)
    if match is None:
        return None
    before, after = line[: match.start()], line[match.end() :]
    after = _GLUED_SECTION.sub("", after)  # "July 3, 2019World News"
    if _NAME_BEFORE_A_BAR.fullmatch(before):
        before = ""  # Anadolu's "Sm Najmus Sakib  | 18.11.2023 - Update : 18.11.2023"
    rest = _LINE_FURNITURE.sub(" ", before + " " + after)
    rest = " ".join(rest.split())
    if rest and not _BYLINE.fullmatch(rest):
        return None
    return parse_date(_without_time(match.group(0)))


def _without_time(value: str) -> str:
    """`2024-05-16 13:45:08` -> `2024-05-16`; other forms unchanged."""
    return re.sub(r"^(\d{4}-\d{1,2}-\d{1,2})[T ].*$", r"\1", value.strip())


def _file_name(origin: str) -> str:
    name = re.split(r"[/\\]", (origin or "").strip())[-1]
    return re.sub(r"\s+(?:row|line|item)\s+\d+$", "", name)


def _date_from_filename(name: str) -> Parsed | None:
    for pattern in _FILENAME_DAY:
        for match in pattern.finditer(name):
            if parsed := _valid(*match.groups(), precision="day"):
                return parsed
    return None
