"""Read articles from folders, files and web uploads, accounting for every input.

Formats: `.txt`/`.md` (and any file that decodes as text), `.csv` (one article per row),
`.jsonl`, `.json`, `.html`/`.htm` and `.zip` archives of these (one level of nested zips).
A `metadata.csv` beside text files (`file,date,title,url,source`) gives their metadata.
Columns and JSON keys may go by other common names (`body`, `content`, `headline`,
`publishedAt`, …): `data/columns.toml` lists them, and the report says which were used.

Every input ends up in the report exactly once per article or skipped item: `status='ok'` for
an article (and for a metadata sidecar, which has no `article_id`), `status='skipped'` with a
specific reason otherwise. Bad content never raises; nothing is written to disk.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import logging
import os
import re
import sys
import tomllib
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd

from metrics.types import Article, IngestRecord

__all__ = [
    "REPORT_COLUMNS",
    "IngestLimits",
    "IngestResult",
    "display_name",
    "read_paths",
    "read_uploads",
    "report_frame",
]

logger = logging.getLogger(__name__)

MB = 1024 * 1024
REPORT_COLUMNS = ["origin", "status", "reason", "article_id", "encoding"]

TEXT_EXTENSIONS = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
CSV_EXTENSIONS = frozenset({".csv"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
JSON_EXTENSIONS = frozenset({".json"})
ZIP_EXTENSIONS = frozenset({".zip"})
SIDECAR_NAME = "metadata.csv"
METADATA_FIELDS = ("title", "url", "date", "source")
COLUMNS_PATH = Path(__file__).resolve().parent.parent / "data" / "columns.toml"
JSON_LIST_KEYS = ("articles", "items", "data")

NOT_TEXT = "not text (binary content)"
EMPTY = "empty"

# Signatures of common binary formats, so a PDF or an image named `.txt` is not read as text.
_MAGIC_NUMBERS = (
    b"\x89PNG\r\n\x1a\n",
    b"%PDF-",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"\x1f\x8b",  # gzip
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # MS Office (OLE)
    b"\x7fELF",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"SQLite format 3\x00",
    b"BM",  # checked with a length guard below: only when followed by binary bytes
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "utf-32"),
    (b"\xff\xfe", "utf-16", "utf-16"),
    (b"\xfe\xff", "utf-16", "utf-16"),
)
# Encodings charset-normalizer proposes for Western text that cp1252 decodes the same or better
# (it often says cp1250 for French with curly quotes); cp1252 is by far the most common of them.
_WESTERN_FAMILY = re.compile(r"^(?:cp125[027]|latin_1|iso8859_(?:1|2|15)|mac_\w+|cp775|cp850)$")
_CONTROL_SHARE_LIMIT = 0.02  # share of control characters above which decoded text is binary
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])  # not \t\n\v\f\r, ESC
_SNIFF_CHARS = 65536
MAX_ID_CHARS = 120  # longer ids (a 300-character file name) are cut and suffixed with a digest
MAX_METADATA_CHARS = 2_000  # title, url, source: one line of at most this many characters
# Lone surrogates (from `\ud800` in JSON, or undecodable bytes in a file name on disk) cannot be
# written as UTF-8; control characters in names and titles would rewrite a terminal or a table.
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_NAME_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_CHUNK = 64 * 1024
_HTML_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe"})
_HTML_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section"}
)


@dataclass(frozen=True)
class IngestLimits:
    """Bounds that keep a hostile or accidental input from exhausting memory or time.

    An input over a limit is skipped and listed in the report with the limit it hit; the
    other inputs are still read. The defaults suit an app with about 1 GB of memory (Streamlit
    Community Cloud) and a 50 MB upload; the CLI takes `--max-file-mb`, `--max-files`,
    `--max-article-chars`, `--max-total-chars`, `--max-zip-members`, `--max-zip-ratio` and
    `--max-zip-mb` to change them.
    """

    max_file_bytes: int = 20 * MB  # one file, one upload, one zip member, one zip archive
    max_files: int = 20_000  # files and zip members read in one call (the zip itself counts)
    max_article_chars: int = 500_000  # one article (~80,000 words, longer than any news story)
    max_total_chars: int = 200_000_000  # decoded text of all articles together
    max_zip_members: int = 20_000  # files in one archive (larger archives are skipped whole)
    max_zip_ratio: float = 100.0  # uncompressed / compressed size of one member over 1 MB
    max_zip_total_bytes: int = 500 * MB  # uncompressed bytes read from one archive, nested included

    def __post_init__(self) -> None:
        for name in (
            "max_file_bytes",
            "max_files",
            "max_article_chars",
            "max_total_chars",
            "max_zip_members",
            "max_zip_ratio",
            "max_zip_total_bytes",
        ):
            if not getattr(self, name) > 0:
                raise ValueError(f"IngestLimits.{name} must be positive")


@dataclass
class IngestResult:
    """The articles read and the report accounting for every input."""

    articles: list[Article] = field(default_factory=list)
    report: list[IngestRecord] = field(default_factory=list)


def read_paths(
    paths: Iterable[str | Path] | str | Path, *, limits: IngestLimits = IngestLimits()
) -> IngestResult:
    """Read articles from folders (recursively, in sorted order) and single files."""
    if isinstance(paths, str | Path):
        paths = [paths]
    sources: list[_Source] = []
    sidecar_folders: set[str] = set()  # each folder's sidecar is read once
    for given in paths:
        path = Path(given)
        origin = path.as_posix()
        if path.is_dir():
            found = _folder_sources(path, limits)
            found = [s for s in found if not (_is_sidecar(s) and s.folder in sidecar_folders)]
            sidecar_folders.update(s.folder for s in found if _is_sidecar(s))
            sources.extend(found)
        elif path.is_file():
            source = _path_source(path, origin, limits)
            if _is_sidecar(source):
                if source.folder in sidecar_folders:
                    continue
                sidecar_folders.add(source.folder)
            sources.append(source)
            # A sidecar beside a file named on its own still applies (`data/articles/*.txt`).
            sibling = path.parent / SIDECAR_NAME
            if sibling.is_file() and source.folder not in sidecar_folders:
                sidecar_folders.add(source.folder)
                sidecar = _path_source(sibling, sibling.as_posix(), limits)
                sidecar.implicit = True
                sources.append(sidecar)
        elif path.exists():
            sources.append(_Source(origin, path.name, "", skip_reason="not a regular file"))
        else:
            sources.append(_Source(origin, path.name, "", skip_reason="not found"))
    collector = _Collector(limits)
    _ingest_sources(sources, collector)
    return collector.result


def read_uploads(
    files: Iterable[tuple[str, bytes]], *, limits: IngestLimits = IngestLimits()
) -> IngestResult:
    """Read articles from `(file name, bytes)` pairs, as a web upload provides them."""
    sources: list[_Source] = []
    for name, data in files:
        posix = PurePosixPath(str(name).replace("\\", "/"))
        sources.append(
            _Source(
                origin=str(name),
                name=posix.name,
                folder=str(posix.parent),
                read=_upload_reader(data, limits),
            )
        )
    collector = _Collector(limits)
    _ingest_sources(sources, collector)
    return collector.result


def report_frame(records: Iterable[IngestRecord]) -> pd.DataFrame:
    """The report as a DataFrame: `origin, status, reason, article_id, encoding`."""
    rows = [
        {
            "origin": record.origin,
            "status": record.status,
            "reason": record.reason,
            "article_id": record.article_id,
            "encoding": record.encoding,
        }
        for record in records
    ]
    return pd.DataFrame(rows, columns=REPORT_COLUMNS).astype(str)


# --------------------------------------------------------------------------------------------
# Sources and the collector
# --------------------------------------------------------------------------------------------


class _Skip(Exception):  # control flow rather than an error: carries the report reason
    """Raised inside a reader to skip the current input with `reason`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class _ZipBudget:
    """Uncompressed bytes still allowed for one archive (shared with its nested archives)."""

    remaining: int


