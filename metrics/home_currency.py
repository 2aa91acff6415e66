"""Currencies as the page's country writes them: "$800" on an Australian council's page is AUD,
"Sh4.2 billion" on a Ugandan page UGX, "R2.5 billion" on a South African page rand.

The figure grammar reads a currency sign or word that several countries share by its usual
international meaning: a bare "$" or "dollars" as US dollars, "Sh" and "shillings" as Kenyan,
"Rs" and "rupees" as Indian. A page published in a country with a currency of the same name
means its own. The country comes from the article's web address: the last part of its host
name (".au", ".co.nz", ".ug"), or the host of a national paper on a .com address
(`[home_hosts]`). The tables are data (`[home_currencies]` in `data/figures.toml`).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from metrics.figures import (
    FigureRules,
    HomeCurrencies,
    extract_figures,
    load_figure_rules,
    rules_at_home,
)
from metrics.temperature import read_temperature_scales
from metrics.types import Figure

__all__ = [
    "US_DOLLAR",
    "figures_as_published",
    "home_country",
    "in_world_news",
    "localise_currencies",
]

US_DOLLAR = "USD"
_PER = "_per_"  # exchange-rate units: "RUB_per_USD"
# An article about the United States or a world market keeps US dollars: "US$", "the U.S.",
# "Washington", a price per barrel ("a cap of sixty dollars per barrel" on a Canadian page).
_US_CONTEXT = re.compile(
    r"US\$|U\.S\.|\$US|\bUSD\b|\bUS\b|\bUnited States\b|\bAmerican?\b|\bWashington\b"
    r"|\bgreenbacks?\b|\bbarrels?\b|\bWall Street\b|\bFederal Reserve\b|\bNasdaq\b|\bNYSE\b"
    r"|\bDow Jones\b|\bS&P 500\b"
)
# ... and a wire's story, which writes a country's own dollar with its sign ("C$", "A$"): one
# that opens with the wire's dateline ("(Bloomberg) -- Russia expects to sell gas at $271.6" on
# a Canadian page, "OTTAWA (Reuters) -"; not a related story's line further down)
_WIRE_OPENING = re.compile(
    r"(?m)^(?:[A-Z][A-Z .,'’-]{1,40})?\((?:Bloomberg|Reuters)\)[ \t]*[-\u2013\u2014]"
)
_WIRE_OPENING_REACH = 600  # characters: the story's first lines
# ... and a sentence that quotes a Chicago or New York futures price: "CBOT wheat settled 7 cents
# higher to $5.28" (the local prices around it stay local)
_FUTURES_SENTENCE = re.compile(r"\bCBOT\b|\bChicago Board of Trade\b|\bNymex\b|\bNYMEX\b")


# a host named in a url's path: "/www.couriermail.com.au/news/", "/https://www.dawn.com/news/"
_EMBEDDED_HOST = re.compile(
    r"/(?:https?:/+|(?=www\.))((?:[a-z0-9-]+\.)+[a-z]{2,})(?=/|$)", re.IGNORECASE
)

# an amount written in US dollars as such, and what stands between it and a bracketed one
_EXPLICIT_US = re.compile(r"US\$|U\.S\.\$|\$US|\bUSD\b|\bU\.?S\.? dollars\b|\[US\]")
_BRACKET_BETWEEN = re.compile(r"[ \t]*[(\[][ \t]*")


@functools.cache
def _currencies() -> frozenset[str]:
    """The currency units of the bundled figure rules ("RUB", "CNY"; not "TEU")."""
    return frozenset(rule.unit for rule in load_figure_rules().units.values() if rule.money)


# a page's section of world news, first in its address's path or after "news" or a date
# ("/world/", "/news/world/", "/2014/01/16/news/world/", "/article/world-news/"; not
# "/travel/world/", "/sport/cricket/international/")
_WORLD_SECTION = re.compile(
    r"^/(?:(?:news|article|home|en|\d+)/){0,4}(?:world|world-news|worldnews)(?:/|$)", re.I
)


# the generic domains a site's own name may name its country on (`[home_host_words]`), and
# the hosting sites whose subdomain is the site's name ("kenyanews.blogspot.com")
_GENERIC_DOMAINS = frozenset({"com", "net", "org", "info", "news", "online", "live", "biz"})
_HOSTING_SITES = frozenset({"blogspot", "wordpress", "substack", "medium", "tumblr"})


def in_world_news(url: str) -> bool:
    """Whether the page at `url` is in its site's world news ("/world/europe/...")."""
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return False
    return _WORLD_SECTION.match(path) is not None


