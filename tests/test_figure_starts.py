"""Specification of the fast path of figure extraction (`metrics.figure_starts`).

Trying the figure grammar only where Hyperscan says a figure may start, and searching for
exclusions only where Hyperscan's prefilter says one may end, must find exactly the figures
of the pure-Python search: on every labelled and held-out benchmark sentence, on the sample
corpus, and on text made of the grammar's own words in random order.
"""

from __future__ import annotations

import dataclasses
import json
import re
import threading
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.fastscan import HYPERSCAN_AVAILABLE, Pattern, Scanner, loosened
from metrics.figure_starts import FigureStarts
from metrics.figures import _no_number_at, extract_figures, load_figure_rules

REPO_ROOT = Path(__file__).resolve().parent.parent
RULES = load_figure_rules()
# the pure-Python path: the grammar searched everywhere, every exclusion window searched
FULL_SEARCH = dataclasses.replace(RULES, starts=None)
RULES_DATA = tomllib.loads((REPO_ROOT / "data" / "figures.toml").read_text("utf-8"))

needs_hyperscan = pytest.mark.skipif(not HYPERSCAN_AVAILABLE, reason="hyperscan not installed")


def _benchmark_texts() -> list[str]:
    texts = []
    for name in ("figures.jsonl", "figures_holdout.jsonl"):
        with (REPO_ROOT / "bench" / "data" / name).open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    texts += [path.read_text("utf-8") for path in (REPO_ROOT / "data" / "articles").glob("*.txt")]
    return texts


@needs_hyperscan
def test_the_bundled_rules_take_the_fast_path() -> None:
    assert RULES.starts is not None
    # only digits are anchors here ("200" too: the grammar, not the scan, knows "3,200")
    candidates = RULES.starts.scan("China sent 3,200 troops.")
    assert candidates is not None and candidates.starts == [11, 13]


@needs_hyperscan
def test_every_benchmark_text_gives_the_same_figures_on_both_paths() -> None:
    texts = _benchmark_texts()
    assert len(texts) > 300
    for text in texts:
        assert extract_figures(text, rules=RULES) == extract_figures(text, rules=FULL_SEARCH), text


@needs_hyperscan
@pytest.mark.parametrize(
    "text",
    [
        "It rose by more than a third, to well over US $240 billion.",
        "between  \u00a0three and four hundred troops",  # runs of odd spaces between words
        "about a quarter of the trade; approx. 5 bcm; ~40 ships",
        "CN¥50bn and Rmb50bn and USD5m, but not USD1 or CNY2024",
        "Japan 5 troops; an estimated 3,000 soldiers; Zürich 7 ships",  # "an" inside "Japan"
        "“Forty-two” tanks, ٣ ships and ３ jets",  # curly quotes; Arabic-Indic, full-width digits
        "a decade-long, tripled, weeklong, doubled down",
        "x" * 50 + " 12 warships " + "é" * 30 + "three warships",
        # exclusions: the prefilter must see every one the Python search sees
        "Mail josé.5000troops@example.com or see https://example.com/3200-troops today.",
        "The 70-year-old, aged 70, called +7 495 123-45-67 at 10:30 on 2024-05-16 about 40 jets.",
        "DOW JONES 38,503.69 +0.36%\nOil rose 5% on Sept. 2, 2025, to $80 a barrel.",
        "Zürich’s Article 5 and the 14th Five-Year Plan cost $257 per 1,000 cubic metres.",
        "Article\x1d5 troops; Page\x1f12 jets",  # Python's \s takes the ASCII separators
        # currency codes are anchors only as written and before a number
        "Rmb\u202f3,200, USD 5m, USD5m, Rs five lakh, rs 500, New York, N Korea, USDollar",
        # days of the month and times of day are no figure starts on either path
        "BEIJING, May 16 (Reuters) - On 2 May 16 soldiers died; at 3 pm 14 March 40 jets flew.",
        "On 2025-09-02 5 ships and on 02.09.2025 7 ships; Sept. 2 4 warships, 10.30am 6 jets",
        "Gunmen killed 14" + "\n" * 28 + "March 5; the attack killed 3" + " " * 60 + "pm",
        # ... yet the lead words before them are (review 26): "up to" a casualty, "about 5 pm
        # police" read before it is dropped as a time, naming what a later number counts
        "The raid killed up to two men; it hurt over two women; were killed as few as two"
        " countries’ militaries.",
        "About 5 pm police said two dozen were held. ~1 pm men 5 more.",
        # digits no figure starts at are not tried: after a sign or a hyphen joined to a
        # word, or before an ordinal or decade suffix
        "the 21st century, its 80th anniversary, the 1930s and 1990's; 5th-largest; 3,200"
        " troops on 2025-09-02; 5+3 jets, x+5 ships, (-5 tanks), -5 tanks, é5 ships, 5s and"
        " 5stars; £5 and ₹5 and #5 and 1/2 and 3:30",
        # many candidates: the prefilter scans the whole text once
        " ".join(f"Article {n} and {n} troops on 1{n}:30, aged {n}" for n in range(40)),
    ],
)
def test_tricky_texts_give_the_same_figures_on_both_paths(text: str) -> None:
    assert extract_figures(text, rules=RULES) == extract_figures(text, rules=FULL_SEARCH)


