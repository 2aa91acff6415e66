"""Temperatures whose scale the text leaves unsaid: "the mercury hit 45 degrees" is Celsius in
Delhi and "a high of 46 degrees" Fahrenheit in Portland.

The figure grammar reads a bare "degrees" or "25.8°" about the weather as unit `degrees`.
`read_temperature_scales` then reads each as `celsius` or `fahrenheit` by the first evidence
that decides, strongest first:

1. its conversion right after or before it, when the two values convert into each other:
   "105 degrees (40.9 Celsius)" is Fahrenheit, "51 degrees, or 124 degrees Fahrenheit" Celsius
   (not "27C, about 8 degrees warmer than usual");
2. a warming target in its sentence ("1.5 degrees above pre-industrial levels", "hold global
   warming to 1.5 degrees"; `warming_words` only with a few degrees): Celsius;
3. the other temperatures of its sentence, when all that are no conversion take one scale;
4. the page's country (`fahrenheit_countries`: the United States and a few others; any other
   country Celsius: papers elsewhere convert American heat, "Death Valley reached 54 degrees");
5. a reading no weather reaches in Celsius (`FAHRENHEIT_ONLY_FROM`, 60 degrees: "close to 100
   degrees") on a page of no known country;
6. the other temperatures of the article, when all that are no conversion take one scale;
7. the places and words of its sentence, then of its article ("In Delhi"; "mph", "National
   Weather Service", a US state; "km/h", "Met Office"), when more tie it to one scale.

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
    "WARMING_AT_MOST",
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

# what stands between a temperature and its conversion: "105 degrees (40.9 C", "51 degrees, or
# 124", "51 degrees — about 124", "45 degrees or about 113"
_SPACE = r"[ \t\u00a0]"
_CONVERSION_BETWEEN = re.compile(
    rf"{_SPACE}*(?:[(\[,—–]|--?){_SPACE}*(?:(?:or|about|around|roughly|nearly|some|approximately)"
    rf"{_SPACE}+){{0,2}}|{_SPACE}+(?:or|about|or about|roughly){_SPACE}+"
)
# a warming of a few degrees is a climate's, in Celsius: "warmed about 1.2 degrees since"
WARMING_AT_MOST = 2.5
# how near two readings must be to convert into each other: a degree and a half, or 3 %
_CONVERSION_SLACK = 1.5
_CONVERSION_SHARE = 0.03


@dataclass(frozen=True)
class TemperatureScales:
    """The evidence for a scale the text leaves unsaid (`[temperature_scales]`)."""

    fahrenheit_countries: frozenset[str]  # page domains of countries that use Fahrenheit
    climate: re.Pattern[str]  # "pre-industrial": a warming target, always Celsius
    warming: re.Pattern[str]  # "global warming": ... with a few degrees
    celsius_words: re.Pattern[str]  # words that tie an article to Celsius ("km/h")
    fahrenheit_words: re.Pattern[str]  # ... and to Fahrenheit ("mph", "Ohio")


def compile_temperature_scales(table: Any, source: str) -> TemperatureScales | None:
    """`[temperature_scales]` compiled; None when `table` is empty. A malformed table is a
    `ValueError` naming `source`."""
    if not table:
        return None
    keys = (
        "fahrenheit_countries",
        "climate_words",
        "warming_words",
        "celsius_words",
        "fahrenheit_words",
    )
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
        warming=_words(table["warming_words"]),
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
    converted = {
        index: scale for index in range(len(figures)) if (scale := _converted(figures, index, text))
    }
    conversions = {index for index in range(len(figures)) if _is_a_conversion(figures, index, text)}
    article_scale = _one_scale(
        figure.unit for index, figure in enumerate(figures) if index not in conversions
    )
    words_scale = None  # counted once, only if asked
    read = []
    for index, figure in enumerate(figures):
        if figure.unit == UNSTATED:
            scale = (
                converted.get(index)
                or (CELSIUS if _warming_target(figure, scales) else None)
                or _one_scale(
                    converted.get(other) or f.unit
                    for other, f in enumerate(figures)
                    if f.sentence_start == figure.sentence_start
                    and other != index
                    and other not in conversions
                )
                or _country_scale(country, scales)
                or (FAHRENHEIT if figure.value >= FAHRENHEIT_ONLY_FROM else None)
                or article_scale
                or _scale_by_words(figure.sentence, scales)
            )
            if scale is None:
                if words_scale is None:
                    words_scale = _scale_by_words(text, scales) or ""
                scale = words_scale or None
            if scale is not None:
                figure = dataclasses.replace(figure, unit=scale)
        read.append(figure)
    return read


def _converted(figures: Sequence[Figure], index: int, text: str) -> str | None:
    """The scale of a bare temperature whose conversion stands next to it, the other one:
    "105 degrees (40.9 Celsius)" -> Fahrenheit, "(127.22 Fahrenheit)" after it -> Celsius."""
    if figures[index].unit != UNSTATED:
        return None
    for other in (index + 1, index - 1):
        if 0 <= other < len(figures) and figures[other].unit in _OTHER_SCALE:
            first, second = sorted((index, other))
            if _CONVERSION_BETWEEN.fullmatch(
                text, figures[first].end, figures[second].start
            ) and _convert_into_each_other(figures[index].value, figures[other]):
                return _OTHER_SCALE[figures[other].unit]
    return None


def _convert_into_each_other(bare: float, named: Figure) -> bool:
    """Whether `bare` degrees are `named`'s reading in the other scale, as a level or as a
    difference: 40.9 Celsius is 105.6 Fahrenheit, "1 to 1.5 Celsius" warmer 1.8 to 2.7."""
    if named.unit == CELSIUS:
        candidates = (named.value * 9 / 5 + 32, named.value * 9 / 5)
    else:
        candidates = ((named.value - 32) * 5 / 9, named.value * 5 / 9)
    return any(
        abs(bare - value) <= max(_CONVERSION_SLACK, _CONVERSION_SHARE * abs(value))
        for value in candidates
    )


def _is_a_conversion(figures: Sequence[Figure], index: int, text: str) -> bool:
    """Whether `figures[index]`, a temperature, converts the temperature right before it."""
    if index == 0:
        return False
    before, figure = figures[index - 1], figures[index]
    if not (
        before.unit in (*_OTHER_SCALE, UNSTATED)
        and figure.unit in _OTHER_SCALE
        and _CONVERSION_BETWEEN.fullmatch(text, before.end, figure.start)
    ):
        return False
    if before.unit == UNSTATED:
        return _convert_into_each_other(before.value, figure)
    return before.unit != figure.unit and _convert_into_each_other(figure.value, before)


def _warming_target(figure: Figure, scales: TemperatureScales) -> bool:
    """Whether the sentence sets a climate target, or speaks of a warming of a few degrees."""
    return bool(
        scales.climate.search(figure.sentence)
        or (abs(figure.value) <= WARMING_AT_MOST and scales.warming.search(figure.sentence))
    )


def _one_scale(units: Iterable[str]) -> str | None:
    """The one scale among `units`, if they name only one."""
    named = {unit for unit in units if unit in _OTHER_SCALE}
    return named.pop() if len(named) == 1 else None


def _country_scale(country: str, scales: TemperatureScales) -> str | None:
    """Fahrenheit on the pages of a country that uses it, Celsius on any other country's."""
    if not country:
        return None
    return FAHRENHEIT if country in scales.fahrenheit_countries else CELSIUS


def _scale_by_words(text: str, scales: TemperatureScales) -> str | None:
    """The scale more of the words of `text` tie it to, if either."""
    celsius = len(scales.celsius_words.findall(text))
    fahrenheit = len(scales.fahrenheit_words.findall(text))
    if celsius == fahrenheit:
        return None
    return CELSIUS if celsius > fahrenheit else FAHRENHEIT