def home_country(url: str, rules: FigureRules | None = None) -> str:
    """The country domain of the page at `url` ("au" for a .com.au page, "pk" for dawn.com by
    `rules.home_hosts`, "lk" for lankanewsroot.com by `rules.home_host_words`); "" when there
    is no address or its host names no country."""
    if not url:
        return ""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return ""
    if "." not in host:
        return ""
    rules = rules or load_figure_rules()
    labels = host.split(".")
    for first in range(len(labels) - 1):  # "epaper.dawn.com" is dawn.com's
        suffix = ".".join(labels[first:])
        country = rules.home_hosts.get(suffix)
        if country is not None:
            return country
        names = rules.home_paths.get(suffix)
        if names is not None:  # "pressreader.com/australia/townsville-bulletin/..."
            return names.get(parts.path.strip("/").split("/")[0].lower(), "")
    last = labels[-1]
    if len(last) == 2 and last.isalpha():
        return last
    if last in _GENERIC_DOMAINS and len(labels) > 1:  # "lankanewsroot.com", "ghanaweb.com"
        name = labels[-2] if labels[-2] not in _HOSTING_SITES or len(labels) < 3 else labels[-3]
        for word, country in rules.home_host_words:
            if word in name:
                return country
    # a proxy's or an archive's copy names the page it copies in its path:
    # "newsbite.mooo.com/www.couriermail.com.au/news/...", "web.archive.org/web/2019/https://..."
    embedded = _EMBEDDED_HOST.search(parts.path)
    return home_country(f"https://{embedded.group(1)}/", rules) if embedded else ""


def localise_currencies(
    figures: Iterable[Figure],
    country: str,
    text: str = "",
    rules: FigureRules | None = None,
    *,
    world_news: bool = False,
    url: str = "",
) -> list[Figure]:
    """`figures` (found in `text`) with each shared currency read as `country`'s own
    (`[home_currencies.<country>] instead`). US dollars stay US dollars in an article that
    names the US, "US$" or a barrel's price, in a page's world news (`world_news`: a wire's
    "Kuwait pledged $500 million" on a Jamaican page), and in a sentence that converts another
    currency ("629 billion roubles (around $6.9 billion)"). `url`: the page's address, whose
    words may name the country of a shared currency ("/morocco-looks-for-funds")."""
    rules = rules or load_figure_rules()
    home = rules.home_currencies.get(country)
    figures = _cents_at_home(list(figures), home)
    read = {figure.unit.partition(_PER)[0] for figure in figures}  # (most articles: no money)
    instead = {unit: own for unit, own in (home.instead if home else {}).items() if unit in read}
    instead.update(_named_in_article(text, url, rules, decided=instead, read=read))
    if not instead:
        return figures
    own_dollar = instead.get(US_DOLLAR)
    converted = set()  # "$US1b ($1.6b)": the bracketed amount is the page's own dollars
    if own_dollar is not None:
        converted = _bracketed_conversions(figures, text)
        if (
            world_news
            or _US_CONTEXT.search(text)
            or _WIRE_OPENING.search(text, 0, _WIRE_OPENING_REACH)
            or _foreign_story(text, home, rules)
        ):
            del instead[US_DOLLAR]  # (an article that speaks of the US may mean them anywhere)
        # a sentence that converts another currency keeps US dollars: "629 billion roubles
        # (around $6.9 billion)" is a wire's conversion, not a local amount
        currencies = _currencies()
        converting = {
            figure.sentence_start
            for figure in figures
            if (figure.unit in currencies and figure.unit not in (US_DOLLAR, own_dollar))
            or _FUTURES_SENTENCE.search(figure.sentence)
        }
    else:
        converting = set()
    localised = []
    for index, figure in enumerate(figures):
        if index in converted:
            localised.append(dataclasses.replace(figure, unit=own_dollar or figure.unit))
            continue
        # an exchange rate's priced currency too: "134 rupees to the US dollar" on a Sri Lankan
        # page is LKR_per_USD (a bare number's rate has its base from its sentence or the page:
        # "The Kenyan shilling fell. Banks quoted the currency at 160 per dollar" stays KES)
        base, per, quoted = figure.unit.partition(_PER)
        if (
            base in instead
            and not (base == US_DOLLAR and figure.sentence_start in converting)
            and not (per and _BARE_NUMBER.fullmatch(figure.surface))
            and not _names_its_currency(figure.surface, base, rules)
        ):
            figure = dataclasses.replace(figure, unit=instead[base] + per + quoted)
        localised.append(figure)
    return localised


