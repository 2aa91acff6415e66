"""bench/accuracy.py scores a labelled set of one's own, with undecided labels left out."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def accuracy():
    spec = importlib.util.spec_from_file_location("accuracy", REPO_ROOT / "bench" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["accuracy"] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_a_doubtful_figure_found_is_neither_right_nor_wrong(accuracy) -> None:
    case = {
        "id": "x",
        "text": "Russia sent 3,200 troops for 30 days.",
        "figures": [[3200, "troops"]],
        "doubtful": [[30, "days"]],
    }
    _, strict, _, _ = accuracy.score_figures([case], accuracy.ours_figures)
    assert (strict.true_positives, strict.false_positives, strict.false_negatives) == (1, 0, 0)
    case.pop("doubtful")
    _, strict, _, _ = accuracy.score_figures([case], accuracy.ours_figures)
    assert strict.false_positives == 1


def test_a_doubtful_label_never_cancels_a_labelled_figure(accuracy) -> None:
    case = {
        "id": "x",
        "text": "Growth was 10 to 30 percent; visitors may stay for 30 days.",
        "figures": [[10, "percent"], [30, "days"]],
        "doubtful": [[30, "percent"]],  # the range's top, which we do not report apart
    }
    _, strict, _, _ = accuracy.score_figures([case], accuracy.ours_figures)
    assert (strict.true_positives, strict.false_positives, strict.false_negatives) == (2, 0, 0)


def test_a_doubtful_label_never_takes_the_figure_a_label_asks_for(accuracy) -> None:
    case = {
        "id": "x",
        "text": "They signed four (4) agreements.",
        "figures": [[4, "count"]],
        "doubtful": [[4, "count"]],  # the bracketed digit, which we read as one figure
    }
    _, strict, _, _ = accuracy.score_figures([case], accuracy.ours_figures)
    assert (strict.true_positives, strict.false_positives, strict.false_negatives) == (1, 0, 0)


def test_a_set_of_ones_own_is_scored_beside_the_bundled_ones(
    accuracy, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mine.jsonl"
    cases = [
        {"id": "a", "text": "Trade reached $240 billion.", "figures": [[240e9, "USD"]]},
        {"id": "b", "text": "The drill lasted a week.", "figures": [[7, "days"]]},
    ]
    path.write_text("\n".join(json.dumps(case) for case in cases), encoding="utf-8")
    assert accuracy.main(["--figures", str(path)]) == 0
    out = capsys.readouterr().out
    section = out[out.index(f"your set {path}") :]
    assert "2 sentences, 2 labelled figures" in section
    ours = next(line for line in section.splitlines() if line.startswith("| metrics.figures"))
    assert ours.split("|")[1:8] == [
        " metrics.figures ", " 1.000 ", " 0.500 ", " 0.667 ", " 1.000 ", " 0.500 ", " 0.667 ",
    ]  # fmt: skip


def test_passages_may_be_read_as_the_dashboard_cleans_them(
    accuracy, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a page copied with hard line breaks: raw, "1.4 million" has no unit on its line; cleaned,
    # the line is joined and the figure is whole
    path = tmp_path / "wrapped.jsonl"
    case = {
        "id": "w",
        "text": "The country exported about 1.4 million\ntonnes of grain, officials said.",
        "figures": [[1.4e6, "tonnes"]],
    }
    path.write_text(json.dumps(case), encoding="utf-8")

    def ours(*extra: str) -> list[str]:
        assert accuracy.main(["--figures", str(path), *extra]) == 0
        out = capsys.readouterr().out
        section = out[out.index(f"your set {path}") :]
        return next(line for line in section.splitlines() if line.startswith("| metrics")).split(
            "|"
        )[5:8]

    assert ours() == [" 0.000 ", " 0.000 ", " 0.000 "]
    assert ours("--clean") == [" 1.000 ", " 1.000 ", " 1.000 "]