def test_digits_skipped_as_no_figure_start_are_where_the_grammar_matches_nothing() -> None:
    befores = [*map(chr, range(32, 127)), "é", "\u00a0", "\n", "€", "¥", "x-", "(-", " -", "x+"]
    afters = ["5 tonnes", "21st century", "1930s.", "80th", "5s", "1990's", "5,000 troops",
              "5 st", "5th-largest", "5stars", "1/2 of", "12-15 jets"]  # fmt: skip
    skipped = 0
    for before in befores:
        for after in afters:
            text = f"a{before}{after}"
            start = len(text) - len(after)
            if _no_number_at(text, start):
                skipped += 1
                assert RULES.pattern.match(text, start) is None, text
    assert skipped > len(befores) * 3  # (ordinals, decades and signs before a number)


@needs_hyperscan
def test_a_blank_phrase_in_the_rules_is_not_a_figure_start(tmp_path: Path) -> None:
    data = (REPO_ROOT / "data" / "figures.toml").read_text("utf-8")
    blanks = data.replace("tens = { twenty", 'tens = { "  " = 5, twenty', 1).replace(
        'prefixes = ["€"]', 'prefixes = ["€", " "]', 1
    )
    assert blanks.count('"  " = 5') == 1 and blanks.count('["€", " "]') == 1
    path = tmp_path / "figures.toml"
    path.write_text(blanks, "utf-8")
    text = "China sent 3,200 troops and three warships for  €5 billion."
    assert extract_figures(text, rules=load_figure_rules(path)) == extract_figures(text)


def test_an_anchor_beyond_ascii_starts_a_figure_whatever_the_other_anchors() -> None:
    starts = FigureStarts(["€"], ["about"]).scan("€5")
    assert starts is None or starts.starts == [0, 1]  # None without Hyperscan


def test_no_lead_words_means_no_walk_back() -> None:
    starts = FigureStarts(["5"], []).scan("about 5")
    assert starts is None or (starts.starts == [6] and starts.leads_before is None)


@needs_hyperscan
def test_lead_words_are_walked_back_from_a_start_only_when_asked() -> None:
    text = "In 2024, well over 5 ships and (more than\u00a0US$40 billion) of trade"
    candidates = FigureStarts(["$"], ["well over", "more than", "US"]).scan(text)
    assert candidates is not None and candidates.leads_before is not None
    # anchors only: the lead words before them are found when a caller asks, in order
    five, dollar = text.index("5"), text.index("$")
    assert candidates.starts == [3, five, dollar, dollar + 1]
    leads = candidates.leads_before
    assert [text[start:five] for start in leads(five)] == ["well over ", "over "]
    assert [text[start:dollar] for start in leads(dollar)] == [
        "more than\u00a0US",
        "than\u00a0US",
        "US",
    ]
    assert leads(3) == [] and leads(dollar + 1) == []  # "In" is no lead word; "$" no word


