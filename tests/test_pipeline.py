"""The per-article pipeline: one article in, rows of every table out, never an exception."""

from __future__ import annotations

from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pandas as pd
import pytest

from metrics import pipeline
from metrics.ingest import IngestResult, read_uploads
from metrics.pipeline import (
    PARALLEL_MIN_ARTICLES,
    add_keywords,
    analyze,
    analyze_article,
    cgroup_cpu_quota,
    figure_theme,
)
from metrics.themes import load_lexicon
from metrics.types import Article, Figure, ThemeHit

LEXICON = load_lexicon()

ARTICLE = Article(
    article_id="reuters-1",
    text=(
        "MOSCOW, May 16, 2024 (Reuters) - Trade between Russia and China reached $240 billion "
        "last year, customs data showed.\n\n"
        "China sent 3,200 troops to the Vostok exercises, while new sanctions targeted "
        "Chinese banks.\n\nGazprom said the Power of Siberia pipeline carried 38 billion "
        "cubic metres of gas."
    ),
    url="https://example.com/world/2024/05/16/russia-china-trade/",
)


def test_one_article_gives_rows_for_every_table() -> None:
    result = analyze_article(ARTICLE, LEXICON)
    assert result.article["status"] == "ok"
    assert result.article["date"] == "2024-05-16"
    assert [row["theme"] for row in result.theme_counts] == LEXICON.names
    assert result.theme_hits and result.keywords
    units = {(row["value"], row["unit"]) for row in result.figures}
    assert {(240e9, "USD"), (3200, "troops"), (38, "bcm")} <= units


def test_offsets_of_hits_and_figures_point_into_the_cleaned_text() -> None:
    result = analyze_article(ARTICLE, LEXICON)
    text = result.cleaned_text
    for hit in result.theme_hits:
        assert text[hit["start"] : hit["end"]].strip()
    for figure in result.figures:
        assert text[figure["start"] : figure["end"]] == figure["surface"]
        assert figure["surface"] in figure["sentence"]


def test_a_figure_opening_a_sentence_glued_to_the_last_is_found_with_its_own_sentence() -> None:
    glued = Article(
        article_id="glued", text="Strikes hit Kharkiv, the governor said.Three men died."
    )
    (figure,) = analyze_article(glued, LEXICON).figures
    assert (figure["surface"], figure["unit"]) == ("Three men", "people")
    assert figure["sentence"] == "Three men died."


def test_figures_take_the_theme_of_their_sentence() -> None:
    figures = {row["unit"]: row for row in analyze_article(ARTICLE, LEXICON).figures}
    assert figures["USD"]["theme"] == "trade"
    assert figures["troops"]["theme"] == "military"
    assert figures["bcm"]["theme"] == "energy"


def test_a_figure_broken_over_two_lines_of_hard_wrapped_text_is_read_whole() -> None:
    article = Article(
        article_id="wrapped",
        text="Russian ports in the Azov-Black Sea basin handled 24.0\nmillion tonnes in May.",
    )
    (figure,) = analyze_article(article, LEXICON, keywords=False).figures
    assert (figure["surface"], figure["value"], figure["unit"]) == (
        "24.0 million tonnes",
        24e6,
        "tonnes",
    )


def _figure(category: str, start: int = 0, end: int = 50) -> Figure:
    return Figure(category, 1.0, "count", "1", start, start + 1, "s", start, end)


@pytest.mark.parametrize(
    ("hits", "category", "expected"),
    [
        ([ThemeHit("energy", "gas", 5, 8), ThemeHit("trade", "trade", 10, 15),
          ThemeHit("energy", "oil", 20, 23)], "trade", "energy"),  # most hits win
        ([ThemeHit("energy", "gas", 5, 8), ThemeHit("trade", "trade", 10, 15)], "count",
         "trade"),  # a tie goes to the lexicon's order
        ([ThemeHit("energy", "gas", 60, 63)], "troops", "military"),  # hit outside: category
        ([], "count", ""),  # nothing to go on
    ],
)  # fmt: skip
def test_figure_theme_rules(hits: list[ThemeHit], category: str, expected: str) -> None:
    assert figure_theme(_figure(category), hits, LEXICON.names) == expected


