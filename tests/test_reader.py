"""The article reader's HTML: highlights that explain themselves, and nothing that can run."""

from __future__ import annotations

import pandas as pd

from dashboard.reader import highlight_html, legend_html
from dashboard.safe import md_escape

COLORS = {"trade": "#1f77b4", "energy": "#2ca02c"}
LABELS = {"trade": "Trade", "energy": "Energy"}
NO_FIGURES = pd.DataFrame(columns=["start", "end", "value", "unit", "qualifier", "category"])


def _hits(rows: list[tuple[str, str, int, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["theme", "term", "start", "end"])


def test_theme_terms_are_tinted_and_say_why() -> None:
    text = "Oil exports rose."
    html = highlight_html(
        text, _hits([("energy", "oil", 0, 3), ("trade", "export*", 4, 11)]), NO_FIGURES,
        colors=COLORS, labels=LABELS,
    )  # fmt: skip
    assert 'title="Energy: matches lexicon term “oil”"' in html
    assert "#2ca02c" in html and ">Oil</span>" in html
    assert ">exports</span>" in html and "rose." in html


def test_figures_are_boxed_with_their_value_and_unit() -> None:
    text = "Trade reached $240 billion."
    figures = pd.DataFrame(
        [{"start": 14, "end": 26, "value": 240e9, "unit": "USD", "qualifier": "",
          "category": "trade"}]
    )  # fmt: skip
    html = highlight_html(text, _hits([]), figures, colors=COLORS, labels=LABELS)
    assert "Figure: 240,000,000,000 USD, category trade" in html
    assert ">$240 billion</span>" in html


def test_overlapping_highlights_keep_every_reason() -> None:
    text = "3,200 troops"
    figures = pd.DataFrame(
        [{"start": 0, "end": 12, "value": 3200.0, "unit": "troops", "qualifier": "over",
          "category": "troops"}]
    )  # fmt: skip
    html = highlight_html(
        text, _hits([("trade", "troops", 6, 12)]), figures, colors=COLORS, labels=LABELS
    )
    assert "Figure: 3,200 troops (over)" in html
    assert "Trade: matches lexicon term “troops” · Figure" in html


def test_markup_in_the_text_is_shown_as_text() -> None:
    text = '<script>alert(1)</script> <img src=x onerror="alert(2)"> Oil'
    html = highlight_html(
        text, _hits([("energy", "oil", len(text) - 3, len(text))]), NO_FIGURES,
        colors=COLORS, labels=LABELS,
    )  # fmt: skip
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "onerror=&quot;alert(2)&quot;" in html


def test_a_quote_in_a_term_cannot_break_out_of_the_title() -> None:
    html = highlight_html(
        "gas", _hits([("energy", '" onmouseover="alert(1)', 0, 3)]), NO_FIGURES,
        colors=COLORS, labels=LABELS,
    )  # fmt: skip
    assert 'onmouseover="' not in html
    assert "&quot; onmouseover=&quot;alert(1)" in html


def test_labels_in_the_legend_are_escaped() -> None:
    html = legend_html({"x": "#000"}, {"x": "<b>X</b>"}, ["x"])
    assert "&lt;b&gt;X&lt;/b&gt;" in html


def test_markdown_escape_neutralises_links_images_and_formulas() -> None:
    escaped = md_escape("[click](javascript:alert(1)) ![i](http://x/y.png) $x^2$ # Title")
    assert "\\[click\\]\\(javascript\\:alert\\(1\\)\\)" in escaped
    assert "\\!\\[i\\]" in escaped and "\\$x^2\\$" in escaped and "\\# Title" in escaped
