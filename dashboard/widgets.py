"""Streamlit pieces every view uses: a chart with its downloads, a table with its CSV."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard.downloads import figure_html
from metrics.export import csv_bytes

NUMBER_COLUMNS = {
    "value": st.column_config.NumberColumn(format="localized", width="medium"),
    "value_max": st.column_config.NumberColumn(format="localized", width="medium"),
    "sentence": st.column_config.TextColumn(width="large"),
    "score": st.column_config.NumberColumn(format="%.4f"),
    "mean_score": st.column_config.NumberColumn(format="%.4f"),
    "per_1k_words": st.column_config.NumberColumn(format="%.2f"),
}


def chart_config(name: str, image_format: str) -> dict:
    """Plotly toolbar settings: the camera button saves `name` as PNG or SVG."""
    return {
        "displaylogo": False,
        "toImageButtonOptions": {
            "format": image_format,
            "filename": name,
            "scale": 2 if image_format == "png" else 1,
        },
    }


def show_chart(
    figure: go.Figure,
    *,
    name: str,
    data: pd.DataFrame,
    image_format: str,
    key: str,
    selectable: bool = False,
):
    """Render a chart with its toolbar image export, and CSV/HTML downloads below it.

    Returns the selection event when `selectable`. Downloads are built only when clicked
    and do not rerun the page.
    """
    event = st.plotly_chart(
        figure,
        theme=None,  # the figure's own template, so image downloads look like the screen
        config=chart_config(name, image_format),
        key=key,
        on_select="rerun" if selectable else "ignore",
        selection_mode="points",
    )
    buttons = st.container(horizontal=True)
    buttons.download_button(
        "Chart data (CSV)",
        data=lambda: csv_bytes(data),
        file_name=f"{name}.csv",
        mime="text/csv",
        on_click="ignore",
        key=f"{key}-csv",
        icon=":material/table:",
    )
    buttons.download_button(
        "Chart (HTML)",
        data=lambda: figure_html(figure),
        file_name=f"{name}.html",
        mime="text/html",
        on_click="ignore",
        key=f"{key}-html",
        icon=":material/bar_chart:",
    )
    return event


def show_table(frame: pd.DataFrame, *, name: str, key: str, height: int | str = "auto") -> None:
    """A table with a CSV download of exactly what it shows."""
    st.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        height=height,
        column_config={k: v for k, v in NUMBER_COLUMNS.items() if k in frame.columns},
    )
    st.download_button(
        f"{name}.csv ({len(frame):,} rows)",
        data=lambda: csv_bytes(frame),
        file_name=f"{name}.csv",
        mime="text/csv",
        on_click="ignore",
        key=f"{key}-download",
        icon=":material/download:",
    )
