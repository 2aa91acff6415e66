"""Writing tables for people: spreadsheet-safe CSV bytes and table files on disk.

Text cells that a spreadsheet would run as a formula get a leading apostrophe, following
OWASP's advice on CSV injection: cells starting with `=`, `+`, `-`, `@`, tab, carriage return
or NUL (OWASP ASVS 1.2.10), also after leading spaces or line breaks (some spreadsheets trim
them on import) and in their full-width forms (`＝`, `＋`, `－`, `＠`, which East Asian
spreadsheet locales read as formulas). Column names are treated the same way. Numeric columns
are left untouched, so values stay numbers; a number in a text column (an id like `-5`) is
text, and is neutralised.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

import pandas as pd

__all__ = ["FORMULA_TRIGGERS", "csv_bytes", "spreadsheet_safe", "write_table"]

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\x00", "＝", "＋", "－", "＠")
# Leading characters a spreadsheet may skip before it looks for a formula trigger.
_LEADING_BLANKS = " \n\x0b\x0c\u00a0\u3000"
# Characters that cannot be written as UTF-8 (lone surrogates) become U+FFFD on the way out.
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def _neutralise(value: object) -> object:
    if not isinstance(value, str):
        return value
    value = _SURROGATES.sub("\ufffd", value)
    if value.lstrip(_LEADING_BLANKS).startswith(FORMULA_TRIGGERS):
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
    return spreadsheet_safe(frame).to_csv(index=False).encode("utf-8-sig", errors="replace")


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