@dataclass
class _Source:
    """One input file: a path on disk, an upload, or a zip member."""

    origin: str  # human-readable: `data/articles/001.txt`, `bundle.zip/a.txt`
    name: str  # file name, for the extension, the id and the sidecar match
    folder: str  # key of the folder whose sidecar applies
    read: Callable[[], bytes] | None = None
    skip_reason: str = ""  # known before reading (not found, unsafe zip path…)
    zip_depth: int = 0  # number of archives around this source
    zip_budget: _ZipBudget | None = None
    implicit: bool = False  # a sidecar read because a file beside it was named

    @property
    def extension(self) -> str:
        return PurePosixPath(self.name).suffix.lower()

    @property
    def stem(self) -> str:
        return PurePosixPath(self.name).stem or self.name


class _Collector:
    """Accumulates articles and report records; enforces ids, duplicates and limits."""

    def __init__(self, limits: IngestLimits) -> None:
        self.limits = limits
        self.result = IngestResult()
        self.files_read = 0
        self.total_chars = 0
        self._ids: set[str] = set()
        self._texts: dict[str, str] = {}  # hash of whitespace-normalised text -> article_id
        self.sidecars: dict[str, dict[str, dict[str, str]]] = {}

    def skip(self, origin: str, reason: str, encoding: str = "") -> None:
        record = IngestRecord(display_name(origin), "skipped", display_name(reason), "", encoding)
        self.result.report.append(record)

    def note(self, origin: str, reason: str, encoding: str = "") -> None:
        """An input that was read fine but is not an article (a metadata sidecar)."""
        record = IngestRecord(display_name(origin), "ok", display_name(reason), "", encoding)
        self.result.report.append(record)

    def add(self, *, origin: str, text: str, base_id: str, encoding: str, **metadata: str) -> None:
        text = _SURROGATES.sub("\ufffd", text)
        if not text.strip():
            self.skip(origin, EMPTY, encoding)
            return
        if len(text) > self.limits.max_article_chars:
            limit = f"{self.limits.max_article_chars:,}"
            reason = f"too long for one article ({len(text):,} characters > limit {limit})"
            self.skip(origin, reason, encoding)
            return
        key = hashlib.sha1(" ".join(text.split()).encode("utf-8", "surrogatepass")).hexdigest()
        if key in self._texts:
            self.skip(origin, f"duplicate of {self._texts[key]}", encoding)
            return
        if self.total_chars + len(text) > self.limits.max_total_chars:
            limit = f"{self.limits.max_total_chars:,}"
            self.skip(origin, f"over the total text limit ({limit} characters)", encoding)
            return
        article_id = self._unique_id(base_id)
        self._texts[key] = article_id
        self.total_chars += len(text)
        fields = {name: _text_value(metadata.get(name, "")) for name in METADATA_FIELDS}
        origin = display_name(origin)
        self.result.articles.append(
            Article(article_id=article_id, text=text, origin=origin, **fields)
        )
        self.result.report.append(IngestRecord(origin, "ok", "", article_id, encoding))

    def _unique_id(self, base_id: str) -> str:
        base_id = " ".join(display_name(base_id).split()) or "article"
        if len(base_id) > MAX_ID_CHARS:
            digest = hashlib.sha1(base_id.encode("utf-8")).hexdigest()[:8]
            base_id = f"{base_id[: MAX_ID_CHARS - 9]}-{digest}"
        candidate, suffix = base_id, 1
        while candidate in self._ids:
            suffix += 1
            candidate = f"{base_id}-{suffix}"
        self._ids.add(candidate)
        return candidate

    def sidecar_metadata(self, source: _Source) -> dict[str, str]:
        entries = self.sidecars.get(source.folder, {})
        return entries.get(source.name.casefold()) or entries.get(source.stem.casefold()) or {}