# how often an article must name other countries to be a foreign story (`_foreign_story`)
_FOREIGN_MENTIONS = 2


def _foreign_story(text: str, home: HomeCurrencies | None, rules: FigureRules) -> bool:
    """Whether `text` names other countries (`[currency_countries]` names, twice or more) and
    none of the page's own (`names` of its `[home_currencies]`): a foreign story, whose bare
    dollars are US dollars ("trade between Russia and China ... 218.17 billion dollars" on a
    Canadian site; not "Toronto will spend $5 million on a program modelled on Japan's")."""
    if home is None or home.names is None or rules.country_names is None:
        return False
    if home.names.search(text) is not None:
        return False
    mentions = rules.country_names.finditer(text)
    return next(itertools.islice(mentions, _FOREIGN_MENTIONS - 1, None), None) is not None


# a currency code written as a word of its own: "SAR 119 billion", "USD1.2bn"
_CODE_WORD_RE = re.compile(r"(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])")


def _names_its_currency(surface: str, code: str, rules: FigureRules) -> bool:
    """Whether a figure's own words name its currency by code or country, which no page's
    country changes: "SAR 119 billion", "1.25 trillion Saudi riyals", "5 billion Kenyan
    shillings" (not "riyals", "Sh4.2 billion")."""
    if code in _CODE_WORD_RE.findall(surface):
        return True
    names = rules.currency_names.get(code)
    return names is not None and names.search(surface) is not None


def _cents_at_home(figures: list[Figure], home: HomeCurrencies | None) -> list[Figure]:
    """`figures` with each bare "cents" (read as a US dollar's) counting the cents of the
    euro in a sentence that prices in euros ("shares rose 20 cents to €18.50"), else of the
    page's country's `cents` ("petrol will drop by 86 cents a litre" on a South African page:
    rand), as "paise" and "kopecks" do ("the taka depreciated by 50 paisa" on a Bangladeshi
    page); a dollar country's cents are its dollar's, as its "$" is (`instead`)."""
    if not any(_HUNDREDTHS.search(figure.surface) for figure in figures):
        return figures  # (the first test: most articles have none)
    localised = []
    for figure in figures:
        hundredths = _HUNDREDTHS.search(figure.surface)
        if hundredths is not None and figure.unit in _HUNDREDTHS_READ_AS:
            cents = hundredths.group("cents")
            if cents and _EXPLICIT_US_CENTS.search(figure.surface):
                pass  # "4.40 US cents"
            elif cents and _EURO_SENTENCE.search(figure.sentence) and "$" not in figure.sentence:
                figure = dataclasses.replace(figure, unit="EUR")
            elif home is not None and home.cents:
                figure = dataclasses.replace(figure, unit=home.cents)
        localised.append(figure)
    return localised


