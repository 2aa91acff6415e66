"""One module per dashboard view; each has `render(context)`."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.controls import Controls
from metrics.selection import rows_of
from metrics.themes import Lexicon
from metrics.types import Tables


@dataclass(frozen=True)
class ViewContext:
    """Everything a view needs: the corpus tables, the lexicon, the choices, the selection."""

    tables: Tables
    lexicon: Lexicon
    controls: Controls
    articles: pd.DataFrame  # the analysed articles the controls select

    def rows(self, name: str) -> pd.DataFrame:
        """Rows of a per-article table for the selected articles."""
        return rows_of(getattr(self.tables, name), self.articles)

    def chart_name(self, stem: str) -> str:
        """A download file name that says what the chart shows."""
        return f"{stem}-{self.controls.granularity}-{self.controls.mode}".replace("_", "-")