def _is_sidecar(source: _Source) -> bool:
    return source.name.casefold() == SIDECAR_NAME and not source.skip_reason


def _ingest_sources(sources: list[_Source], collector: _Collector) -> None:
    """Read a batch of sources: sidecars first (they apply to their folder), then the rest."""
    sidecars = {
        id(source)
        for source in sources
        if _is_sidecar(source) and _load_sidecar(source, sources, collector)
    }
    for source in sources:
        if id(source) not in sidecars:
            _ingest_one(source, collector)


def _ingest_one(source: _Source, collector: _Collector) -> None:
    if source.skip_reason:
        collector.skip(source.origin, source.skip_reason)
        return
    if collector.files_read >= collector.limits.max_files:
        collector.skip(source.origin, f"over the file limit ({collector.limits.max_files:,} files)")
        return
    collector.files_read += 1
    try:
        data = _read_source(source)
        extension = source.extension
        if extension in ZIP_EXTENSIONS:
            _ingest_zip(source, data, collector)
        elif extension in CSV_EXTENSIONS:
            _ingest_csv(source, data, collector)
        elif extension in JSONL_EXTENSIONS:
            _ingest_jsonl(source, data, collector)
        elif extension in JSON_EXTENSIONS:
            _ingest_json(source, data, collector)
        elif extension in HTML_EXTENSIONS:
            _ingest_html(source, data, collector)
        else:  # .txt, .md and unknown extensions: whatever decodes as text is text
            _ingest_text(source, data, collector)
    except _Skip as skip:
        collector.skip(source.origin, skip.reason)
    except Exception as error:  # one bad input never stops the rest
        logger.warning("could not read %s", source.origin, exc_info=True)
        collector.skip(source.origin, f"unreadable ({type(error).__name__}: {error})")


def _read_source(source: _Source) -> bytes:
    if source.read is None:
        raise _Skip("unreadable (no content)")
    try:
        return source.read()
    except OSError as error:
        raise _Skip(f"unreadable ({error.strerror or error})") from error


# --------------------------------------------------------------------------------------------
# Paths and uploads
# --------------------------------------------------------------------------------------------


