"""Accuracy of figure extraction and article dating on the labelled sets in `bench/data/`.

    pip install -r requirements-bench.txt && python bench/accuracy.py [--details]

Scores `metrics.figures.extract_figures` against `bench/data/figures.jsonl` (precision, recall
and F1, matching the value only and the value with its unit) and `metrics.dates.resolve_date`
against `bench/data/dates.jsonl` (right / wrong / missing), and runs the usual libraries on the
same inputs in the same run as baselines: quantulum3 for figures, dateparser's `search_dates`
(the first date whose text carries a year) for dates. Prints Markdown tables; `--details` also
lists every miss and every false positive of ours.

Figure labels: `[value, unit]` per figure, the value normalised as in the `figures` table
(`$240 billion` -> 240e9 USD, `a quarter` -> 25 percent, a range -> its low end). Date labels:
the publication date with its precision, or null when an analyst could not date the article
from what it shows (that is the right answer then: an undated article beats a wrong date).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from metrics.clean import clean_text  # noqa: E402
from metrics.dates import resolve_date  # noqa: E402
from metrics.figures import extract_figures  # noqa: E402
from metrics.home_currency import figures_as_published  # noqa: E402
from metrics.types import Article  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
FIGURES_FILE = DATA / "figures.jsonl"
# Written after the extractor was tuned on FIGURES_FILE and never tuned on: an honest estimate.
HOLDOUT_FILE = DATA / "figures_holdout.jsonl"
DATES_FILE = DATA / "dates.jsonl"

Pair = tuple[float, str]

# quantulum3 unit names -> ours, with a factor on the value ("38 billion cubic metres" is 38e9
# cubic metres for quantulum3 and 38 bcm for us; a week is 7 days).
QUANTULUM_UNITS: dict[str, tuple[str, float]] = {
    "percentage": ("percent", 1),
    "kilometre": ("km", 1),
    "metre": ("metres", 1),
    "mile": ("miles", 1),
    "nautical mile": ("nautical_miles", 1),
    "square kilometre": ("km2", 1),
    "cubic metre": ("bcm", 1e-9),
    "barrel per day": ("barrels_per_day", 1),
    "barrel": ("barrels", 1),
    "tonne": ("tonnes", 1),
    "ton": ("tonnes", 1),
    "short ton": ("tonnes", 1),
    "year": ("years", 1),
    "month": ("months", 1),
    "week": ("days", 7),
    "day": ("days", 1),
    "hour": ("hours", 1),
    "minute": ("minutes", 1),
    "megawatt": ("MW", 1),
    "gigawatt": ("GW", 1),
    "basis point": ("basis_points", 1),
    "percentage point": ("percentage_points", 1),
}


@dataclass
class Score:
    """Counts of one system on one matching rule."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass
class DateScore:
    """Outcomes of one dating system: right (including rightly undated), wrong, missing."""

    right: int = 0
    wrong: int = 0
    missing: int = 0
    dated_right: int = 0
    undated_right: int = 0


def load_cases(path: Path) -> list[dict]:
    """One labelled case per non-empty line."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# --- figures ---------------------------------------------------------------------------------


def ours_figures(text: str, url: str = "") -> list[Pair]:
    """Our figures, their currencies read as the page's country writes them, as the dashboard
    reads them (`metrics.home_currency`: "$800" on a .com.au page is AUD)."""
    figures = figures_as_published(text, url)
    return [(figure.value, figure.unit) for figure in figures]


def quantulum_parser() -> Callable[[str, str], list[Pair]] | None:
    """quantulum3's `parse`, its units mapped to ours; None when it is not installed."""
    try:
        with warnings.catch_warnings():
            # without scikit-learn quantulum3 warns that its unit classifier is off; it then
            # disambiguates by its rules, needs no download, and that is how it runs here
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None

    def parse(text: str, url: str = "") -> list[Pair]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = parser.parse(text)
        return [_map_quantulum(quantity) for quantity in quantities]

    return parse


def _map_quantulum(quantity: object) -> Pair:
    unit = quantity.unit  # type: ignore[attr-defined]
    value = float(quantity.value)  # type: ignore[attr-defined]
    entity = unit.entity.name
    if entity == "currency":
        code = getattr(unit, "currency_code", None) or unit.name
        return value, str(code)
    if unit.name in QUANTULUM_UNITS:
        name, factor = QUANTULUM_UNITS[unit.name]
        return value * factor, name
    if entity == "dimensionless":
        surface = quantity.surface.lower()  # type: ignore[attr-defined]
        return value, "times" if "times" in surface or "fold" in surface else "count"
    return value, unit.name


