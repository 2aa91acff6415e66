"""The Hyperscan prefilter: what it reports is where the patterns match in the text."""

from __future__ import annotations

import pytest

from metrics.fastscan import HYPERSCAN_AVAILABLE, Pattern, Scanner

pytestmark = pytest.mark.skipif(not HYPERSCAN_AVAILABLE, reason="Hyperscan is not installed")


@pytest.mark.parametrize("ends", [True, False])
def test_a_match_that_ends_the_text_is_reported_whatever_the_text_s_length(ends: bool) -> None:
    # Hyperscan 5.4 can miss a match ending where its buffer ends, for some lengths
    scanner = Scanner([Pattern(r"\bab", ends=ends), Pattern(r"\bcd", ends=ends)], ascii_only=True)
    offset = 3 if ends else 1  # where "cd" ends, or starts, after "a" * n and a space
    for length in range(120):
        assert scanner.scan("a" * length + " cd") == [(1, length + offset)], length


def test_nothing_past_the_text_is_reported() -> None:
    # (the scan reads a newline after the text: a match that needs it is none of the text's)
    scanner = Scanner([Pattern(r"x\s", ends=True), Pattern(r"x$", ends=True)])
    assert scanner.scan("ab x") == [(1, 4)]