def _resolved(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


def _folder_sources(root: Path, limits: IngestLimits) -> list[_Source]:
    """Every file under `root`, sorted by relative path; hidden files and folders are listed
    as skipped rather than read (editor backups, `.git`, `.DS_Store`)."""
    found: list[tuple[tuple[str, ...], _Source]] = []
    for directory, folder_names, file_names in os.walk(root):
        base = Path(directory)
        relative = base.relative_to(root)
        for name in sorted(folder_names):
            if name.startswith("."):
                path = base / name
                found.append(
                    (
                        (*relative.parts, name),
                        _Source(path.as_posix(), name, "", skip_reason="hidden folder (not read)"),
                    )
                )
        folder_names[:] = sorted(name for name in folder_names if not name.startswith("."))
        folder_key = _resolved(base)
        for name in file_names:
            path = base / name
            key = (*relative.parts, name)
            if name.startswith("."):
                found.append((key, _Source(path.as_posix(), name, "", skip_reason="hidden file")))
            elif not path.is_file():
                found.append(
                    (key, _Source(path.as_posix(), name, "", skip_reason="not a regular file"))
                )
            else:
                source = _path_source(path, path.as_posix(), limits)
                source.folder = folder_key
                found.append((key, source))
    return [source for _, source in sorted(found, key=lambda item: item[0])]


def _path_source(path: Path, origin: str, limits: IngestLimits) -> _Source:
    def read() -> bytes:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise _Skip(_too_large(size, limits.max_file_bytes))
        with path.open("rb") as handle:
            data = handle.read(limits.max_file_bytes + 1)
        if len(data) > limits.max_file_bytes:
            raise _Skip(_too_large(len(data), limits.max_file_bytes))
        return data

    return _Source(origin, path.name, _resolved(path.parent), read=read)


def _upload_reader(data: Any, limits: IngestLimits) -> Callable[[], bytes]:
    def read() -> bytes:
        if isinstance(data, str):
            content = data.encode("utf-8")
        elif isinstance(data, bytes | bytearray | memoryview):
            content = bytes(data)
        else:
            raise _Skip(f"unreadable (expected bytes, got {type(data).__name__})")
        if len(content) > limits.max_file_bytes:
            raise _Skip(_too_large(len(content), limits.max_file_bytes))
        return content

    return read


def _too_large(size: int, limit: int) -> str:
    return f"too large ({size / MB:.1f} MB > limit {limit / MB:g} MB)"


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------


def _decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text; returns `(text, encoding)` or raises `_Skip` with the reason."""
    if not data.strip():
        raise _Skip(EMPTY)
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(codec), label)
            except UnicodeDecodeError as error:
                raise _Skip(f"unreadable encoding (invalid {label})") from error
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(data.decode(utf16, errors="strict"), utf16)
    if _looks_binary(data):
        raise _Skip(NOT_TEXT)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8:
        return mostly_utf8
    return _checked(*_decode_legacy(data))


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few bad bytes (a file cut mid-character, one stray byte) decoded with
    U+FFFD for the bad bytes, rather than the whole file misread as a legacy code page.

    It counts as UTF-8 when its valid multi-byte characters outnumber its invalid sequences;
    text in a legacy code page has almost no valid UTF-8 sequences, so it still goes to
    detection.
    """
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    valid_multibyte = sum(1 for char in text if ord(char) > 127) - text.count("\ufffd")
    if invalid <= 0 or valid_multibyte < invalid:
        return None
    plural = "s" if invalid != 1 else ""
    return _checked(
        text, f"utf-8 ({invalid} invalid byte sequence{plural} replaced)", replaced=invalid
    )


def _checked(text: str, encoding: str, *, replaced: int = 0) -> tuple[str, str]:
    """`(text, encoding)`, or `_Skip` when the text is empty or mostly control characters.

    `replaced` U+FFFD characters put in by a lenient decode do not count as binary.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise _Skip(EMPTY)
    sample = text[:_SNIFF_CHARS]
    controls = sum(
        1
        for char in sample
        if (unicodedata.category(char) == "Cc" and char not in "\n\r\t\f\v") or char == "\ufffd"
    )
    controls -= min(replaced, sample.count("\ufffd"))
    if controls / len(sample) > _CONTROL_SHARE_LIMIT:
        raise _Skip(NOT_TEXT)
    return text, encoding


def _looks_binary(data: bytes) -> bool:
    head = data[:_SNIFF_CHARS]
    if head.startswith(_MAGIC_NUMBERS[:-1]):
        return True
    # A bitmap starts with "BM" then a binary size field: don't mistake "BMW sales rose…".
    if head.startswith(b"BM") and len(head) > 6 and any(byte < 9 for byte in head[2:6]):
        return True
    if b"\x00" in head:
        return True
    controls = sum(head.count(byte) for byte in _CONTROL_BYTES)
    return controls / len(head) > _CONTROL_SHARE_LIMIT


def _utf16_without_bom(data: bytes) -> str:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit in every other position, as in ASCII-range
    UTF-16 text without a byte-order mark; '' otherwise."""
    head = data[:4096]
    if len(head) < 8 or len(head) % 2:
        return ""
    even_nuls = head[0::2].count(0) / (len(head) / 2)
    odd_nuls = head[1::2].count(0) / (len(head) / 2)
    codec = ""
    if odd_nuls > 0.6 and even_nuls < 0.05:
        codec = "utf-16-le"
    elif even_nuls > 0.6 and odd_nuls < 0.05:
        codec = "utf-16-be"
    if codec:
        try:
            data.decode(codec)
        except UnicodeDecodeError:
            return ""
    return codec


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 bytes with charset-normalizer, preferring cp1252 for Western text."""
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(data))
    except Exception:  # a detector failure is an encoding problem, not a crash
        logger.warning("charset detection failed", exc_info=True)
        matches = []
    if not matches:
        raise _Skip("unreadable encoding")
    best = matches[0]
    encoding = best.encoding
    for match in matches:
        if match.encoding == "cp1252" and match.chaos <= best.chaos + 0.01:
            encoding = "cp1252"
            break
    else:
        if _WESTERN_FAMILY.match(encoding):
            try:
                return data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                pass
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError) as error:
        raise _Skip("unreadable encoding") from error


# --------------------------------------------------------------------------------------------
# Formats
# --------------------------------------------------------------------------------------------


def _ingest_text(source: _Source, data: bytes, collector: _Collector) -> None:
    text, encoding = _decode(data)
    metadata = collector.sidecar_metadata(source)
    collector.add(
        origin=source.origin, text=text, base_id=source.stem, encoding=encoding, **metadata
    )


def _ingest_html(source: _Source, data: bytes, collector: _Collector) -> None:
    html, encoding = _decode(data)
    text, metadata = _extract_html(html)
    if not text.strip():
        collector.skip(source.origin, "no main text found in HTML", encoding)
        return
    # The sidecar is the user's word: it overrides what the page says about itself.
    metadata.update(
        {key: value for key, value in collector.sidecar_metadata(source).items() if value}
    )
    collector.add(
        origin=source.origin, text=text, base_id=source.stem, encoding=encoding, **metadata
    )


def _extract_html(html: str) -> tuple[str, dict[str, str]]:
    """Main text and `title/url/date/source` of an HTML page (dates only from the page itself)."""
    trafilatura = _trafilatura()
    if trafilatura is None:
        return _html_fallback(html)
    text = trafilatura.extract(html, include_comments=False, include_tables=True) or ""
    metadata: dict[str, str] = {}
    try:
        document = trafilatura.extract_metadata(
            html,
            date_config={
                "original_date": True,
                "extensive_search": False,
                "outputformat": "%Y-%m-%d",
            },
        )
        metadata = {
            "title": document.title or "",
            "url": document.url or "",
            "date": document.date or "",
            "source": document.sitename or "",
        }
    except Exception:
        logger.warning("HTML metadata extraction failed", exc_info=True)
    if not metadata.get("date"):
        metadata["date"] = _html_date(html)
    if not text.strip():
        text, fallback = _html_fallback(html)
        metadata = {key: metadata.get(key) or fallback[key] for key in fallback}
    return text, metadata


@functools.cache
def _trafilatura() -> Any:
    """The trafilatura module, or None (warned once) when it cannot be imported."""
    try:
        import trafilatura
    except ImportError as error:  # e.g. lxml without lxml_html_clean
        logger.warning("trafilatura unavailable (%s); using the plain HTML text fallback", error)
        return None
    return trafilatura


def _html_date(html: str) -> str:
    try:
        from htmldate import find_date

        found = find_date(html, original_date=True, outputformat="%Y-%m-%d", extensive_search=False)
    except Exception:
        logger.warning("htmldate failed", exc_info=True)
        return ""
    return found or ""


class _TextParser(HTMLParser):
    """Visible text of a page without scripts, styles or the head; the `<title>` apart."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.meta: dict[str, str] = {}
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            self.meta.setdefault(key, values.get("content", "").strip())
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.meta.setdefault("canonical", values.get("href", "").strip())
        if tag == "title":
            self._in_title = True
        elif tag in _HTML_SKIP_TAGS:
            self._skip_depth += 1
        elif tag in _HTML_BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in _HTML_SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _HTML_BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip_depth:
            self.parts.append(re.sub(r"\s+", " ", data))  # source newlines are not paragraphs


def _html_fallback(html: str) -> tuple[str, dict[str, str]]:
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    text = "\n\n".join(line for line in lines if line)
    meta = parser.meta
    return text, {
        "title": meta.get("og:title") or " ".join("".join(parser.title).split()),
        "url": meta.get("og:url") or meta.get("canonical", ""),
        "source": meta.get("og:site_name", ""),
        "date": _html_date(html),
    }


@functools.cache
def _column_aliases() -> dict[str, tuple[str, ...]]:
    """Article field -> the column names read as it (`data/columns.toml`), normalised."""
    with COLUMNS_PATH.open("rb") as handle:
        fields = tomllib.load(handle)["fields"]
    return {field: tuple(_column_key(name) for name in names) for field, names in fields.items()}


def _column_key(name: str) -> str:
    return re.sub(r"[\W_]+", "", str(name).casefold())


def field_columns(names: Iterable[str]) -> dict[str, str]:
    """Which of `names` (CSV columns, JSON keys) holds each article field, by
    `data/columns.toml`: `{"text": "content", "date": "publishedAt", ...}`."""
    by_key: dict[str, str] = {}
    for name in names:
        by_key.setdefault(_column_key(name), name)
    found: dict[str, str] = {}
    for field_name, aliases in _column_aliases().items():
        taken = set(found.values())
        column = next((by_key[a] for a in aliases if a in by_key and by_key[a] not in taken), None)
        if column is not None:
            found[field_name] = column
    return found


def _field(values: dict[str, Any], columns: dict[str, str], name: str, missing: Any = "") -> Any:
    """The value of article field `name`, `missing` when no column holds it (never the value
    of a column without a name: pandas writes its index under an empty header)."""
    return values.get(columns[name], missing) if name in columns else missing


def _renamed(columns: dict[str, str]) -> list[str]:
    """`field ← column` for the fields read from a column of another name."""
    return [f"{name} ← `{column}`" for name, column in columns.items() if column != name]


def _columns_note(renamed: Iterable[str]) -> str:
    return "columns read as article fields: " + ", ".join(sorted(set(renamed)))


def _ingest_csv(source: _Source, data: bytes, collector: _Collector) -> None:
    text, encoding = _decode(data)
    table = _CsvTable.parse(text)
    columns = field_columns(table.columns)
    if "text" not in columns:
        listed = ", ".join(column for column in table.columns if column) or "none"
        collector.skip(source.origin, f"no `text` column (columns: {listed})", encoding)
        return
    if renamed := _renamed(columns):
        collector.note(source.origin, _columns_note(renamed), encoding)
    rows = 0
    for row_number, values, problem in table.rows():
        rows += 1
        origin = f"{source.origin} row {row_number}"
        if values is None:
            collector.skip(origin, f"malformed row {row_number} ({problem})", encoding)
            continue
        article_id = _field(values, columns, "id").strip() or f"{source.stem}-{row_number}"
        metadata = {name: _field(values, columns, name).strip() for name in METADATA_FIELDS}
        collector.add(
            origin=origin,
            text=values[columns["text"]],
            base_id=article_id,
            encoding=encoding,
            **metadata,
        )
    if not rows:
        collector.skip(source.origin, "empty (no rows)", encoding)


@dataclass
class _CsvTable:
    """A CSV read row by row, so a malformed row is reported and the rows after it kept."""

    lines: list[str]
    columns: list[str]
    delimiter: str
    first_data_line: int

    @classmethod
    def parse(cls, text: str) -> _CsvTable:
        _raise_field_limit()
        lines = io.StringIO(text, newline="").readlines()
        header_index = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
        header_line = lines[header_index] if header_index < len(lines) else ""
        columns, delimiter = [], ","
        best = 0
        for candidate in (",", ";", "\t", "|"):
            try:
                parsed = next(csv.reader([header_line], delimiter=candidate), [])
            except csv.Error:
                continue
            names = [name.strip().lstrip("\ufeff").strip().casefold() for name in parsed]
            if candidate == ",":
                columns = names
            # The delimiter that splits the header into most columns, one of them the text or
            # a sidecar's `file`: "id;text" is not one comma column named "id;text".
            if ("text" in field_columns(names) or "file" in names) and len(names) > best:
                columns, delimiter, best = names, candidate, len(names)
        return cls(lines, columns, delimiter, header_index + 1)

    def rows(self) -> Iterator[tuple[int, dict[str, str] | None, str]]:
        """Yield `(row number, values by column, problem)`; values are None for a malformed
        row. Row numbers count data rows from 1 (the header is not a row)."""
        feed = _LineFeed(self.lines, self.first_data_line)
        row_number = 0
        width = len(self.columns)
        while feed.position < len(self.lines):
            # csv.reader pulls exactly the lines of one record, so `feed.position` before each
            # record is where it starts: after a malformed one, resume on the line after it.
            reader = csv.reader(feed, delimiter=self.delimiter, strict=True)
            record_start = feed.position
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                row_number += 1
                problem = str(error)
                if "unexpected end of data" in problem or "expected after" in problem:
                    problem = f"unterminated quote: {problem}"
                yield row_number, None, problem
                feed.position = record_start + 1
                continue
            if not any(value.strip() for value in fields):
                continue  # blank line
            row_number += 1
            if any(value.strip() for value in fields[width:]):
                # More values than columns: an unquoted delimiter, or an open quote that
                # swallowed the lines after it.
                problem = f"{len(fields)} values for {width} columns"
                if feed.position - record_start > 1:
                    problem += "; unterminated quote?"
                yield row_number, None, problem
                feed.position = record_start + 1
                continue
            values = dict(zip(self.columns, fields, strict=False))
            yield row_number, {key: values.get(key, "") for key in self.columns}, ""


class _LineFeed:
    """An iterator over a list of lines whose position can be moved back."""

    def __init__(self, lines: list[str], position: int) -> None:
        self.lines = lines
        self.position = position

    def __iter__(self) -> _LineFeed:
        return self

    def __next__(self) -> str:
        if self.position >= len(self.lines):
            raise StopIteration
        line = self.lines[self.position]
        self.position += 1
        return line


def _raise_field_limit() -> None:
    # The csv module caps a field at 128 KiB by default: long articles in one cell are normal.
    limit = 2**31 - 1
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)


