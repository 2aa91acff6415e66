"""From articles to the five contract tables.

`analyze_article` is the independent per-article step (pure, picklable arguments), so a
corpus can be processed in chunks, in worker processes or on Dask without changing it;
`analyze` runs it over a corpus and assembles the tables.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from metrics.clean import clean_text
from metrics.dates import resolve_date
from metrics.home_currency import figures_as_published
from metrics.ingest import IngestLimits, IngestResult, read_paths, report_frame
from metrics.keywords import extract_keywords
from metrics.periods import figure_period
from metrics.themes import Lexicon, count_words, find_theme_hits, load_lexicon
from metrics.types import Article, Figure, Tables, ThemeHit

LOGGER = logging.getLogger(__name__)

ARTICLE_COLUMNS = [
    "article_id",
    "source",
    "title",
    "url",
    "date",
    "date_source",
    "date_precision",
    "words",
    "status",
    "error",
    "date_note",
    "origin",
]
THEME_COUNT_COLUMNS = ["article_id", "date", "theme", "count", "per_1k_words"]
THEME_HIT_COLUMNS = ["article_id", "theme", "term", "start", "end"]
FIGURE_COLUMNS = [
    "article_id",
    "date",
    "category",
    "value",
    "unit",
    "qualifier",
    "surface",
    "sentence",
    "theme",
    "start",
    "end",
    "value_max",
    "period_start",
    "period_end",
    "sentence_start",
    "sentence_end",
]
KEYWORD_COLUMNS = ["article_id", "date", "keyword", "score", "rank"]
TABLE_NAMES = ("articles", "theme_counts", "theme_hits", "figures", "keywords", "ingest_report")

# Fewer articles than this are analysed in the calling process: starting worker processes
# (each imports pandas and YAKE) costs more than they would save.
PARALLEL_MIN_ARTICLES = 100

# When a figure's sentence names no theme, its category still says something.
_CATEGORY_THEME = {"troops": "military", "military_equipment": "military", "energy": "energy"}


@dataclass
class ArticleResult:
    """Rows of every table for one article (plain dicts, cheap to send between processes)."""

    article: dict
    theme_counts: list[dict] = field(default_factory=list)
    theme_hits: list[dict] = field(default_factory=list)
    figures: list[dict] = field(default_factory=list)
    keywords: list[dict] = field(default_factory=list)
    cleaned_text: str = ""


def figure_theme(figure: Figure, hits: list[ThemeHit], theme_order: list[str]) -> str:
    """The theme a figure belongs to: most theme hits in its sentence, else by its category."""
    in_sentence = Counter(
        hit.theme
        for hit in hits
        if figure.sentence_start <= hit.start and hit.end <= figure.sentence_end
    )
    return _best_theme(in_sentence, figure.category, theme_order)


def _sentence_theme(
    category: str,
    sentence_start: int,
    sentence_end: int,
    hits: list[ThemeHit],
    hit_starts: list[int],
    theme_order: list[str],
) -> str:
    """`figure_theme` for hits in text order, their starts bisected rather than all scanned."""
    in_sentence: Counter[str] = Counter()
    for index in range(bisect_left(hit_starts, sentence_start), len(hits)):
        hit = hits[index]
        if hit.start >= sentence_end:
            break
        if hit.end <= sentence_end:
            in_sentence[hit.theme] += 1
    return _best_theme(in_sentence, category, theme_order)


def _best_theme(in_sentence: Counter[str], category: str, theme_order: list[str]) -> str:
    if in_sentence:
        best = max(in_sentence.values())
        return next(theme for theme in theme_order if in_sentence.get(theme) == best)
    if category == "trade" and "trade" in theme_order:
        return "trade"
    fallback = _CATEGORY_THEME.get(category, "")
    return fallback if fallback in theme_order else ""


def analyze_article(article: Article, lexicon: Lexicon, *, keywords: bool = True) -> ArticleResult:
    """Clean, date, and extract themes, figures and keywords from one article.

    Never raises on bad content: an article that fails is returned with `status='error'`
    and the error message, so one bad article cannot sink a corpus.
    """
    row = {
        "article_id": article.article_id,
        "source": article.source,
        "title": article.title,
        "url": article.url,
        "date": "",
        "date_source": "none",
        "date_precision": "",
        "words": 0,
        "status": "ok",
        "error": "",
        "date_note": "",
        "origin": article.origin,
    }
    try:
        cleaned = clean_text(article.text)
        date = resolve_date(article, cleaned)
        text = cleaned.text
        words = count_words(text)
        row.update(
            date=date.date,
            date_source=date.source,
            date_precision=date.precision,
            date_note=date.note,
            words=words,
        )
        if not text.strip():
            row.update(status="empty", error="no text left after cleaning")
            return ArticleResult(article=row)
        hits = find_theme_hits(text, lexicon)
        per_theme = Counter(hit.theme for hit in hits)
        result = ArticleResult(article=row, cleaned_text=text)
        for name in lexicon.names:
            count = per_theme.get(name, 0)
            result.theme_counts.append(
                {
                    "article_id": article.article_id,
                    "date": date.date,
                    "theme": name,
                    "count": count,
                    "per_1k_words": round(count / words * 1000, 3) if words else 0.0,
                }
            )
        article_id = article.article_id
        result.theme_hits = [
            {
                "article_id": article_id,
                "theme": hit.theme,
                "term": hit.term,
                "start": hit.start,
                "end": hit.end,
            }
            for hit in hits
        ]
        hit_starts = [hit.start for hit in hits]
        names = lexicon.names
        themes: dict[tuple[str, int, int], str] = {}  # figures of a sentence often share it
        # ("$800" on an Australian page is AUD)
        figures = figures_as_published(text, article.url)
        for figure in figures:
            key = (figure.category, figure.sentence_start, figure.sentence_end)
            theme = themes.get(key)
            if theme is None:
                theme = themes[key] = _sentence_theme(*key, hits, hit_starts, names)
            period_start, period_end = figure_period(figure, date.date, date.precision)
            # The columns of `dataclasses.asdict(figure)`, written out: `asdict` deep-copies
            # every field and was a fifth of the time of a whole analysis.
            result.figures.append(
                {
                    "article_id": article_id,
                    "date": date.date,
                    "category": figure.category,
                    "value": figure.value,
                    "unit": figure.unit,
                    "surface": figure.surface,
                    "start": figure.start,
                    "end": figure.end,
                    "sentence": figure.sentence,
                    "sentence_start": figure.sentence_start,
                    "sentence_end": figure.sentence_end,
                    "qualifier": figure.qualifier,
                    "value_max": figure.value_max,
                    "period_start": period_start,
                    "period_end": period_end,
                    "theme": theme,
                }
            )
        if keywords:
            result.keywords = _keyword_rows(article_id, date.date, text)
        return result
    except Exception as error:
        LOGGER.exception("analysis failed for %s", article.article_id)
        row.update(status="error", error=f"{type(error).__name__}: {error}")
        return ArticleResult(article=row)


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows)
    if frame.empty:
        return pd.DataFrame(columns=columns)
    return frame[columns + [col for col in frame.columns if col not in columns]]


def assemble_tables(results: Iterable[ArticleResult], report: pd.DataFrame) -> Tables:
    """Concatenate per-article results into the contract tables."""
    results = list(results)
    tables = Tables(
        articles=_frame([r.article for r in results], ARTICLE_COLUMNS),
        theme_counts=_frame([row for r in results for row in r.theme_counts], THEME_COUNT_COLUMNS),
        theme_hits=_frame([row for r in results for row in r.theme_hits], THEME_HIT_COLUMNS),
        figures=_frame([row for r in results for row in r.figures], FIGURE_COLUMNS),
        keywords=_frame([row for r in results for row in r.keywords], KEYWORD_COLUMNS),
        ingest_report=report,
        texts={r.article["article_id"]: r.cleaned_text for r in results if r.cleaned_text},
    )
    tables.articles["words"] = tables.articles["words"].astype(int)
    return tables


def default_jobs(most: int = 8) -> int:
    """The CPU cores this process may use, at most `most`: its affinity where the OS tells,
    lowered to a container's CPU quota (cgroups), since each worker holds its own copy of the
    stack (~120 MB) and a 2-CPU container on a 64-core host must not start 64."""
    if hasattr(os, "sched_getaffinity"):
        cores = len(os.sched_getaffinity(0))
    else:
        cores = os.cpu_count() or 1
    quota = cgroup_cpu_quota()
    if quota is not None:
        cores = min(cores, quota)
    return max(1, min(cores, most))


def cgroup_cpu_quota(root: Path = Path("/sys/fs/cgroup")) -> int | None:
    """The CPUs a cgroup quota allows (rounded up), or None when there is no quota."""
    readings = (
        (root / "cpu.max", lambda text: text.split()[:2]),  # cgroup v2: "200000 100000"
        (
            root / "cpu" / "cpu.cfs_quota_us",  # cgroup v1: quota and period in two files
            lambda text: [text.strip(), (root / "cpu" / "cpu.cfs_period_us").read_text().strip()],
        ),
    )
    for path, parse in readings:
        try:
            quota, period = parse(path.read_text())
            quota_us, period_us = int(quota), int(period)
        except (OSError, ValueError):
            continue  # "max", "-1", missing files: no quota here
        if quota_us > 0 and period_us > 0:
            return max(1, -(-quota_us // period_us))
    return None


def analyze(
    ingested: IngestResult,
    *,
    lexicon: Lexicon | None = None,
    progress: Callable[[int, int], None] | None = None,
    jobs: int = 1,
    keywords: bool = True,
) -> Tables:
    """Analyse every ingested article; `progress(done, total)` is called after each one.

    With `jobs` > 1 and at least `PARALLEL_MIN_ARTICLES` articles, the articles are analysed
    in that many worker processes; the tables are the same, in the same order. With
    `keywords=False` the keywords table is left empty (`has_keywords` False) for
    `add_keywords` to fill later: YAKE takes most of the time of an analysis.
    """
    lexicon = lexicon or load_lexicon()
    total = len(ingested.articles)
    results = []
    analysed = analyze_articles(ingested.articles, lexicon, jobs, keywords=keywords)
    for done, result in enumerate(analysed, start=1):
        results.append(result)
        if progress is not None:
            progress(done, total)
    report = _with_analysis_status(report_frame(ingested.report), results)
    tables = assemble_tables(results, report)
    tables.has_keywords = keywords
    return tables


def add_keywords(tables: Tables, *, progress: Callable[[int, int], None] | None = None) -> Tables:
    """`tables` with the keywords table filled, as `analyze(..., keywords=True)` makes it."""
    if tables.has_keywords:
        return tables
    dates = dict(zip(tables.articles["article_id"], tables.articles["date"], strict=True))
    rows: list[dict] = []
    total = len(tables.texts)
    for done, (article_id, text) in enumerate(tables.texts.items(), start=1):
        rows += _keyword_rows(article_id, dates.get(article_id, ""), text)
        if progress is not None:
            progress(done, total)
    return replace(tables, keywords=_frame(rows, KEYWORD_COLUMNS), has_keywords=True)


def _keyword_rows(article_id: str, date: str, text: str) -> list[dict]:
    return [
        {"article_id": article_id, "date": date, "keyword": keyword, "score": score, "rank": rank}
        for rank, (keyword, score) in enumerate(extract_keywords(text), start=1)
    ]


def analyze_articles(
    articles: Sequence[Article], lexicon: Lexicon, jobs: int = 1, *, keywords: bool = True
) -> Iterator[ArticleResult]:
    """`analyze_article` over `articles`, in order, in `jobs` processes when worth it.

    If the worker processes die (killed for memory, say), the articles not yet analysed are
    analysed here instead: a run never loses articles to a broken pool.
    """
    done = 0
    if jobs > 1 and len(articles) >= PARALLEL_MIN_ARTICLES:
        chunk = max(1, min(64, len(articles) // (jobs * 8)))
        try:
            with ProcessPoolExecutor(
                max_workers=jobs,
                # "spawn" everywhere: forking a process that runs threads (a server, tqdm) is
                # unsafe, and the same start on every OS keeps results the same.
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(lexicon, keywords),
            ) as pool:
                for result in pool.map(_analyze_in_worker, articles, chunksize=chunk):
                    done += 1
                    yield result
            return
        except (BrokenProcessPool, OSError) as error:
            LOGGER.warning(
                "worker processes failed (%s); analysing the remaining %d articles here",
                error,
                len(articles) - done,
            )
    for article in articles[done:]:
        yield analyze_article(article, lexicon, keywords=keywords)


_worker_lexicon: Lexicon | None = None
_worker_keywords = True


def _start_worker(lexicon: Lexicon, keywords: bool) -> None:
    global _worker_lexicon, _worker_keywords
    _worker_lexicon, _worker_keywords = lexicon, keywords


def _analyze_in_worker(article: Article) -> ArticleResult:
    assert _worker_lexicon is not None, "worker started without its lexicon"
    return analyze_article(article, _worker_lexicon, keywords=_worker_keywords)


def _with_analysis_status(report: pd.DataFrame, results: list[ArticleResult]) -> pd.DataFrame:
    """Mark in the ingest report the articles that were read but could not be analysed."""
    failed = {
        r.article["article_id"]: r.article["error"] or r.article["status"]
        for r in results
        if r.article["status"] != "ok"
    }
    if not failed or report.empty:
        return report
    report = report.copy()
    mask = (report["status"] == "ok") & report["article_id"].isin(failed)
    report.loc[mask, "reason"] = report.loc[mask, "article_id"].map(failed)
    report.loc[mask, "status"] = "skipped"
    return report


def analyze_paths(
    paths: Iterable[str | Path],
    *,
    lexicon: Lexicon | None = None,
    limits: IngestLimits | None = None,
    progress: Callable[[int, int], None] | None = None,
    jobs: int = 1,
) -> Tables:
    """Read files and folders (see `metrics.ingest`) and analyse them."""
    ingested = read_paths(paths, limits=limits) if limits else read_paths(paths)
    return analyze(ingested, lexicon=lexicon, progress=progress, jobs=jobs)
