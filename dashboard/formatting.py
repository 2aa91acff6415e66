"""Numbers written for people."""

from __future__ import annotations


def format_number(value: float) -> str:
    """240000000000.0 -> '240,000,000,000'; 6.9 -> '6.9'; 1e300 -> '1e+300'."""
    value = float(value)
    if value.is_integer() and abs(value) < 1e18:
        return f"{int(value):,}"
    if abs(value) >= 1e18:
        return f"{value:.4g}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")
