"""Command line: `python -m metrics analyze INPUT... --out DIR`."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from tqdm import tqdm

from metrics.export import write_table
from metrics.ingest import read_paths
from metrics.pipeline import TABLE_NAMES, analyze
from metrics.themes import LexiconError, load_lexicon

# Show a progress bar only when a run is long enough for one to help.
PROGRESS_MIN_ARTICLES = 50


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m metrics",
        description="Theme counts, reported figures and keywords for a corpus of news articles.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    analyze_cmd = commands.add_parser(
        "analyze",
        help="analyse files and folders and write the tables",
        description=(
            "Read articles (.txt/.md, .html, .csv, .jsonl/.json, .zip, or folders of them), "
            "and write articles, theme_counts, theme_hits, figures, keywords and "
            "ingest_report tables to DIR."
        ),
    )
    analyze_cmd.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders")
    analyze_cmd.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder")
    analyze_cmd.add_argument(
        "--themes", type=Path, metavar="FILE", help="theme lexicon TOML (default: data/themes.toml)"
    )
    analyze_cmd.add_argument(
        "--format", choices=("csv", "parquet"), default="csv", help="table file format"
    )
    return parser


def run_analyze(args: argparse.Namespace) -> int:
    """Run the `analyze` command; returns the process exit code."""
    try:
        lexicon = load_lexicon(args.themes)
    except (OSError, LexiconError) as error:
        print(f"error: cannot use the theme lexicon {args.themes}: {error}", file=sys.stderr)
        return 2
    ingested = read_paths(args.inputs)
    total = len(ingested.articles)
    with tqdm(
        total=total,
        desc="Analysing",
        unit="article",
        file=sys.stderr,
        disable=total < PROGRESS_MIN_ARTICLES,
    ) as bar:
        tables = analyze(ingested, lexicon=lexicon, progress=lambda done, _total: bar.update(1))
    for name in TABLE_NAMES:
        write_table(getattr(tables, name), args.out, name, file_format=args.format)

    articles = tables.articles
    analysed = int((articles["status"] == "ok").sum()) if not articles.empty else 0
    report = tables.ingest_report
    skipped = int((report["status"] == "skipped").sum()) if not report.empty else 0
    dated = int((articles["date"] != "").sum()) if not articles.empty else 0
    print(
        f"{analysed} articles analysed ({dated} dated), {skipped} inputs skipped, "
        f"{len(tables.theme_hits)} theme hits, {len(tables.figures)} figures, "
        f"{len(tables.keywords)} keywords -> {args.out}"
    )
    if skipped:
        for row in report[report["status"] == "skipped"].itertuples():
            print(f"  skipped {row.origin}: {row.reason}", file=sys.stderr)
    return 0 if analysed else 1


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m metrics`."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = _parser().parse_args(argv)
    if args.command == "analyze":
        return run_analyze(args)
    return 2  # pragma: no cover - argparse rejects unknown commands first
