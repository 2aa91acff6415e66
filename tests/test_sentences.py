"""Specification of `metrics.sentences.split_sentences`: spans of sentences in news text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from metrics import sentences
from metrics.sentences import SentenceLocator, split_sentences

SAMPLE_FOLDER = Path(__file__).resolve().parent.parent / "data" / "articles"


@pytest.fixture(scope="module")
def sample_texts() -> dict[str, str]:
    return {path.stem: path.read_text(encoding="utf-8") for path in SAMPLE_FOLDER.glob("*.txt")}


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


SPLIT_CASES = [
    # plain sentences
    ("Xi met Putin. They talked.", ["Xi met Putin.", "They talked."]),
    # question and exclamation marks
    ("Is this the end? No, said Li. It rose!", ["Is this the end?", "No, said Li.", "It rose!"]),
    # decimals never split: no space follows the point
    (
        "GDP grew 6.9 percent. Trade hit $240.1 billion.",
        ["GDP grew 6.9 percent.", "Trade hit $240.1 billion."],
    ),
    # AP dateline and an initialism inside the sentence (U.S. before a capitalised noun)
    (
        "WASHINGTON (AP) — The U.S. Treasury on Tuesday sanctioned 12 firms. Officials said more"
        " would follow.",
        [
            "WASHINGTON (AP) — The U.S. Treasury on Tuesday sanctioned 12 firms.",
            "Officials said more would follow.",
        ],
    ),
    # titles and month abbreviations
    (
        "Gen. Valery Gerasimov and Mr. Shoigu met on Jan. 5 in Moscow. The talks lasted 3.5 hours.",
        [
            "Gen. Valery Gerasimov and Mr. Shoigu met on Jan. 5 in Moscow.",
            "The talks lasted 3.5 hours.",
        ],
    ),
    # Dr. before a name
    ("Dr. Li Xin spoke in Shanghai. He smiled.", ["Dr. Li Xin spoke in Shanghai.", "He smiled."]),
    # a middle initial
    ("John F. Kennedy visited in 1963.", ["John F. Kennedy visited in 1963."]),
    # U.S. at the end of a sentence, before a typical opener
    ("She lives in the U.S. He lives in China.", ["She lives in the U.S.", "He lives in China."]),
    # a.m./p.m. inside a sentence, and at its end
    (
        "The talks ended at 10 p.m. local time. It was 2 a.m.",
        ["The talks ended at 10 p.m. local time.", "It was 2 a.m."],
    ),
    # "No." before a number is an abbreviation
    ("No. 10 Downing Street said so.", ["No. 10 Downing Street said so."]),
    # closing quotes stay with their sentence
    (
        '"We were always together," Putin said. "We stay together now."',
        ['"We were always together," Putin said.', '"We stay together now."'],
    ),
    # a question in quotes followed by a lowercase attribution continues the sentence
    ('"Why?" he asked. Nobody answered.', ['"Why?" he asked.', "Nobody answered."]),
    # an ellipsis before a lowercase word continues the sentence
    ("Prices rose 6.9% in May... and then fell.", ["Prices rose 6.9% in May... and then fell."]),
    # a closing bracket after the period
    ("Exports rose (see chart.) Imports fell.", ["Exports rose (see chart.)", "Imports fell."]),
    # a headline line without punctuation, then a Reuters dateline
    (
        "China, Russia sign deal\nMOSCOW, May 16 (Reuters) - Russia and China signed a deal.",
        ["China, Russia sign deal", "MOSCOW, May 16 (Reuters) - Russia and China signed a deal."],
    ),
    # a blank line always ends a sentence, even without punctuation
    ("First paragraph\n\nSecond paragraph.", ["First paragraph", "Second paragraph."]),
    # machine-translated text: a lowercase word after a period starts a new sentence
    (
        "in particular following the invasion in early 2022. unorthodox approach To the war",
        [
            "in particular following the invasion in early 2022.",
            "unorthodox approach To the war",
        ],
    ),
    # an ambiguous abbreviation (Co.) before an opener ends the sentence
    (
        "He worked for Gazprom Co. The company denied it.",
        ["He worked for Gazprom Co.", "The company denied it."],
    ),
    # ... and does not before a lowercase word
    ("The firm, Apple Inc. said profits rose.", ["The firm, Apple Inc. said profits rose."]),
    # caption lines of the sample corpus
    (
        "Putin, second on the right, Tuesday September 2, 2025. (Pool photo via AP)",
        ["Putin, second on the right, Tuesday September 2, 2025.", "(Pool photo via AP)"],
    ),
    # CRLF line endings
    ("Line one\r\nLine two.", ["Line one", "Line two."]),
    # leading and trailing whitespace is trimmed
    ("   Xi met Putin.   ", ["Xi met Putin."]),
    # nothing but whitespace
    ("  \n \t \n ", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_CASES)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_sample_article_lines_are_sentences(sample_texts: dict[str, str]) -> None:
    text = sample_texts["004_1a762d15a278c5ee"]
    sentences = _sentences(text)
    assert sentences[0] == (
        "Putin emphasizes trade and cultural exchanges in Harbin, China following reaffirmation"
        " of ties with Xi Jinping."
    )
    assert "Reading Time: < 1 minute" in sentences
    assert (
        "Despite the ongoing conflict in Ukraine, the friendly relationship between China and"
        " Russia has only strengthened, with trade between the two countries reaching $240"
        " billion last year."
    ) in sentences


NEWS_ALPHABET = st.sampled_from([*"ab. ?!\n\t\"')(…U.S5,AP—", "Dr.", "U.S.", " The "])


@given(st.one_of(st.text(max_size=300), st.lists(NEWS_ALPHABET, max_size=80).map("".join)))
def test_spans_are_ordered_trimmed_and_cover_every_word(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        sentence = text[start:end]
        assert sentence == sentence.strip()
        assert "\n" not in sentence
        previous_end = end
    covered = {i for start, end in spans for i in range(start, end)}
    assert all(char.isspace() for i, char in enumerate(text) if i not in covered)


_PIECES = [
    "U.S.", "Dr.", "the", "The", "5.5", "...", "?", "!", "”", ")", ".", " ", "  ", "\n", "a",
    "Inc.", "F.", "He", "why?", "\u00a0", "…", "’", "Russia", "3,200 troops",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), st.data())
def test_the_sentence_around_a_position_is_the_one_split_sentences_cuts(
    text: str, data: st.DataObject
) -> None:
    # Figures look up only their own sentence: it must be the same as splitting the whole text.
    _check_around(text, data)


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), st.data())
def test_a_sentence_found_near_its_figure_is_the_one_the_whole_line_gives(
    text: str, data: st.DataObject
) -> None:
    # (the locator looks for sentence ends near a figure first: a tiny window here, so that
    # ends beyond it, runs of stops and long lines all meet its edges)
    window = sentences._WINDOW
    sentences._WINDOW = 3
    try:
        _check_around(text, data)
    finally:
        sentences._WINDOW = window


def _check_around(text: str, data: st.DataObject) -> None:
    spans = split_sentences(text)
    locator = SentenceLocator(text)
    for start in range(len(text)):
        end = data.draw(st.integers(start + 1, min(len(text), start + 12)))
        before = [span for span in spans if span[0] <= start]
        span_start, span_end = before[-1] if before else (start, end)
        assert locator.around(start, end) == (min(span_start, start), max(span_end, end))
