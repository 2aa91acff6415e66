"""Writing tables for people: spreadsheet-safe CSV bytes and table files on disk.

Text cells that a spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, tab or
carriage return; OWASP "CSV injection") get a leading apostrophe. Numeric columns are
left untouched, so values stay numbers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pandas as pd

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _neutralise(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells cannot start a spreadsheet formula."""
    safe = frame.copy()
    for column in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[column]):
            safe[column] = safe[column].map(_neutralise)
    safe.columns = [str(_neutralise(str(column))) for column in safe.columns]
    return safe


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV (with a BOM, so Excel reads accents right) of a spreadsheet-safe copy."""
    return spreadsheet_safe(frame).to_csv(index=False).encode("utf-8-sig")


def write_table(
    frame: pd.DataFrame, directory: Path, name: str, *, file_format: Literal["csv", "parquet"]
) -> Path:
    """Write one table as `<name>.csv` (spreadsheet-safe) or `<name>.parquet` (as is)."""
    directory.mkdir(parents=True, exist_ok=True)
    if file_format == "parquet":
        path = directory / f"{name}.parquet"
        frame.to_parquet(path, index=False)
    else:
        path = directory / f"{name}.csv"
        path.write_bytes(csv_bytes(frame))
    return path
