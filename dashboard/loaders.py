"""Corpus analysis for the dashboard: the sample (cached for everyone) and uploads
(kept per session, with progress shown while they are analysed).

Caches are keyed on content digests, never on DataFrames: Streamlit 1.67 hashes large
frames by sampling, which can return stale results. An upload's results live in that
session's state only, so one person's files never show up in another session.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import streamlit as st

from metrics.ingest import read_uploads
from metrics.pipeline import add_keywords, analyze, analyze_paths
from metrics.themes import DEFAULT_THEMES_PATH, Lexicon, parse_lexicon
from metrics.types import Tables

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "articles"
UPLOAD_TYPES = ["txt", "md", "html", "htm", "csv", "jsonl", "json", "zip"]
# Analyses of uploads kept per session (the current one and the one before).
_SESSION_ANALYSES = 2
_ANALYSES_KEY = "_analyses"
_DIGESTS_KEY = "_upload_digests"


def digest(data: bytes | str) -> str:
    """SHA-256 hex digest of bytes or text."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


def files_digest(files: list[tuple[str, bytes]]) -> str:
    """SHA-256 over file names and contents, in order."""
    combined = hashlib.sha256()
    for name, data in files:
        combined.update(name.encode("utf-8", "surrogatepass") + b"\0")
        combined.update(hashlib.sha256(data).digest())
    return combined.hexdigest()


def default_lexicon_toml() -> str:
    """The bundled theme lexicon as TOML text."""
    return DEFAULT_THEMES_PATH.read_text(encoding="utf-8")


@st.cache_resource(max_entries=16)
def lexicon_from_toml(toml_text: str) -> Lexicon:
    """Parse a lexicon once per distinct text (raises LexiconError)."""
    return parse_lexicon(toml_text)


def sample_digest() -> str:
    """Digest of the sample corpus files (so edits to data/ are picked up)."""
    files = [(p.name, p.read_bytes()) for p in sorted(SAMPLE_DIR.iterdir()) if p.is_file()]
    return files_digest(files)


@st.cache_data(show_spinner="Analysing the sample corpus…", max_entries=4)
def analyse_sample(corpus_digest: str, toml_text: str) -> Tables:
    """Tables of the bundled sample with a lexicon; the sample's digest keys the cache."""
    del corpus_digest  # only the cache key
    tables = analyze_paths([SAMPLE_DIR], lexicon=lexicon_from_toml(toml_text))
    # Show where files came from relative to the repository, not the server's folders.
    for frame in (tables.articles, tables.ingest_report):
        frame["origin"] = frame["origin"].str.replace(f"{ROOT}/", "", regex=False)
    return tables


def uploads_digest(uploads: list) -> str:
    """Content digest of Streamlit uploads, hashed once per uploaded file (not per rerun)."""
    known: dict[str, str] = st.session_state.setdefault(_DIGESTS_KEY, {})
    if len(known) > 1_000:  # one entry per file ever uploaded in this session: stay bounded
        known.clear()
    combined = hashlib.sha256()
    for upload in uploads:
        if upload.file_id not in known:
            known[upload.file_id] = hashlib.sha256(upload.getvalue()).hexdigest()
        combined.update(upload.name.encode("utf-8", "surrogatepass") + b"\0")
        combined.update(known[upload.file_id].encode())
    return combined.hexdigest()


def analyse_upload(uploads: list, corpus_digest: str, toml_text: str) -> Tables:
    """Tables of an upload, analysed once per (contents, lexicon) in this session, with
    progress; the files' bytes are read only when they must be analysed.

    Keywords are left for `with_keywords`: YAKE takes about 40 ms an article, twenty times
    the rest of the analysis, and only the Keywords view and the full download need them.
    """
    key = _analysis_key(corpus_digest, toml_text)
    analyses: dict[str, Tables] = st.session_state.setdefault(_ANALYSES_KEY, {})
    if key in analyses:
        return analyses[key]
    files = [(upload.name, upload.getvalue()) for upload in uploads]
    lexicon = lexicon_from_toml(toml_text)
    with st.status(f"Analysing {len(files)} file(s)…", expanded=True) as status:
        ingested = read_uploads(files)
        skipped = sum(1 for record in ingested.report if record.status == "skipped")
        status.write(f"Read {len(ingested.articles)} articles; {skipped} input(s) not usable.")
        bar = st.progress(0.0, text="Dates, themes and figures…")
        progress = _progress(bar, len(ingested.articles), "{done:,} of {total:,} articles analysed")
        tables = analyze(ingested, lexicon=lexicon, progress=progress, keywords=False)
        status.update(
            label=f"Analysed {len(tables.articles):,} articles from {len(files)} file(s)",
            state="complete",
            expanded=False,
        )
    while len(analyses) >= _SESSION_ANALYSES:
        analyses.pop(next(iter(analyses)))
    analyses[key] = tables
    return tables


def with_keywords(tables: Tables, corpus_digest: str, toml_text: str) -> Tables:
    """`tables` with their keywords, extracted once per upload in this session (a progress
    bar shows while they are)."""
    if tables.has_keywords:
        return tables
    total = len(tables.texts)
    bar = st.progress(0.0, text=f"Extracting keywords (YAKE) from {total:,} articles…")
    completed = add_keywords(
        tables, progress=_progress(bar, total, "Keywords: {done:,} of {total:,} articles")
    )
    bar.empty()
    analyses: dict[str, Tables] = st.session_state.setdefault(_ANALYSES_KEY, {})
    key = _analysis_key(corpus_digest, toml_text)
    if key in analyses:
        analyses[key] = completed
    return completed


def _progress(bar: Any, total: int, text: str) -> Callable[[int, int], None]:
    """A `progress(done, total)` callback moving `bar` about 50 times, however many items."""
    total = max(1, total)
    step = max(1, total // 50)

    def progress(done: int, _total: int) -> None:
        if done % step == 0 or done == total:
            bar.progress(done / total, text=text.format(done=done, total=total))

    return progress


def _analysis_key(corpus_digest: str, toml_text: str) -> str:
    return f"{corpus_digest}:{digest(toml_text)}"
