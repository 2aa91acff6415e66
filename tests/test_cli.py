"""The command line on the sample corpus, and on a folder that mixes good and bad inputs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from metrics.cli import main
from metrics.pipeline import PARALLEL_MIN_ARTICLES, TABLE_NAMES

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "articles"


def _read(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / f"{name}.csv", encoding="utf-8-sig", keep_default_na=False)


@pytest.fixture(scope="module")
def sample_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    assert main(["analyze", str(SAMPLE), "--out", str(out)]) == 0
    return out


def test_writes_the_five_tables_and_the_ingest_report(sample_out: Path) -> None:
    assert {path.stem for path in sample_out.glob("*.csv")} == set(TABLE_NAMES)


def test_analyses_the_five_sample_articles_with_their_dates(sample_out: Path) -> None:
    articles = _read(sample_out, "articles").set_index("article_id")
    assert len(articles) == 5
    assert (articles["status"] == "ok").all()
    dated_by_header = articles.loc["001_6d826f31de6caac2"]
    assert dated_by_header[["date", "date_source", "date_precision"]].tolist() == [
        "2025-09-02", "header", "day"
    ]  # fmt: skip
    assert articles.loc["002_ff1bc3d9e05ffa66", ["date", "date_source"]].tolist() == [
        "2023-11-06", "header"
    ]  # fmt: skip
    for article_id, date in [
        ("000_b97290b67b2eada6", "2018-09-01"),
        ("003_f2308b668f01e3ab", "2024-05-01"),
        ("004_1a762d15a278c5ee", "2024-05-01"),
    ]:
        assert articles.loc[article_id, ["date", "date_source", "date_precision"]].tolist() == [
            date, "metadata", "month"
        ]  # fmt: skip


def test_the_headline_figures_are_found(sample_out: Path) -> None:
    figures = _read(sample_out, "figures")
    troops = figures[(figures["unit"] == "troops") & (figures["value"] == 3200)]
    assert len(troops) == 1 and troops.iloc[0]["category"] == "troops"
    assert troops.iloc[0]["theme"] == "military"
    trade = figures[(figures["unit"] == "USD") & (figures["value"] == 240_000_000_000)]
    assert len(trade) == 1 and trade.iloc[0]["category"] == "trade"
    assert "$240 billion" in trade.iloc[0]["sentence"]


@pytest.mark.parametrize(
    "not_a_figure", ["80th", "2022", "Second World War", "< 1 minute", "1 minute"]
)
def test_years_ordinals_and_furniture_are_not_figures(sample_out: Path, not_a_figure: str) -> None:
    figures = _read(sample_out, "figures")
    assert not figures["surface"].astype(str).str.contains(not_a_figure, regex=False).any()


def test_every_theme_is_counted_where_its_words_appear(sample_out: Path) -> None:
    counts = _read(sample_out, "theme_counts")
    assert len(counts) == 5 * 5  # article × theme, zeros included
    totals = counts.groupby("theme")["count"].sum()
    assert (totals > 0).all(), totals.to_dict()
    by_article = counts.pivot(index="article_id", columns="theme", values="count")
    assert by_article.loc["000_b97290b67b2eada6", "military"] >= 3  # troops, military, war games
    assert by_article.loc["001_6d826f31de6caac2", "energy"] >= 3  # gas, pipeline, Gazprom, energy
    assert by_article.loc["004_1a762d15a278c5ee", "trade"] >= 3
    assert by_article.loc["003_f2308b668f01e3ab", "sanctions"] >= 2


def test_every_theme_hit_points_into_the_cleaned_text(sample_out: Path) -> None:
    hits = _read(sample_out, "theme_hits")
    assert len(hits) > 0
    assert (hits["end"] > hits["start"]).all()


def test_keywords_are_ranked_per_article(sample_out: Path) -> None:
    keywords = _read(sample_out, "keywords")
    assert set(keywords["article_id"]) == {path.stem for path in SAMPLE.glob("*.txt")}
    assert keywords.groupby("article_id")["rank"].max().max() <= 10
    # page furniture removed by cleaning never becomes a keyword
    assert not keywords["keyword"].str.contains("Reading Time|More From", case=False).any()


def _bad_inputs_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    shutil.copytree(SAMPLE, folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "noise.txt").write_bytes(os.urandom(4096))
    (folder / "windows.txt").write_bytes(
        "MOSCOW \u2013 \u201cSanctions\u201d hit caf\u00e9 owners and gas exports.".encode("cp1252")
    )
    (folder / "rows.csv").write_text(
        'id,text\nfirst,"Trade between Russia and China rose to $240 billion."\n'
        'second,"This row never closes its quote\n',
        encoding="utf-8",
    )
    return folder


def test_bad_inputs_are_reported_and_good_ones_analysed(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert main(["analyze", str(_bad_inputs_folder(tmp_path)), "--out", str(out)]) == 0
    articles = _read(out, "articles")
    assert {"windows", "first"} <= set(articles["article_id"])
    assert len(articles) == 5 + 2
    report = _read(out, "ingest_report")
    skipped = report[report["status"] == "skipped"].set_index("origin")["reason"]
    reasons = {Path(origin).name.split(" ")[0]: reason for origin, reason in skipped.items()}
    assert reasons["empty.txt"] == "empty"
    assert reasons["noise.txt"].startswith("not text")
    assert "row" in reasons["rows.csv"]
    windows = articles.set_index("article_id").loc["windows"]
    assert windows["words"] > 0
    assert "skipped" in capsys.readouterr().err


def test_exit_code_is_non_zero_only_when_nothing_could_be_analysed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["analyze", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out")]) == 1
    assert (tmp_path / "out" / "ingest_report.csv").exists()


def test_python_dash_m_metrics_prints_a_one_line_summary(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "metrics", "analyze", str(SAMPLE), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert result.stdout.count("\n") == 1
    assert result.stdout.startswith("5 articles analysed")


def test_a_large_corpus_is_analysed_in_worker_processes_with_the_same_result(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for index in range(PARALLEL_MIN_ARTICLES + 10):
        (corpus / f"{index:03d}.txt").write_text(
            f"date 2024-05-{index % 28 + 1:02d} China sent {index + 100:,} troops to the "
            "drills as trade with Russia grew.",
            encoding="utf-8",
        )
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        result = subprocess.run(
            [sys.executable, "-m", "metrics", "analyze", str(corpus), "--out", str(out),
             "--jobs", jobs],
            capture_output=True, text=True, cwd=ROOT, check=True,
        )  # fmt: skip
        assert result.stdout.startswith(f"{PARALLEL_MIN_ARTICLES + 10} articles analysed")
        outputs[jobs] = {name: (out / f"{name}.csv").read_bytes() for name in TABLE_NAMES}
    assert outputs["1"] == outputs["2"]


def test_help_documents_every_option() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "metrics", "analyze", "--help"],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )  # fmt: skip
    for option in ("--out", "--themes", "--format", "--jobs"):
        assert option in result.stdout