def _load_sidecar(source: _Source, batch: list[_Source], collector: _Collector) -> bool:
    """Read `metadata.csv` as a sidecar; False when it is an article CSV (it has `text`)."""
    try:
        text, encoding = _decode(_read_source(source))
    except _Skip as skip:
        collector.skip(source.origin, f"metadata sidecar: {skip.reason}")
        return True
    table = _CsvTable.parse(text)
    columns = field_columns(table.columns)
    if "text" in columns:
        return False
    if "file" not in table.columns:
        listed = ", ".join(column for column in table.columns if column) or "none"
        collector.skip(
            source.origin, f"metadata sidecar without `file` column (columns: {listed})", encoding
        )
        return True
    entries: dict[str, dict[str, str]] = {}
    malformed: list[str] = []
    for row_number, values, _problem in table.rows():
        if values is None:
            malformed.append(str(row_number))
            continue
        name = values.get("file", "").strip()
        if name:
            entries[name.casefold()] = {
                key: values.get(columns[key], "").strip()
                for key in METADATA_FIELDS
                if key in columns
            }
    collector.sidecars[source.folder] = entries
    beside = set()
    for other in batch:
        if other.folder == source.folder:
            beside.update({other.name.casefold(), other.stem.casefold()})
    # Only a whole folder shows which entries have no file; with files named one by one the
    # others were simply not asked for.
    unmatched = [] if source.implicit else sorted(name for name in entries if name not in beside)
    reason = f"metadata sidecar ({len(entries)} entries)"
    if malformed:
        reason += f"; malformed rows {', '.join(malformed)} ignored"
    if unmatched:
        reason += f"; no file for {', '.join(unmatched)}"
    collector.note(source.origin, reason, encoding)
    return True