# a number alone, without a currency's sign or name ("160", "100.90")
_BARE_NUMBER = re.compile(r"[\d.,/ \u00a0\u202f]+")

# a figure in hundredths ("86 cents", "50 paisa", "7 rupees 50 paise"), the units the grammar
# reads them as, "US cents", and a sentence that prices in euros
_HUNDREDTHS = re.compile(r"\b(?:(?P<cents>cents)|paise|paisas?|kopecks|kopeks|kopeck|kopek)\Z")
_HUNDREDTHS_READ_AS = frozenset({US_DOLLAR, "INR", "RUB"})
_EXPLICIT_US_CENTS = re.compile(r"\b(?:US|U\.S\.|USD)[ \t]+cents\Z")
_EURO_SENTENCE = re.compile(r"€|\b(?:euros?|EUR)\b")


def _bracketed_conversions(figures: list[Figure], text: str) -> set[int]:
    """The indexes of bare-dollar figures in brackets right after an amount written in US
    dollars ("$US1b ($1.6b)", "US$3 billion [$4.8 billion]"): a page's conversion into its own
    dollar, whatever else the article says of the US."""
    converted = set()
    for index in range(1, len(figures)):
        before, figure = figures[index - 1], figures[index]
        if (
            figure.unit == US_DOLLAR
            and before.unit == US_DOLLAR
            and _EXPLICIT_US.search(before.surface)
            and not _EXPLICIT_US.search(figure.surface)
            and _BRACKET_BETWEEN.fullmatch(text, before.end, figure.start)
        ):
            converted.add(index)
    return converted


def _slug_words(url: str) -> str:
    """The words of a page's address path, capitalised as names are ("/news/morocco-looks-for-
    funds-to-help" -> "News Morocco Looks For Funds To Help"): a headline often names the
    country an article's bare "pesos" or "dirhams" belong to."""
    path = urlsplit(url).path if url else ""
    return " ".join(word.capitalize() for word in _SLUG_SPLIT.split(path) if word.isalpha())


_SLUG_SPLIT = re.compile(r"[-_/+.,%]+")


def _named_in_article(
    text: str, url: str, rules: FigureRules, decided: dict[str, str], read: set[str]
) -> dict[str, str]:
    """The shared currencies (among the units `read`) that `text`, or the words of its page's
    `url`, name by country (`[named_currencies]`): an article on "72.4 trillion Ugandan
    shillings" means them by "72.1 trillion shillings" too, unless it also names the default's
    own country ("Kenya") more than half as often."""
    named = {}
    searched: str | None = None  # (the address's words and the text: joined only when needed)
    for default, names in rules.named_currencies.items():
        if default not in read or default in decided:
            continue
        if searched is None:
            searched = f"{_slug_words(url)}\n{text}" if url else text
        found = {unit: len(pattern.findall(searched)) for unit, pattern in names.others.items()}
        found = {unit: count for unit, count in found.items() if count}
        if len(found) != 1:
            continue
        ((unit, count),) = found.items()
        own = len(names.own.findall(searched))
        if own == 0 or count >= max(2, 2 * own):
            # (an article on Morocco's quake that says once the UAE sent rescuers means
            # Morocco's dirhams)
            named[default] = unit
    return named


def figures_as_published(
    text: str, url: str = "", rules: FigureRules | None = None
) -> list[Figure]:
    """The figures of `text` (`metrics.figures.extract_figures`), their currencies read as the
    country of the page at `url` writes them, and temperatures of unstated scale in the scale
    the text or that country uses (`metrics.temperature`)."""
    rules = rules or load_figure_rules()
    country = home_country(url, rules)
    figures = extract_figures(text, rules=rules_at_home(rules, country))
    figures = localise_currencies(
        figures, country, text, rules, world_news=in_world_news(url), url=url
    )
    return read_temperature_scales(figures, text, country, rules.temperature_scales)
