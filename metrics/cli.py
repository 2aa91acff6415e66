"""Command line: `python -m metrics analyze INPUT... --out DIR`."""

from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import replace
from pathlib import Path

from tqdm import tqdm

from metrics.export import write_table
from metrics.ingest import MB, IngestLimits, display_name, read_paths
from metrics.pipeline import PARALLEL_MIN_ARTICLES, TABLE_NAMES, analyze, default_jobs
from metrics.themes import LexiconError, load_lexicon

# Show a progress bar only when a run is long enough for one to help.
PROGRESS_MIN_ARTICLES = 50
DEFAULT_LIMITS = IngestLimits()
# option -> (IngestLimits field, multiplier from the option's unit to the field's, help)
LIMIT_OPTIONS = {
    "--max-file-mb": ("max_file_bytes", MB, "largest file, upload or zip member read, in MB"),
    "--max-files": ("max_files", 1, "most files and zip members read in one run"),
    "--max-article-chars": ("max_article_chars", 1, "longest article read, in characters"),
    "--max-total-chars": ("max_total_chars", 1, "most characters of text of all articles"),
    "--max-zip-members": ("max_zip_members", 1, "most files in one zip (larger zips skipped)"),
    "--max-zip-ratio": ("max_zip_ratio", 1, "largest uncompressed/compressed ratio of a member"),
    "--max-zip-mb": (
        "max_zip_total_bytes",
        MB,
        "most MB uncompressed from one zip, nested included",
    ),
}


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
    jobs = default_jobs()
    analyze_cmd.add_argument(
        "--jobs",
        type=_positive(int),
        default=jobs,
        metavar="N",
        help=(
            "worker processes that analyse articles side by side (default: one per CPU core, "
            f"at most 8: here {jobs}; corpora under {PARALLEL_MIN_ARTICLES} articles use one)"
        ),
    )
    limits = analyze_cmd.add_argument_group(
        "input limits",
        "Bounds that keep a hostile or accidental input from exhausting memory or time; an "
        "input over a limit is skipped and listed in ingest_report with the limit it hit.",
    )
    for option, (field, unit, help_text) in LIMIT_OPTIONS.items():
        default = getattr(DEFAULT_LIMITS, field) / unit
        shown = f"{default:,.0f}" if default == int(default) else f"{default:g}"
        limits.add_argument(
            option,
            type=_positive(float if unit != 1 or field == "max_zip_ratio" else int),
            metavar="N",
            help=f"{help_text} (default: {shown})",
        )
    return parser


def _positive(kind: type) -> object:
    def parse(value: str) -> int | float:
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
        if not number > 0 or number == float("inf"):
            raise argparse.ArgumentTypeError(f"must be a positive number: {value!r}")
        return number

    parse.__name__ = kind.__name__  # argparse names the type in its error messages
    return parse


def limits_from_args(args: argparse.Namespace) -> IngestLimits:
    """The ingest limits: defaults, overridden by the `--max-…` options given."""
    changes = {}
    for option, (field, unit, _help) in LIMIT_OPTIONS.items():
        value = getattr(args, option.removeprefix("--").replace("-", "_"), None)
        if value is not None:
            changes[field] = value if field == "max_zip_ratio" else max(1, int(value * unit))
    return replace(DEFAULT_LIMITS, **changes)


def _printable(text: str) -> str:
    """A corpus-supplied string (file name, reason) safe to print: no control characters or
    terminal escape sequences, nothing the terminal encoding cannot show."""
    text = display_name(str(text))
    encoding = getattr(sys.stderr, "encoding", None) or "utf-8"
    return text.encode(encoding, "backslashreplace").decode(encoding, "replace")


def run_analyze(args: argparse.Namespace) -> int:
    """Run the `analyze` command; returns the process exit code."""
    try:
        lexicon = load_lexicon(args.themes)
    except (OSError, LexiconError) as error:
        print(f"error: cannot use the theme lexicon {args.themes}: {error}", file=sys.stderr)
        return 2
    ingested = read_paths(args.inputs, limits=limits_from_args(args))
    total = len(ingested.articles)
    with tqdm(
        total=total,
        desc="Analysing",
        unit="article",
        file=sys.stderr,
        disable=total < PROGRESS_MIN_ARTICLES,
    ) as bar:
        tables = analyze(
            ingested,
            lexicon=lexicon,
            progress=lambda done, _total: bar.update(1),
            jobs=args.jobs,
        )
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
        f"{len(tables.keywords)} keywords -> {_printable(str(args.out))}"
    )
    if skipped:
        for row in report[report["status"] == "skipped"].itertuples():
            print(f"  skipped {_printable(row.origin)}: {_printable(row.reason)}", file=sys.stderr)
    return 0 if analysed else 1


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m metrics`."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = _parser().parse_args(argv)
    if args.command == "analyze":
        return run_analyze(args)
    return 2  # pragma: no cover - argparse rejects unknown commands first