def _ingest_jsonl(source: _Source, data: bytes, collector: _Collector) -> None:
    text, encoding = _decode(data)
    found = False
    renamed: set[str] = set()
    for line_number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        found = True
        origin = f"{source.origin} line {line_number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            collector.skip(origin, f"malformed line {line_number} ({error.msg})", encoding)
            continue
        except (ValueError, RecursionError) as error:  # a 5,000-digit number, deep nesting
            collector.skip(
                origin, f"malformed line {line_number} ({_json_problem(error)})", encoding
            )
            continue
        renamed.update(
            _add_record(record, origin, f"{source.stem}-{line_number}", encoding, collector)
        )
    if not found:
        collector.skip(source.origin, EMPTY, encoding)
    if renamed:
        collector.note(source.origin, _columns_note(renamed), encoding)


def _ingest_json(source: _Source, data: bytes, collector: _Collector) -> None:
    text, encoding = _decode(data)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}"
        collector.skip(source.origin, f"malformed JSON ({error.msg} at {where})", encoding)
        return
    except (ValueError, RecursionError) as error:  # a 5,000-digit number, deep nesting
        collector.skip(source.origin, f"malformed JSON ({_json_problem(error)})", encoding)
        return
    items: Any = None
    if isinstance(document, list):
        items = document
    elif isinstance(document, dict):
        keys = {str(key).casefold(): value for key, value in document.items()}
        items = next((keys[key] for key in JSON_LIST_KEYS if isinstance(keys.get(key), list)), None)
        if items is None and "text" in field_columns(keys):
            items = [document]
    if items is None:
        collector.skip(
            source.origin,
            "JSON is not a list of articles (expected a list of objects, or an object with a "
            "list under `articles`, `items` or `data`)",
            encoding,
        )
        return
    if not items:
        collector.skip(source.origin, "empty (no items)", encoding)
        return
    renamed: set[str] = set()
    for number, record in enumerate(items, start=1):
        origin = f"{source.origin} item {number}"
        renamed.update(_add_record(record, origin, f"{source.stem}-{number}", encoding, collector))
    if renamed:
        collector.note(source.origin, _columns_note(renamed), encoding)


