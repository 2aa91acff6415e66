"""Cached corpus analysis for the dashboard (the only module here that caches).

Caches are keyed on content digests, never on DataFrames: Streamlit 1.67 hashes large
frames by sampling, which can return stale results.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import streamlit as st

from metrics.ingest import read_uploads
from metrics.pipeline import analyze, analyze_paths
from metrics.themes import load_lexicon
from metrics.types import Tables

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "articles"
UPLOAD_TYPES = ["txt", "md", "html", "htm", "csv", "jsonl", "json", "zip"]


def files_digest(files: list[tuple[str, bytes]]) -> str:
    """SHA-256 over file names and contents, in order."""
    digest = hashlib.sha256()
    for name, data in files:
        digest.update(name.encode("utf-8", "surrogatepass") + b"\0")
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def sample_files() -> list[tuple[str, bytes]]:
    """The bundled sample corpus as (name, bytes) pairs."""
    return [
        (path.name, path.read_bytes()) for path in sorted(SAMPLE_DIR.iterdir()) if path.is_file()
    ]


@st.cache_data(show_spinner="Analysing the sample corpus…", max_entries=2)
def analyse_sample(digest: str) -> Tables:
    """Tables of the bundled sample; `digest` (of its files) keys the cache."""
    del digest  # only the cache key
    return analyze_paths([SAMPLE_DIR], lexicon=load_lexicon())


@st.cache_data(show_spinner="Analysing your files…", max_entries=4, scope="session")
def analyse_upload(digest: str, _files: tuple[tuple[str, bytes], ...]) -> Tables:
    """Tables of an upload; keyed on `digest`, scoped to the session that uploaded it."""
    del digest  # only the cache key
    return analyze(read_uploads(list(_files)), lexicon=load_lexicon())
