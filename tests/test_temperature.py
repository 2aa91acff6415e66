"""Temperatures of unstated scale: "the mercury hit 45 degrees" is Celsius in Delhi and "a high
of 46 degrees" Fahrenheit in Portland; where nothing decides, the unit says "degrees"."""

from __future__ import annotations

from pathlib import Path

import pytest

from metrics.figures import DEFAULT_RULES_PATH, extract_figures, load_figure_rules
from metrics.home_currency import figures_as_published

INDIAN_PAGE = "https://www.thehindu.com/news/national/heat/article1.ece"
AUSTRALIAN_PAGE = "https://www.smh.com.au/environment/weather/heat-20240101.html"
US_PAGE = "https://www.oregonlive.com/weather/2023/05/heat.html"
UNKNOWN_PAGE = "https://www.example-news.com/world/heat"


def _temperatures(text: str, url: str = "") -> list[tuple[float, str]]:
    return [
        (figure.value, figure.unit)
        for figure in figures_as_published(text, url)
        if figure.category == "other"
    ]


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        # the page's country
        ("The thermometers hit 45 degrees at Gaya and Patna.", INDIAN_PAGE, [(45, "celsius")]),
        (
            "Parramatta is forecast to reach 40 degrees on Tuesday.",
            AUSTRALIAN_PAGE,
            [(40, "celsius")],
        ),
        ("It hovered around a high of 46 degrees all week.", US_PAGE, [(46, "fahrenheit")]),
        # (words of angles and degrees of study that weather stories use too)
        (
            "Melbourne is heading for 40 degrees, its hottest day.",
            AUSTRALIAN_PAGE,
            [(40, "celsius")],
        ),
        (
            "Temperatures hit 43 degrees in Adelaide, a University of Adelaide expert said.",
            AUSTRALIAN_PAGE,
            [(43, "celsius")],
        ),
        # a conversion in brackets names the other scale, whatever the page's country
        (
            "Melbourne's high reached 105 degrees (40.9 Celsius) on Nov. 21.",
            AUSTRALIAN_PAGE,
            [(105, "fahrenheit"), (40.9, "celsius")],
        ),
        (
            "Delhi recorded its highest temperature at 52.9 degrees (127.22 Fahrenheit).",
            US_PAGE,
            [(52.9, "celsius"), (127.22, "fahrenheit")],
        ),
        (
            "The waters were about 2 to 3 degrees (1 to 1.5 Celsius) warmer than normal.",
            UNKNOWN_PAGE,
            [(2, "fahrenheit"), (1, "celsius")],
        ),
        # ... or a conversion after a comma or a dash
        (
            "Jacobabad hit 51 degrees, or 124 degrees Fahrenheit.",
            US_PAGE,
            [(51, "celsius"), (124, "fahrenheit")],
        ),
        # a warming target is Celsius, even on an American page, as a warming of a few degrees
        (
            "Warming must be held to 1.5 degrees above pre-industrial temperatures.",
            US_PAGE,
            [(1.5, "celsius")],
        ),
        (
            "The world has warmed about 1.2 degrees since the late 19th century.",
            US_PAGE,
            [(1.2, "celsius")],
        ),
        # the places of a sentence on a page of no known country; elsewhere the page's country
        ("In Delhi, the mercury hit 45 degrees on Monday.", UNKNOWN_PAGE, [(45, "celsius")]),
        (
            "In California's Death Valley the mercury reached 54 degrees.",
            AUSTRALIAN_PAGE,
            [(54, "celsius")],
        ),
        # the sentence's other reading decides, not its conversion
        (
            "The forecast high is 12 degrees (54 Fahrenheit), and overnight lows of 5 degrees.",
            US_PAGE,
            [(12, "celsius"), (54, "fahrenheit"), (5, "celsius")],
        ),
        # the scale the sentence names for its other temperatures
        (
            "The maximum was 44 degrees Celsius and the minimum 33.8 degrees.",
            UNKNOWN_PAGE,
            [(44, "celsius"), (33.8, "celsius")],
        ),
        # no weather reaches 60 degrees Celsius; a fever of 103 is Fahrenheit anywhere
        (
            "Temperatures could reach close to 100 degrees this week.",
            UNKNOWN_PAGE,
            [(100, "fahrenheit")],
        ),
        ("The child had a high temperature of 103 degrees.", UNKNOWN_PAGE, [(103, "fahrenheit")]),
        # a comma after a reading is no conversion unless the values convert
        (
            "Dublin recorded 27C, about 8 degrees warmer than usual.",
            UNKNOWN_PAGE,
            [(27, "celsius"), (8, "celsius")],
        ),
        # "warming" of the weather is no climate's
        (
            "Warming centers will open as lows dip to 4 degrees.",
            US_PAGE,
            [(4, "fahrenheit")],
        ),
        # the article's words: Sydney and the Bureau of Meteorology, or Ohio and mph
        (
            "Sydney sweltered. Minima of 25.8° yesterday and 26.2° this morning, the Bureau of"
            " Meteorology said.",
            UNKNOWN_PAGE,
            [(25.8, "celsius"), (26.2, "celsius")],
        ),
        (
            "Winds of 40 mph swept Ohio, and temperatures fell to 28 degrees overnight.",
            UNKNOWN_PAGE,
            [(40, "mph"), (28, "fahrenheit")],
        ),
        # nothing decides: the scale stays unstated rather than guessed
        ("The temperature was 30 degrees at noon.", UNKNOWN_PAGE, [(30, "degrees")]),
        ("The temperature was 30 degrees at noon.", "", [(30, "degrees")]),
    ],
)
def test_a_bare_temperature_takes_the_scale_its_evidence_gives(
    text: str, url: str, expected: list[tuple[float, str]]
) -> None:
    assert _temperatures(text, url) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Minus 62 degrees along the route, the coldest on record.",
        "Temperatures fell to -62° in Yakutia.",
    ],
)
def test_a_temperature_below_zero_keeps_its_sign(text: str) -> None:
    assert [figure.value for figure in extract_figures(text)] == [-62]


