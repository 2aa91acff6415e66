"""Temperatures whose scale the text leaves unsaid: "the mercury hit 45 degrees" is Celsius in
Delhi and "a high of 46 degrees" Fahrenheit in Portland.

The figure grammar reads a bare "degrees" or "25.8°" about the weather as unit `degrees`.
`read_temperature_scales` then reads each as `celsius` or `fahrenheit` by the first evidence
that decides, strongest first:

1. a conversion in brackets right after or before it: "105 degrees (40.9 Celsius)" is
   Fahrenheit, "52.9 degrees (127.22 Fahrenheit)" Celsius;
2. a climate target in its sentence ("1.5 degrees above pre-industrial levels"): Celsius;
3. the temperatures of its sentence that name their scale, when all name the same one;
4. the page's country (`fahrenheit_countries`: the United States and a few others; any other
   country Celsius);
5. a reading no weather reaches in Celsius (`FAHRENHEIT_ONLY_FROM`, 60 degrees: "close to 100
   degrees");
6. the temperatures of the article that name their scale, when all name the same one;
7. the article's words: more that tie it to one scale ("mph", "National Weather Service", a US
   state; "km/h", "Met Office", "New Delhi") than to the other.

A temperature nothing decides keeps unit `degrees` (scale not stated). The word lists are data
(`[temperature_scales]` in `data/figures.toml`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from metrics.types import Figure

__all__ = [
    "CELSIUS",
    "FAHRENHEIT",
    "FAHRENHEIT_ONLY_FROM",
    "UNSTATED",
    "TemperatureScales",
    "read_temperature_scales",
]

UNSTATED = "degrees"
# The hottest air ever measured was 56.7 degrees Celsius: a reading of 60 degrees or more about
# the weather is Fahrenheit.
FAHRENHEIT_ONLY_FROM = 60
CELSIUS = "celsius"
FAHRENHEIT = "fahrenheit"
_OTHER_SCALE = {CELSIUS: FAHRENHEIT, FAHRENHEIT: CELSIUS}

# what stands between a temperature and its conversion in brackets: "105 degrees (40.9 C"
_INTO_BRACKET = re.compile(r"[ \t\u00a0]*[(\[][ \t\u00a0]*(?:about|around|or|roughly)?[ \t\u00a0]*")


@dataclass(frozen=True)
class TemperatureScales:
    """The evidence for a scale the text leaves unsaid (`[temperature_scales]`)."""

    fahrenheit_countries: frozenset[str]  # page domains of countries that use Fahrenheit
    climate: re.Pattern[str]  # "pre-industrial": a warming target, always Celsius
    celsius_words: re.Pattern[str]  # words that tie an article to Celsius ("km/h")
    fahrenheit_words: re.Pattern[str]  # ... and to Fahrenheit ("mph", "Ohio")


def compile_temperature_scales(table: Any, source: str) -> TemperatureScales | None:
    """`[temperature_scales]` compiled; None when `table` is empty. A malformed table is a
    `ValueError` naming `source`."""
    if not table:
        return None
    keys = ("fahrenheit_countries", "climate_words", "celsius_words", "fahrenheit_words")
    if not (
        isinstance(table, Mapping)
        and set(table) == set(keys)
        and all(
            isinstance(table[key], list)
            and table[key]
            and all(isinstance(word, str) and word.strip() for word in table[key])
            for key in keys
        )
    ):
        raise ValueError(
            f"[temperature_scales] must list {', '.join(keys)} (non-empty lists of strings)"
            f" in {source}"
        )
    return TemperatureScales(
        fahrenheit_countries=frozenset(
            country.lower().lstrip(".") for country in table["fahrenheit_countries"]
        ),
        climate=_words(table["climate_words"]),
        celsius_words=_words(table["celsius_words"]),
        fahrenheit_words=_words(table["fahrenheit_words"]),
    )


def _words(words: Sequence[str]) -> re.Pattern[str]:
    """Any of `words` as whole words, longest first, case as written."""
    ordered = sorted({word.strip() for word in words}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, ordered))})(?!\w)")


def read_temperature_scales(
    figures: Iterable[Figure], text: str, country: str, scales: TemperatureScales | None
) -> list[Figure]:
    """`figures` (found in `text`, on a page of `country`) with each temperature of unstated
    scale (unit `degrees`) read as Celsius or Fahrenheit where the evidence decides (see the
    module's docstring); the others unchanged."""
    figures = list(figures)
    if scales is None or not any(figure.unit == UNSTATED for figure in figures):
        return figures
    article_scale = _one_scale(figures)
    words_scale = None  # counted once, only if asked
    read = []
    for index, figure in enumerate(figures):
        if figure.unit == UNSTATED:
            scale = (
                _bracketed_conversion(figures, index, text)
                or (CELSIUS if scales.climate.search(figure.sentence) else None)
                or _one_scale(f for f in figures if f.sentence_start == figure.sentence_start)
                or _country_scale(country, scales)
                or (FAHRENHEIT if figure.value >= FAHRENHEIT_ONLY_FROM else None)
                or article_scale
            )
            if scale is None:
                if words_scale is None:
                    words_scale = _scale_by_words(text, scales) or ""
                scale = words_scale or None
            if scale is not None:
                figure = dataclasses.replace(figure, unit=scale)
        read.append(figure)
    return read


def _bracketed_conversion(figures: Sequence[Figure], index: int, text: str) -> str | None:
    """The scale of a temperature converted in brackets next to `figures[index]`, made the
    other one: "105 degrees (40.9 Celsius)" -> Fahrenheit."""
    figure = figures[index]
    if index + 1 < len(figures):
        after = figures[index + 1]
        if after.unit in _OTHER_SCALE and _INTO_BRACKET.fullmatch(text, figure.end, after.start):
            return _OTHER_SCALE[after.unit]
    if index > 0:
        before = figures[index - 1]
        if before.unit in _OTHER_SCALE and _INTO_BRACKET.fullmatch(text, before.end, figure.start):
            return _OTHER_SCALE[before.unit]
    return None


def _one_scale(figures: Iterable[Figure]) -> str | None:
    """The scale all temperatures among `figures` that name one name, if they agree."""
    named = {figure.unit for figure in figures if figure.unit in _OTHER_SCALE}
    return named.pop() if len(named) == 1 else None


def _country_scale(country: str, scales: TemperatureScales) -> str | None:
    """Fahrenheit on the pages of a country that uses it, Celsius on any other country's."""
    if not country:
        return None
    return FAHRENHEIT if country in scales.fahrenheit_countries else CELSIUS


def _scale_by_words(text: str, scales: TemperatureScales) -> str | None:
    """The scale more of the article's words tie it to, if either."""
    celsius = len(scales.celsius_words.findall(text))
    fahrenheit = len(scales.fahrenheit_words.findall(text))
    if celsius == fahrenheit:
        return None
    return CELSIUS if celsius > fahrenheit else FAHRENHEIT
