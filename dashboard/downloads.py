"""Download payloads as bytes: built only when a download is clicked, and unit-tested."""

from __future__ import annotations

import io
import json
import zipfile

import plotly.graph_objects as go

from metrics.export import csv_bytes
from metrics.pipeline import TABLE_NAMES
from metrics.types import Tables


def figure_html(figure: go.Figure) -> bytes:
    """A standalone interactive HTML page of a chart (plotly.js loaded from its CDN)."""
    return figure.to_html(include_plotlyjs="cdn", full_html=True).encode("utf-8")


def bundle_zip(
    tables: Tables,
    *,
    charts: dict[str, go.Figure],
    chart_data: dict[str, object],
    settings: dict,
    lexicon_toml: str,
) -> bytes:
    """One zip with every table (CSV), each chart (HTML) and its data (CSV), and the settings.

    `settings` (JSON) and `lexicon.toml` record how the numbers were made, so a view can be
    rebuilt.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        for name in TABLE_NAMES:
            bundle.writestr(f"tables/{name}.csv", csv_bytes(getattr(tables, name)))
        for name, figure in charts.items():
            bundle.writestr(f"charts/{name}.html", figure_html(figure))
        for name, frame in chart_data.items():
            bundle.writestr(f"charts/{name}.csv", csv_bytes(frame))
        bundle.writestr("settings.json", json.dumps(settings, indent=2, default=str))
        bundle.writestr("lexicon.toml", lexicon_toml)
    return buffer.getvalue()