def same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=2e-3, abs_tol=1e-9)


def unmatched(expected: list[Pair], found: list[Pair], *, strict: bool) -> list[Pair]:
    """The found figures left once each expected figure has taken one that matches it."""
    left = list(found)
    for value, unit in expected:
        for index, (found_value, found_unit) in enumerate(left):
            if same_value(value, found_value) and (not strict or unit == found_unit):
                del left[index]
                break
    return left


def excused(extras: list[Pair], doubtful: Iterable[list]) -> list[Pair]:
    """The `extras` (found figures no label took) that `doubtful` labels excuse, one per label
    of its value (its unit first): what the labeller could not decide is neither right nor
    wrong, and never takes a figure that a label asks for ("four (4) agreements" with the 4
    doubtful still matches its label)."""
    left = list(extras)
    taken = []
    for value, unit in doubtful:
        same = [i for i, (v, _) in enumerate(left) if same_value(float(value), v)]
        exact = [i for i in same if left[i][1] == unit]
        if same:
            taken.append(left.pop((exact or same)[0]))
    return taken


def score_figures(
    cases: list[dict], extract: Callable[[str, str], list[Pair]]
) -> tuple[Score, Score, float, list[tuple[dict, list[Pair]]]]:
    """Value-only and strict scores, seconds spent extracting, and each case's output (less
    the figures a doubtful label excuses)."""
    loose, strict = Score(), Score()
    outputs = []
    seconds = 0.0
    for case in cases:
        expected = [(float(value), unit) for value, unit in case["figures"]]
        started = time.perf_counter()
        found = extract(case["text"], case.get("url", ""))
        seconds += time.perf_counter() - started
        doubtful = case.get("doubtful", [])
        for score, is_strict in ((loose, False), (strict, True)):
            extras = unmatched(expected, found, strict=is_strict)
            forgiven = excused(extras, doubtful)
            matched = len(found) - len(extras)
            score.true_positives += matched
            score.false_positives += len(extras) - len(forgiven)
            score.false_negatives += len(expected) - matched
            if is_strict:
                kept = list(found)
                for pair in forgiven:
                    kept.remove(pair)
                outputs.append((case, kept))
    return loose, strict, seconds, outputs


# --- dates -----------------------------------------------------------------------------------


def ours_date(case: dict) -> tuple[str, str]:
    article = Article(
        article_id=case["id"],
        text=case["text"],
        url=case.get("url", ""),
        date=case.get("date", ""),
        origin=case.get("origin", ""),
    )
    info = resolve_date(article, clean_text(article.text))
    return info.date, info.precision


def dateparser_dater() -> Callable[[dict], tuple[str, str]] | None:
    """dateparser's `search_dates` on the same inputs: the first date written with a year."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    import re

    year = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}

    def date_of(case: dict) -> tuple[str, str]:
        parts = [case.get("date", ""), case.get("url", ""), case["text"]]
        text = "\n".join(part for part in parts if part)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(text, languages=["en"], settings=settings) or []
        for surface, value in found:
            if year.search(surface):
                return value.date().isoformat(), "day"
        return "", ""

    return date_of


def score_dates(
    cases: list[dict], date_of: Callable[[dict], tuple[str, str]]
) -> tuple[DateScore, list[tuple[dict, str]]]:
    score = DateScore()
    outputs = []
    for case in cases:
        date, _ = date_of(case)
        outputs.append((case, date))
        expected = case.get("expected")
        if not expected:
            if date:
                score.wrong += 1
            else:
                score.right += 1
                score.undated_right += 1
        elif not date:
            score.missing += 1
        elif _same_date(expected, date, case.get("precision") or "day"):
            score.right += 1
            score.dated_right += 1
        else:
            score.wrong += 1
    return score, outputs


def _same_date(expected: str, found: str, precision: str) -> bool:
    """Equal at the label's precision (a month-precision label is `YYYY-MM-01`)."""
    width = {"day": 10, "month": 7, "year": 4}.get(precision, 10)
    return dt.date.fromisoformat(found).isoformat()[:width] == expected[:width]


# --- report ----------------------------------------------------------------------------------