@needs_hyperscan
@pytest.mark.parametrize(
    "exclusion",
    [
        r"\b\d+[^\x00-\x7f]\d+\b",  # leaves out "?", which stands for the en dash
        r"\b\d+\–\d+\b",  # an escaped character beyond ASCII
        r"\b\d+[\x20-\u2013]\d+\b",  # a range Hyperscan's ASCII scan cannot read
        r"\d+\–\d+|(?!)",  # Hyperscan refuses it (it can match nothing but "")
    ],
)
def test_custom_exclusions_exclude_on_both_paths(tmp_path: Path, exclusion: str) -> None:
    data = (REPO_ROOT / "data" / "figures.toml").read_text("utf-8")
    start = data.index("patterns = [", data.index("[exclusions]")) + len("patterns = [")
    quote = "'" * 3  # a TOML literal string
    custom = f"{data[:start]}\n  {quote}{exclusion}{quote},\n{data[start:]}"
    path = tmp_path / "figures.toml"
    path.write_text(custom, "utf-8")
    rules = load_figure_rules(path)
    text = "Some 20–30 troops were killed, and 40 warships sailed."
    figures = extract_figures(text, rules=rules)
    assert figures == extract_figures(text, rules=dataclasses.replace(rules, starts=None))
    assert [figure.surface for figure in figures] == ["40 warships"]


@needs_hyperscan
def test_rules_copied_with_other_exclusions_search_for_those_everywhere() -> None:
    troops = dataclasses.replace(RULES, exclusions=re.compile(r"\d+ troops"))
    text = "China sent 3,200 troops and 40 warships."
    assert [figure.surface for figure in extract_figures(text, rules=troops)] == ["40 warships"]


@needs_hyperscan
def test_a_character_python_folds_onto_ascii_sends_the_text_to_the_full_search() -> None:
    # 'ſ' (long s) matches "s" case-insensitively in Python, not in Hyperscan's ASCII folding
    text = "China sent two thouſand troops."
    assert RULES.starts is not None
    assert RULES.starts.scan(text) is None
    assert extract_figures(text, rules=RULES) == extract_figures(text, rules=FULL_SEARCH)
    assert [figure.surface for figure in extract_figures(text)] == ["two thouſand troops"]


WORDS = [
    "a", "an", "about", "more than", "up to", "between", "and", "to", "-", "US", "US$", "$",
    "€", "¥", "CN¥", "Rmb", "USD", "three", "Forty-two", "hundred", "thousand", "million", "bn",
    "a quarter", "half", "a third", "tripled", "weeklong", "decade", "3,200", "1.5", "2024",
    "40", "٣", "troops", "Chinese", "warships", "per cent", "%", "of", "the", "said", "killed",
    "others", "times", "Japan", "é", "ſ", "\u00a0", "  ", "\n", ".", ",", "(", "’s",
]  # fmt: skip


@needs_hyperscan
@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(st.sampled_from(WORDS), st.sampled_from(["", " ", " ", "  ", "\u202f"])),
        max_size=30,
    ).map(lambda parts: "".join(word + space for word, space in parts))
)
def test_random_text_of_the_grammars_words_gives_the_same_figures_on_both_paths(
    text: str,
) -> None:
    assert extract_figures(text, rules=RULES) == extract_figures(text, rules=FULL_SEARCH)


@needs_hyperscan
def test_scanner_offsets_are_string_indices_in_non_ascii_text() -> None:
    scanner = Scanner([Pattern("troops")])
    text = "“Ten” — 3,200 Российских troops and €5 troops"
    assert [start for _, start in scanner.scan(text) or []] == [
        index for index in range(len(text)) if text.startswith("troops", index)
    ]


@needs_hyperscan
def test_a_first_only_pattern_reports_its_first_match_where_it_ends() -> None:
    scanner = Scanner([Pattern("troops", first_only=True), Pattern("—")])
    text = "“Ten” — 3,200 troops and — 5 troops"
    assert scanner.scan(text) == [(1, 6), (0, 20), (1, 25)]


def test_a_scanner_without_hyperscan_or_with_lone_surrogates_declines() -> None:
    scanner = Scanner([Pattern("x")])
    assert scanner.scan("x\ud800x") is None
    assert Scanner([]).scan("x") is None