def _json_problem(error: Exception) -> str:
    if isinstance(error, RecursionError):
        return "nested too deeply"
    if "integer string conversion" in str(error):  # Python's guard against huge int parsing
        return f"a number with more than {sys.get_int_max_str_digits():,} digits"
    return str(error)


def _add_record(
    record: Any, origin: str, default_id: str, encoding: str, collector: _Collector
) -> list[str]:
    """Add one JSON object as an article; returns the fields read under other names."""
    if not isinstance(record, dict):
        collector.skip(origin, "not a JSON object", encoding)
        return []
    values = {str(key).strip(): value for key, value in record.items()}
    columns = field_columns(values)
    if "text" not in columns:
        collector.skip(origin, "no `text` field", encoding)
        return []
    text = values[columns["text"]]
    if text is None:
        text = ""
    if not isinstance(text, str):
        collector.skip(origin, f"`{columns['text']}` is not a string", encoding)
        return []
    article_id = _text_value(_field(values, columns, "id", None)) or default_id
    metadata = {
        name: _text_value(_named(_field(values, columns, name, None))) for name in METADATA_FIELDS
    }
    collector.add(origin=origin, text=text, base_id=article_id, encoding=encoding, **metadata)
    return _renamed(columns)


def _named(value: Any) -> Any:
    """A nested object's `name` (NewsAPI's `"source": {"id": …, "name": "Reuters"}`)."""
    if isinstance(value, dict):
        return next((v for k, v in value.items() if str(k).casefold() == "name"), None)
    return value