def figure_table(rows: Iterable[tuple[str, Score, Score, float, int]]) -> str:
    lines = [
        "| extractor | value P | value R | value F1 | strict P | strict R | strict F1 "
        "| found | ms total |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, loose, strict, seconds, found in rows:
        lines.append(
            f"| {name} | {loose.precision:.3f} | {loose.recall:.3f} | {loose.f1:.3f} "
            f"| {strict.precision:.3f} | {strict.recall:.3f} | {strict.f1:.3f} "
            f"| {found} | {seconds * 1000:.0f} |"
        )
    return "\n".join(lines)


def date_table(rows: Iterable[tuple[str, DateScore]], dated: int, undated: int) -> str:
    lines = [
        f"| dater | right | wrong | missing | dated right (of {dated}) "
        f"| rightly undated (of {undated}) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, score in rows:
        lines.append(
            f"| {name} | {score.right} | {score.wrong} | {score.missing} "
            f"| {score.dated_right} | {score.undated_right} |"
        )
    return "\n".join(lines)


def print_figure_details(outputs: list[tuple[dict, list[Pair]]]) -> None:
    for case, found in outputs:
        expected = [(float(value), unit) for value, unit in case["figures"]]
        missing = list(expected)
        extra = []
        for pair in found:
            for index, want in enumerate(missing):
                if same_value(want[0], pair[0]) and want[1] == pair[1]:
                    del missing[index]
                    break
            else:
                extra.append(pair)
        if missing or extra:
            print(f"- {case['id']}: missed {missing} extra {extra}\n    {case['text']}")


def main(argv: list[str] | None = None) -> int:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    arguments.add_argument("--details", action="store_true", help="list our misses and extras")
    arguments.add_argument(
        "--figures",
        action="append",
        type=Path,
        default=[],
        metavar="JSONL",
        help="also score a labelled set of your own (the format of bench/data/figures.jsonl)",
    )
    arguments.add_argument(
        "--clean",
        action="store_true",
        help="read each passage after the dashboard's cleaning (metrics.clean), as an analyst "
        "sees it: a figure hard-wrapped over two lines is whole again (both extractors)",
    )
    arguments.add_argument(
        "--dates",
        action="append",
        type=Path,
        default=[],
        metavar="JSONL",
        help="score these date cases instead of bench/data/dates.jsonl (same format)",
    )
    options = arguments.parse_args(argv)

    date_cases = [case for path in options.dates or [DATES_FILE] for case in load_cases(path)]
    extract_figures("warm-up: 1 troop")  # compile the vocabulary outside the timing
    quantulum = quantulum_parser()
    if quantulum is not None:
        quantulum("warm-up: 1 troop")
    ours_outputs: list[tuple[dict, list[Pair]]] = []
    for title, path in (
        ("labelled set (the rules were developed on it)", FIGURES_FILE),
        ("held-out set (never tuned on)", HOLDOUT_FILE),
        *((f"your set {path}", path) for path in options.figures),
    ):
        figure_cases = cases = load_cases(path)
        if options.clean:
            figure_cases = [{**case, "text": clean_text(case["text"]).text} for case in cases]
        labelled = sum(len(case["figures"]) for case in figure_cases)
        without = sum(1 for case in figure_cases if not case["figures"])
        print(
            f"## Figures, {title}: {len(figure_cases)} sentences, {labelled} labelled figures, "
            f"{without} sentences without a figure{', cleaned' if options.clean else ''}\n"
        )
        rows = []
        loose, strict, seconds, outputs = score_figures(figure_cases, ours_figures)
        ours_outputs.extend(outputs)
        rows.append(("metrics.figures", loose, strict, seconds, sum(len(f) for _, f in outputs)))
        if quantulum is not None:
            q_loose, q_strict, q_seconds, q_outputs = score_figures(figure_cases, quantulum)
            found = sum(len(f) for _, f in q_outputs)
            rows.append(("quantulum3 0.10.0", q_loose, q_strict, q_seconds, found))
        print(figure_table(rows) + "\n")
    if quantulum is None:
        print("(quantulum3 is not installed: pip install -r requirements-bench.txt)\n")

    dated = sum(1 for case in date_cases if case.get("expected"))
    print(
        f"## Dates: {len(date_cases)} articles, {dated} with a publication date an analyst "
        f"can tell, {len(date_cases) - dated} without one\n"
    )
    date_rows = []
    date_score, date_outputs = score_dates(date_cases, ours_date)
    date_rows.append(("metrics.dates", date_score))
    baseline = dateparser_dater()
    if baseline is not None:
        date_rows.append(("dateparser 1.5.0 search_dates", score_dates(date_cases, baseline)[0]))
    print(date_table(date_rows, dated, len(date_cases) - dated))
    if baseline is None:
        print("\n(dateparser is not installed: pip install -r requirements-bench.txt)")

    if options.details:
        print("\n## Our figure misses and extras\n")
        print_figure_details(ours_outputs)
        print("\n## Our date errors\n")
        for case, date in date_outputs:
            if (date or None) != case.get("expected"):
                print(f"- {case['id']}: got {date or 'undated'}, want {case.get('expected')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