@pytest.mark.parametrize(
    "text",
    [
        "The company did a 180-degree turn on its pricing.",
        "He turned 90 degrees to face the cameras.",
        "The site lies at 45 degrees north, where the weather is mild.",  # a latitude
        "Over 500 students received degrees this year.",
        "The fault runs at an angle of 30 degrees.",
        # near words of the weather: an angle, a latitude, a degree of study, a change of mind,
        # an oven, lava
        "The plane banked 45 degrees in cold, turbulent weather.",
        "The storm was near 25.3°N 88.1°W, with maximum sustained winds of 120 mph.",
        "Above 66 degrees of latitude, the Arctic is cold all year.",
        "She has two degrees in meteorology and a doctorate, and forecasts the weather.",
        "On the hot-button issue, the minister has shifted 180 degrees.",
        "Preheat the oven to 200 degrees until the crust is hot.",
        "The lava was as hot as 1,100 degrees, volcanologists said.",
    ],
)
def test_degrees_that_are_no_temperature_are_no_temperature(text: str) -> None:
    units = {figure.unit for figure in extract_figures(text)}
    assert not units & {"degrees", "celsius", "fahrenheit"}


def test_a_range_of_temperatures_is_one_figure() -> None:
    (figure,) = figures_as_published(
        "Experts predict heat will push the mercury to 38-40 degrees.", INDIAN_PAGE
    )
    assert (figure.value, figure.value_max, figure.unit) == (38, 40, "celsius")


def test_a_malformed_scales_table_is_refused_at_load(tmp_path: Path) -> None:
    text = DEFAULT_RULES_PATH.read_text(encoding="utf-8")
    start = text.index("[temperature_scales]")
    end = text.index("\n[", start + 1)
    broken = text[:start] + '[temperature_scales]\nfahrenheit_countries = "us"\n' + text[end:]
    path = tmp_path / "figures.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ValueError, match=r"\[temperature_scales\] must list"):
        load_figure_rules(path)
