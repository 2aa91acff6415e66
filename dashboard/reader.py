"""The article reader's HTML: cleaned text with theme terms and figures highlighted.

Every piece of corpus text is HTML-escaped here (and Streamlit's `st.html` sanitises the
result again), so nothing from an uploaded file can run in the browser.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from html import escape

import pandas as pd

from dashboard.formatting import format_number

FIGURE_STYLE = (
    "font-weight:600;border:1.5px solid #333;border-radius:3px;padding:0 2px;background:#fff8c5"
)


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    kind: str  # "theme" or "figure"
    key: str  # theme name, or "figure"
    why: str


def _theme_marks(hits: pd.DataFrame, labels: dict[str, str]) -> list[_Mark]:
    return [
        _Mark(
            int(hit.start),
            int(hit.end),
            "theme",
            str(hit.theme),
            f"{labels.get(hit.theme, hit.theme)}: matches lexicon term “{hit.term}”",
        )
        for hit in hits.itertuples(index=False)
    ]


def _figure_marks(figures: pd.DataFrame) -> list[_Mark]:
    marks = []
    for figure in figures.itertuples(index=False):
        qualifier = (
            f" ({figure.qualifier})"
            if isinstance(figure.qualifier, str) and figure.qualifier
            else ""
        )
        marks.append(
            _Mark(
                int(figure.start),
                int(figure.end),
                "figure",
                "figure",
                f"Figure: {format_number(figure.value)} {figure.unit}{qualifier}, "
                f"category {figure.category}",
            )
        )
    return marks


def highlight_html(
    text: str,
    hits: pd.DataFrame,
    figures: pd.DataFrame,
    *,
    colors: dict[str, str],
    labels: dict[str, str],
) -> str:
    """HTML of `text` with each theme hit tinted in its theme's colour and figures boxed.

    Hovering a highlight (its `title`) says why it was counted.
    """
    marks = _theme_marks(hits, labels) + _figure_marks(figures)
    marks = [mark for mark in marks if 0 <= mark.start < mark.end <= len(text)]
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    parts = []
    for start, end in itertools.pairwise(bounds):
        segment = escape(text[start:end])
        active = [mark for mark in marks if mark.start <= start and end <= mark.end]
        if not active:
            parts.append(segment)
            continue
        title = escape(" · ".join(dict.fromkeys(mark.why for mark in active)), quote=True)
        themes = [mark.key for mark in active if mark.kind == "theme"]
        style = ""
        if themes:
            color = colors.get(themes[0], "#999999")
            style += f"background:{color}33;border-bottom:3px solid {color};"
        if any(mark.kind == "figure" for mark in active):
            style += FIGURE_STYLE
        parts.append(f'<span style="{escape(style, quote=True)}" title="{title}">{segment}</span>')
    body = "".join(parts)
    return (
        '<div style="white-space:pre-wrap;line-height:1.7;font-size:1rem;max-width:52rem">'
        f"{body}</div>"
    )


def legend_html(colors: dict[str, str], labels: dict[str, str], themes: list[str]) -> str:
    """A one-line legend of highlight styles."""
    items = [
        f'<span style="background:{escape(colors.get(t, "#999"))}33;'
        f'border-bottom:3px solid {escape(colors.get(t, "#999"))};padding:0 4px">'
        f"{escape(labels.get(t, t))}</span>"
        for t in themes
    ]
    items.append(f'<span style="{FIGURE_STYLE}">figure</span>')
    return (
        '<div style="display:flex;gap:12px;flex-wrap:wrap;font-size:0.9rem">'
        + "".join(items)
        + '<span style="color:#666">Hover a highlight to see why it was counted.</span></div>'
    )