def test_an_article_with_nothing_left_after_cleaning_is_reported() -> None:
    ingested = read_uploads(
        [("furniture.txt", b"Reading Time: < 1 minute\n"), ("ok.txt", b"Oil exports rose.")]
    )
    tables = analyze(ingested, lexicon=LEXICON)
    statuses = tables.articles.set_index("article_id")["status"].to_dict()
    assert statuses == {"furniture": "empty", "ok": "ok"}
    report = tables.ingest_report.set_index("article_id")
    assert report.loc["furniture", "status"] == "skipped"
    assert "no text left after cleaning" in report.loc["furniture", "reason"]


def test_empty_corpus_gives_empty_tables_with_their_columns() -> None:
    tables = analyze(read_uploads([]), lexicon=LEXICON)
    for name in ("articles", "theme_counts", "theme_hits", "figures", "keywords"):
        frame: pd.DataFrame = getattr(tables, name)
        assert frame.empty and "article_id" in frame.columns


def _corpus(count: int) -> IngestResult:
    """`count` distinct short articles, a few of them empty after cleaning."""
    articles = [
        Article(
            article_id=f"a{index:03d}",
            text="" if index % 37 == 0 else ARTICLE.text.replace("3,200", f"{1000 + index:,}"),
            url=ARTICLE.url,
        )
        for index in range(count)
    ]
    return IngestResult(articles=articles)


def test_worker_processes_give_the_same_tables_in_the_same_order() -> None:
    corpus = _corpus(PARALLEL_MIN_ARTICLES + 20)
    progress: list[int] = []
    alone = analyze(corpus, lexicon=LEXICON, jobs=1)
    together = analyze(
        corpus, lexicon=LEXICON, jobs=2, progress=lambda done, _total: progress.append(done)
    )
    assert progress == list(range(1, len(corpus.articles) + 1))
    for name in ("articles", "theme_counts", "theme_hits", "figures", "keywords"):
        pd.testing.assert_frame_equal(getattr(together, name), getattr(alone, name))
    assert together.texts == alone.texts
    troops = together.figures[together.figures["unit"] == "troops"]["value"].tolist()
    assert troops == [1000 + i for i in range(len(corpus.articles)) if i % 37]


def test_a_pool_that_breaks_midway_loses_no_article(monkeypatch: pytest.MonkeyPatch) -> None:
    class PoolKilledAfterTen:
        """Analyses ten articles, then fails like a pool whose workers were killed."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            pass

        def __enter__(self) -> PoolKilledAfterTen:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def map(self, function: object, articles: list[Article], chunksize: int) -> object:
            for article in articles[:10]:
                yield analyze_article(article, LEXICON)
            raise BrokenProcessPool("a worker was killed")

    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", PoolKilledAfterTen)
    corpus = _corpus(PARALLEL_MIN_ARTICLES)
    tables = analyze(corpus, lexicon=LEXICON, jobs=2)
    assert tables.articles["article_id"].tolist() == [a.article_id for a in corpus.articles]
    assert (tables.articles["status"] != "error").all()


def test_keywords_left_for_later_come_out_as_an_eager_analysis_makes_them() -> None:
    corpus = _corpus(12)
    eager = analyze(corpus, lexicon=LEXICON)
    deferred = analyze(corpus, lexicon=LEXICON, keywords=False)
    assert deferred.keywords.empty and not deferred.has_keywords
    progress: list[int] = []
    completed = add_keywords(deferred, progress=lambda done, _total: progress.append(done))
    assert completed.has_keywords and eager.has_keywords
    pd.testing.assert_frame_equal(completed.keywords, eager.keywords)
    assert progress == list(range(1, len(eager.texts) + 1))
    assert add_keywords(completed) is completed  # nothing left to do


@pytest.mark.parametrize(
    ("files", "cpus"),
    [
        ({"cpu.max": "250000 100000\n"}, 3),  # cgroup v2: 2.5 CPUs -> 3 workers
        ({"cpu.max": "max 100000\n"}, None),  # no quota
        ({"cpu/cpu.cfs_quota_us": "100000\n", "cpu/cpu.cfs_period_us": "100000\n"}, 1),  # v1
        ({"cpu/cpu.cfs_quota_us": "-1\n", "cpu/cpu.cfs_period_us": "100000\n"}, None),
        ({}, None),  # not Linux, or no cgroup files
    ],
)
def test_a_containers_cpu_quota_bounds_the_default_workers(
    files: dict[str, str], cpus: int | None, tmp_path: Path
) -> None:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    assert cgroup_cpu_quota(tmp_path) == cpus