def _text_value(value: Any) -> str:
    """A scalar metadata value as one line of text ('' for missing, nested or NaN values).

    Control characters and line breaks become spaces, lone surrogates U+FFFD, and values
    longer than `MAX_METADATA_CHARS` are cut with an ellipsis.
    """
    if value is None or isinstance(value, dict | list | bool):
        return ""
    if isinstance(value, float) and value != value:  # NaN
        return ""
    try:
        text = str(value)
    except ValueError:  # an integer over Python's digit limit for str()
        return ""
    text = _NAME_CONTROLS.sub(" ", _SURROGATES.sub("\ufffd", text))
    text = " ".join(text.split())
    if len(text) > MAX_METADATA_CHARS:
        text = text[: MAX_METADATA_CHARS - 1] + "…"
    return text


def display_name(name: str) -> str:
    """`name` (a file name, zip member or origin) made safe to show and to write as UTF-8.

    Control and bidirectional-override characters are shown as `\\xNN`/`\\uNNNN` escapes, and
    undecodable bytes of a file name on disk (lone surrogates) as `\\xNN`, so a name can neither
    rewrite a terminal line nor break a UTF-8 export.
    """

    def escape(match: re.Match[str]) -> str:
        code = ord(match.group())
        if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (os.fsdecode's surrogateescape)
            return f"\\x{code - 0xDC00:02x}"
        if code <= 0xFF:
            return f"\\x{code:02x}"
        return f"\\u{code:04x}"

    if _SURROGATES.search(name) or _NAME_CONTROLS.search(name):
        name = _NAME_CONTROLS.sub(escape, _SURROGATES.sub(escape, name))
    return name


# --------------------------------------------------------------------------------------------
# Zip archives
# --------------------------------------------------------------------------------------------


def _ingest_zip(source: _Source, data: bytes, collector: _Collector) -> None:
    limits = collector.limits
    if source.zip_depth >= 2:
        raise _Skip("nested zip too deep (only one level of nesting is read)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as error:
        raise _Skip(f"not a valid zip file ({error})") from error
    with archive:
        members = [info for info in archive.infolist() if not info.is_dir()]
        if not members:
            raise _Skip("empty (zip has no files)")
        if len(members) > limits.max_zip_members:
            raise _Skip(
                f"too many zip members ({len(members):,} > limit {limits.max_zip_members:,})"
            )
        budget = source.zip_budget or _ZipBudget(limits.max_zip_total_bytes)
        sources = []
        for info in sorted(members, key=lambda member: member.filename):
            name = info.filename.replace("\\", "/")
            member_path = PurePosixPath(name)
            sources.append(
                _Source(
                    origin=f"{source.origin}/{name}",
                    name=member_path.name,
                    folder=f"{source.origin}/{member_path.parent}",
                    read=_member_reader(archive, info, budget, limits),
                    skip_reason=_unsafe_member(name),
                    zip_depth=source.zip_depth + 1,
                    zip_budget=budget,
                )
            )
        _ingest_sources(sources, collector)


def _zip_bomb(size: int, compressed: int, limits: IngestLimits, *, declared: bool) -> str:
    expands = _size(size) if declared else f"over {_size(size)}"
    return (
        f"zip bomb suspected (expands over {limits.max_zip_ratio:g}x its compressed size: "
        f"{_size(compressed)} -> {expands})"
    )


def _size(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB // 10 else f"{size:,} bytes"


def _unsafe_member(name: str) -> str:
    parts = name.split("/")
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name) or ".." in parts or "\x00" in name:
        return f"unsafe path in zip ({name})"
    if any(part.startswith(".") or part == "__MACOSX" for part in parts if part):
        return "hidden file"
    return ""


def _member_reader(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _ZipBudget, limits: IngestLimits
) -> Callable[[], bytes]:
    def read() -> bytes:
        if info.flag_bits & 0x1:
            raise _Skip("encrypted zip member")
        # The declared sizes first (a bomb is named as such, not just "too large"), then, since
        # declared sizes can lie, the bytes actually inflated, chunk by chunk.
        ratio_cap = max(int(limits.max_zip_ratio * max(info.compress_size, 1)), MB)
        if info.file_size > ratio_cap:
            raise _Skip(_zip_bomb(info.file_size, info.compress_size, limits, declared=True))
        if info.file_size > limits.max_file_bytes:
            raise _Skip(_too_large(info.file_size, limits.max_file_bytes))
        chunks, total = [], 0
        try:
            with archive.open(info) as handle:
                while chunk := handle.read(_CHUNK):
                    total += len(chunk)
                    if total > limits.max_file_bytes:
                        raise _Skip(_too_large(total, limits.max_file_bytes))
                    if total > ratio_cap:
                        raise _Skip(_zip_bomb(total, info.compress_size, limits, declared=False))
                    if total > budget.remaining:
                        raise _Skip(
                            "zip total size limit reached "
                            f"({limits.max_zip_total_bytes / MB:g} MB uncompressed)"
                        )
                    chunks.append(chunk)
        except (
            zipfile.BadZipFile,
            RuntimeError,
            NotImplementedError,
            zlib.error,
            EOFError,
        ) as error:
            raise _Skip(f"unreadable zip member ({error})") from error
        budget.remaining -= total
        return b"".join(chunks)

    return read