@needs_hyperscan
def test_threads_extract_concurrently_with_one_scanner() -> None:
    # a Streamlit server runs sessions in threads: each needs its own Hyperscan scratch space
    text = " ".join(_benchmark_texts()[:40])
    expected = extract_figures(text)
    results: list[bool] = []

    def work() -> None:
        results.extend(extract_figures(text) == expected for _ in range(3))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [True] * 12


def test_without_hyperscan_the_rules_search_everywhere_with_the_same_figures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("metrics.fastscan.HYPERSCAN_AVAILABLE", False)
    rules = load_figure_rules(REPO_ROOT / "data" / "figures.toml")  # compiled anew, not cached
    assert rules.starts is None
    text = "Trade rose by more than a third to $240 billion, with 3,200 troops nearby."
    assert extract_figures(text, rules=rules) == extract_figures(text, rules=FULL_SEARCH)
    assert len(extract_figures(text, rules=rules)) == 3


def test_loosened_patterns_widen_classes_and_drop_word_boundaries() -> None:
    assert loosened(r"\b\d{4}\b") == r"[\d\x{80}-\x{10ffff}]{4}"
    assert loosened(r"[\w.+-]++@") == r"[\w\x{80}-\x{10ffff}.+-]++@"
    assert loosened(r"[^\w\s]\u017f") == r"[^\w\s]\x{17f}"  # a negated class stays ASCII
    assert loosened(r"[]\d]\\b") == r"[]\d\x{80}-\x{10ffff}]\\b"  # "]" first is a member
    assert loosened(r"x{,3}") == r"x{0,3}"  # Python's short form; PCRE reads it as text
    assert loosened(r"[^()]{2,200}\)") == r"[^()]{2,}\)"  # long bounds are slow to compile


@pytest.mark.parametrize(
    "python_regex",
    [
        r"(?x) ^ read \s+ more  # [sic",  # verbose mode: comments and spaces are no pattern
        r"a(?#[)b",  # a comment
        r"^[[:alpha:]]+:$",  # a POSIX class to Hyperscan, literal characters to Python
        r"\377",  # octal
        r"(a)\1",  # a backreference
        r"\N{EN DASH}",  # a named character
        r"(?i)^İlgili",  # Python folds 'İ' onto "i" when case is ignored, Hyperscan does not
        r"(?i:x(ı))",
    ],
)
def test_loosened_declines_what_it_does_not_translate(python_regex: str) -> None:
    assert loosened(python_regex) is None
    assert loosened(python_regex, ascii_only=True) is None


def test_loosened_keeps_what_it_translates_beyond_ascii() -> None:
    assert loosened(r"^\—\s") == r"\x{2014}[\s\x{80}-\x{10ffff}\x0b\x1c-\x1f]"  # escaped
    assert loosened(r"(?i:x(?-i:é))", ascii_only=True) == r"(?i:x(?-i:\x3f))"  # case kept
    assert loosened(r"[+\-−]", ascii_only=True) == r"[+\-\x3f]"  # no range: "\-" is escaped
    assert loosened(r"[\x20-é]", ascii_only=True) is None  # a range "?" cannot stand for


# Pieces of Python regexes whose Unicode-wide classes Hyperscan's ASCII mode reads differently;
# each pattern ends with one that takes a character (Hyperscan refuses patterns matching "").
_CLASSES = [
    *(rf"\{name}" for name in "wdsWDS"),
    *(
        f"[{negation}{first}{rest}]"
        for negation in ("", "^")
        for first in (r"\w", r"\W", r"\d", r"\S")
        for rest in ("", r"\d_", r"\s")
    ),
    "a",
    "5",
    " ",
    ".",
    "−",
    "[^−a]",
    "[+−]",
    r"\u00e9",
    r"\—",
    r"[^\x00-\x7f]",  # negated classes that leave out "?", which may stand for 'é'
    r"[^ -~]",
    "[^?]",
]
_PIECES = [*_CLASSES, r"\b", r"\B", "x{,2}", "x{1,12}", "-?", "$", "^", r"\A", r"(?=\w)"]
_ODD_CHARACTERS = "a5x _-+?\n\x0b\x1c\x1d\x1f\u00a0\u2009é٣３\u3000Ж−"


