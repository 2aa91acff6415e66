"""Property tests: ingest, cleaning, dates, themes and figures hold on arbitrary input.

Examples are derandomised (see the `ci` profile in `conftest.py`) and bounded with modest
`max_examples`, so the suite is quick and the same on every run. The strategies mix random
text with fragments the extractors care about (numbers, currency signs, scale words, dates,
markup, control characters), so examples reach the interesting code paths.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from metrics.clean import clean_text
from metrics.dates import parse_date, resolve_date
from metrics.figures import _previous_words, extract_figures
from metrics.ingest import display_name, read_uploads
from metrics.themes import find_theme_hits, load_lexicon
from metrics.types import Article

LEXICON = load_lexicon()
EXAMPLES = settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])

FRAGMENTS = [
    "$", "US$", "€", "¥", "%", " per cent", "1e308", "999,999", " trillion", " billion",
    " million", " bn", "3,200", "0.5", "-7", "9" * 40, " troops", " tanks", " bcm",
    " barrels per day", " tonnes", " km", " years", "about ", "over ", "nearly ", "80th",
    "Tu-95", " 2024", "2024-05-16", " date 2024-05-16 ", " date 9999-99-99 ", "May 16, 2024",
    "MOSCOW, Oct 18 (Reuters) - ", "Published: 16 May 2024", "sanctions", "trade", "gas",
    "natural gas", "Ukraine", "military", "trade union", "\n", "\n\n", "\r\n", "\r", "\t",
    "\x00", "\u2028", "\ufeff", "\u200b", "\ud800", "“", "”", "’", "—", ". ", "? ",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[a](javascript:x)",
    "=cmd|' /C calc'!A0", "Photo: Reuters", "(AP Photo)", "Reading Time: < 1 minute",
]  # fmt: skip
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=40).map("".join),
)
NAMES = st.one_of(
    st.text(min_size=1, max_size=40),
    st.tuples(
        st.text(max_size=20),
        st.sampled_from(["txt", "md", "csv", "jsonl", "json", "html", "zip", "pdf", ""]),
    ).map(lambda parts: f"{parts[0]}.{parts[1]}"),
)
SAFE_NAMES = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="/\\"),
    min_size=1,
    max_size=20,
)
EXTENSIONS = st.sampled_from(["txt", "md", "csv", "jsonl", "json", "html", "zip", "bin"])


def _zip_of(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for number, (name, data) in enumerate(members):
            archive.writestr(f"{number}-{name}", data)  # distinct names: no zipfile warning
    return buffer.getvalue()


CONTENTS = st.one_of(
    st.binary(max_size=1500),
    TEXTS.map(lambda text: text.encode("utf-8", "surrogatepass")),
    TEXTS.map(lambda text: text.encode("utf-16", "surrogatepass")),
    st.lists(TEXTS, max_size=5).map(
        lambda rows: ("id,text\n" + "\n".join(f"{n},{row}" for n, row in enumerate(rows))).encode(
            "utf-8", "surrogatepass"
        )
    ),
    st.lists(st.tuples(st.text(max_size=12), st.binary(max_size=200)), max_size=4).map(_zip_of),
)


# --- ingest ------------------------------------------------------------------------------------


@EXAMPLES
@given(files=st.lists(st.tuples(NAMES, CONTENTS), max_size=5))
def test_read_uploads_never_raises_on_any_bytes_or_names(files: list[tuple[str, bytes]]) -> None:
    result = read_uploads(files)
    for record in result.report:
        record.origin.encode("utf-8")  # no lone surrogates: every origin can be exported
        assert record.status in ("ok", "skipped")
        if record.status == "skipped":
            assert record.reason and not record.article_id
        elif record.article_id:
            assert not record.reason
    for article in result.articles:
        article.text.encode("utf-8")
        assert article.text.strip()


@EXAMPLES
@given(
    uploads=st.lists(st.tuples(SAFE_NAMES, EXTENSIONS, CONTENTS), min_size=1, max_size=6),
)
def test_every_upload_is_accounted_for_exactly_once(
    uploads: list[tuple[str, str, bytes]],
) -> None:
    # Index prefixes keep the names distinct and none a prefix of another.
    files = [(f"{n:02d}-{stem}.{ext}", data) for n, (stem, ext, data) in enumerate(uploads)]
    result = read_uploads(files)
    owners = []
    for record in result.report:
        matches = [name for name, _ in files if record.origin.startswith(display_name(name))]
        assert len(matches) == 1, record.origin
        owners.append(matches[0])
    for name, _data in files:
        records = owners.count(name)
        if name.endswith((".txt", ".md", ".html", ".bin", ".json")):
            # a file that is one article (or one JSON document) has one line... unless JSON
            # holds a list, which gets one line per item
            assert records >= 1
            if not name.endswith(".json"):
                assert records == 1, name
        else:
            assert records >= 1, name  # CSV and JSONL: a line per row, zips: per member
    article_ids = [article.article_id for article in result.articles]
    assert len(article_ids) == len(set(article_ids))
    reported_ids = [record.article_id for record in result.report if record.article_id]
    assert reported_ids == article_ids
    assert all(r.status == "ok" for r in result.report if r.article_id)


# --- cleaning ----------------------------------------------------------------------------------


@EXAMPLES
@given(text=TEXTS)
def test_clean_text_never_raises_and_leaves_clean_characters(text: str) -> None:
    cleaned = clean_text(text)
    assert isinstance(cleaned.text, str)
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f]", cleaned.text)
    assert cleaned.text == cleaned.text.strip()
    assert "\r" not in cleaned.text
    for removal in cleaned.removed:
        assert removal.split(":", 1)[0] in {
            "header",
            "caption",
            "furniture",
            "duplicate",
            "link list",
        }


# --- dates -------------------------------------------------------------------------------------


def _valid_iso(date: str) -> bool:
    try:
        parsed = dt.date.fromisoformat(date)
    except ValueError:
        return False
    return 1900 <= parsed.year <= 2100 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) is not None


DATE_STRINGS = st.one_of(
    st.text(max_size=30),
    st.from_regex(r"\A-?\d{1,5}([-/.]\d{1,3}){0,2}(T\d\d:\d\d)?\Z"),
    st.sampled_from(["9999-99-99", "0000-00-00", "2024-02-30", "1899-12-31", "2101-01-01"]),
)


@EXAMPLES
@given(value=DATE_STRINGS)
def test_parse_date_never_raises_and_returns_valid_dates(value: str) -> None:
    parsed = parse_date(value)
    if parsed is not None:
        date, precision = parsed
        assert precision in ("day", "month", "year")
        assert _valid_iso(date), date


@EXAMPLES
@given(
    text=TEXTS,
    date=DATE_STRINGS,
    url=st.one_of(st.just(""), st.text(max_size=40), DATE_STRINGS.map(lambda d: f"/{d}/x")),
    origin=st.one_of(st.text(max_size=30), DATE_STRINGS.map(lambda d: f"{d}_news.txt")),
)
def test_resolve_date_never_raises_and_any_date_is_valid(
    text: str, date: str, url: str, origin: str
) -> None:
    article = Article(article_id="a", text=text, date=date, url=url, origin=origin)
    info = resolve_date(article, clean_text(text))
    assert info.date == "" or _valid_iso(info.date), info
    assert (info.date == "") == (info.source == "none")
    assert info.precision in (("",) if info.date == "" else ("day", "month", "year"))


# --- themes ------------------------------------------------------------------------------------


@EXAMPLES
@given(text=TEXTS)
def test_theme_hits_point_at_their_term(text: str) -> None:
    hits = find_theme_hits(text, LEXICON)
    names = set(LEXICON.names)
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text)
        surface = " ".join(text[hit.start : hit.end].casefold().split())
        term = hit.term.casefold()
        assert hit.theme in names
        if term.endswith("*"):
            assert surface.startswith(term[:-1].rstrip()), (surface, term)
        else:
            assert surface == " ".join(term.split()), (surface, term)
    assert [hit.start for hit in hits] == sorted(hit.start for hit in hits)


# --- figures -----------------------------------------------------------------------------------


@EXAMPLES
@given(text=TEXTS)
def test_figures_point_at_their_surface_and_values_are_finite(text: str) -> None:
    for figure in extract_figures(text):
        assert text[figure.start : figure.end] == figure.surface
        assert math.isfinite(figure.value)
        assert figure.value_max is None or math.isfinite(figure.value_max)
        assert figure.sentence_start <= figure.start and figure.end <= figure.sentence_end
        assert text[figure.sentence_start : figure.sentence_end] == figure.sentence


@pytest.mark.parametrize(
    "text",
    ["1e308 troops", "$1e308", "9" * 400 + " troops", "999,999 trillion dollars", "1" * 5000],
)
def test_absurd_numbers_never_give_infinite_values(text: str) -> None:
    for figure in extract_figures(f"They said {text} were involved."):
        assert math.isfinite(figure.value)


_RUN = re.compile(r"\w+")


@EXAMPLES
@given(
    text=st.text(alphabet="ab Zé1_ \t\n\u00a0\u202f.,'’-²İ\x1c", max_size=80),
    cut=st.integers(0, 80),
)
def test_the_words_before_a_position_are_the_last_two_word_runs(text: str, cut: int) -> None:
    # (the definition `_previous_words` shortcuts: the last two runs of word characters within
    # the 40 characters before the position, lowercased)
    position = min(cut, len(text))
    runs = _RUN.findall(text, max(0, position - 40), position)
    expected = (runs[-1].lower(), runs[-2].lower() if len(runs) > 1 else "") if runs else ("", "")
    assert _previous_words(text, position) == expected
