"""The dollar of an article's country: "$800" on an Australian council's page is AUD.

The figure grammar reads a bare dollar sign ("$800") or bare "dollars" as US dollars, the
reading of international news. A page published in a country with its own dollar writes its
own currency that way, and US dollars as "US$" or "USD". The country comes from the article's
web address (the last part of its host name: ".au", ".co.nz", ".ca"); the table is data
(`[home_dollars]` in `data/figures.toml`, compiled into `FigureRules.home_dollars`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from metrics.figures import FigureRules, load_figure_rules
from metrics.types import Figure

__all__ = ["US_DOLLAR", "home_dollar", "localise_dollars"]

US_DOLLAR = "USD"
# An article about the United States or a world market keeps US dollars: "US$", "the U.S.",
# "Washington", a price per barrel ("a cap of sixty dollars per barrel" on a Canadian page).
_US_CONTEXT = re.compile(
    r"US\$|U\.S\.|\$US|\bUSD\b|\bUS\b|\bUnited States\b|\bAmerican?\b|\bWashington\b"
    r"|\bgreenbacks?\b|\bbarrels?\b|\bWall Street\b|\bFederal Reserve\b"
)


@functools.cache
def _currencies() -> frozenset[str]:
    """The currency units of the bundled figure rules ("RUB", "CNY"; not "TEU")."""
    return frozenset(rule.unit for rule in load_figure_rules().units.values() if rule.money)


def home_dollar(url: str, rules: FigureRules | None = None) -> str:
    """The currency a bare "$" means on the page at `url` (`rules.home_dollars`, by default
    the bundled ones); "USD" when its domain names no country with a dollar of its own (or
    there is no address)."""
    if not url:
        return US_DOLLAR
    table = (rules or load_figure_rules()).home_dollars
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return US_DOLLAR
    return table.get(host.rsplit(".", 1)[-1], US_DOLLAR) if "." in host else US_DOLLAR


def localise_dollars(figures: Iterable[Figure], currency: str, text: str = "") -> list[Figure]:
    """`figures` (found in `text`) with each US-dollar amount read as `currency` where nothing
    speaks of US dollars: not in an article that names the US, "US$" or a barrel's price, not
    in a sentence that converts another currency ("629 billion roubles (around $6.9 billion)")."""
    figures = list(figures)
    if currency == US_DOLLAR or _US_CONTEXT.search(text):
        return figures  # (an article that speaks of the US may mean US dollars anywhere)
    # a sentence that converts another currency keeps US dollars: "629 billion roubles (around
    # $6.9 billion)" is a wire's conversion, not a local amount
    currencies = _currencies()
    converting = {
        figure.sentence_start
        for figure in figures
        if figure.unit in currencies and figure.unit not in (US_DOLLAR, currency)
    }
    return [
        dataclasses.replace(figure, unit=currency)
        if figure.unit == US_DOLLAR and figure.sentence_start not in converting
        else figure
        for figure in figures
    ]