@needs_hyperscan
@settings(max_examples=400, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(_PIECES), max_size=3),
    last=st.sampled_from(_CLASSES),
    repeated=st.booleans(),
    text=st.text(alphabet=_ODD_CHARACTERS, max_size=12),
    ascii_only=st.booleans(),
)
def test_a_loosened_pattern_ends_wherever_the_python_pattern_does(
    pieces: list[str], last: str, repeated: bool, text: str, ascii_only: bool
) -> None:
    python_regex = "".join(pieces) + f"(?:{last})" + ("+" if repeated else "")
    hyperscan_regex = loosened(python_regex, ascii_only=ascii_only)
    assert hyperscan_regex is not None
    scanner = Scanner([Pattern(hyperscan_regex, prefilter=True)], ascii_only=ascii_only)
    found = scanner.scan(text)
    assert found is not None, hyperscan_regex
    ends = {offset for _, offset in found}
    for start in range(len(text) + 1):
        # every window a figure's exclusion search may use: its end counts as the text's end
        window_end = len(text) - start % 3
        match = re.compile(python_regex).match(text, start, window_end)
        if match is not None:
            assert match.end() in ends, (python_regex, hyperscan_regex, text, match)


@needs_hyperscan
def test_the_exclusion_prefilter_reports_every_end_python_finds() -> None:
    patterns = RULES_DATA["exclusions"]["patterns"]
    texts = [
        *_benchmark_texts(),
        "Zürich, Sept. 2, 2025 at 10:30\u00a0am: josé.5000@example.com; ٣:٣٠ pm; +7 495 123-45-67",
    ]
    assert RULES.starts is not None
    for text in texts:
        candidates = RULES.starts.scan(text)
        assert candidates is not None and candidates.exclusions_in is not None
        # figures search for exclusions in windows (Python's `$` also matches at a window's
        # end), which are scanned together: the whole text, and windows 90 characters long,
        # 45 apart, in two sets of disjoint ones
        window_sets = [[(0, len(text))]] + [
            [(start, min(start + 90, len(text))) for start in range(first, len(text), 135)]
            for first in (0, 45, 90)
        ]
        for windows in window_sets:
            found = candidates.exclusions_in(windows)
            assert found is not None
            ends = set(found[0])
            for pattern in map(re.compile, patterns):
                for window_start, window_end in windows:
                    for match in pattern.finditer(text, window_start, window_end):
                        assert match.end() in ends, (pattern, match.group(), windows)


# --- the grammar's phrases grouped by letter ------------------------------------------------


@pytest.fixture(scope="module")
def flat_rules() -> object:
    """The bundled rules compiled with every phrase alternation flat, longest phrase first."""
    import metrics.figures as figures

    figures._PHRASE_TRIES = False
    try:
        return load_figure_rules(REPO_ROOT / "data" / "figures.toml")
    finally:
        figures._PHRASE_TRIES = True


_TWINS = {"s": "\u017f", "k": "\u212a", "i": "\u0131"}


def _variants(phrase: str) -> list[str]:
    """A unit phrase as news may write it, and near misses: case, a case twin ("ſ" reads as
    "s"), a hyphen for a space, a letter short."""
    twinned = "".join(_TWINS.get(character, character) for character in phrase)
    return [phrase, phrase.upper(), phrase.title(), twinned, phrase.replace(" ", "-"), phrase[:-1]]


def test_phrase_tries_find_the_figures_of_the_flat_grammar(flat_rules) -> None:
    for text in _benchmark_texts():
        assert extract_figures(text, rules=RULES) == extract_figures(text, rules=flat_rules), text


@settings(max_examples=300, deadline=None)
@given(
    number=st.sampled_from(["3", "two", "1,200", "$5", "about 40"]),
    phrase=st.sampled_from(sorted(RULES.units)),
    variant=st.integers(0, 5),
    after=st.sampled_from(["", ".", "s", "-", " per day", "'s", " of oil", " Russian tanks"]),
)
def test_trie_and_flat_grammars_agree_on_every_unit_phrase(
    flat_rules, number: str, phrase: str, variant: int, after: str
) -> None:
    text = f"They sent {number} {_variants(phrase)[variant]}{after} last week."
    assert extract_figures(text, rules=RULES) == extract_figures(text, rules=flat_rules)
