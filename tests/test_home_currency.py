"""A bare "$" on a page from a country with its own dollar is that dollar."""

from __future__ import annotations

from pathlib import Path

import pytest

from metrics.figures import DEFAULT_RULES_PATH, extract_figures, load_figure_rules
from metrics.home_currency import home_dollar, localise_dollars
from metrics.pipeline import analyze_article
from metrics.themes import load_lexicon
from metrics.types import Article


@pytest.mark.parametrize(
    ("url", "currency"),
    [
        ("https://www.abc.net.au/news/2024/rates", "AUD"),
        ("https://www.nzherald.co.nz/nz/council/", "NZD"),
        ("https://www.cbc.ca/news/canada/toronto/budget", "CAD"),
        ("https://news.com.au:8080/x", "AUD"),
        ("https://www.reuters.com/world/", "USD"),
        ("https://site.ca.com/x", "USD"),  # the last part of the host names the country
        ("", "USD"),
        ("not an address", "USD"),
        ("http://[::1", "USD"),
    ],
)
def test_the_page_address_names_the_dollar(url: str, currency: str) -> None:
    assert home_dollar(url) == currency


def _units(text: str, currency: str) -> list[str]:
    return [figure.unit for figure in localise_dollars(extract_figures(text), currency, text)]


def test_a_local_page_reads_its_own_dollars() -> None:
    text = "The council needs an extra $800 a year, and a $3.59 million deficit remains."
    assert _units(text, "AUD") == ["AUD", "AUD"]


def test_us_dollars_named_as_such_or_an_article_about_the_us_keep_them() -> None:
    assert _units("It paid US$5 billion and $2 billion more.", "CAD") == ["USD", "USD"]
    text = "The U.S. House approved aid.\n\nOf it, $60.8 billion goes to Ukraine."
    assert _units(text, "CAD") == ["USD"]
    assert _units("A cap of $60 per barrel.", "CAD") == ["USD"]


def test_a_conversion_from_another_currency_stays_in_us_dollars() -> None:
    text = "Gazprom lost 629 billion roubles (around $6.9 billion). It plans to spend $5 million."
    assert _units(text, "NZD") == ["RUB", "USD", "NZD"]


def test_another_unit_in_the_sentence_is_no_conversion() -> None:
    text = "The port handled 1.2 million TEU and earned $40 million."
    assert _units(text, "NZD") == ["TEU", "NZD"]


def test_the_pipeline_reads_a_local_page_in_its_dollar() -> None:
    article = Article(
        article_id="au",
        text="Brisbane's council approved a $90 million weir.",
        url="https://www.example.com.au/news/weir",
    )
    (figure,) = analyze_article(article, load_lexicon()).figures
    assert (figure["value"], figure["unit"]) == (90e6, "AUD")


def test_a_home_dollars_table_must_map_domains_to_currency_codes(tmp_path: Path) -> None:
    bundled = DEFAULT_RULES_PATH.read_text(encoding="utf-8")
    without = bundled[: bundled.index("[home_dollars]")]
    path = tmp_path / "figures.toml"
    path.write_text(without + "[home_dollars]\nau = 'aud'\n", encoding="utf-8")
    with pytest.raises(ValueError, match="home_dollars"):
        load_figure_rules(path)
    path.write_text(without, encoding="utf-8")
    assert load_figure_rules(path).home_dollars == {}
