"""Exports: CSV cells a spreadsheet would run as formulas are neutralised; numbers stay numbers."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from metrics.export import csv_bytes, spreadsheet_safe, write_table


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('=HYPERLINK("http://x","click")', '\'=HYPERLINK("http://x","click")'),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTAB", "'\tTAB"),
        ("\rCR", "'\rCR"),
        ("\x00=1+1", "'\x00=1+1"),  # NUL (OWASP ASVS 1.2.10)
        ("  =1+1", "'  =1+1"),  # leading blanks some spreadsheets trim on import
        ("\n@SUM(A1)", "'\n@SUM(A1)"),
        ("＝1+1", "'＝1+1"),  # full-width equals sign
        ("Putin met Xi", "Putin met Xi"),  # ordinary text is unchanged
        ("a=b", "a=b"),  # a trigger later in the cell is harmless
        ("", ""),
    ],
)
def test_formula_cells_get_a_leading_apostrophe(cell: str, expected: str) -> None:
    frame = pd.DataFrame({"sentence": [cell]})
    assert spreadsheet_safe(frame)["sentence"].iloc[0] == expected


def test_numeric_columns_are_untouched() -> None:
    frame = pd.DataFrame({"value": [-5.0, 240e9], "count": [-1, 3], "unit": ["USD", "=x"]})
    parsed = pd.read_csv(io.BytesIO(csv_bytes(frame)), encoding="utf-8-sig")
    assert parsed["value"].tolist() == [-5.0, 240e9]
    assert parsed["count"].tolist() == [-1, 3]
    assert parsed["unit"].tolist() == ["USD", "'=x"]


def test_csv_starts_with_a_bom_so_spreadsheets_read_utf8() -> None:
    assert csv_bytes(pd.DataFrame({"a": ["é"]})).startswith(b"\xef\xbb\xbf")


def test_write_table_writes_csv_and_parquet(tmp_path) -> None:
    frame = pd.DataFrame({"article_id": ["a"], "count": [2]})
    csv_path = write_table(frame, tmp_path, "t", file_format="csv")
    parquet_path = write_table(frame, tmp_path, "t", file_format="parquet")
    assert pd.read_csv(csv_path, encoding="utf-8-sig").equals(frame)
    assert pd.read_parquet(parquet_path).equals(frame)


def test_column_names_are_neutralised_too() -> None:
    assert list(spreadsheet_safe(pd.DataFrame({"=cmd": ["x"]})).columns) == ["'=cmd"]


def test_lone_surrogates_cannot_break_the_utf8_export() -> None:
    frame = pd.DataFrame({"title": ["caf\udce9 \ud800"]}, dtype=object)
    data = csv_bytes(frame)
    assert data.decode("utf-8-sig").splitlines()[1] == "caf\ufffd \ufffd"
