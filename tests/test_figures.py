"""Specification of `metrics.figures.extract_figures`: numbers with what they count, normalised.

Each table row is `(text, expected)`; `expected` lists `(surface, value, unit, category)` for
every figure of the text, in order. Sentences are written in the style of the wires (Reuters,
AP, TASS, Xinhua, SCMP) on trade, military, sanctions, energy and the war in Ukraine.
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from metrics.figures import CATEGORIES, extract_figures, load_figure_rules
from metrics.types import Figure

SAMPLE_FOLDER = Path(__file__).resolve().parent.parent / "data" / "articles"
DESIGN_UNITS = {
    *("USD", "EUR", "CNY", "RUB", "JPY", "troops", "people", "aircraft", "ships", "count"),
    *("percent", "bcm", "barrels_per_day", "tonnes", "km", "years", "days", "months"),
}

Row = tuple[str, float, str, str]


def _rows(text: str) -> list[Row]:
    return [(f.surface, f.value, f.unit, f.category) for f in extract_figures(text)]


@pytest.fixture(scope="module")
def sample_figures() -> dict[str, list[Figure]]:
    return {
        path.stem[:3]: extract_figures(path.read_text(encoding="utf-8"))
        for path in sorted(SAMPLE_FOLDER.glob("*.txt"))
    }


# --- figures that must be found ------------------------------------------------------------------

FIGURE_CASES: list[tuple[str, list[Row]]] = [
    # Financial Times style: a currency code run straight into the number
    (
        "China bought Rmb50bn of Russian bonds, and USD5m went to a fund.",
        [("Rmb50bn", 50e9, "CNY", "money"), ("USD5m", 5e6, "USD", "money")],
    ),
    # LNG plant capacity in million tonnes per annum
    (
        "The Arctic LNG 2 project has a capacity of 19.8 mtpa.",
        [("19.8 mtpa", 19.8e6, "tonnes", "energy")],
    ),
    # a number after a day and its month is no day ("On 2 May 16 soldiers")
    ("On 2 May 16 soldiers were killed.", [("16 soldiers", 16, "troops", "troops")]),
    # ... nor one before a month or "PM" on the next line: a date stays within its line
    ("Gunmen killed 14\nMarch 5, 2024", [("14", 14, "people", "count")]),
    ("The attack killed 3\nPM Modi condemned it.", [("3", 3, "people", "count")]),
    # people by role, a record's convictions, East African shillings as written
    (
        "14 occupants and 3 expatriates died; 537 687 learners passed.",
        [
            ("14 occupants", 14, "people", "count"),
            ("3 expatriates", 3, "people", "count"),
            ("537 687 learners", 537687, "people", "count"),
        ],
    ),
    ("He has eight previous convictions.", [("eight previous convictions", 8, "count", "count")]),
    # a plant's capacity in tonnes a year
    ("A capacity of 11.58 million tpy.", [("11.58 million tpy", 11.58e6, "tonnes", "other")]),
    # seed 000 (CNN): troops with a thousands separator
    (
        "China is sending 3,200 troops to take part in Russia's vast Vostok (East) military"
        " exercises this month.",
        [("3,200 troops", 3200, "troops", "troops")],
    ),
    # seed 004: money in a trade sentence is `trade`
    (
        "the friendly relationship between China and Russia has only strengthened, with trade"
        " between the two countries reaching $240 billion last year.",
        [("$240 billion", 240e9, "USD", "trade")],
    ),
    # seed 003: a counted entity after a hedge
    (
        "Putin and Xi have met over 40 times, fostering a close personal bond.",
        [("40 times", 40, "count", "count")],
    ),
    # seed 001: a duration before a capitalised word (machine translation)
    (
        "China announced after the discussions that it would start to offer 30 days Access"
        " without visa to Russian travelers from later this month.",
        [("30 days", 30, "days", "duration")],
    ),
    # seed 002: a spelled-out hyphenated duration
    (
        "China's top diplomat, Wang Yi, is set to embark on a four-day trip to Russia for"
        " security talks.",
        [("four-day", 4, "days", "duration")],
    ),
    # seed 001: members of an organisation
    (
        "The Shanghai cooperation organization summit at 10 members brought together XI and Putin.",
        [("10 members", 10, "count", "count")],
    ),
    # Reuters, trade: decimal billions, then a percent
    (
        "Bilateral trade between China and Russia hit a record $240.1 billion in 2023, up 26.3%"
        " from a year earlier, Chinese customs data showed.",
        [("$240.1 billion", 240.1e9, "USD", "trade"), ("26.3%", 26.3, "percent", "percent")],
    ),
    # Reuters, energy: billion cubic metres are bcm, not a scale
    (
        "Russia's exports of pipeline gas to China via Power of Siberia reached 22.7 billion cubic"
        " metres last year.",
        [("22.7 billion cubic metres", 22.7, "bcm", "energy")],
    ),
    # the DESIGN example
    (
        "Gazprom will deliver 38 billion cubic metres of gas a year.",
        [("38 billion cubic metres", 38, "bcm", "energy")],
    ),
    # bcm written short
    (
        "Gazprom plans to supply 38 bcm of gas through the pipeline.",
        [("38 bcm", 38, "bcm", "energy")],
    ),
    # barrels per day with a scale word
    (
        "Russia shipped 2.17 million barrels per day of crude to China in May, customs data"
        " showed.",
        [("2.17 million barrels per day", 2.17e6, "barrels_per_day", "energy")],
    ),
    # bpd
    (
        "Seaborne exports averaged 3.3 million bpd in the four weeks to June 16.",
        [
            ("3.3 million bpd", 3.3e6, "barrels_per_day", "energy"),
            ("four weeks", 28, "days", "duration"),
        ],
    ),
    # tonnes take `energy` in an oil sentence
    (
        "China imported 107.02 million tonnes of Russian crude oil in 2023.",
        [("107.02 million tonnes", 107.02e6, "tonnes", "energy")],
    ),
    # tonnes elsewhere are `other`
    (
        "Russia exported 60 million tons of wheat last season.",
        [("60 million tons", 60e6, "tonnes", "other")],
    ),
    # TASS, military: two adjectives between number and object
    (
        "Moscow said about 10,000 North Korean soldiers had been deployed to the Kursk region.",
        [("10,000 North Korean soldiers", 10000, "troops", "troops")],
    ),
    # Xinhua, drills: several counted objects in one sentence
    (
        "Some 3,000 Chinese troops, 600 military vehicles and 30 aircraft took part in the drills.",
        [
            ("3,000 Chinese troops", 3000, "troops", "troops"),
            ("600 military vehicles", 600, "count", "military_equipment"),
            ("30 aircraft", 30, "aircraft", "military_equipment"),
        ],
    ),
    # Vostok 2018 figures
    (
        "The exercises involved more than 300,000 servicemen, 36,000 tanks and up to 1,000"
        " aircraft.",
        [
            ("300,000 servicemen", 300000, "troops", "troops"),
            ("36,000 tanks", 36000, "count", "military_equipment"),
            ("1,000 aircraft", 1000, "aircraft", "military_equipment"),
        ],
    ),
    # ships and submarines
    (
        "Russia's Pacific Fleet sent 12 warships and 3 submarines to the Sea of Japan.",
        [
            ("12 warships", 12, "ships", "military_equipment"),
            ("3 submarines", 3, "ships", "military_equipment"),
        ],
    ),
    # an adjective before the object
    (
        "Beijing plans to commission 30 new warships by 2030.",
        [("30 new warships", 30, "ships", "military_equipment")],
    ),
    # a model name between number and object
    (
        "Two days later, 12 Tu-95 bombers flew over the Sea of Okhotsk.",
        [("12 Tu-95 bombers", 12, "aircraft", "military_equipment")],
    ),
    # Ukraine: drones, and spelled-out missiles
    (
        "Ukraine's air force said Russia launched 74 drones and three ballistic missiles"
        " overnight.",
        [
            ("74 drones", 74, "count", "military_equipment"),
            ("three ballistic missiles", 3, "count", "military_equipment"),
        ],
    ),
    # sanctions: packages and companies
    (
        "The EU has adopted 14 sanctions packages against Russia since February 2022.",
        [("14 sanctions packages", 14, "count", "count")],
    ),
    (
        "Washington added 42 Chinese companies to its trade blacklist on Tuesday.",
        [("42 Chinese companies", 42, "count", "count")],
    ),
    (
        "The bloc now counts 10 member states after Indonesia joined.",
        [("10 member states", 10, "count", "count")],
    ),
    (
        "The Kremlin said more than 30 agreements were signed during the visit.",
        [("30 agreements", 30, "count", "count")],
    ),
    # percent written out, British and American spelling
    (
        "Inflation slowed to 7.4 per cent in July, the central bank said.",
        [("7.4 per cent", 7.4, "percent", "percent")],
    ),
    (
        "The yuan's share of Russia's import settlements rose to 34.5 percent.",
        [("34.5 percent", 34.5, "percent", "percent")],
    ),
    # the DESIGN example
    ("China's economy grew 6.9% in 2017.", [("6.9%", 6.9, "percent", "percent")]),
    # percentage points and basis points are not percent
    (
        "The central bank raised its key rate by 200 basis points to 18%.",
        [("200 basis points", 200, "basis_points", "percent"), ("18%", 18, "percent", "percent")],
    ),
    (
        "Unemployment fell 0.3 percentage points.",
        [("0.3 percentage points", 0.3, "percentage_points", "percent")],
    ),
    # SCMP: yuan with its dollar equivalent in brackets; both are trade (exports)
    (
        "Exports rose 8.7% to 2.1 trillion yuan ($290 billion) in the first quarter.",
        [
            ("8.7%", 8.7, "percent", "percent"),
            ("2.1 trillion yuan", 2.1e12, "CNY", "trade"),
            ("$290 billion", 290e9, "USD", "trade"),
        ],
    ),
    # currency words after the number; money outside trade is `money`
    (
        "The deal is worth an estimated 400 billion dollars over 30 years.",
        [("400 billion dollars", 400e9, "USD", "money"), ("30 years", 30, "years", "duration")],
    ),
    (
        "Russia's trade surplus narrowed to 118.8 billion dollars.",
        [("118.8 billion dollars", 118.8e9, "USD", "trade")],
    ),
    # a number in words before a scale and a currency
    (
        "Japan will provide nine trillion yen in additional support.",
        [("nine trillion yen", 9e12, "JPY", "money")],
    ),
    # euro sign
    (
        "Sanctions froze about €260 billion of Russian central bank assets.",
        [("€260 billion", 260e9, "EUR", "money")],
    ),
    # roubles, and dollars with a hedge
    (
        "The fund holds 5.6 trillion roubles, or about $62 billion.",
        [("5.6 trillion roubles", 5.6e12, "RUB", "money"), ("$62 billion", 62e9, "USD", "money")],
    ),
    # rubles, spelled the American way, in an export sentence
    (
        "Russian grain exports earned 1.2 trillion rubles.",
        [("1.2 trillion rubles", 1.2e12, "RUB", "trade")],
    ),
    # currency codes before and after
    (
        "The bank lent USD 300 million to the project.",
        [("USD 300 million", 300e6, "USD", "money")],
    ),
    ("Imports totalled 45 billion EUR.", [("45 billion EUR", 45e9, "EUR", "trade")]),
    ("Oil exports brought in CNY 80 billion.", [("CNY 80 billion", 80e9, "CNY", "trade")]),
    # US$ and a glued short scale
    ("US$1.2bn in loans was approved.", [("US$1.2bn", 1.2e9, "USD", "money")]),
    ("The fine came to $5m.", [("$5m", 5e6, "USD", "money")]),
    # money about oil and gas exports is trade
    (
        "Russia earned $15 billion from oil and gas exports in March.",
        [("$15 billion", 15e9, "USD", "trade")],
    ),
    # a decimal comma: a comma with other than three digits after it is decimal
    ("Turnover reached $190,27 billion in 2022.", [("$190,27 billion", 190.27e9, "USD", "trade")]),
    # a space as thousands separator
    ("Around 3 200 troops crossed the border.", [("3 200 troops", 3200, "troops", "troops")]),
    # trillion with a decimal
    (
        "China's exports to Russia reached 1.6 trillion yuan.",
        [("1.6 trillion yuan", 1.6e12, "CNY", "trade")],
    ),
    # distance
    (
        "The Power of Siberia 2 pipeline would carry 50 bcm a year over 2,600 km.",
        [("50 bcm a year", 50, "bcm", "energy"), ("2,600 km", 2600, "km", "distance")],
    ),
    ("A 1,234.5 km railway links the two cities.", [("1,234.5 km", 1234.5, "km", "distance")]),
    # people with a scale word
    (
        "Nearly 6.5 million people have fled Ukraine, the UN refugee agency says.",
        [("6.5 million people", 6.5e6, "people", "count")],
    ),
    (
        "Tourist flows rose to 1.2 million travellers in the first half of the year.",
        [("1.2 million travellers", 1.2e6, "people", "count")],
    ),
    # durations: plural, hyphenated, spelled out, a decade, weeks in days
    (
        "Beijing will grant visa-free entry for 30 days to Russian citizens.",
        [("30 days", 30, "days", "duration")],
    ),
    (
        "Xi will pay a three-day state visit to Moscow next week.",
        [("three-day", 3, "days", "duration")],
    ),
    (
        "The two sides agreed on a 30-year gas supply contract.",
        [("30-year", 30, "years", "duration")],
    ),
    ("Relations have not been this close for a decade.", [("a decade", 10, "years", "duration")]),
    ("The drills will last for two weeks.", [("two weeks", 14, "days", "duration")]),
    ("The ceasefire held for six months.", [("six months", 6, "months", "duration")]),
    # shares in words
    (
        "Around a quarter of Russia's oil exports go to China.",
        [("a quarter", 25, "percent", "percent")],
    ),
    (
        "Nearly half of Chinese exports to Russia are cars and machinery.",
        [("half", 50, "percent", "percent")],
    ),
    # numbers in words before counted objects
    (
        "Eighty-six percent of those polled backed the policy.",
        [("Eighty-six percent", 86, "percent", "percent")],
    ),
    ("Forty countries attended the forum.", [("Forty countries", 40, "count", "count")]),
    ("A dozen countries have signed up.", [("A dozen countries", 12, "count", "count")]),
    (
        "Three hundred and twenty soldiers were captured.",
        [("Three hundred and twenty soldiers", 320, "troops", "troops")],
    ),
    # a year next to a figure does not hide it
    (
        "Trade rose from $190 billion in 2022 to $240 billion in 2023.",
        [("$190 billion", 190e9, "USD", "trade"), ("$240 billion", 240e9, "USD", "trade")],
    ),
    ("In 2024 300 troops were rotated.", [("300 troops", 300, "troops", "troops")]),
    # all caps in a headline
    ("CHINA SENDS 3,200 TROOPS TO RUSSIAN DRILLS", [("3,200 TROOPS", 3200, "troops", "troops")]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_CASES)
def test_extract_figures(text: str, expected: list[Row]) -> None:
    found = _rows(text)
    assert [row[0] for row in found] == [row[0] for row in expected]
    for (_, value, unit, category), (_, want_value, want_unit, want_category) in zip(
        found, expected, strict=True
    ):
        assert value == pytest.approx(want_value)
        assert (unit, category) == (want_unit, want_category)


# --- qualifiers ----------------------------------------------------------------------------------

QUALIFIER_CASES = [
    # the hedge is kept lowercased, as written; it is not part of the surface
    ("Putin and Xi have met over 40 times.", "40 times", "over"),
    ("About 10,000 soldiers were deployed.", "10,000 soldiers", "about"),
    ("Some 3,000 Chinese troops took part.", "3,000 Chinese troops", "some"),
    ("Nearly 6.5 million people have fled.", "6.5 million people", "nearly"),
    ("More than 300,000 servicemen took part.", "300,000 servicemen", "more than"),
    ("Deliveries of up to 1.5 million tonnes of LNG are planned.", "1.5 million tonnes", "up to"),
    ("It is worth an estimated $400 billion.", "$400 billion", "an estimated"),
    ("At least 12 civilians were killed.", "12 civilians", "at least"),
    ("Trade grew by almost 30%.", "30%", "almost"),
    ("Roughly a third of the budget goes to defence.", "a third", "roughly"),
    ("Close to 200 companies have left Russia.", "200 companies", "close to"),
    ("Fewer than 50 vessels made the crossing.", "50 vessels", "fewer than"),
    ("Exports rose 12 percent.", "12 percent", ""),
]


@pytest.mark.parametrize(("text", "surface", "qualifier"), QUALIFIER_CASES)
def test_qualifier_is_kept_apart_from_the_surface(text: str, surface: str, qualifier: str) -> None:
    (figure,) = extract_figures(text)
    assert (figure.surface, figure.qualifier) == (surface, qualifier)


# --- ranges --------------------------------------------------------------------------------------

RANGE_CASES = [
    # value is the low end, value_max the high end
    ("The Pentagon says 70,000 to 80,000 troops are massed.", 70000, 80000, "troops"),
    ("Trade grew between 10 and 15 percent annually.", 10, 15, "percent"),
    ("between 10% and 15% of exports", 10, 15, "percent"),
    # a scale on the high end applies to the low end
    ("The plant will cost $10-15 billion.", 10e9, 15e9, "USD"),
    ("Seventy to eighty thousand troops took part.", 70000, 80000, "troops"),
    # "range from X to Y" is a spread, not a change
    ("Estimates range from 70,000 to 80,000 troops.", 70000, 80000, "troops"),
    ("An en dash range: 20–30 warships", 20, 30, "ships"),
    # a percent written on both ends, without a verb of change before it
    ("The pipeline could cover 34% to 69% of China's imports.", 34, 69, "percent"),
    ("Fees will rise by 10%-20% a year.", 10, 20, "percent"),
    ("India buys about two per cent to three per cent of its oil there.", 2, 3, "percent"),
]


@pytest.mark.parametrize(("text", "low", "high", "unit"), RANGE_CASES)
def test_ranges(text: str, low: float, high: float, unit: str) -> None:
    (figure,) = extract_figures(text)
    assert (figure.value, figure.value_max, figure.unit) == (
        pytest.approx(low),
        pytest.approx(high),
        unit,
    )


CHANGE_CASES = [
    # a verb of change before "X% to Y%", or a fall: a change and a level, not a range
    ("Inflation rose 0.5% to 7.4% in May.", [("0.5%", 0.5), ("7.4%", 7.4)]),
    ("Its market share fell 69% to 34%.", [("69%", 69), ("34%", 34)]),
    (
        "Output rose 20% to 500 tonnes, up 26.7% year-on-year.",
        [("20%", 20), ("500 tonnes", 500), ("26.7%", 26.7)],
    ),
    # "rose from X to Y": two figures, each with its own value
    (
        "Trade rose from $190 billion to $240 billion.",
        [("$190 billion", 190e9), ("$240 billion", 240e9)],
    ),
    # the unit and the scale written once apply to both ends
    ("Inflation fell from 9 to 7.4 per cent.", [("9", 9), ("7.4 per cent", 7.4)]),
    (
        "The force grew from seventy to eighty thousand troops.",
        [("seventy", 70000), ("eighty thousand troops", 80000)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHANGE_CASES)
def test_from_to_is_a_change_not_a_range(text: str, expected: list[tuple[str, float]]) -> None:
    figures = extract_figures(text)
    assert [(f.surface, f.value, f.value_max) for f in figures] == [
        (surface, pytest.approx(value), None) for surface, value in expected
    ]


# --- what is not a figure ------------------------------------------------------------------------

NO_FIGURE_CASES = [
    # years, decades and year ranges
    "Russia invaded Ukraine in 2022.",
    "In 2024, Putin paid an official visit to Mongolia.",
    "The Soviet Union helped China combat Japanese forces in the 1930s.",
    "The budget for 2023-24 was approved.",
    "In 2014 Russian troops seized Crimea.",
    # dates, including the caption dates of seed 001
    "Chinese President Xi Jinping, in China, Tuesday September 2, 2025. (Pool photo via AP)",
    "The summit opened on 2 September in Tianjin.",
    "On 24 February Russian troops crossed the border.",
    "BEIJING, May 16 (Reuters) - Putin held talks on 14 March in Moscow at 3 pm.",
    "The talks ran from Sept. 2 to the 4th of September.",
    # an age between commas after a name, as police reports write it; a listing's time stamp
    "Police arrested one James Salifu, 27 years, and Umar Hamza, 33 years, both male.",
    "Parliament approves budget\n16 minutes -\nAccused appear in court\n2 hours ago",
    "The document is dated 2025-09-02.",
    "The agreement was signed on 02.09.2025 in Beijing.",
    # ordinals and anniversaries
    "Beijing marked the 80th anniversary of the end of the Second World War.",
    "America's only strategic competitor in the 21st century.",
    "Xi met Putin for the 40th time.",
    "Putin, second on the right, attended.",
    # model and exercise names
    "Russia deployed Tu-95 strategic bombers over the Sea of Japan.",
    "Moscow sold Su-35 fighters and the S-400 air defence system to Beijing.",
    "The Vostok-2018 exercise was the largest since 1981.",
    "China's J-20 fighters flew over the strait.",
    "Covid-19 disrupted trade.",
    "The G20 summit opened in New Delhi.",
    "The BRICS+ group met in Kazan.",
    "The Boeing 737 jets were grounded.",
    # ages
    "Putin, aged 70, met Xi.",
    "A 70-year-old man was injured.",
    "The president is 72 years old.",
    # times of day
    "The talks began at 10:30 local time.",
    "The parade starts at 3 pm.",
    # page furniture (seed 004) and social counters
    "Reading Time: < 1 minute",
    "5 min read",
    "1,234 views",
    "DOW JONES 38,503.69 +0.36%",
    # trivial counts
    "The two leaders held talks on the sidelines.",
    "Modi held separate discussions with the two leaders.",
    "The two countries are good neighbours.",
    "The three nations held their first trilateral meeting; the three sides agreed.",
    "A bus fare of ¢50 is a bargain.",  # a cent, not a cedi, without a word of Ghana
    "Britain's two main political parties have dominated elections.",
    # a time before or after another, as "ago" and "later" are
    "This changed in May 2022, just three months after Russia launched its invasion.",
    "The centre issued warnings 72 hours before the flooding; survivors were found two days after.",
    "Relations between the two countries have deepened.",
    "Both sides agreed to deepen ties.",
    "He is one of the most experienced diplomats.",
    "Putin and Xi held a three meeting with the Mongolian president.",
    "One day, relations may improve.",
    "He said it would take a year.",
    # phone numbers, URLs, section numbers, list furniture and headlines
    "Call +7 495 123-45-67 for details.",
    "See https://example.com/2024/05/16/putin-xi-1234 for details.",
    "Article 5 of the NATO treaty was invoked.",
    "UN Security Council Resolution 2231 expired.",
    "15 Practical Ways To Save Money",
    "Boston Marathon 2024",
    "Number 10 said the two nations would talk.",
    # bare numbers without a unit are too noisy
    "The index fell to 100 per share.",
    "The index closed at 3,120.5 points higher.",
    "Putin, 72, and Xi, 71, met in Beijing.",
    # relative times are not durations
    "The treaty was signed two decades ago.",
    "Three years later, the pipeline opened.",
    # a glued one-letter scale without a currency is not money
    "The wall is 5m high.",
    # shares that are not shares
    "Growth slowed in the first half of 2024.",
    "Half of the year has passed.",
    # named plans and exchange rates without a named currency
    "The 14th Five-Year Plan sets priorities for 2021-2025.",
    "It traded at 92 to the dollar.",
    # scientific notation is no news figure: never a misread "1 troop" or "$1"
    "They sent 1e308 troops.",
    "Trade was $1e308 last year.",
    "Output reached 1.7976931348623157e308 tonnes.",
    "Imports hit 2.5E+3 tonnes.",
]


@pytest.mark.parametrize("text", NO_FIGURE_CASES)
def test_no_figure(text: str) -> None:
    assert _rows(text) == []


# --- the sample corpus ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("article", "surface", "value", "unit", "category", "qualifier"),
    [
        ("000", "3,200 troops", 3200, "troops", "troops", ""),
        ("001", "30 days", 30, "days", "duration", ""),
        ("001", "10 members", 10, "count", "count", ""),
        ("002", "four-day", 4, "days", "duration", ""),
        ("003", "40 times", 40, "count", "count", "over"),
        ("004", "$240 billion", 240e9, "USD", "trade", ""),
    ],
)
def test_sample_corpus_yields(
    sample_figures: dict[str, list[Figure]],
    article: str,
    surface: str,
    value: float,
    unit: str,
    category: str,
    qualifier: str,
) -> None:
    found = [
        (f.value, f.unit, f.category, f.qualifier)
        for f in sample_figures[article]
        if f.surface == surface
    ]
    assert found == [(value, unit, category, qualifier)]


@pytest.mark.parametrize(
    "fragment",
    ["80th", "2022", "2024", "2025", "1930s", "21st", "Second", "1 minute", "two leaders", "2,"],
)
def test_sample_corpus_refuses(sample_figures: dict[str, list[Figure]], fragment: str) -> None:
    surfaces = [f.surface for figures in sample_figures.values() for f in figures]
    assert not [surface for surface in surfaces if fragment in surface]


def test_sample_corpus_figures_point_into_their_sentences(
    sample_figures: dict[str, list[Figure]],
) -> None:
    for stem, figures in sample_figures.items():
        (path,) = SAMPLE_FOLDER.glob(f"{stem}_*.txt")
        text = path.read_text(encoding="utf-8")
        for figure in figures:
            assert text[figure.start : figure.end] == figure.surface
            assert text[figure.sentence_start : figure.sentence_end] == figure.sentence
            assert figure.sentence_start <= figure.start < figure.end <= figure.sentence_end


# --- offsets, sentences and record fields --------------------------------------------------------


def test_offsets_and_sentence_of_a_figure_in_a_paragraph() -> None:
    text = (
        "Xi met Putin in Beijing. Dr. Li said trade hit $240 billion last year.\n"
        "Caption line with 3,200 troops"
    )
    money, troops = extract_figures(text)
    assert text[money.start : money.end] == "$240 billion"
    assert money.sentence == "Dr. Li said trade hit $240 billion last year."
    assert text[money.sentence_start : money.sentence_end] == money.sentence
    assert troops.sentence == "Caption line with 3,200 troops"


def test_given_sentence_spans_are_used() -> None:
    text = "Trade hit $240 billion. Next."
    (figure,) = extract_figures(text, sentences=[(0, len(text))])
    assert figure.sentence == text


def test_theme_and_period_are_left_to_the_pipeline() -> None:
    (figure,) = extract_figures("China is sending 3,200 troops.")
    assert (figure.theme, figure.period_start, figure.period_end) == ("", "", "")


def test_units_and_categories_come_from_the_contract() -> None:
    text = " ".join(case[0] for case in FIGURE_CASES)
    figures = extract_figures(text)
    assert {f.category for f in figures} <= set(CATEGORIES)
    extra_units = {"basis_points", "percentage_points"}
    assert {f.unit for f in figures} <= DESIGN_UNITS | extra_units


def test_empty_text() -> None:
    assert extract_figures("") == []


# --- vocabulary file -----------------------------------------------------------------------------


def test_default_rules_are_cached() -> None:
    assert load_figure_rules() is load_figure_rules()


def test_rules_carry_theme_hints_for_the_pipeline() -> None:
    hints = load_figure_rules().theme_hints
    assert hints["troops"] == "military"
    assert hints["bcm"] == "energy"


def _bundled_rules_with(tmp_path: Path, extra: str) -> Path:
    """A copy of the bundled figures.toml with `extra` appended."""
    default = (Path(__file__).resolve().parent.parent / "data" / "figures.toml").read_text(
        encoding="utf-8"
    )
    path = tmp_path / "figures.toml"
    path.write_text(default + extra, encoding="utf-8")
    return path


def test_custom_vocabulary_file_adds_a_unit(tmp_path: Path) -> None:
    extra = '\n[[units]]\nunit = "reindeer"\ncategory = "count"\ncounted = true\n'
    extra += 'phrases = ["reindeer"]\n'
    rules = load_figure_rules(_bundled_rules_with(tmp_path, extra))
    (figure,) = extract_figures("Yamal herders keep 18 white reindeer.", rules=rules)
    assert (figure.surface, figure.value, figure.unit) == (
        "18 white reindeer",
        18,
        "reindeer",
    )
    assert extract_figures("Yamal herders keep 18 white reindeer.") == []


def test_a_unit_switched_in_an_unknown_context_is_refused(tmp_path: Path) -> None:
    extra = '\n[[units]]\nunit = "people"\ncategory = "count"\nphrases = ["folk"]\n'
    extra += 'units_in_contexts = { elections = "count" }\n'
    with pytest.raises(ValueError, match=r"unknown contexts.*elections"):
        load_figure_rules(_bundled_rules_with(tmp_path, extra))
    extra = extra.replace('elections = "count"', 'police = "folks"')
    with pytest.raises(ValueError, match=r"unknown units.*folks"):
        load_figure_rules(_bundled_rules_with(tmp_path, extra))


def test_unknown_category_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        '[scales]\nmillion = 1000000\n[[units]]\nunit = "percent"\ncategory = "weird"\n'
        'phrases = ["%"]\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="unknown category"):
        load_figure_rules(path)


def test_a_rate_must_name_a_unit_phrase(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        '[scales]\nmillion = 1000000\n[[units]]\nunit = "percent"\ncategory = "percent"\n'
        'phrases = ["%"]\n'
        '[[units]]\nunit = "barrels"\ncategory = "energy"\nphrases = ["barrels"]\n'
        'rate = { as = "barrels a fortnight", after = ["a fortnight"] }\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="barrels a fortnight"):
        load_figure_rules(path)


def test_a_phrase_two_units_read_differently_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        '[scales]\nmillion = 1000000\n[[units]]\nunit = "percent"\ncategory = "percent"\n'
        'phrases = ["%"]\n'
        '[[units]]\nunit = "celsius"\ncategory = "other"\nphrases = ["C"]\n'
        '[[units]]\nunit = "USD"\ncategory = "money"\nfactor = 0.01\nglued = ["c"]\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="'c' is read as 'celsius'"):
        load_figure_rules(path)


def test_a_bad_date_number_pattern_is_refused_by_its_table(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        '[scales]\nmillion = 1000000\n[[units]]\nunit = "percent"\ncategory = "percent"\n'
        'phrases = ["%"]\n[date_numbers]\nat = ["\\\\d{1,2}(May"]\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"date_numbers\.at"):
        load_figure_rules(path)


def test_unreadable_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"missing\.toml"):
        load_figure_rules(tmp_path / "missing.toml")


# --- properties ----------------------------------------------------------------------------------

NEWS_TOKENS = st.sampled_from(
    [
        " ",
        "\n",
        ".",
        ",",
        "-",
        "–",
        "%",
        "$",
        "€",
        "US$",
        "3,200",
        "6.9",
        "190,27",
        "2022",
        "3 200",
        "40",
        "1930s",
        "80th",
        "troops",
        "Chinese",
        "billion",
        "bn",
        "m",
        "cubic metres",
        "bcm",
        "barrels per day",
        "about",
        "over",
        "between",
        "and",
        "to",
        "from",
        "a quarter",
        "half",
        "of",
        "the",
        "two",
        "Eighty-six",
        "four-day",
        "a decade",
        "years",
        "old",
        "ago",
        "yuan",
        "USD",
        "percent",
        "per cent",
        "Tu-95",
        "aged",
        "September",
        "U.S.",
        "Dr.",
        "9" * 400,
    ]
)


def _check_figures(text: str) -> None:
    for figure in extract_figures(text):
        assert text[figure.start : figure.end] == figure.surface
        assert math.isfinite(figure.value)
        assert figure.value_max is None or math.isfinite(figure.value_max)
        assert text[figure.sentence_start : figure.sentence_end] == figure.sentence
        assert figure.sentence_start <= figure.start < figure.end <= figure.sentence_end
        assert figure.category in CATEGORIES


@settings(max_examples=300)
@given(st.text(max_size=400))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    _check_figures(text)


@settings(max_examples=300)
@given(st.lists(NEWS_TOKENS, max_size=40).map(" ".join))
def test_figures_are_consistent_on_number_heavy_text(text: str) -> None:
    _check_figures(text)


# --- issue 5: multipliers, fixed words, elliptical counts, currencies, new units -----------------

NEW_FIGURE_CASES: list[tuple[str, list[tuple[str, float, str]]]] = [
    # multipliers: a decimal, a comparison after, a verb of change before; unit `times`
    ("Trade grew 2.45 times.", [("2.45 times", 2.45, "times")]),
    ("Trade volume is now five times higher than a decade ago.", [("five times", 5, "times")]),
    ("The cargo volume has increased 3.2 times since 2019.", [("3.2 times", 3.2, "times")]),
    ("Heihe saw an increase of 2.45 times compared with 2022.", [("2.45 times", 2.45, "times")]),
    ("Exports have increased in 1,5 times.", [("1,5 times", 1.5, "times")]),  # translated
    ("Chinese car exports to Russia more than tripled in 2023.", [("tripled", 3, "times")]),
    ("Defense spending has doubled since 2021.", [("doubled", 2, "times")]),
    ("Tourist numbers surged 10-fold year on year.", [("10-fold", 10, "times")]),
    ("Sales soared nearly sevenfold.", [("sevenfold", 7, "times")]),
    ("He was twice the legal driving limit.", [("twice", 2, "times")]),  # a drink-driver
    # water in dams; rain by a weather bureau's meteorologist
    (
        "The dam releases 230,000 megalitres a day; the target is 2,750 GL.",
        [("230,000 megalitres", 230e9, "litres"), ("2,750 GL", 2750e9, "litres")],
    ),
    (
        "Up to 251mm fell at Murwillumbah, Bureau of Meteorology senior meteorologist Jonathan"
        " How said.",
        [("251mm", 251, "mm")],
    ),
    # East African shillings as courts and payslips write them
    (
        "Fined 100 million Kenya Shillings; paid Ksh.35,910 a month.",
        [("100 million Kenya Shillings", 100e6, "KES"), ("Ksh.35,910", 35910, "KES")],
    ),
    # ... but "met 40 times" is still a count of occasions
    ("Putin and Xi have met more than 40 times since 2013.", [("40 times", 40, "count")]),
    # fixed words: "weeklong" is 7 days
    ("China and Russia held a weeklong naval exercise.", [("weeklong", 7, "days")]),
    # hours, minutes, metres, TEU
    ("The talks lasted nearly five hours.", [("five hours", 5, "hours")]),
    ("PLA aircraft circled the island in a 24-hour period.", [("24-hour", 24, "hours")]),
    ("The tunnel cut travel time to about 10 minutes.", [("10 minutes", 10, "minutes")]),
    ("The bridge is 1,080 meters long.", [("1,080 meters", 1080, "metres")]),
    ("The trains carried 1.9 million TEUs of goods.", [("1.9 million TEUs", 1.9e6, "TEU")]),
    # "¥" is yen unless its sentence is about China
    ("Japan approved a package worth ¥17 trillion.", [("¥17 trillion", 17e12, "JPY")]),
    ("China's Ministry of Finance issued ¥50 billion of bonds.", [("¥50 billion", 50e9, "CNY")]),
    (
        "South Korea’s exports fell to 124.8 trillion won.",
        [("124.8 trillion won", 124.8e12, "KRW")],
    ),
    # exchange rates: the base currency from the sentence
    (
        "The rouble weakened past 100 to the dollar on Monday.",
        [("100", 100, "RUB_per_USD")],
    ),
    ("The yuan traded at 7.2 yuan per dollar.", [("7.2 yuan", 7.2, "CNY_per_USD")]),
    # casualties without a noun are people
    (
        "A missile strike killed seven people and injured 32.",
        [("seven people", 7, "people"), ("32", 32, "people")],
    ),
    (
        "At least 14 were killed and more than 40 wounded.",
        [("14", 14, "people"), ("40", 40, "people")],
    ),
    # "N of the M objects", "N others", "of which N"
    (
        "Ukraine shot down 38 of the 47 drones Russia launched.",
        [("38", 38, "count"), ("47 drones", 47, "count")],
    ),
    (
        "It owns about 100 tankers, of which 14 were sanctioned.",
        [("100 tankers", 100, "ships"), ("14", 14, "ships")],
    ),
    (
        "The strike killed 12 people and wounded 48 others.",
        [("12 people", 12, "people"), ("48", 48, "people")],
    ),
    # a comparison's other side takes the unit of the figure before it
    (
        "Wheat exports are forecast at 48 million tons, down from 55.5 million a year earlier.",
        [("48 million tons", 48e6, "tonnes"), ("55.5 million", 55.5e6, "tonnes")],
    ),
    (
        "The yuan's share climbed to 34.5 per cent from 4 before the war.",
        [("34.5 per cent", 34.5, "percent"), ("4", 4, "percent")],
    ),
    (
        "Deliveries rose to 38.8 bcm in 2024 compared with 22.7 in 2023.",
        [("38.8 bcm", 38.8, "bcm"), ("22.7", 22.7, "bcm")],
    ),
    # ... but not a number that goes on to name what it counts, nor a year
    (
        "Russia sent 300 soldiers from 5 regions.",
        [("300 soldiers", 300, "troops"), ("5 regions", 5, "count")],
    ),
    # (a noun the vocabulary lacks is counted as such, never as the troops before it)
    (
        "Russia sent 300 soldiers from 5 okrugs.",
        [("300 soldiers", 300, "troops"), ("5 okrugs", 5, "count")],
    ),
    ("Output rose 5% from 2022.", [("5%", 5, "percent")]),
    # a fraction after "by" is a change in percent, unless a noun follows ("a third party")
    (
        "Exports to China fell by a third to 12.4 billion euros.",
        [("a third", 33.33, "percent"), ("12.4 billion euros", 12.4e9, "EUR")],
    ),
    ("Spending was cut by half.", [("half", 50, "percent")]),
    ("The data was sold by a third party.", []),
    ("Kyiv was hit by a third wave of strikes.", []),
    ("Only half.", []),
    ("Exports are expected to fall by a third this year.", [("a third", 33.33, "percent")]),
    ("Moscow plans to cut spending by a fifth.", [("a fifth", 20, "percent")]),
    ("Exports fell sharply by a third.", [("a third", 33.33, "percent")]),
    (
        "Two Russian warships were joined by a third on Tuesday.",
        [("Two Russian warships", 2, "ships")],
    ),  # "by a third" without a verb of change
    # no comparison: a time, a ratio, an age
    (
        "Trade rose 5% to $240bn, compared with 2 years ago.",
        [("5%", 5, "percent"), ("$240bn", 240e9, "USD")],
    ),
    # ... but a comparison's other side of a size with it takes its scale word, as a reader does
    (
        "Revenue rose to $5.2bn, up from 4.1 a year earlier; supply fell to 9.22 million bpd from"
        " 9.3 in April; it sold 2.5 million cars, against 120 in 2015.",
        [
            ("$5.2bn", 5.2e9, "USD"),
            ("4.1", 4.1e9, "USD"),
            ("9.22 million bpd", 9.22e6, "barrels_per_day"),
            ("9.3", 9.3e6, "barrels_per_day"),
            ("2.5 million cars", 2.5e6, "count"),
        ],
    ),
    # (the ratio is a share of its own, not the "1" of a comparison)
    ("Poverty fell to 12%, from 1 in 5.", [("12%", 12, "percent"), ("1 in 5", 20, "percent")]),
    (
        "It has 300,000 troops, with men aged from 18 and over.",
        [("300,000 troops", 300000, "troops")],
    ),
    (
        "Inflation reached 7.4%, up from 7 in 12 months.",
        [("7.4%", 7.4, "percent"), ("7", 7, "percent"), ("12 months", 12, "months")],
    ),
    (
        "It had 900 soldiers, up from 600. Twelve left.",
        [("900 soldiers", 900, "troops"), ("600", 600, "troops")],
    ),
    (
        "Output hit 50 million tonnes, up from 45,000,000 in 2021.",
        [("50 million tonnes", 50e6, "tonnes"), ("45,000,000", 45e6, "tonnes")],
    ),
    # a currency code run into a number: an amount, unless one or two digits or a year
    ("The USD1 stablecoin and order CNY2024 launched; EUR2 coins too.", []),
    (
        "The price was USD5,000 per tonne, or RUB300 a barrel.",
        [("USD5,000", 5000, "USD"), ("RUB300", 300, "RUB")],
    ),
    # an initialism among the adjectives
    (
        "A fighter jet intercepted two U.S. B-52 bombers over the Baltic Sea.",
        [("two U.S. B-52 bombers", 2, "aircraft")],
    ),
    # the denominator of a rate is no figure of its own
    ("Gas was priced at $257 per 1,000 cubic metres.", [("$257", 257, "USD")]),
    # up to three adjectives, "and" between two of them, longer object phrases
    (
        "Four Chinese coast guard ships sailed nearby.",
        [("Four Chinese coast guard ships", 4, "ships")],
    ),
    (
        "10 Chinese and Russian warships took part.",
        [("10 Chinese and Russian warships", 10, "ships")],
    ),
    (
        "The package includes 90 Stryker armoured personnel carriers.",
        [("90 Stryker armoured personnel carriers", 90, "count")],
    ),
    (
        "About 200 units of military and special equipment are involved.",
        [("200 units of military and special equipment", 200, "count")],
    ),
    # "by X to Y" is a change: two figures
    (
        "Russia will increase its army by 180,000 to 1.5 million combat personnel.",
        [("180,000", 180000, "troops"), ("1.5 million combat personnel", 1.5e6, "troops")],
    ),
    # durations written as compounds
    ("Xi was handed a third five-year term.", [("five-year", 5, "years")]),
]

# Phenomena met in real news pages (session 5), each written anew here.
REAL_NEWS_CASES = [
    # "mio" and "t" in trade statistics; a signed change; space as thousands separator
    (
        "Russian coal shipments to China reached 104 mio t (+27.2 mio t or +42.8% y-o-y)"
        " last year.",
        [
            ("104 mio t", 104e6, "tonnes"),
            ("27.2 mio t", 27.2e6, "tonnes"),
            ("42.8%", 42.8, "percent"),
        ],
    ),
    ("So far 1 443 029 t of cargo has crossed.", [("1 443 029 t", 1443029, "tonnes")]),
    ("Share 12 T", []),  # "t" is written lower case
    ("Imports hit 2.5E+3 tonnes.", []),  # no figure inside scientific notation
    ("USD/RUB 92.45 +0.38% in early trade", []),  # a quote with its change
    # a scaled number going on from a figure of its sentence takes its unit
    (
        "Gazprom planned to ship 10 billion cubic metres in 2021 and up to 15 billion in 2022.",
        [("10 billion cubic metres", 10, "bcm"), ("15 billion", 15, "bcm")],
    ),
    (
        "China buys 95 million tons of soybeans a year, including 30 million, even more,"
        " from the US.",
        [("95 million tons", 95e6, "tonnes"), ("30 million", 30e6, "tonnes")],
    ),
    (
        "Russia has 1.5 million troops and a population of 144 million.",
        [
            ("1.5 million troops", 1.5e6, "troops"),
            ("144 million", 144e6, "people"),
        ],
    ),  # not the troops' unit: a population is people
    # "or" joins two numbers of a size into a range, and nothing else
    (
        "Imports may grow to 4 million or 5 million tonnes a year.",
        [("4 million or 5 million tonnes", 4e6, "tonnes")],
    ),
    (
        "Trade rose $5 billion or 4.5 percent.",
        [("$5 billion", 5e9, "USD"), ("4.5 percent", 4.5, "percent")],
    ),
    ("Migrants earn between US$500 to US$800 a month.", [("US$500 to US$800", 500, "USD")]),
    # a year before a range connector is no range's low end
    (
        "Spending will rise by 23 per cent in 2025 to 13.5 trillion roubles.",
        [("23 per cent", 23, "percent"), ("13.5 trillion roubles", 13.5e12, "RUB")],
    ),
    # a currency in a compound names no amount
    (
        "Some 64,900 yuan-rouble transactions were completed.",
        [("64,900 yuan-rouble transactions", 64900, "count")],
    ),
    # multipliers
    ("Demand is twice as high as capacity.", [("twice", 2, "times")]),
    ("They met twice last year.", []),
    ("Yamal LNG reported nearly doubling its profits.", [("doubling", 2, "times")]),
    # units with hyphens, abbreviations, a short scale before a counted object
    ("Ships approached the 24-nautical-mile line.", [("24-nautical-mile", 24, "nautical_miles")]),
    ("The patrol covered over 7,000 nms.", [("7,000 nms", 7000, "nautical_miles")]),
    ("The package holds 36K rounds of ammunition.", [("36K rounds of ammunition", 36000, "count")]),
    (
        "It exported 10 billion cubic meters (353 billion cubic feet) of gas.",
        [
            ("10 billion cubic meters", 10, "bcm"),
            ("353 billion cubic feet", 353e9, "cubic_feet"),
        ],
    ),
    (
        "The trains carried 952,601 twenty-foot equivalent units.",
        [("952,601 twenty-foot equivalent units", 952601, "TEU")],
    ),
    (
        "Ports handled 1.38 million 20-foot equivalent units (TEUs).",
        [("1.38 million 20-foot equivalent units", 1.38e6, "TEU")],
    ),
    # objects behind a parenthesis or a model name with a slash
    (
        "Taiwan saw 22 PLA (People's Liberation Army) aircraft on Monday.",
        [("22 PLA (People's Liberation Army) aircraft", 22, "aircraft")],
    ),
    (
        "Russia launched 17 Shahed-136/131 attack UAVs overnight.",
        [("17 Shahed-136/131 attack UAVs", 17, "count")],
    ),
    # numbers in model names are no counts; a count before a model's name counts its objects
    ("Berlin sent Leopard 2 tanks and Type 055 destroyers sailed.", []),
    (
        "Berlin sent six Leopard 2 tanks and two Type 055 destroyers sailed.",
        [("six Leopard 2 tanks", 6, "count"), ("two Type 055 destroyers", 2, "ships")],
    ),
    # counted objects beyond the military: requests, lawsuits, fatalities, officers
    ("The ministry received 48,000 requests.", [("48,000 requests", 48000, "count")]),
    ("Euroclear faces over 100 lawsuits.", [("100 lawsuits", 100, "count")]),
    ("The list added 23,000 fatalities.", [("23,000 fatalities", 23000, "people")]),
    (
        "Forty Chinese officers and soldiers received medals.",
        [("Forty Chinese officers and soldiers", 40, "troops")],
    ),
    # a number referring back: "another", "N of which", "N of our people"
    (
        "Russia sent 300 troops and another 1,000 in May.",
        [
            ("300 troops", 300, "troops"),
            ("1,000", 1000, "troops"),
        ],
    ),
    (
        "At least 100 soldiers were killed and another 1,000 wounded.",
        [("100 soldiers", 100, "troops"), ("1,000", 1000, "troops")],  # "another": soldiers too
    ),
    (
        "Taiwan detected 19 PLA aircraft, 8 of which crossed the median line.",
        [("19 PLA aircraft", 19, "aircraft"), ("8", 8, "aircraft")],
    ),
    ("Two hundred and seven of our people came home.", [("Two hundred and seven", 207, "people")]),
    # "pc", "MWe", a minus sign before a change, a short scale before a unit
    ("Total and CNPC each hold 20pc; Windows 11 PC sales fell.", [("20pc", 20, "percent")]),
    ("Tianwan 5 will be a 1080MWe reactor.", [("1080MWe", 1080, "MW")]),
    (
        "According to preliminary data, Russian coal exports to China in 2024 dropped to 94.0 mio t"
        " (-8.0 mio t or -7.8% vs. 2023).",
        [
            ("94.0 mio t", 94e6, "tonnes"),
            ("8.0 mio t", 8e6, "tonnes"),
            ("7.8%", 7.8, "percent"),
        ],
    ),
    ("The MiG-29 and Tu-95 flew.", []),
    (
        "China received 1.9m tonnes of crude, equivalent to 14.1m barrels.",
        [("1.9m tonnes", 1.9e6, "tonnes"), ("14.1m barrels", 14.1e6, "barrels")],
    ),
    ("It is a 5m wall.", []),
    # "and" lists two figures of a size sharing the unit after the second
    (
        "Exports to them amounted to 25 million and 14 million tons.",
        [("25 million", 25e6, "tonnes"), ("14 million tons", 14e6, "tonnes")],
    ),
    (
        "India bought 25 per cent of its oil from Russia in 2022 and 51 per cent in 2023.",
        [("25 per cent", 25, "percent"), ("51 per cent", 51, "percent")],
    ),
    ("Talks were held in 2022 and 2023.", []),
    # "N out of M", "N times, to <amount>", digit fractions
    (
        "The air force shot down 17 out of 18 Shahed-type drones.",
        [("17", 17, "count"), ("18 Shahed-type drones", 18, "count")],
    ),
    (
        "Pork exports grew 4 times, to $85 million.",
        [("4 times", 4, "times"), ("$85 million", 85e6, "USD")],
    ),
    ("They met 40 times to discuss trade.", [("40 times", 40, "count")]),
    ("Chinese brands hold 1/3 of the market.", [("1/3", 33.33, "percent")]),
    # adjectives starting with a digit; model numbers are no counts
    (
        "Germany adds 20,000 155mm artillery shells.",
        [("20,000 155mm artillery shells", 20000, "count")],
    ),
    ("Berlin sends 25 Leopard 1A5 tanks.", [("25 Leopard 1A5 tanks", 25, "count")]),
    ("It sends five Bergepanzer 2 repair vehicles.", []),
    ("On Tuesday 30 drones were launched.", [("30 drones", 30, "count")]),
    (
        "Three other major Chinese banks stopped payments.",
        [("Three other major Chinese banks", 3, "count")],
    ),
    # multipliers as verbs, only where they are verbs
    ("China would double the number of scholarships.", [("double", 2, "times")]),
    ("Supplies will almost triple by 2030.", [("triple", 3, "times")]),
    (
        "Imports nearly doubles from 57 million tonnes.",
        [
            ("doubles", 2, "times"),
            ("57 million tonnes", 57e6, "tonnes"),
        ],
    ),
    ("A double-digit rise showed double standards.", []),
    # singular units in compounds; cubic metres are bcm only in billions (gas)
    (
        "A 100,000-tonne cargo and a 334.2-ton vessel.",
        [
            ("100,000-tonne", 1e5, "tonnes"),
            ("334.2-ton", 334.2, "tonnes"),
        ],
    ),
    ("Gazprom shipped 38 billion cubic metres of gas.", [("38 billion cubic metres", 38, "bcm")]),
    (
        "The tanker holds 150,000 cubic meters of LNG.",
        [("150,000 cubic meters", 150000, "cubic_metres")],
    ),
    # energy and area units, "mln." before its unit
    ("The units generate 15 terawatt hours a year.", [("15 terawatt hours", 15, "TWh")]),
    (
        "They produced 270 billion kilowatt-hours.",
        [
            ("270 billion kilowatt-hours", 270e9, "kWh"),
        ],
    ),
    (
        "The expo will span 388,000 square meters.",
        [("388,000 square meters", 388000, "square_metres")],
    ),
    ("Oil was the main cargo: 1.5 mln. tons were moved.", [("1.5 mln. tons", 1.5e6, "tonnes")]),
    ("It raised $5 mln. The next day it fell.", [("$5 mln", 5e6, "USD")]),
    # a fraction before a comparison is a change by itself
    (
        "The SPD got 16.4% of the vote, a third less than in 2021.",
        [("16.4%", 16.4, "percent"), ("a third", 33.33, "percent")],
    ),
    ("They plan to invest about one third more than in 2006.", [("one third", 33.33, "percent")]),
    # millimetres of the sea, as of rain; square metres written "sq. meters"
    (
        "Melting has raised sea levels by 7.2 millimetres on 790,000 sq. meters of coast.",
        [("7.2 millimetres", 7.2, "mm"), ("790,000 sq. meters", 790000, "square_metres")],
    ),
    # a currency's singular name after a scale word (never "to one dollar")
    (
        "The UN launched a 4.1 billion dollar appeal and a 9.5 trillion Pakistani rupee budget.",
        [
            ("4.1 billion dollar", 4.1e9, "USD"),
            ("9.5 trillion Pakistani rupee", 9.5e12, "PKR"),
        ],
    ),
    (
        "He paid in 5 dollar bills at 100 roubles to one dollar.",
        [("100 roubles", 100, "RUB_per_USD")],
    ),
    # ... and "billion-dollar" after a number is an adjective: these are companies
    ("India now has 100 billion-dollar startups.", []),
    # ... but hyphens from the digits on make one compound: Xinhua's "100-billion-U.S.-dollar"
    (
        "They aim at a 100-billion-U.S.-dollar trade volume and a 1.5-billion-dollar loan.",
        [
            ("100-billion-U.S.-dollar", 1e11, "USD"),
            ("1.5-billion-dollar", 1.5e9, "USD"),
        ],
    ),
    # speeds in the singular, and personnel of no army
    ("Winds of 160 kilometre per hour.", [("160 kilometre per hour", 160, "km_per_hour")]),
    (
        "Some 24,400 emergency personnel joined 2.5 million civil servants.",
        [
            ("24,400 emergency personnel", 24400, "people"),
            ("2.5 million civil servants", 2.5e6, "people"),
        ],
    ),
    # "one" opening a range is its low end
    (
        "It may take one to two months before the floodwaters subside.",
        [("one to two months", 1, "months")],
    ),
    ("One or two people were hurt.", [("One or two people", 1, "people")]),
    # ... but not where the one is a hundred
    ("Some one to two hundred people came.", [("two hundred people", 200, "people")]),
    # a number, a full stop and a percent are two sentences, not a decimal split by a space
    (
        "Key points: 1. 18% GST on services. The index closed at 22,500. 15% of stocks rose.",
        [("18%", 18, "percent"), ("15%", 15, "percent")],
    ),
    # security guards (a border's are troops) and the dead a side mourns are people
    (
        "Some 1,500 security guards and 200 border guards watch 215 martyrs' graves.",
        [("1,500 security guards", 1500, "people"), ("200 border guards", 200, "troops")],
    ),
    (
        "The toll rose to 215 martyrs and 205 healthcare professionals.",
        [("215 martyrs", 215, "people"), ("205 healthcare professionals", 205, "people")],
    ),
    (
        "Smuggled goods worth 140 milion shillings and 2.5 bilion dollars in loans.",
        [("140 milion shillings", 140e6, "KES"), ("2.5 bilion dollars", 2.5e9, "USD")],
    ),
    # a year-like number in a list before a counted object is a count; a year elsewhere
    (
        "Russia lost 815 tanks, 2087 armored vehicles and 8 naval units.",
        [
            ("815 tanks", 815, "count"),
            ("2087 armored vehicles", 2087, "count"),
            ("8 naval units", 8, "ships"),
        ],
    ),
    ("In 2022 drones became common; the Zapad 2021 drills followed.", []),
    # a number going on from a count of its sentence, when nothing else could be its unit
    (
        "About 35,000 Chinese students study in Russia, the total reaching 85,000.",
        [("35,000 Chinese students", 35000, "people"), ("85,000", 85000, "people")],
    ),
    (
        "Some 3.792 million people have arrived, and 1.795 million have left for Ukraine.",
        [("3.792 million people", 3.792e6, "people"), ("1.795 million", 1.795e6, "people")],
    ),
    (
        "There are 70,000 migrants from Kyrgyzstan and 200,000 from Tajikistan.",
        [("70,000 migrants", 70000, "people"), ("200,000", 200000, "people")],
    ),
    ("Three ships sailed on 12, 13 and 14 July.", [("Three ships", 3, "ships")]),
    (
        "Russia sent 500 soldiers and 1,000 horses.",
        [("500 soldiers", 500, "troops"), ("1,000 horses", 1000, "count")],
    ),
    # found by a review of session 5's rules: what they must not do
    ("On 7 October 1,200 people were killed.", [("1,200 people", 1200, "people")]),
    ("In 2023 Russia 300 tanks were lost.", [("300 tanks", 300, "count")]),
    ("Gazprom expects 30-40 billion cubic metres.", [("30-40 billion cubic metres", 30, "bcm")]),
    (
        "The deal is worth €50 billion or $54 billion.",
        [("€50 billion", 50e9, "EUR"), ("$54 billion", 54e9, "USD")],
    ),
    ("Washington moved to block 12 companies.", [("12 companies", 12, "count")]),
    (
        "The strike damaged 40 buildings, and another 20 were injured.",
        [("40 buildings", 40, "count"), ("20", 20, "people")],
    ),
    ("Moscow sold 20 billion rouble-denominated bonds.", [("20 billion rouble", 20e9, "RUB")]),
    ("Jamaica's 100m athletes won.", []),
    ("Officials will double-check the double-digit figures.", []),
    ("He served twice as president.", []),
    (
        "The band performed 3 times to 10,000 fans.",
        [
            ("3 times", 3, "count"),
            ("10,000 fans", 10000, "people"),
        ],
    ),
    ("Profit fell to -5 billion roubles.", []),
    (
        "The town is 5 KM away and the plant makes 500 mw.",
        [
            ("5 KM", 5, "km"),
            ("500 mw", 500, "MW"),
        ],
    ),
    ("In Kharkiv, 2023 attacks were recorded.", []),
    ("Russia has 300 tanks along Highway 401, officials said.", [("300 tanks", 300, "count")]),
    ("The ship carries 96 missiles and a crew of 300.", [("96 missiles", 96, "count")]),
    (
        "It fields 1 million soldiers out of a population of 38 million.",
        [
            ("1 million soldiers", 1e6, "troops"),
            ("38 million", 38e6, "people"),
        ],
    ),
    (
        "Russia had 1,000 tanks before the war.[145] Then 200 more came.",
        [
            ("1,000 tanks", 1000, "count"),
        ],
    ),
    (
        "There were 100 Russian soldiers near Hill 203.5, it said.",
        [
            ("100 Russian soldiers", 100, "troops"),
        ],
    ),
    (
        "Sales doubleſ; a thırd of the market; one-fıfth of it.",
        [
            ("doubleſ", 2, "times"),
            ("a thırd", 33.33, "percent"),
            ("one-fıfth", 20, "percent"),
        ],
    ),
    # one thing counted: a singular object right after "one" or "1"
    (
        "Russia lost one tank and three drones, and one submarine.",
        [("one tank", 1, "count"), ("three drones", 3, "count"), ("one submarine", 1, "ships")],
    ),
    (
        "One civilian was killed and 1 soldier wounded.",
        [
            ("One civilian", 1, "people"),
            ("1 soldier", 1, "troops"),
        ],
    ),
    ("One person familiar with the matter said a drone was seen.", []),
    ("One of the drones hit a tank.", []),
    # numbers in names listed with "and" are no counts
    ("The Nord Stream 1 and 2 pipelines and Power of Siberia 1 and 2 pipelines.", []),
    ("Russia sent 5 and 6 ships to the drills.", [("5", 5, "ships"), ("6 ships", 6, "ships")]),
    # a share of a scale word is a number, not a share and "a million"
    (
        "Half a million tourists came, a quarter of a million soldiers took part "
        "and one and a half million barrels were sold.",
        [
            ("Half a million tourists", 500_000, "people"),
            ("a quarter of a million soldiers", 250_000, "troops"),
            ("one and a half million barrels", 1_500_000, "barrels"),
        ],
    ),
    (
        "Three quarters of a billion euros, a half million troops, half a dozen ships.",
        [
            ("Three quarters of a billion euros", 750_000_000, "EUR"),
            ("a half million troops", 500_000, "troops"),
            ("half a dozen ships", 6, "ships"),
        ],
    ),
    (
        "Half of the people left in the first half of 2024, half a year later.",
        [("Half", 50, "percent")],
    ),
    # "m" before people in British style; a race distance before athletes is no count
    (
        "Some 5m people live there, 1.2m refugees crossed and the firm has 40,000 staff.",
        [
            ("5m people", 5_000_000, "people"),
            ("1.2m refugees", 1_200_000, "people"),
            ("40,000 staff", 40_000, "people"),
        ],
    ),
    ("The 100m athletes lined up beside 20m vessels.", []),
    (
        "Some 3.1m visitors came, up from 2m, and the mast is 30m tall, up from 5m.",
        [("3.1m visitors", 3_100_000, "people"), ("2m", 2_000_000, "people")],
    ),
    # scales and units as Russian agencies and the FT write them
    (
        "The region shipped 12.4 thsd tonnes of flax and fees rose to Rbs450,000.",
        [("12.4 thsd tonnes", 12_400, "tonnes"), ("Rbs450,000", 450_000, "RUB")],
    ),
    (
        "The plant sold 7 billion kW/h a year.",
        [("7 billion kW/h", 7e9, "kWh")],
    ),
    # durations with "consecutive", "straight"; a bond oversubscribed N times is a multiplier
    (
        "Output fell for three consecutive years and 14 straight months; "
        "the notes were oversubscribed six times.",
        [
            ("three consecutive years", 3, "years"),
            ("14 straight months", 14, "months"),
            ("six times", 6, "times"),
        ],
    ),
    # a hyphen between a number and its scale ("a $2.5-billion loan" was read as $2.5)
    (
        "They signed a $2.5-billion loan and shipped 14.2-million tons, in a 3-million-ton deal.",
        [
            ("$2.5-billion", 2.5e9, "USD"),
            ("14.2-million tons", 14.2e6, "tonnes"),
            ("3-million-ton", 3e6, "tonnes"),
        ],
    ),
    # Indian English money
    (
        "The budget is Rs 5.94 trillion, with Rs. 300 crore and Rs 2 lakh crore more.",
        [
            ("Rs 5.94 trillion", 5.94e12, "INR"),
            ("Rs. 300 crore", 3e9, "INR"),
            ("Rs 2 lakh crore", 2e12, "INR"),
        ],
    ),
    # "one and a half" before a unit
    (
        "Trade grew one and a half times in three and a half years.",
        [("one and a half times", 1.5, "times"), ("three and a half years", 3.5, "years")],
    ),
    # "from" with a dash is a range, only "from X to Y" a change
    (
        "The bank now sees inflation at 5-5.5% from 4-4.5%, and rates from 16% to 17%.",
        [
            ("5-5.5%", 5, "percent"),
            ("4-4.5%", 4, "percent"),
            ("16%", 16, "percent"),
            ("17%", 17, "percent"),
        ],
    ),
    # Indian digit grouping; freight work; hyphenated "and a half"; one thing with adjectives
    (
        "India bought 4,12,650 barrels a day and 2.3 billion tonne-km moved, "
        "a three-and-a-half-fold rise.",
        [
            ("4,12,650 barrels a day", 412_650, "barrels_per_day"),
            ("2.3 billion tonne-km", 2.3e9, "tonne_km"),
            ("three-and-a-half-fold", 3.5, "times"),
        ],
    ),
    (
        "The strike used one Kinzhal hypersonic missile; sanctions hit one entity.",
        [("one Kinzhal hypersonic missile", 1, "count"), ("one entity", 1, "count")],
    ),
    # a seventh set: knots, gas carriers, guests, autos, "one-quarter", "mt" after a scale
    (
        "Three LNG carriers sailed at 12 knots with 240 guests; 9,500 autos were sold.",
        [
            ("Three LNG carriers", 3, "ships"),
            ("12 knots", 12, "knots"),
            ("240 guests", 240, "people"),
            ("9,500 autos", 9500, "count"),
        ],
    ),
    (
        "One-quarter of the coal, 41 million mt, went east; 10 Mt and 500 mt stay out.",
        [("One-quarter", 25, "percent"), ("41 million mt", 41e6, "tonnes")],
    ),
    # a share of a percent is a smaller percent, not a share and one percent
    (
        "Rates rose by one-half of one percent, then half a percentage point.",
        [
            ("one-half of one percent", 0.5, "percent"),
            ("half a percentage point", 0.5, "percentage_points"),
        ],
    ),
    # numbers listed with commas before "X and Y <unit>" share the unit
    (
        "Tariffs of 10, 15 and 25 percent hit 300, 250 and 400 tonnes of steel.",
        [
            ("10", 10, "percent"),
            ("15", 15, "percent"),
            ("25 percent", 25, "percent"),
            ("300", 300, "tonnes"),
            ("250", 250, "tonnes"),
            ("400 tonnes", 400, "tonnes"),
        ],
    ),
    (
        "In 2022, 15 and 25 percent went east.",
        [("15", 15, "percent"), ("25 percent", 25, "percent")],
    ),
    # what those rules must not do (a review of them)
    ("He earned 1 and a half billion dollars.", [("1 and a half billion dollars", 1.5e9, "USD")]),
    ("In 2017 Rs 500 fines were scrapped.", [("Rs 500", 500, "INR")]),
    ("Pakistan raised petrol prices by Rs 10 per litre.", [("Rs 10", 10, "PKR")]),
    (
        "The rouble fell to 100 to one dollar; one dollar buys 90 roubles.",
        [("100", 100, "RUB_per_USD"), ("90 roubles", 90, "RUB_per_USD")],
    ),
    ("Within 500m residents were told to leave; in the first half million tonnes went.", []),
    ("The event was covered 20 times by the press.", [("20 times", 20, "count")]),
    ("Capacity is 300 MW/h.", [("300 MW", 300, "MW")]),
    ("Interest rates fell from 7.5-7.25%.", [("7.5", 7.5, "percent"), ("7.25%", 7.25, "percent")]),
    ("One night drone attacks hit the port. At one point tank fire could be heard.", []),
    # a bare number counts what its sentence names before it: "the number of ...", a death toll
    (
        "The number of foreign exchange students in Russia is expected to reach 240,000 by 2027.",
        [("240,000", 240000, "people")],
    ),
    (
        "Airlines will raise the number of flights to 130 per week from 90.",
        [("130", 130, "count"), ("90", 90, "count")],
    ),
    (
        "The number of Russia-bound container trains grew from 12 in 2016 to over 9,000 in 2024.",
        [("12", 12, "count"), ("9,000", 9000, "count")],
    ),
    ("The death toll from the strike on Odesa rose to 14.", [("14", 14, "people")]),
    ("Officials gave a death toll of at least 9.", [("9", 9, "people")]),
    ("The freed Ukrainian soldiers numbered 95.", [("95", 95, "troops")]),
    (
        "The number of tourists grew 40% to 1.2 million last year.",
        [("40%", 40, "percent"), ("1.2 million", 1.2e6, "people")],
    ),
    # ... but not across a new clause, after "a number of", nor when the number names its own
    # object or the counted thing is no count
    ("The number of flights rose sharply, and fares reached 450.", []),
    ("The number of flights rose while fares reached 450.", []),
    ("A number of banks raised rates to 21 in March.", []),
    ("The number of pupils at 14 schools fell.", [("14 schools", 14, "count")]),
    ("The number of days with flights rose to 30.", []),
    ("The number of refugees, UNHCR said, stood at 300.", []),
    ("A toll of 400 was charged to the number of trucks at the border.", []),
    # a list's items each followed by where, when or what with count what the first counts
    (
        "The list adds 54 firms in Turkey and 17 in the UAE.",
        [("54 firms", 54, "count"), ("17", 17, "count")],
    ),
    (
        "Strikes hit two schools in Kharkiv, three in Sumy, and four in Odesa.",
        [("two schools", 2, "count"), ("three", 3, "count"), ("four", 4, "count")],
    ),
    (
        "The fleet lost 12 tanks on Monday and 9 on Tuesday.",
        [("12 tanks", 12, "count"), ("9", 9, "count")],
    ),
    # ... not without the parallel, nor across another number, nor far from the first's size
    ("Officials named 14 firms, along with five from Belarus.", [("14 firms", 14, "count")]),
    ("They fired 30 missiles at 5 and 6 in the evening.", [("30 missiles", 30, "count")]),
    ("Some 3,000 people in Kyiv and 2 in Lviv lost power.", [("3,000 people", 3000, "people")]),
    # weights and speeds: a speed is no distance
    (
        "The Lancet carries 3kg of explosives at 300 km/h, up to 40 kilometres.",
        [("3kg", 3, "kg"), ("300 km/h", 300, "km_per_hour"), ("40 kilometres", 40, "km")],
    ),
    (
        "The drone cruises at 185kph, or 115 mph.",
        [("185kph", 185, "km_per_hour"), ("115 mph", 115, "mph")],
    ),
    # gas in millions of cubic metres is counted in bcm, like the billions; other volumes not
    (
        "Transit fell to 42.4 million cubic metres of gas a day, or 42.4 mcm/d.",
        [("42.4 million cubic metres", 0.0424, "bcm"), ("42.4 mcm/d", 0.0424, "bcm")],
    ),
    (
        "Loggers cut 200 million cubic metres of timber.",
        [("200 million cubic metres", 2e8, "cubic_metres")],
    ),
    # a model's name in the plural counts its machines
    (
        "Kyiv has 24 F-16s; two Russian Tu-95s and two U.S. B-52s flew; it lost 12 T-72s.",
        [
            ("24 F-16s", 24, "aircraft"),
            ("two Russian Tu-95s", 2, "aircraft"),
            ("two U.S. B-52s", 2, "aircraft"),
            ("12 T-72s", 12, "count"),
        ],
    ),
    ("In 2025 F-16s arrived; the two F-16s landed; the 1990s MiG-29s.", []),
    # a number going on from a count after "have"; "military men" are troops
    (
        "Russia has about 1,500 tanks in storage and is expected to have 2,000 by 2027.",
        [("1,500 tanks", 1500, "count"), ("2,000", 2000, "count")],
    ),
    (
        "More than three thousand military men took part.",
        [("three thousand military men", 3000, "troops")],
    ),
    # peoples counted by name, papers signed
    (
        "Some 11,000 North Koreans and 300 Belarusians fought; 12 papers were signed.",
        [
            ("11,000 North Koreans", 11000, "people"),
            ("300 Belarusians", 300, "people"),
            ("12 papers", 12, "count"),
        ],
    ),
    # "one person" counts only as a casualty
    (
        "Shelling killed one person; one person was injured in Kherson.",
        [("one person", 1, "people"), ("one person", 1, "people")],
    ),
    ("One person familiar with the talks said so.", []),
    # a tally whose lines name what they count (the Ukrainian General Staff's daily losses)
    (
        "The enemy lost:\ntanks — 8,012 (+9) units;\npersonnel: about 1,150 (+1,150) persons;\n"
        "Prices — 500 (+5);",
        [
            ("8,012", 8012, "count"),
            ("9", 9, "count"),
            ("1,150", 1150, "troops"),
            ("1,150", 1150, "troops"),
        ],
    ),
    # more objects and units of real pages
    (
        "Kyiv got 16 HIMARS; 1,080 Russian invaders fell; 29,008 DWT; 21,500 trades.",
        [
            ("16 HIMARS", 16, "count"),
            ("1,080 Russian invaders", 1080, "troops"),
            ("29,008 DWT", 29008, "tonnes"),
            ("21,500 trades", 21500, "count"),
        ],
    ),
    # "half the market" and "half the 300 troops" are shares; "half the year" is none
    ("They hold more than half the market.", [("half", 50, "percent")]),
    (
        "Half the year passed; half the 300 troops left.",
        [("half", 50, "percent"), ("300 troops", 300, "troops")],
    ),
    (
        "He handed back half the £12billion hike.",
        [("half", 50, "percent"), ("£12billion", 12e9, "GBP")],
    ),
    # an age is no count: "aged 14 and 17 were injured"
    ("Two children aged 14 and 17 were injured.", [("Two children", 2, "people")]),
    # ... several items on a line; not a headline, a model, a calibre, a footnote or a bank
    (
        "Tanks – 7,834 (+6), armoured combat vehicles – 15,000 (+12)",
        [
            ("7,834", 7834, "count"),
            ("6", 6, "count"),
            ("15,000", 15000, "count"),
            ("12", 12, "count"),
        ],
    ),
    ("Drones: 10 things you need to know", []),
    ("Losses: 12 million in 2023", []),
    (
        "Ryanair ordered 150 jets (737 MAX 10); it logged 45 incidents (1).",
        [("150 jets", 150, "aircraft"), ("45 incidents", 45, "count")],
    ),
    ("Taxpayers put £45 billion into RBS 10 years ago.", [("£45 billion", 45e9, "GBP")]),
    ("Flows were 42 MCM on Monday.", [("42 MCM", 0.042, "bcm")]),
    (
        "Europe imported 100 million cubic metres of Russian natural gas.",
        [("100 million cubic metres", 0.1, "bcm")],
    ),
    # ... the subject rule after a preposition inside the subject, more verbs, a causative
    ("The death toll since the start of the war rose to 30,000.", [("30,000", 30000, "people")]),
    ("The death toll as of Tuesday stood at 45.", [("45", 45, "people")]),
    ("The death toll has been revised to 45.", [("45", 45, "people")]),
    (
        "Washington will raise the number of troops in Poland to 10,000.",
        [("10,000", 10000, "troops")],
    ),
    (
        "1 was killed and 12 injured; a total of 5 were killed.",
        [("1", 1, "people"), ("12", 12, "people"), ("5", 5, "people")],
    ),
    ("It is half the size of France.", []),
    # what a review of those rules found wrong, and must stay right
    ("The Royal Navy operates 7 MCM vessels in the Gulf.", [("7 MCM vessels", 7, "ships")]),
    (
        "The key rate was raised 2 pct points to 21 pct.",
        [("2 pct points", 2, "percentage_points"), ("21 pct", 21, "percent")],
    ),
    ("Stocks rose 0.2% and 15%, respectively.", [("0.2%", 0.2, "percent"), ("15%", 15, "percent")]),
    ("GDP grew 0.4% or 1.6% annualised.", [("0.4%", 0.4, "percent"), ("1.6%", 1.6, "percent")]),
    (
        "Inflation accelerated 0.5% to 9.1% in October.",
        [("0.5%", 0.5, "percent"), ("9.1%", 9.1, "percent")],
    ),
    ("The number of troops killed is estimated at 300 to 500.", []),
    ("The number of people who retire at 65 has risen steadily.", []),
    ("The number of men aged 18 to 60 has fallen.", []),
    ("The number of people with heatstroke rose as temperatures hit 45 in Delhi.", []),
    (
        "The death toll from Tuesday's strike at 3 in the morning rose to 12.",
        [("12", 12, "people")],
    ),
    ("The death toll stood at 12 at 6 in the evening.", [("12", 12, "people")]),
    ("The number of people in the queue fell after the border reopened at 6.", []),
    ("The number of doctors fell to 2 per 1,000 residents.", []),
    ("The number of applicants rose to 20 for each place.", []),
    ("The number of aircraft hangars destroyed reached 12.", []),
    # (the wives counted are people, not soldiers)
    ("The number of soldiers' wives protesting rose to 100.", [("100", 100, "people")]),
    ("The number of soldiers' graves rose to 100.", []),
    ("The number of people per household fell to 2.", []),
    (
        "The number of children returned rose to 400 from 388 in May.",
        [("400", 400, "people"), ("388", 388, "people")],
    ),
    (
        "The swap brought the total number of captives exchanged by the UAE to 4,181.",
        [("4,181", 4181, "people")],
    ),
    ("A father of two was killed; a girl of 9 died; a woman in flat 45 was injured.", []),
    (
        "Police detained 40 people in Minsk, and 1 in 4 were minors.",
        [("40 people", 40, "people"), ("1 in 4", 25, "percent")],
    ),
    (
        "Ukraine imported 1.2 million cubic metres of timber, and 500 million cubic metres of gas.",
        [
            ("1.2 million cubic metres", 1.2e6, "cubic_metres"),
            ("500 million cubic metres", 0.5, "bcm"),
        ],
    ),
    (
        "The plant pumps 1.5 million cubic metres a day of drinking water, Gazprom said.",
        [("1.5 million cubic metres", 1.5e6, "cubic_metres")],
    ),
    ("The town, 10 km an hour's walk away, was shelled.", [("10 km", 10, "km")]),
    ("The attack hurt one person's chances of election.", []),
    # page furniture
    ("(Visited 1 times, 1 visits today)", []),
    ("Follow us on Telegram: 250K subscribers", []),
    # two counts of one object, each with its adjective
    (
        "The Treasury listed 14 Chinese and three Indian firms.",
        [("14 Chinese", 14, "count"), ("three Indian firms", 3, "count")],
    ),
    (
        "Japan scrambled jets after four Chinese and 2 Russian bombers neared Okinawa.",
        [("four Chinese", 4, "aircraft"), ("2 Russian bombers", 2, "aircraft")],
    ),
    (
        "Radar tracked 3 Chinese and 5 Russian warships.",
        [("3 Chinese", 3, "ships"), ("5 Russian warships", 5, "ships")],
    ),
    (
        "Taipei counted six Chinese vessels and 21 aircraft on Monday.",
        [("six Chinese vessels", 6, "ships"), ("21 aircraft", 21, "aircraft")],
    ),
    (
        "Eight Chinese and Russian warships sailed.",
        [("Eight Chinese and Russian warships", 8, "ships")],
    ),
    ("A Chinese and 4 Russian tankers docked.", [("4 Russian tankers", 4, "ships")]),
    # a running total takes the unit of the count it adds up
    (
        "Another 940 soldiers were lost in 24 hours, bringing the total to 310,450.",
        [("940 soldiers", 940, "troops"), ("24 hours", 24, "hours"), ("310,450", 310450, "troops")],
    ),
    (
        "Shelling hit 17 villages, taking the overall tally since October to 230.",
        [("17 villages", 17, "count"), ("230", 230, "count")],
    ),
    (
        "It freed 95 soldiers, bringing the total number of people freed to 3,405.",
        [("95 soldiers", 95, "troops"), ("3,405", 3405, "people")],
    ),
    (
        "Police held 12 people, 3 on Friday, bringing the total to 40.",
        [("12 people", 12, "people")],
    ),  # which count is summed?
    (
        "Kyiv got 12 jets, bringing the total to 5 percent of its fleet.",
        [
            ("12 jets", 12, "aircraft"),
            ("5 percent", 5, "percent"),
        ],
    ),
    # ... never the unit of where it happened, nor when the total names another noun
    (
        "Strikes killed 8 civilians in 2 villages, bringing the total to 140.",
        [("8 civilians", 8, "people"), ("2 villages", 2, "count"), ("140", 140, "people")],
    ),
    (
        "It hired 200 people at 4 plants, bringing its total workforce to 12,000.",
        # (the total is the workforce's, people: not the plants' count)
        [("200 people", 200, "people"), ("4 plants", 4, "count"), ("12,000", 12_000, "people")],
    ),
    (
        "Kyiv hit 12 tanks and 30 artillery systems, bringing the total troop losses to 590,000.",
        [("12 tanks", 12, "count"), ("30 artillery systems", 30, "count")],
    ),
    (
        "The EU listed 27 more vessels, bringing the total sanctioned tankers to 342.",
        [("27 more vessels", 27, "ships"), ("342", 342, "ships")],
    ),
    (
        "Five hundred Chinese and 300 Russian workers built it.",
        [("300 Russian workers", 300, "people")],
    ),  # no "hundred Chinese"
    # a model's designation says what "fighters" are
    ("Moscow delivered 24 Su-35 fighters.", [("24 Su-35 fighters", 24, "aircraft")]),
    ("Two of the J-20 fighters landed.", [("Two", 2, "aircraft")]),
    (
        "Kyiv has 30 of the 85 F-16s it was promised.",
        [("30", 30, "aircraft"), ("85 F-16s", 85, "aircraft")],
    ),
    ("About 300 Wagner fighters left Mali.", [("300 Wagner fighters", 300, "troops")]),
    # units and words of economic news
    (
        "Farmers will sow 11.2 million hectares (27.7 million acres) of wheat.",
        [
            ("11.2 million hectares", 11.2e6, "hectares"),
            ("27.7 million acres", 27.7e6, "acres"),
        ],
    ),
    (
        "A 5,000 square metre depot and 12 gigawatt of solar.",
        [
            ("5,000 square metre", 5000, "square_metres"),
            ("12 gigawatt", 12, "GW"),
        ],
    ),
    ("A poll of 31 economists expected a cut.", [("31 economists", 31, "people")]),
    (
        "The port handled 1.2 million standard containers.",
        [("1.2 million standard containers", 1.2e6, "TEU")],
    ),
    (
        "Imports more than trebled, and sales are trebling.",
        [("trebled", 3, "times"), ("trebling", 3, "times")],
    ),
    (
        "The Fed made a quarter-point cut after a half-point hike.",
        [
            ("quarter-point", 0.25, "percentage_points"),
            ("half-point", 0.5, "percentage_points"),
        ],
    ),
    (
        "Its first loss in a quarter of a century, and in half a century.",
        [
            ("a quarter of a century", 25, "years"),
            ("half a century", 50, "years"),
        ],
    ),
    (
        "A quarter of the market, a quarter of a million people.",
        [
            ("A quarter", 25, "percent"),
            ("a quarter of a million people", 250000, "people"),
        ],
    ),
    ("A 100 megawatt-hour battery.", [("100 megawatt-hour", 1e5, "kWh")]),
    ("Carlsen finished a half-point ahead; he scored a half-century.", []),
    # naira, also as Nigerian papers write it; pesos named by country
    (
        "Nigeria's senate passed a N28.7 trillion budget, or 30.1 trillion naira with extras.",
        [("N28.7 trillion", 28.7e12, "NGN"), ("30.1 trillion naira", 30.1e12, "NGN")],
    ),
    ("Wear N95 masks; the N2 road reopened.", []),
    ("The budget assumes 1,400 naira per dollar.", [("1,400 naira", 1400, "NGN_per_USD")]),
    ("A fine of 90,000 Argentine pesos.", [("90,000 Argentine pesos", 90000, "ARS")]),
    # a statistics line is no ticker, nor is its change after a comma a quote
    ("- Ural Airlines: 512,100, +4.2%;", [("4.2%", 4.2, "percent")]),  # a name, no airlines
    ("The euro EURUSD, -0.42% rose. The yield TMUBMUSD10Y, 4.215% fell.", []),  # chips
    ("- Carrier A: 1.4 million, +6.2%;", [("6.2%", 6.2, "percent")]),
    ("NIKKEI 39,100.2 +0.8%", []),
    # exchange rates written with a sign, a pair, or compared
    (
        "The yen was assumed to average ¥145 to the U.S. dollar, against ¥150 earlier.",
        [("¥145", 145, "JPY_per_USD"), ("¥150", 150, "JPY_per_USD")],
    ),
    (
        "The dollar-to-ruble exchange rate was ₽88.4, and the Chinese currency traded at ₽12.1.",
        [("₽88.4", 88.4, "RUB_per_USD"), ("₽12.1", 12.1, "RUB_per_CNY")],
    ),
    ("A coffee costs ₽250 in Moscow.", [("₽250", 250, "RUB")]),
    ("He paid $300 to the euro-area bank.", [("$300", 300, "USD")]),
    (
        "Aid reached $60 billion from the U.S. Germany pledged another 8 billion.",
        [("$60 billion", 60e9, "USD")],
    ),  # initials that end a sentence
    # number forms of other newsrooms, and what they must not become
    # a thousands group split by a stray space, "000" only (not "rooms 5, 100 and 200")
    ("More than 40, 000 migrants crossed.", [("40, 000 migrants", 40000, "people")]),
    ("Rooms 5, 100 and 110 were shut.", []),
    ("Kyiv got 20,000 152-mm shells.", [("20,000 152-mm shells", 20000, "count")]),
    ("Howitzers fired 152-mm shells.", []),  # a calibre, not a count
    ("Some 4.500 Polish troops joined.", [("4.500 Polish troops", 4500, "troops")]),
    ("A 1.5 percent rise in troops.", [("1.5 percent", 1.5, "percent")]),
    ("Eighty-two point four percent voted yes.", []),  # no "four percent"
    ("They signed three (3) agreements.", [("three (3) agreements", 3, "count")]),
    ("The deal is worth INR 2 lakh crores.", [("INR 2 lakh crores", 2e12, "INR")]),
    (
        "The toll rose to 3,410 Palestinians, and 120 health personnel were killed.",
        [("3,410 Palestinians", 3410, "people"), ("120 health personnel", 120, "people")],
    ),
    ("The Group of Seven countries agreed.", []),
    (
        "Two children were injured. Seven others, including two 19-year-old men, were hurt.",
        [("Two children", 2, "people"), ("Seven", 7, "people"), ("two", 2, "people")],
    ),
    # a counted object as the subject right before the number
    (
        "The ministry said the casualties swelled to 9,480 after the raids.",
        [("9,480", 9480, "people")],
    ),
    (
        "Chinese visitors rose 18 percent to 2.1 million.",
        [("18 percent", 18, "percent"), ("2.1 million", 2.1e6, "people")],
    ),
    ("Tourist arrivals exceeded 800,000.", [("800,000", 800000, "people")]),
    # the scrambles are the subject, not the planes after "against"
    (
        "Scrambles against Russian planes rose 8 percent to 96.",
        [("8 percent", 8, "percent"), ("96", 96, "count")],
    ),
    ("The casualties rose to 2 per 1,000 residents.", []),
    # general news: temperatures, missing people, bodies, registrations, sizes of bodies
    (
        "Temperatures hit 41 degrees Celsius (106 degrees Fahrenheit) and fell to minus 3 °C.",
        [
            ("41 degrees Celsius", 41, "celsius"),
            ("106 degrees Fahrenheit", 106, "fahrenheit"),
            ("minus 3 °C", -3, "celsius"),
        ],
    ),  # a temperature below zero keeps its sign
    # ... in another case or spelling; not after "below" (the sign would be lost); "terminus"
    # is no "minus"
    (
        "It was –15 °C, MINUS 10 degrees C, then 3 degrees Celsius below zero.",
        [("–15 °C", -15, "celsius"), ("MINUS 10 degrees C", -10, "celsius")],
    ),
    ("The terminus 5 km away was hit.", [("5 km", 5, "km")]),
    # a decimal comma before "trillion" in a translation; yen reach a thousand trillion
    (
        "Revenues reached 9,431 trillion rubles; Japan owes 1,200 trillion yen.",
        [("9,431 trillion rubles", 9.431e12, "RUB"), ("1,200 trillion yen", 1.2e15, "JPY")],
    ),
    ("Derivatives worth $1,500 trillion changed hands.", [("$1,500 trillion", 1.5e15, "USD")]),
    (
        "She won 4.2M votes; 3m cars were sold; a 20m wall.",
        [
            ("4.2M votes", 4.2e6, "count"),
            ("3m cars", 3e6, "count"),
        ],
    ),
    (
        "The poll's margin is plus or minus 2 percentage points.",
        [
            ("2 percentage points", 2, "percentage_points"),
        ],
    ),
    (
        "At least 90 died and more than 600 are still missing.",
        [
            ("90", 90, "people"),
            ("600", 600, "people"),
        ],
    ),
    ("Divers recovered 14 bodies.", [("14 bodies", 14, "people")]),
    (
        "Tesla had 5,410 registrations and sold 2 million tickets.",
        [
            ("5,410 registrations", 5410, "count"),
            ("2 million tickets", 2e6, "count"),
        ],
    ),
    (
        "The four-nation bloc and the 120-seat chamber.",
        [
            ("four-nation", 4, "count"),
            ("120-seat", 120, "count"),
        ],
    ),
    ("It stores 180,000 cu m of LNG.", [("180,000 cu m", 180000, "cubic_metres")]),
    (
        "It charges twice the normal rate; they met twice the same week.",
        [
            ("twice", 2, "times"),
        ],
    ),
    (
        "Its share fell from 60% in March 2021 to 41% in May.",
        [
            ("60%", 60, "percent"),
            ("41%", 41, "percent"),
        ],
    ),
    (
        "Between one and 1.2 million tourists came.",
        [
            ("one and 1.2 million tourists", 1e6, "people"),
        ],
    ),
    ("Some 150 7-Eleven stores shut.", []),  # a name, no range of 7 to 11
    # ... and what they must not read: money, ranks, ages, names, two different counts
    (
        "Sales rose to 300 billion rubles, while losses totalled 40 billion.",
        [("300 billion rubles", 300e9, "RUB"), ("40 billion", 40e9, "RUB")],
    ),
    ("The pension starts when men reach 65 and women reach 60.", []),
    ("Japan Airlines rose 3% to 2,900.", [("3%", 3, "percent")]),
    ("Gulf states rose to 6 in the ranking.", []),
    (
        "Moscow sent 5,000 troops and 200 tanks. Their number rose to 8,000.",
        [
            ("5,000 troops", 5000, "troops"),
            ("200 tanks", 200, "count"),
        ],
    ),
    (
        "About 300 people marched; police put the number at 3,000.",
        [
            ("300 people", 300, "people"),
            ("3,000", 3000, "people"),
        ],
    ),
    ("Hotline for 2,000 evacuees: call the number at 112.", [("2,000 evacuees", 2000, "people")]),
    ("At one point two soldiers ran.", [("two soldiers", 2, "troops")]),
    ("The fertility rate is 1.345 children per woman.", []),
    (
        "Sales by region: USA, +4.5%; EMEA, -2.1%.",
        [("4.5%", 4.5, "percent"), ("2.1%", 2.1, "percent")],
    ),
    ("Main Battle Tanks: 3,200", [("3,200", 3200, "count")]),
    (
        "Uganda's shilling held at 3,700 per dollar, while Nigeria's naira weakened.",
        [("3,700", 3700, "UGX_per_USD")],
    ),  # the currency named before the rate (not the one after it)
    # a comparison with someone's figure; a number going on with "expected"
    (
        "Tesla had 6,100 registrations compared to BYD's 5,900.",
        [
            ("6,100 registrations", 6100, "count"),
            ("5,900", 5900, "count"),
        ],
    ),
    ("It sold 800 cars, versus Geely’s 650.", [("800 cars", 800, "count"), ("650", 650, "count")]),
    (
        "About 2 million Chinese tourists came each year, with about 500,000 expected in 2024.",
        [("2 million Chinese tourists", 2e6, "people"), ("500,000", 500000, "people")],
    ),
    # "their number", "that number" without "of": what was counted just before
    (
        "About 9,000 Indian students study in Russia. Moscow wants to raise their number to"
        " 20,000.",
        [("9,000 Indian students", 9000, "people"), ("20,000", 20000, "people")],
    ),
    (
        "There are 30 Chinese banks in the zone. That number rose to 42 in May.",
        [("30 Chinese banks", 30, "count"), ("42", 42, "count")],
    ),
    (
        "Trade reached $200 billion. They want to raise that number to 300.",
        [
            ("$200 billion", 200e9, "USD"),
        ],
    ),  # money needs its scale
    (
        "The region has 12 hospitals and plans to raise their number to 2 per 1,000 residents.",
        [
            ("12 hospitals", 12, "count"),
        ],
    ),  # a ratio
    # what a sentence counts, after a change
    (
        "The number of cargo flights rose 12 percent year-on-year to 1,830.",
        [("12 percent", 12, "percent"), ("1,830", 1830, "count")],
    ),
    (
        "The number of ships in the strait fell to 310 so far this year from 450.",
        [("310", 310, "ships"), ("450", 450, "ships")],
    ),
    # a counted subject before its preposition; some plain counts may be subjects
    (
        "Direct flights between Moscow and Harbin have grown to about 40 a week.",
        [("40", 40, "count")],
    ),
    (
        "Weddings aside, Japan's births dropped to 727,000 last year.",
        [("727,000", 727000, "count")],
    ),
    ("The rise in flights between the two capitals reached 300.", []),  # not the subject
    (
        "Imports from 12 countries rose to 45 percent.",
        [("12 countries", 12, "count"), ("45 percent", 45, "percent")],
    ),
    # a vote's other sides, after a count of votes
    (
        "The motion passed with 93 votes in favour, 18 against and 65 abstentions.",
        [
            ("93 votes", 93, "count"),
            ("18", 18, "count"),
            ("65 abstentions", 65, "count"),
        ],
    ),
    ("The rouble traded at 90 against the dollar.", [("90", 90, "RUB_per_USD")]),
    # a range of bare numbers with a casualty word after it
    (
        "Ukraine says 20,000 to 25,000 were killed or wounded in the battle.",
        [("20,000 to 25,000", 20000, "people")],
    ),
    ("The war that from 2014 to 2021 killed 14,000 people.", [("14,000 people", 14000, "people")]),
    ("Three women aged between 31 and 58 were injured.", [("Three women", 3, "people")]),
    (
        "Two women were killed and two men injured.",
        [("Two women", 2, "people"), ("two men", 2, "people")],
    ),
    ("The two men met in Beijing.", []),
    ("Five men aged from 19 to 40 died.", [("Five men", 5, "people")]),
    # a count before a calibre is no number with a thousands space
    ("The package adds 18 120mm mortars.", [("18 120mm mortars", 18, "count")]),
    ("Kyiv got 36 155-mm howitzers.", [("36 155-mm howitzers", 36, "count")]),
    # new vocabulary
    (
        "The fire burnt 1,200 square miles of forest.",
        [("1,200 square miles", 1200, "square_miles")],
    ),
    (
        "The law was backed by 215 congressmen and 61 MPs.",
        [("215 congressmen", 215, "people"), ("61 MPs", 61, "people")],
    ),
    ("The bank has made four consecutive cuts since May.", [("four consecutive cuts", 4, "count")]),
    # currencies by their own word, code or sign; a word several countries share needs the country
    (
        "Vale will spend R$ 12 billion, Pertamina 3.4 trillion rupiah and Petronas RM8 billion.",
        [
            ("R$ 12 billion", 12e9, "BRL"),
            ("3.4 trillion rupiah", 3.4e12, "IDR"),
            ("RM8 billion", 8e9, "MYR"),
        ],
    ),
    # a multiplier before "the amount"; a share as a level
    ("Grain exports were double the amount shipped in May.", [("double", 2, "times")]),
    ("He has double standards.", []),
    ("The yuan's share has reached about a third since January.", [("a third", 33.33, "percent")]),
    ("Their share fell to a fifth in March.", [("a fifth", 20, "percent")]),
    ("The team reached a third straight final.", []),
    # who was counted: rescuers, troop losses; parallel items "over" places
    (
        "Some 85 firefighters and 40 rescuers worked overnight.",
        [("85 firefighters", 85, "people"), ("40 rescuers", 40, "people")],
    ),
    (
        "Kyiv puts Russia's toll at 612,000 troop losses.",
        [("612,000 troop losses", 612000, "troops")],
    ),
    (
        "Air defences downed 9 drones over Kursk, 14 over Bryansk and 3 over Oryol.",
        [("9 drones", 9, "count"), ("14", 14, "count"), ("3", 3, "count")],
    ),
    ("Prices rose 5% over the year, 3 over the month.", [("5%", 5, "percent")]),
    ("412 readers online", []),  # page furniture
    # a death toll "with" more; displaced, evacuated
    (
        "The death toll stood at 37 with another 90 injured.",
        [("37", 37, "people"), ("90", 90, "people")],
    ),
    (
        "Floods displaced 1.4 million and destroyed 210 temporary shelters.",
        [("1.4 million", 1.4e6, "people"), ("210 temporary shelters", 210, "count")],
    ),
    (
        "Shelling killed 4, bringing the region's civilian death toll since June to 212.",
        [("4", 4, "people"), ("212", 212, "people")],
    ),
    # a currency's level against another, as a bare number (not the euro: dollars per euro)
    (
        "The won weakened against the dollar by 0.5% to 1,402.5.",
        [("0.5%", 0.5, "percent"), ("1,402.5", 1402.5, "KRW_per_USD")],
    ),
    ("Against the dollar, the rouble slipped to 96.2.", [("96.2", 96.2, "RUB_per_USD")]),
    ("The euro rose against the dollar to 1.12.", []),
    # a range of rates, and a change between two rates
    ("The bank pegged the naira at 410 to 415 per dollar.", [("410 to 415", 410, "NGN_per_USD")]),
    (
        "The rouble fell from 88 to 97 per dollar.",
        [("88", 88, "RUB_per_USD"), ("97", 97, "RUB_per_USD")],
    ),
    # ... not when another clause owns the number
    ("The yen slipped against the dollar as the Topix rose to 2,800.", []),
    ("The rupee fell against the dollar and the RBI raised rates to 6.5.", []),
    # a subject behind one or two phrases of a preposition; never a rate's
    (
        "Arrivals of Chinese tourists in Vietnam rose to 3.7 million.",
        [("3.7 million", 3.7e6, "people")],
    ),
    ("Visits by Indian pilgrims to Mecca rose to 175,000.", [("175,000", 175000, "count")]),
    ("Remittances from Nepali workers in Qatar rose to 90 billion.", []),
    ("Deaths per 100,000 residents fell to 9.", []),
    (
        "Attacks in Kashmir rose to 30, while attacks on migrants rose to 12.",
        [("30", 30, "count"), ("12", 12, "count")],
    ),
    # casualty words before a number that ends its phrase; not animals (counted as such), sand
    # or money
    (
        "Volunteers rescued 14 dogs and 3 horses.",
        [("14 dogs", 14, "count"), ("3 horses", 3, "count")],
    ),
    (
        "The quake displaced 2 metres of the fault and 40 cm of rock.",
        [("2 metres", 2, "metres"), ("40 cm", 40, "cm")],
    ),
    ("Troops evacuated 2,300 from the port.", [("2,300", 2300, "people")]),
    # a range with a casualty word: one estimate unless a change; not ages, dates or fish
    ("Witnesses said from 40 to 60 were killed.", [("40 to 60", 40, "people")]),
    ("The toll rose from 14 to 19 dead.", [("14", 14, "people"), ("19", 19, "people")]),
    ("Boys between 6 and 15 were injured.", []),
    ("Storms on March 3 to 5 killed 9 people.", [("9 people", 9, "people")]),
    ("Between 30 and 40 dead dolphins washed up.", [("30 and 40 dead dolphins", 30, "count")]),
    (
        "Of the 80 passengers, 20 to 25 injured.",
        [("80 passengers", 80, "people"), ("20 to 25", 20, "people")],
    ),
    # a share as a level needs a share named before it
    ("The clock stood at a quarter to nine.", []),
    ("Liverpool climbed to a third in the table.", []),
    # vote sides end their phrase
    ("The bill got 98 votes, and the side lost 2 against Chelsea.", [("98 votes", 98, "count")]),
    ("Liverpool won the double the previous season.", []),
    # police: no station, helpline or numbered sector
    ("A case was filed at the Sector 49 police station.", []),
    ("Residents can dial the 100 police helpline.", []),
    # codes that are also acronyms: only before the amount, never before one or two digits
    ("Pilots flew 27 ILS approaches.", []),
    ("The EU's NIS 2 rules apply.", []),  # (so "NIS 4 officials" is lost too)
    ("The clinic bought 3 AED units.", [("3 AED units", 3, "count")]),
    ("Discounts of USD 20-25 per barrel.", [("USD 20-25", 20, "USD")]),
    ("They bought 5 Brazilian real estate firms.", [("5 Brazilian real estate firms", 5, "count")]),
    ("He poured 2 drams of whisky.", []),
    # set 19: "of whom", a possessive before "of"'s count, dong in lower case, attempts
    (
        "The strike injured nine people, three of whom were hospitalised.",
        [("nine people", 9, "people"), ("three", 3, "people")],
    ),
    (
        "Measles was reported in 9 of Europe's 44 countries.",
        [("9", 9, "count"), ("44 countries", 44, "count")],
    ),
    (
        "Sales of 8 of the bloc's top 20 brands rose.",
        [("8", 8, "count"), ("20 brands", 20, "count")],
    ),
    ("Intel will invest 24 trillion dong in the plant.", [("24 trillion dong", 24e12, "VND")]),
    ("Troops repelled 23 attempts to cross the river.", [("23 attempts", 23, "count")]),
    # a list's parallel items after a participle: "were shot down over ..., 28 over ..."
    (
        "Air defences say 9 drones were shot down over Kursk, 14 over Bryansk.",
        [("9 drones", 9, "count"), ("14", 14, "count")],
    ),
    (
        "Police said 40 people were detained in Minsk, 12 in Brest.",
        [("40 people", 40, "people"), ("12", 12, "people")],
    ),
    # a third review: police before a verb of any tense or a time word; "per"/"every" block a
    # subject only before a number ("per cent", "as per", "every year" do not); "of whom" is
    # people; vessels' tonnage; possessives; the NIS 2 directive
    (
        "The state hired 12,000 police this year and 300 police died in clashes.",
        [("12,000 police", 12000, "people"), ("300 police", 300, "people")],
    ),
    (
        # (police personnel are people, as police officers are: no troops)
        "Some 900 police personnel and 40 police dogs.",
        [("900 police personnel", 900, "people"), ("40 police dogs", 40, "count")],
    ),
    (
        "Crime fell 12 per cent last year and arrests fell to 45,000.",
        [("12 per cent", 12, "percent"), ("45,000", 45000, "count")],
    ),
    ("As per police data, deaths from heatstroke rose to 110.", [("110", 110, "people")]),
    (
        "The jet carried 150 passengers from 9 nations, 30 of whom were Britons.",
        [("150 passengers", 150, "people"), ("9 nations", 9, "count"), ("30", 30, "people")],
    ),
    ("The destroyer displaced 9,000 when fully loaded.", []),
    ("Coastguards rescued 14 fishermen's boats.", [("14 fishermen's boats", 14, "ships")]),
    ("Firms must comply with NIS 2 and DORA; a ride costs NIS 2.5.", [("NIS 2.5", 2.5, "ILS")]),
    # a dollar sign before dollars that are named
    ("Sales reached $2.4 billion Hong Kong dollars.", [("$2.4 billion", 2.4e9, "HKD")]),
    (
        "Minsk paid 250 million Belarusian rubles, Moscow 4 billion rubles.",
        [
            ("250 million Belarusian rubles", 250e6, "BYN"),
            ("4 billion rubles", 4e9, "RUB"),
        ],
    ),
    (
        "Tashkent raised 2.1 trillion soums and Tbilisi 75 million lari.",
        [("2.1 trillion soums", 2.1e12, "UZS"), ("75 million lari", 75e6, "GEL")],
    ),
    (
        "The grant is KSh 1.8 billion, or NIS 40 million.",
        [("KSh 1.8 billion", 1.8e9, "KES"), ("NIS 40 million", 40e6, "ILS")],
    ),
    # the oil trade's short forms of barrels a day
    (
        "Output rose by 300 kb/d to 10.5 mb/d, the fleet carrying 1.4 MMb/d of products.",
        [
            ("300 kb/d", 300e3, "barrels_per_day"),
            ("10.5 mb/d", 10.5e6, "barrels_per_day"),
            ("1.4 MMb/d", 1.4e6, "barrels_per_day"),
        ],
    ),
    # a rate against "a" dollar
    (
        "The rupee plunged to a record low of 77.02 against a US dollar on March 7.",
        [("77.02", 77.02, "INR_per_USD")],
    ),
    # a comparison with an earlier count of the same thing, not any "count of"
    (
        "The death toll surpassed 15,200, up from the previous count of over 13,300 on Monday.",
        [("15,200", 15200, "people"), ("13,300", 13300, "people")],
    ),
    (
        "Officials said 40 people died, revising a preliminary estimate of 52.",
        [("40 people", 40, "people"), ("52", 52, "people")],
    ),
    (
        "Officials found 40 bodies and a count of 300 ballots.",
        [("40 bodies", 40, "people"), ("300 ballots", 300, "count")],
    ),
    # the naira's "N" before a scale word needs no Nigerian cue: no road or mask is that many
    (
        "The government allocated N6.56 trillion for debt service, not N95 masks.",
        [("N6.56 trillion", 6.56e12, "NGN")],
    ),
    # ... and the rand's "R" likewise off South African pages, or with a cue in its line
    (
        "The army gets an additional R3.6 billion, while the R511 and R2 models wait.",
        [("R3.6 billion", 3.6e9, "ZAR")],
    ),
    (
        "Eskom raised its tariff to R2.50 a unit.",
        [("R2.50", 2.5, "ZAR")],
    ),
    # a list of who gives how much takes the unit of its first item
    (
        "Saudi Arabia will cut 500,000 barrels per day, Iraq 211,000, the UAE 144,000,"
        " and Oman 40,000.",
        [
            ("500,000 barrels per day", 500e3, "barrels_per_day"),
            ("211,000", 211e3, "barrels_per_day"),
            ("144,000", 144e3, "barrels_per_day"),
            ("40,000", 40e3, "barrels_per_day"),
        ],
    ),
    (
        "Projections give the CDU 208 seats, the AfD 152 and the SPD 120.",
        [("208 seats", 208, "count"), ("152", 152, "count"), ("120", 120, "count")],
    ),
    # ... never money without its scale, nor a date, nor one named thing alone (no list)
    ("He was paid $500, Chelsea 400.", [("$500", 500, "USD")]),
    ("The storm killed 300 people, March 400.", [("300 people", 300, "people")]),
    (
        "The plane carried 227 passengers, Flight 370 was never found.",
        [("227 passengers", 227, "people")],
    ),
    ("Winds reached 130 mph, Interstate 405 and Route 9 were shut.", [("130 mph", 130, "mph")]),
    ("Ukraine shot down 150 drones, Shahed 136 and Geran 2 types.", [("150 drones", 150, "count")]),
    # an earthquake's magnitude is no count of its aftershocks
    (
        "A 7.8 magnitude quake was followed by 3 magnitude 5 aftershocks and 243 aftershocks.",
        [("243 aftershocks", 243, "count")],
    ),
    # the naira's N only right before its digits, and not in a compound
    ("The new N2 billion-dollar fab was opened on the N 5 million-metre grid.", []),
    # "Mb/d" is thousands in American usage: left out
    ("Output reached 600 Mb/d; the IEA says 1.4 mb/d.", [("1.4 mb/d", 1.4e6, "barrels_per_day")]),
    (
        "Russia shipped 700,000 barrels of Urals a day after the cap.",
        [("700,000 barrels", 7e5, "barrels")],
    ),
    # a toll or count of before means casualties: not after kilometres
    (
        "Rescuers reached the village 40 km away, revising the earlier toll of 12.",
        [("40 km", 40, "km")],
    ),
    # occasions: "three times what he knew"; a source, not a count: "One company official"
    (
        "He was asked three times what he knew, one company official said.",
        [("three times", 3, "count")],
    ),
    # "N times their ..." multiplies
    (
        "Parts received four times their average rainfall; they met four times that year.",
        [("four times", 4, "times"), ("four times", 4, "count")],
    ),
    # commodity and disaster words
    (
        "A quota of 76 million wet tonnes, 5 million dry metric tonnes; 243 aftershocks.",
        [
            ("76 million wet tonnes", 76e6, "tonnes"),
            ("5 million dry metric tonnes", 5e6, "tonnes"),
            ("243 aftershocks", 243, "count"),
        ],
    ),
    (
        "About 286,000 kindergartners, 250 properties in 41 jurisdictions; seven other parties.",
        [
            ("286,000 kindergartners", 286e3, "people"),
            ("250 properties", 250, "count"),
            ("41 jurisdictions", 41, "count"),
            ("seven other parties", 7, "count"),
        ],
    ),
    # a rate's words after what the barrels hold
    (
        "Reliance will buy 150,000 barrels of Russian oil per day, and 5 million barrels of oil"
        " in a week.",
        [("150,000 barrels", 150e3, "barrels_per_day"), ("5 million barrels", 5e6, "barrels")],
    ),
    (
        "New sanctions hit two Chinese companies and one Russian individual.",
        [("two Chinese companies", 2, "count"), ("one Russian individual", 1, "count")],
    ),
    # an adverb between the subject's verb and its level; "bp" as written; wars, outbuildings
    (
        "The death toll rose overnight to 3,381 after two wars; rates rose by 25bp, not BP 12.",
        [("3,381", 3381, "people"), ("two wars", 2, "count"), ("25bp", 25, "basis_points")],
    ),
    (
        "Two houses and two outbuildings were destroyed.",
        [("Two houses", 2, "count"), ("two outbuildings", 2, "count")],
    ),
    (
        "The death toll rose to 60, up from the last official count of 41.",
        [("60", 60, "people"), ("41", 41, "people")],
    ),
    # a size joined to a number is an adjective of the objects counted, never their count
    (
        "Pyongyang may have shipped 2 million 152-mm shells and 400,000 122-millimetre rounds.",
        [
            ("2 million 152-mm shells", 2e6, "count"),
            ("400,000 122-millimetre rounds", 4e5, "count"),
        ],
    ),
    ("The port takes 40-foot containers; a 155-millimeter howitzer fired 7-inch shells.", []),
    (
        "Rosatom is building two VVER-1000 reactors and six 300-MW units.",
        [("two VVER-1000 reactors", 2, "count"), ("six 300-MW units", 6, "count")],
    ),
    # a name's possessive takes the sentence's count past a multiplier; square km; inches
    (
        "Poland's 95,000 applications were triple that of Spain's 31,000; 4.2 square km burned"
        " after 11 inches of rain.",
        [
            ("95,000 applications", 95e3, "count"),
            ("triple", 3, "times"),
            ("31,000", 31e3, "count"),
            ("4.2 square km", 4.2, "km2"),
            ("11 inches", 11, "inches"),
        ],
    ),
    # the whole a part is taken from is counted, spelled out or not ("one of the" is a pronoun's)
    (
        "Two of the three state refineries paid in yuan; one of the two remaining firms did not.",
        [("Two", 2, "count"), ("three state refineries", 3, "count")],
    ),
    # a partitive opening the next sentence refers to the count that closed the last
    (
        "Russia launched 48 drones overnight. Thirty of them were shot down.",
        [("48 drones", 48, "count"), ("Thirty", 30, "count")],
    ),
    # a subject's count from one level to another; gas in "billion cm"; a barrel per day
    (
        "The number of suppliers has risen from 40 to 1,300, and Gazprom sent 22 billion cm and"
        " 2 million barrel per day.",
        [
            ("40", 40, "count"),
            ("1,300", 1300, "count"),
            ("22 billion cm", 22, "bcm"),
            ("2 million barrel per day", 2e6, "barrels_per_day"),
        ],
    ),
    ("A 5 cm crack; 16 such voyages.", [("5 cm", 5, "cm"), ("16 such voyages", 16, "count")]),
    # ... none of them reads a year, a model or another whole (review 17)
    (
        "The number of attacks rose from 2020 to 2022. Boeing's 737 and Porsche's 911 sold"
        " 300 units; Boeing's 787 was next.",
        [("300 units", 300, "count")],
    ),
    (
        "The quake destroyed 300 homes. Twelve of those killed were children.",
        [("300 homes", 300, "count")],
    ),
    (
        "The navy ordered 12 200-foot patrol boats and 30 180-seat jets; two-storey-high floods.",
        [("12 200-foot patrol boats", 12, "ships"), ("30 180-seat jets", 30, "aircraft")],
    ),
    # sets 30-32: Peru's soles, acre-feet, hectares as "ha", "% point", elections, leaders
    (
        "Peru will spend 1.769 billion soles; dams add 11 million acre feet over 25,400 ha, a 0.09%"
        " point rise, as 20 world leaders watch 14 other elections in 29 sub-districts.",
        [
            ("1.769 billion soles", 1.769e9, "PEN"),
            ("11 million acre feet", 11e6, "acre_feet"),
            ("25,400 ha", 25400, "hectares"),
            ("0.09% point", 0.09, "percentage_points"),
            ("20 world leaders", 20, "people"),
            ("14 other elections", 14, "count"),
            ("29 sub-districts", 29, "count"),
        ],
    ),
    ("20 people are missing and 5 are injured.", [("20 people", 20, "people"), ("5", 5, "people")]),
    # "such" between a number and its objects; a multiplier typeset with an en dash
    (
        "Kyiv received four such systems this year, and exports grew 12\u2013fold.",
        [("four such systems", 4, "count"), ("12\u2013fold", 12, "times")],
    ),
    # rain and snow in millimetres and centimetres; a calibre is a size, a billion cm is gas
    (
        "Nairobi received 120mm of rain, snow lay 30 cm deep and the river rose 80 centimetres.",
        [("120mm", 120, "mm"), ("30 cm", 30, "cm"), ("80 centimetres", 80, "cm")],
    ),
    (
        "Kyiv got 155 mm shells, a 9mm pistol, 105-mm howitzers and 200,000 rounds of 155mm"
        " ammunition, as 38 billion cm of gas flowed.",
        [("200,000 rounds", 200000, "count"), ("38 billion cm", 38, "bcm")],
    ),
    # session 12's sets: a dash glued to the lead after a dateline is no minus sign; lives lost
    # are people; families and households are counted as such
    (
        "KYIV (Reuters) -At least five people were killed and seven wounded; the war has claimed"
        " over 14,000 lives, and 2,000 families lost their homes.",
        [
            ("five people", 5, "people"),
            ("seven", 7, "people"),
            ("14,000 lives", 14000, "people"),
            ("2,000 families", 2000, "count"),
        ],
    ),
    # days with an adjective; tonnes as Asian trade papers write them; "p.c"
    (
        "Payment follows within three working days; imports reached 2.37 million MT and 44.3"
        " million tones, the plant makes 63 mta, and prices fell 18 p.c.",
        [
            ("three working days", 3, "days"),
            ("2.37 million MT", 2.37e6, "tonnes"),
            ("44.3 million tones", 44.3e6, "tonnes"),
            ("63 mta", 63e6, "tonnes"),
            ("18 p.c.", 18, "percent"),
        ],
    ),
    # a wire's conversion note is a rate, not one dollar
    ("($1 = 92.9000 roubles)", [("92.9000 roubles", 92.9, "RUB_per_USD")]),
    ("($1 = 0.9235 euros)", [("0.9235 euros", 0.9235, "EUR_per_USD")]),
    # ... and as Xinhua writes it, in words (the one dollar or yuan is no amount)
    ("(1 U.S. dollar = 7.1 yuan)", [("7.1 yuan", 7.1, "CNY_per_USD")]),
    (
        "(1 U.S. dollar equals 142.06 Japanese yen)",
        [("142.06 Japanese yen", 142.06, "JPY_per_USD")],
    ),
    ("(1 yuan = 0.14 U.S. dollar)", []),
    # temperatures as weather pages write them
    (
        "Perth hit a sweltering 28C, Sydney 45.7degC, Melbourne 105 degrees (40.9 Celsius) and"
        " Phoenix 110F, while Form 4 C students sat exams.",
        [
            ("28C", 28, "celsius"),
            ("45.7degC", 45.7, "celsius"),
            ("105 degrees", 105, "degrees"),  # its scale read by `metrics.temperature`
            ("40.9 Celsius", 40.9, "celsius"),
            ("110F", 110, "fahrenheit"),
        ],
    ),
    # a ratio is a share, not a count of its denominator
    (
        "Around one in seven trains were cancelled and four in 10 patients waited.",
        [("one in seven", 100 / 7, "percent"), ("four in 10", 40, "percent")],
    ),
    # a plural noun the vocabulary lacks is counted: local news counts everything
    (
        "Police recovered 835 motorcycles and three mobile phones after 566 road accidents,"
        " and between 30 and 40 stolen bicycles.",
        [
            ("835 motorcycles", 835, "count"),
            ("three mobile phones", 3, "count"),
            ("566 road accidents", 566, "count"),
            ("30 and 40 stolen bicycles", 30, "count"),
        ],
    ),
    # South Asian amounts: "Taka" before lakh-grouped crores, a hyphenated "lakh-crore";
    # "basic points" as often misspelt; "the top three" is a ranking
    (
        "An outlay of Taka 2,46,066.09 crore tops the Rs 1.5-lakh-crore mark after a cut of 100"
        " basic points; the top three source markets grew.",
        [
            ("Taka 2,46,066.09 crore", 2.4606609e12, "BDT"),
            ("Rs 1.5-lakh-crore", 1.5e12, "INR"),
            ("100 basic points", 100, "basis_points"),
        ],
    ),
    # feet, a place's people, gas, a number in words that starts a count of its own
    (
        "Water rose 10 feet in a city of more than 1.6 million; Gazprom pumped 55.4 million"
        " cubic meters of gas, as the rule lifts 5 curbs and removes three entities.",
        [
            ("10 feet", 10, "feet"),
            ("1.6 million", 1.6e6, "people"),
            ("55.4 million cubic meters", 0.0554, "bcm"),
            ("5 curbs", 5, "count"),
            ("three entities", 3, "count"),
        ],
    ),
    # ... but not an animal's population, a place's things, a calibre, a tax section, a name's
    # number, a listicle or a ratio (review 18)
    (
        "India's tiger population of 3,682 grew; 155mm shells and 122mm Grad rockets; under 80C"
        " of the act; S&P 500 futures and Nasdaq 100 futures; Top 10 beaches; 7 habits of"
        " leaders; one in seven trains.",
        [("one in seven", 100 / 7, "percent")],
    ),
    ("Gunmen killed 12 in two attacks.", [("12", 12, "people"), ("two attacks", 2, "count")]),
    # a central bank's quarter point; a vote's two sides
    (
        "The Fed raised rates by a quarter of a point after a 217-215 vote, and cut by half a"
        " percentage point before a 314-117 bipartisan vote.",
        [
            ("a quarter of a point", 0.25, "percentage_points"),
            ("217", 217, "count"),
            ("215", 215, "count"),
            ("half a percentage point", 0.5, "percentage_points"),
            ("314", 314, "count"),
            ("117", 117, "count"),
        ],
    ),
    # pence, glued only near a pound
    (
        "Band D will pay £847, a rise of 77p a week; stamps cost 85 pence.",
        [("£847", 847, "GBP"), ("77p", 0.77, "GBP"), ("85 pence", 0.85, "GBP")],
    ),
    ("The match streams in 1080p.", []),
    # a headline's list opens with digits, as news prose never does; "-ous" words are adjectives
    ("12 recipes for a healthy fast. Here are 8 movies to watch.", []),
    ("It has 50 million indigenous breeds and 60 beats per minute.", []),
    ("It lists Footnote 5 entities in the Lower 48 states.", []),
    # ... but not a name's number, a year, a referent, a listicle, page furniture or a measure
    (
        "He sold Windows 11 laptops at the 2024 elections; the two astronauts shared the top 10"
        " destinations in 5 comments, two sides and 41,181 levels, 30 years ago.",
        [],
    ),  # session 13's blind sets: cents of a dollar, seconds, grams, a glyph's fraction, "-odd"
    (
        "Corn rose 5 cents to $4.50 a bushel and cotton 4.40 US cents/lb; towers swayed around 30"
        " seconds; police found 244 grams of heroin and 13.2g of diamorphine; a 2½-year term,"
        " after 20-odd years.",
        [
            ("5 cents", 0.05, "USD"),
            ("$4.50", 4.5, "USD"),
            ("4.40 US cents", 0.044, "USD"),
            ("30 seconds", 30, "seconds"),
            ("244 grams", 0.244, "kg"),
            ("13.2g", 0.0132, "kg"),
            ("2½-year", 2.5, "years"),
            ("20-odd years", 20, "years"),
        ],
    ),
    # ... people own things and count still; a change in money is two figures, a range after
    # "to" one; offenders are people
    (
        "Cuts will affect 1.4 million people's access to aid. Fair value dropped $2.3 billion to"
        " $138 billion. The firm cut its forecast to $4 billion to $4.5 billion. Some 26,456"
        " offenders were freed.",
        [
            ("1.4 million people", 1.4e6, "people"),
            ("$2.3 billion", 2.3e9, "USD"),
            ("$138 billion", 1.38e11, "USD"),
            ("$4 billion to $4.5 billion", 4e9, "USD"),
            ("26,456 offenders", 26456, "people"),
        ],
    ),
    # ... nationals by a word that is also an adjective, when no other word is counted
    (
        "Some 18,000 Sudanese have crossed into Chad and 300,000 Chinese live in Russia, as 3,000"
        " Chinese troops and two Chinese-made drones arrived.",
        [
            ("18,000 Sudanese", 18000, "people"),
            ("300,000 Chinese", 300000, "people"),
            ("3,000 Chinese troops", 3000, "troops"),
            ("two Chinese-made drones", 2, "count"),
        ],
    ),
    # ... the calibre of a shell written with a space; a number joined by a hyphen makes an
    # adjective ("one-way"); a rates ticker; servicepeople; pounds and kilos; electric poles
    (
        "Prague found 500,000 155 mm shells; Russia sent one-way attack drones and lost 710"
        " servicepeople.\n1 USD = 8271.27\nThe 50 kilo shell carried 450kg (992lb); 100 electric"
        " poles.",
        [
            ("500,000 155 mm shells", 500000, "count"),
            ("710 servicepeople", 710, "troops"),
            ("50 kilo", 50, "kg"),
            ("450kg", 450, "kg"),
        ],
    ),
    # ... hedges joined by a hyphen; "second", "gram" and "kilo" before a hyphen or a noun are
    # no units; a rise from one amount to another in money is a range unless the second is
    # several times the first or the money is raised; idioms of cents
    (
        "Russia fired 40-plus missiles and the 100-or-so protesters left; Salah scored 2"
        " second-half goals in 12,000 gram panchayats with 6 Kilo-class submarines. Premiums will"
        " increase $20 to $40 a month; the startup hopes to raise $5 million to $50 million."
        " That's my two cents' worth; women earn 84 cents for every dollar.",
        [
            ("40-plus missiles", 40, "count"),
            ("100-or-so protesters", 100, "people"),
            ("2 second-half goals", 2, "count"),
            ("12,000 gram panchayats", 12000, "count"),
            ("6 Kilo-class submarines", 6, "ships"),
            ("$20 to $40", 20, "USD"),
            ("$5 million to $50 million", 5e6, "USD"),
        ],
    ),
    # ... "kgs" (not only the Kyrgyz som's code), the wires' "dlrs", "kilo" of a weight only; a
    # ticker's signed change and its bracketed percent are page furniture, a headline's is not
    (
        "Buyers took 8,416,373kgs of tea; he was fined dlrs 333,000; six kilo-class submarines."
        "\nBR100 8,248 Decreased By -46.7 (-0.56%)\nExports fall to $2.4bn in May (-11.3%)",
        [
            ("8,416,373kgs", 8416373, "kg"),
            ("dlrs 333,000", 333000, "USD"),
            ("six kilo-class submarines", 6, "ships"),
            ("$2.4bn", 2.4e9, "USD"),
            ("11.3%", 11.3, "percent"),
        ],
    ),
    # ... a share of one distance or duration (not a period: "the first half of a year", nor a
    # possessive or a compound: "half of a month's rain"); a glued C about warming; a toll that
    # tops a number
    (
        "A swath three-quarters of a mile wide; a quarter of an hour later; in the first half of"
        " a year; half of a month's rain. To stop warming at 1.5C, the death toll tops 300.",
        [
            ("three-quarters of a mile", 0.75, "miles"),
            ("half", 50, "percent"),
            ("1.5C", 1.5, "celsius"),
            ("300", 300, "people"),
        ],
    ),
    # ... a bid/offer quote and a dollar after a slash are exchange rates
    (
        "Banks quoted the yen at 151.20/151.25 per dollar; the central rate reached VND23,252/USD.",
        [("151.20", 151.2, "JPY_per_USD"), ("VND23,252", 23252, "VND_per_USD")],
    ),
    # ... the size of a family is its people (not a father's children)
    (
        "A family of four was displaced; a father of two was killed.",
        [("four", 4, "people")],
    ),
    # ... paise and kopecks
    (
        "The rupee fell 28 paise; the dollar declined by 3.5 kopecks; diesel rose 7 rupees 50"
        " paise.",
        [
            ("28 paise", 0.28, "INR"),
            ("3.5 kopecks", 0.035, "RUB"),
            ("7 rupees 50 paise", 7.5, "INR"),
        ],
    ),
    # ... an adverb between a subject's verb and its number
    (
        "The death toll from the quake is now at least 20,451, and the number of confirmed"
        " deaths in the north was still 89.",
        [("20,451", 20451, "people"), ("89", 89, "people")],
    ),
    # ... "a year and a half" is no share
    (
        "The baht hit its weakest in a year and a half of about THB37.31 per dollar; half of"
        " imports fell.",
        [("THB37.31", 37.31, "THB_per_USD"), ("half", 50, "percent")],
    ),
    # ... a currency that moves is quoted in dollars when no other is named; the euro is priced
    # in them
    (
        "The rupee ended at 83.2625 on Friday.\nThe yuan closed at 7.2345.\nThe euro ended at"
        " 1.0850 in New York.",
        [
            ("83.2625", 83.2625, "INR_per_USD"),
            ("7.2345", 7.2345, "CNY_per_USD"),
            ("1.0850", 1.085, "USD_per_EUR"),
        ],
    ),
    # ... a rate quoted versus the dollar, per one dollar or per dollar in one word
    (
        "The rupee fell 4 paise to 83.32 versus the US dollar; the peso's strongest close since"
        " its PHP 55.25-per-dollar finish. The rupee gained 45 paisas.\nThe yuan hit 7.196 yuan"
        " per one US dollar.",
        [
            ("4 paise", 0.04, "INR"),
            ("83.32", 83.32, "INR_per_USD"),
            ("PHP 55.25", 55.25, "PHP_per_USD"),
            ("45 paisas", 0.45, "INR"),
            ("7.196 yuan", 7.196, "CNY_per_USD"),
        ],
    ),
    # ... a currency priced in dollars has its rate in dollars (not copper's price per pound);
    # billions of pounds about Britain are sterling (not pounds of beef, nor a baby's weight)
    (
        "The pound rose as much as 0.3 per cent to $1.1901. The euro rose 0.2% to $1.0850, while"
        " copper rose to $4.16 per pound.\nBritain expects trade to rise by 25.5 billion pounds."
        "\nThe US exported 2 billion pounds of beef; a baby weighed 8 pounds.",
        [
            ("0.3 per cent", 0.3, "percent"),
            ("$1.1901", 1.1901, "USD_per_GBP"),
            ("0.2%", 0.2, "percent"),
            ("$1.0850", 1.085, "USD_per_EUR"),
            ("$4.16", 4.16, "USD"),
            ("25.5 billion pounds", 25.5e9, "GBP"),
        ],
    ),
    # ... refinery capacity per calendar day, oil and gas in barrels of oil equivalent, gas in
    # standard cubic metres
    (
        "Capacity totaled 18.1 million barrels per calendar day; one plant had 9,500 b/cd. Output"
        " rose to 4.12 million boed from 3.99 million barrels of oil equivalent per day; reserves"
        " hold 1.2 billion barrels of oil equivalent; Troll delivered 42.5 billion standard cubic"
        " metres.",
        [
            ("18.1 million barrels per calendar day", 18.1e6, "barrels_per_day"),
            ("9,500 b/cd", 9500, "barrels_per_day"),
            ("4.12 million boed", 4.12e6, "boe_per_day"),
            ("3.99 million barrels of oil equivalent per day", 3.99e6, "boe_per_day"),
            ("1.2 billion barrels of oil equivalent", 1.2e9, "boe"),
            ("42.5 billion standard cubic metres", 42.5, "bcm"),
        ],
    ),
    # ... a population after its scale is people (not the states of "17 states' prison
    # population"); pistols are counted
    (
        "Among its 104 million population, 17 states' prison population is over capacity. Police"
        " found three locally made semi-automatic pistols.",
        [
            ("104 million population", 104e6, "people"),
            ("three locally made semi-automatic pistols", 3, "count"),
        ],
    ),
    # ... an emergency number is no count; a spaced dash between an amount and a multiplier
    # makes no range
    (
        "Police answer 911 calls and 999 responses; the centre took triple 0 calls. Each pupil"
        " cost nearly £15,000 - around three times the average.",
        [("£15,000", 15000, "GBP"), ("three times", 3, "times")],
    ),
    # ... a ratio is a share: one of any number, a few of a round one (not a stretch of time,
    # "three in four games", "two in 2025")
    (
        "About one in five reservoirs failed; four in 10 patients and 1 in every 1,000 births;"
        " one in five years; he scored three in four games; two in 2025.",
        [
            ("one in five", 20, "percent"),
            ("four in 10", 40, "percent"),
            ("1 in every 1,000", 0.1, "percent"),
            ("five years", 5, "years"),
        ],
    ),
    # ... odds with a scale word; not a rank ("number one in 15 countries"), not a pistol's model
    # nor an animal's population
    (
        "The odds are one in 14 million. The song reached number one in 15 countries. Police took"
        " 12 Glock 17 pistols. Colt 45 revolvers sold; a 1.5 million population of feral horses."
        " It was a one in a million chance; the team lost one in 5 matches.",
        [("one in 14 million", 100 / 14e6, "percent"), ("12 Glock 17 pistols", 12, "count")],
    ),
    # ... a verb of change in the sentence before makes no change; a page's text-size buttons
    # are no percentages; 5G is no weight
    (
        "A tax increase. That would equal about $35 to $45 a year. Increase text size by 10% |"
        " Increase text size by 20%. The 5g network reached 4g users.",
        [("$35 to $45", 35, "USD")],
    ),
    # ... (blind round 12) an exchange rate's base named by its country's adjective, or shared
    # by several countries and named by one of them; a rate compared with an earlier close or low
    (
        "The Mexican peso was trading at 17.9392 per US dollar. Uganda's shilling held at 3,650"
        " per dollar. The rupee closed flat at 82.05 per dollar against Tuesday's close of 82.03."
        "\nThe yuan was quoted at 6.4821 per U.S. dollar, 0.13% firmer than the previous close of"
        " 6.4905.\nThe rupee fell to 62.03 to the dollar, below its previous low of 61.80.",
        [
            ("17.9392", 17.9392, "MXN_per_USD"),
            ("3,650", 3650, "UGX_per_USD"),
            ("82.05", 82.05, "INR_per_USD"),
            ("82.03", 82.03, "INR_per_USD"),
            ("6.4821", 6.4821, "CNY_per_USD"),
            ("0.13%", 0.13, "percent"),
            ("6.4905", 6.4905, "CNY_per_USD"),
            ("62.03", 62.03, "INR_per_USD"),
            ("61.80", 61.8, "INR_per_USD"),
        ],
    ),
    # ... a rate that names no currency is of the one its article names as one (not the verb
    # "won"), and none when it names none; a close of shares is no rate
    (
        "Milei won 30% of the vote and Argentina's peso fell. Banks see the rate weakening to 545"
        " per dollar.",
        [("30%", 30, "percent"), ("545", 545, "ARS_per_USD")],
    ),
    (
        "The rupee fell and the peso rose. Banks see the rate weakening to 545 per dollar.\nThe"
        " rupee closed at 83.1 per dollar. Shares closed 5% up, above the close of 80.",
        [("83.1", 83.1, "INR_per_USD"), ("5%", 5, "percent")],
    ),
    # ... an amount of the currency that moves is its rate against the dollar (not a price in it)
    (
        "On Thursday, the peso finished at P53.80 in Manila. The rupee ended at Rs 83.2. The peso"
        " fell, and the company's shares in Manila closed at P53.80.",
        [
            ("P53.80", 53.8, "PHP_per_USD"),
            ("Rs 83.2", 83.2, "INR_per_USD"),
            ("P53.80", 53.8, "PHP"),
        ],
    ),
    # ... an amount and its share joined by "or" are two figures, not a range of money
    (
        "The peso depreciated by $6.001 or 11.8 percent.",
        [("$6.001", 6.001, "USD"), ("11.8 percent", 11.8, "percent")],
    ),
    # ... a change of the subject's number after "by"; a hedged count in the year range
    (
        "The number of jobs in Canada fell by 88,000 in January. About 2000 people fled and more"
        " than 1900 schools shut; circa 1900 buildings stood. In 2000 people were poorer.",
        [
            ("88,000", 88000, "count"),
            ("2000 people", 2000, "people"),
            ("1900 schools", 1900, "count"),
        ],
    ),
    # ... multipliers after a leap and before "of the"; a rank's size is no count; a compact
    # date is no count
    (
        "Since 2014, deliveries have skyrocketed, 27 times. Trade was more than three times of"
        " the 2014 figure. Chinese brands sit just outside the top 10 of best-sellers; exports"
        " top 100,000 barrels a day.\n20230307 Rohingya refugees in Bangladesh",
        [
            ("27 times", 27, "times"),
            ("three times", 3, "times"),
            ("100,000 barrels a day", 100000, "barrels_per_day"),
        ],
    ),
    # ... currency pairs written as codes: as a unit after the number, and as traders quote
    # them before it (the second per one of the first)
    (
        "BIDV listed the buying rate at 23,500 VND/USD. Presently, the USD/GHS is trading around"
        " 9.9495.\nEUR/USD at 1.0850 on Monday.",
        [
            ("23,500", 23500, "VND_per_USD"),
            ("9.9495", 9.9495, "GHS_per_USD"),
            ("1.0850", 1.085, "USD_per_EUR"),
        ],
    ),
    # ... half before a possessive (not of a life), a share after a comparison
    (
        "Hamas freed half its prisoners. The pound has lost half its value. He spent half his"
        " life in prison. Local rates are still cheaper by one-third compared to the average.",
        [("half", 50, "percent"), ("half", 50, "percent"), ("one-third", 33.33, "percent")],
    ),
    # ... leaders are people (the two of a meeting refer back); sappers are troops; barrels
    # daily are a rate
    (
        "More than 20 foreign leaders came; the two leaders met. Kim agreed to send 1,000 sappers."
        " Exports hit 2.57 million barrels daily.",
        [
            ("20 foreign leaders", 20, "people"),
            ("1,000 sappers", 1000, "troops"),
            ("2.57 million barrels daily", 2.57e6, "barrels_per_day"),
        ],
    ),
    # ... (review 23) a currency named after the rate is not its base; a hedged year after a
    # preposition of time stays a year; occurrences after a fall are no multiplier; shipyards
    # are no distance; a top share is a share; a high of inflation is no rate
    (
        "The yen weakened to 155 per dollar, while the Indonesian rupiah was flat. Since around"
        " 2000 companies have moved to China. Shares have plunged three times this year. Hanwha"
        " operates three yards in South Korea. The top 1% of earners hold 30%. The lira fell to"
        " 32 per dollar, as inflation eased from a high of 61.",
        [
            ("155", 155, "JPY_per_USD"),
            ("three times", 3, "count"),
            ("1%", 1, "percent"),
            ("30%", 30, "percent"),
            ("32", 32, "TRY_per_USD"),
        ],
    ),
    # ... tenths of a percentage point (not "a percentage point" alone: "a fraction of a
    # percentage point", "less than a percentage point")
    (
        "The unemployment rate rose two-tenths of a percentage point to 4.2%; it fell by a"
        " fraction of a percentage point. Two-fifths of households are poor.",
        [
            ("two-tenths of a percentage point", 0.2, "percentage_points"),
            ("4.2%", 4.2, "percent"),
            ("Two-fifths", 40, "percent"),
        ],
    ),
    # ... "one" and a stretch of time after a hedge or a preposition of duration (not an idiom,
    # nor a time "later" or "ago")
    (
        "They were sentenced to one month in prison. The truce lasted one week. One day, he"
        " will return. About one hour later police came; it happened one year ago.",
        [("one month", 1, "months"), ("one week", 7, "days")],
    ),
    # ... (review 24) a pair of codes prices one of the currency first in `pair_order`, however
    # written; a currency named only after its rate; an earlier high of something else; a top
    # share with decimals
    (
        "The NGN/USD rate closed at 1,500. GBP/USD was 1.27.\nClosing at 83.25 against the US"
        " dollar, the rupee fell.\nThe yen weakened to 151.5 per dollar, while the dollar index"
        " hovered near a high of 104.5. The top 0.1% hold 14%.",
        [
            ("1,500", 1500, "NGN_per_USD"),
            ("1.27", 1.27, "USD_per_GBP"),
            ("83.25", 83.25, "INR_per_USD"),
            ("151.5", 151.5, "JPY_per_USD"),
            ("0.1%", 0.1, "percent"),
            ("14%", 14, "percent"),
        ],
    ),
    # ... (set 99) kwacha, CFA francs, a dollar's price in an amount, shares by the million;
    # rials alone are Iranian, riyals Saudi (Omani, Yemeni and Qatari where the page or the
    # article names their country alone: `metrics.home_currency`); "$1=" is no dollar without
    # its bracket
    (
        "The kwacha traded at 5.38 kwacha to the U.S. dollar. Cocoa rose to 1,800 CFA francs. The"
        " pound fell to record lows of $1=EGP18.50. One US dollar now costs 24.55 lira. The"
        " volume leader traded 40.5 million shares. In Aden, civil servants earn 60,000 rials a"
        " month.",
        [
            ("5.38 kwacha", 5.38, "ZMW_per_USD"),
            ("1,800 CFA francs", 1800, "XOF"),
            ("EGP18.50", 18.5, "EGP_per_USD"),
            ("24.55 lira", 24.55, "TRY_per_USD"),
            ("40.5 million shares", 40.5e6, "count"),
            ("60,000 rials", 60000, "IRR"),
        ],
    ),
    # ... (review 25) "C" of a name ("C-130", "C-section") is no degree; "one day" as "some day"
    # or a match's format is no stretch of time, nor "one month before"; half of a size or a
    # life is no share; "of the last five" counts occasions; a rank's top before a unit is a
    # measure; a ticker's pair below one as written
    (
        "Three C-130 planes reached the hot spot. He hopes to one day play for his country in One"
        " Day Internationals; compared to one month before, prices rose. A man half his size"
        " knocked down a man who spent half his life in camps. They won three times of the last"
        " five meetings. Cover the top 10 cm of soil. KGS/USD = 0.01144.",
        [
            ("Three C-130 planes", 3, "aircraft"),
            ("three times", 3, "count"),
            ("five meetings", 5, "count"),
            ("10 cm", 10, "cm"),
            ("0.01144", 0.01144, "USD_per_KGS"),
        ],
    ),
    # ... hundreds joined by a hyphen (not a size: "a two-hundred-year-old house")
    (
        "Two-hundred and forty apartments will be built. Five-hundred soldiers came. A"
        " two-hundred-year-old house burned.",
        [
            ("Two-hundred and forty apartments", 240, "count"),
            ("Five-hundred soldiers", 500, "troops"),
        ],
    ),
    # ... yards, square feet, and degrees Celsius after a space when the weather is named (not
    # a class "Form 4 C")
    (
        "The barn flew more than 100 yards. A 32,000 sq ft building. Daytime highs of 32 C on"
        " Tuesday. Pupils of Form 4 C sat their exams.",
        [
            ("100 yards", 100, "yards"),
            ("32,000 sq ft", 32000, "square_feet"),
            ("32 C", 32, "celsius"),
        ],
    ),
    # ... (set 101-104) individuals, squatters and dockworkers are people (a sanctions list's
    # individuals are counted entities); "Aus$"; a force by its size; nights of a stay; an
    # anniversary's years are no duration (a stretch at a level is); a round number of people
    # in the years (not after "in"); nationalities, faiths and councillors are people, and
    # officers where their sentence speaks of police
    (
        "2000 Armenians flee Karabakh. In 2000 Armenians fled. The 2019 protesters were freed."
        " Four other Ugandans were hurt; 700,000 Rohingya Muslims fled. Labour has four"
        " councillors. Kenya sent 217 more police officers. The army lost 40 officers."
        " The NDMO sheltered 312 individuals and 400 squatters; 150 dockworkers joined. The US"
        " sanctioned 500 individuals and entities. The EU blacklisted 30 individuals. Profit"
        " was Aus$980 million. Italy sent a"
        " 3,000-strong force. She stayed three nights in hospital. A parade will mark 80 years"
        " since the end of the war, celebrating 75 years of relations. The rate was held,"
        " marking two years at the record high.",
        [
            ("2000 Armenians", 2000, "people"),
            ("Four other Ugandans", 4, "people"),
            ("700,000 Rohingya Muslims", 700000, "people"),
            ("four councillors", 4, "people"),
            ("217 more police officers", 217, "people"),
            ("40 officers", 40, "troops"),
            ("312 individuals", 312, "people"),
            ("400 squatters", 400, "people"),
            ("150 dockworkers", 150, "people"),
            ("500 individuals and entities", 500, "count"),
            ("30 individuals", 30, "count"),
            ("Aus$980 million", 980e6, "AUD"),
            ("3,000-strong force", 3000, "troops"),
            ("three nights", 3, "days"),
            ("two years", 2, "years"),
        ],
    ),
    # ... (sets 101-112) quarters of a year after a word of time, never a share; a change "up"
    # or "down" a fraction without "by"; a sixth; a percent level below zero after a word of
    # level (a change by its size); an age range is no duration; nor a video's length or
    # minutes past the hour
    (
        "Growth was the fastest in the past eight quarters and the lowest in three quarters,"
        " after two consecutive quarters of decline. Nearly three quarters said so; three"
        " quarters of the budget went on roads. Trade was up two-thirds since 2022, at about a"
        " sixth of that. Inflation was nil from -0.2 per cent in August; the ECB kept the deposit"
        " rate minus 0.5 percent; output fell -10.6% and slowed to -1.1%. A campaign for children"
        " aged six months to 15 years and people aged 6 months to 30 years. Play Video."
        " Duration: 54 seconds. The page is updated at 20 and 50 minutes past the hour.",
        [
            ("eight quarters", 24, "months"),
            ("three quarters", 9, "months"),
            ("two consecutive quarters", 6, "months"),
            ("three quarters", 75, "percent"),
            ("two-thirds", 66.67, "percent"),
            ("a sixth", 16.67, "percent"),
            ("-0.2 per cent", -0.2, "percent"),
            ("minus 0.5 percent", -0.5, "percent"),
            ("10.6%", 10.6, "percent"),
            ("-1.1%", -1.1, "percent"),
        ],
    ),
    # ... (review 27) a change keeps its size after a word of change, a range may start below
    # zero; a phrasal verb is no change ("picked up a third"); quarters of a game are no
    # months (a line not about the economy); "aged 5 and 300 adults" counts the adults; a
    # project's duration is no video's; an alliance of 32 countries is no troops
    (
        "The economy posted a decline of -6.3% in 2020, the Dow was -1.2%, the deposit rate at"
        " -0.05 percent. Forecasts ranged from -3% to 5%. The"
        " team picked up a third.\nThe Celtics led for three quarters.\nChildren aged 5 and 300"
        " adults were rescued. Project duration: 36 months. NATO's 32-strong alliance met.",
        [
            ("6.3%", 6.3, "percent"),
            ("1.2%", 1.2, "percent"),
            ("-0.05 percent", -0.05, "percent"),
            ("-3% to 5%", -3, "percent"),
            ("300 adults", 300, "people"),
            ("36 months", 36, "months"),
        ],
    ),
    # ... a force, a crowd or a staff by its size
    (
        "It involves a 1,500-strong task force. A 5,000-strong crowd marched and"
        " its 300-strong workforce struck. A strong crowd gathered.",
        [
            ("1,500-strong task force", 1500, "troops"),
            ("5,000-strong crowd", 5000, "people"),
            ("300-strong workforce", 300, "people"),
        ],
    ),
    # ... voters before their side count the sides after them; an amount and its cents ("two
    # shillings and 40 cents") are one amount
    (
        "The bill passed with 52 MPs voting in favour, 11 voting against, and five abstaining."
        " He proposed a payout of two shillings and 40 cents.",
        [
            ("52 MPs", 52, "people"),
            ("11", 11, "people"),
            ("five", 5, "people"),
            ("two shillings and 40 cents", 2.4, "KES"),
        ],
    ),
    # ... a rate quoted against one dollar written as an amount (the dollar is no figure); a
    # share "out of every", counts otherwise (as labellers read "four out of five
    # checkpoints"; "rated 7 out of 10" is a score)
    (
        "The pound hit a record LBP 7,000 to $1, and 83 rupees to $1. He sold the club for $1."
        " Three out of every four patients waited; seven out of 10 cases involved cocaine;"
        " four out of five checkpoints closed.",
        [
            ("LBP 7,000 to $1", 7000, "LBP_per_USD"),
            ("83 rupees to $1", 83, "INR_per_USD"),
            ("$1", 1, "USD"),
            ("Three out of every four", 75, "percent"),
            ("seven", 7, "count"),
            ("10 cases", 10, "count"),
            ("four", 4, "count"),
            ("five checkpoints", 5, "count"),
        ],
    ),
    # ... (review 28) a note's or a coin's face value is no amount; a bond's tenor is no
    # duration; cents after a scaled amount are a second figure; an airliner's model is no
    # count; a space between thousands is no grouping before a hyphen and a digit
    (
        "The 1,000 shilling notes, $100 bills and 2,000-rupee notes go; the 10-year bond yield"
        " rose. Profit rose to 1.2 billion euros and 45 cents a share was paid. Boeing delivered"
        " 30 737-8 jets and five new 777 freighters.",
        [
            ("1.2 billion euros", 1.2e9, "EUR"),
            ("45 cents", 0.45, "USD"),
        ],
    ),
    # ... (sets 117-120) a speed with its conversion in brackets before "per hour"; km/hour;
    # "per cent points"; Jamaican dollars
    (
        "Winds of 140 kilometers (85 miles) per hour, gusting to 90km/hour, 140 kilometers (85"
        " miles) from Manila. It is 0.09 per cent points higher. JM$175 million was allocated.",
        [
            ("140 kilometers", 140, "km_per_hour"),
            ("85 miles", 85, "mph"),
            ("90km/hour", 90, "km_per_hour"),
            ("140 kilometers", 140, "km"),
            ("85 miles", 85, "miles"),
            ("0.09 per cent points", 0.09, "percentage_points"),
            ("JM$175 million", 175e6, "JMD"),
        ],
    ),
    # ... (review 29) no rate before "$1 billion"; ranges with spaces between thousands; bills
    # of parliament and an invoice are no face values; a score "out of 10" is no share; "an
    # hour's drive" is no speed; an aside between "Another 30" and its verb; a bond issue's
    # term stays, a yield's tenor goes
    (
        "The offer rose from 900 million euros to $1 billion. Between 5 000-7 000 troops were"
        " sent. Parliament passed 12 bills; she received a $1,200 bill. It was rated 7 out of"
        " 10.\nThe village is 50 km (31 miles) an hour's drive away. Twelve people were killed."
        " Another 30, including six children, were wounded. The benchmark 10-year rate rose; it"
        " sold a 10-year bond.",
        [
            ("900 million euros", 9e8, "EUR"),
            ("$1 billion", 1e9, "USD"),
            ("5 000-7 000 troops", 5000, "troops"),
            ("12 bills", 12, "count"),
            ("$1,200", 1200, "USD"),
            ("50 km", 50, "km"),
            ("31 miles", 31, "miles"),
            ("Twelve people", 12, "people"),
            ("30", 30, "people"),
            ("six children", 6, "people"),
            ("10-year", 10, "years"),
        ],
    ),
    # ... jobs and claims counted by their subject ("nonfarm payrolls grew by 180,000"), not a
    # change below zero whose sign a count would lose
    (
        "Nonfarm payrolls grew by 180,000 in November. Initial jobless claims rose to 230,000."
        " Payrolls were revised down to -227,000. Nonfarm payrolls rose 2% in May.",
        [
            ("180,000", 180000, "count"),
            ("230,000", 230000, "count"),
            ("2%", 2, "percent"),
        ],
    ),
    # ... "others" and "another" opening the next sentence count what the sentence before
    # counted, if people or troops ("Another 12 were damaged" after homes stays unread); "he
    # and 19 others" are people
    (
        "13,500 people had fled. More than 3,000 others were seeking refuge. Russia sent 10,000"
        " troops. Another 5,000 were deployed. The storm destroyed 40 homes. Another 12 were"
        " damaged. He and 19 others were detained. The hospital has 300 beds and 40 doctors."
        " Another 100 are planned. The scheme paid 20,000 farmers. Another 5 billion was paid.",
        [
            ("13,500 people", 13500, "people"),
            ("3,000", 3000, "people"),
            ("10,000 troops", 10000, "troops"),
            ("5,000", 5000, "troops"),
            ("40 homes", 40, "count"),
            ("19", 19, "people"),
            ("300 beds", 300, "count"),
            ("40 doctors", 40, "people"),
            ("20,000 farmers", 20000, "people"),
        ],
    ),
    # ... (round 19) members are people, a bloc's its countries; jailers are people
    (
        "The blast killed 45 members of a Palestinian family. The ELN has around 3,500 members."
        " NATO's 32 members agreed. The bloc's 27 members approved it. The IMF's 190 members"
        " agreed. The jail has eight jailers.",
        [
            ("45 members", 45, "people"),
            ("3,500 members", 3500, "people"),
            ("32 members", 32, "count"),
            ("27 members", 27, "count"),
            ("190 members", 190, "count"),
            ("eight jailers", 8, "people"),
        ],
    ),
    # ... a change whose unit is unsaid before a level a thousand times it: the level alone (a
    # range otherwise); a decade and a half
    (
        "Output at Codelco dropped 12 to 141,500 tonnes. The force grew from 5 to 10,000 troops."
        " Exports rose 300 to 1,000 tonnes. For over a decade and a half, it struggled.",
        [
            ("141,500 tonnes", 141500, "tonnes"),
            ("5", 5, "troops"),
            ("10,000 troops", 10000, "troops"),
            ("300 to 1,000 tonnes", 300, "tonnes"),
            ("a decade and a half", 15, "years"),
        ],
    ),
    # ... (round 21) armed men of no army are people; rupiah as "Rp"; a wire's conversion note
    # written with a code
    (
        "At least 16 Al Shabaab militants and five gunmen were killed. It needs Rp 10 trillion."
        " (USD 1 = 460.0000 naira)",
        [
            ("16 Al Shabaab militants", 16, "people"),
            ("five gunmen", 5, "people"),
            ("Rp 10 trillion", 10e12, "IDR"),
            ("460.0000 naira", 460, "NGN_per_USD"),
        ],
    ),
    # ... (round 22) gold in ounces; "$A"; an amount "to" a count of whom; a paywall's offer
    (
        "Output was 64,323oz at $A2,194/oz, and 84,552 ounces in all. The state paid Rs 1.7"
        " lakh crore to 1.22 crore farmers.\nStart with 50% off your first 12 weeks Subscribe Now",
        [
            ("64,323oz", 64323, "ounces"),
            ("$A2,194", 2194, "AUD"),
            ("84,552 ounces", 84552, "ounces"),
            ("Rs 1.7 lakh crore", 1.7e12, "INR"),
            ("1.22 crore farmers", 12.2e6, "people"),
        ],
    ),
    # ... a currency code before a year names a review or a budget; "Hong Kong SAR" is a region
    (
        "The SDR 2025 recommends 12 attack submarines. The Macao SAR 2024 budget is out. Hong"
        " Kong SAR 25 years since the handover. Mobily signed a SAR 1.2 billion contract.",
        [
            ("12 attack submarines", 12, "ships"),
            ("25 years", 25, "years"),
            ("SAR 1.2 billion", 1.2e9, "SAR"),
        ],
    ),
    # ... page furniture, an anniversary's length and a coin's face value are no figures;
    # a decimal split by a stray space before its scale word keeps three decimals
    (
        "This article has been read 685 times. Gift 5 articles to anyone you choose each month."
        " It was the six-month anniversary of the war. The mint issued a £2 coin."
        " January production was 49. 258 million barrels.",
        [("49. 258 million barrels", 49.258e6, "barrels")],
    ),
    # round 23: "one" before a measure (not "a mile", "one foot", "One Acre Fund", "no one
    # miles away"); tens and units spelled with a space (not before a hyphen, nor in a name);
    # a plus sign after a number (not an age or a version); a glued "Rs15"; yields per acre
    (
        "The bridge is just over one kilometre long, a mile away, with one foot in the door."
        " One Acre Fund staff, no one miles away. Revenues are Seven hundred and eighty three"
        " billion Saudi Riyals; twenty five soldiers died; Twenty One Pilots played. It cost"
        " $157+ million and 100+ people came, far short of the $90+ required; all 45+"
        " citizens and USB 3.0+ ports. The fare is Rs15, not USD1. Yields reached 34.4 bushels"
        " per acre.",
        [
            ("one kilometre", 1, "km"),
            ("Seven hundred and eighty three billion Saudi Riyals", 783e9, "SAR"),
            ("twenty five soldiers", 25, "troops"),
            ("$157+ million", 157e6, "USD"),
            ("100+ people", 100, "people"),
            ("$90+", 90, "USD"),
            ("Rs15", 15, "INR"),
            ("34.4 bushels per acre", 34.4, "bushels_per_acre"),
        ],
    ),
    # ... a quarter century; a fraction in the plural before "majority" (a third one is an
    # ordinal), and after "by" four words past its verb; Soviet designations written with a
    # space (and "S 400", not "RUSSIA'S 300 TANKS"); an en dash as a minus sign before a level
    (
        "Output hit its lowest in a quarter century. They failed to win a two-thirds majority."
        " It must reduce its debt servicing by two-thirds; Ford won a third majority government."
        " Russian S 400 missile systems and two Su 35 jets arrived; RUSSIA'S 300 TANKS rolled in."
        " The deposit rate stood at"
        " –0.2 per cent last year.",
        [
            ("a quarter century", 25, "years"),
            ("two-thirds", 66.67, "percent"),
            ("two-thirds", 66.67, "percent"),
            ("two Su 35 jets", 2, "aircraft"),
            ("300 TANKS", 300, "count"),
            ("–0.2 per cent", -0.2, "percent"),
        ],
    ),
    # ... a mine's rate and an ore's grade: tonnes a day are a rate of their own, as barrels
    # a day (not "a day after"), grams per tonne no grams
    (
        "The mill averaged 51,500 tonnes per day and 4,500 tonnes of urea daily, at a head"
        " grade of 1.05g/t and 3.2 grams per tonne. It shipped 5,000 tonnes of wheat a day after"
        " the deal, with 13.2g of cocaine.",
        [
            ("51,500 tonnes per day", 51500, "tonnes_per_day"),
            ("4,500 tonnes", 4500, "tonnes_per_day"),
            ("1.05g/t", 1.05, "grams_per_tonne"),
            ("3.2 grams per tonne", 3.2, "grams_per_tonne"),
            ("5,000 tonnes", 5000, "tonnes"),
            ("13.2g", 0.0132, "kg"),
        ],
    ),
    # round 24: phones counted, steelworkers people, a fraction right after a verb of change
    # (not "won a third term"), and a paywall's furniture
    (
        "Apple sold 35.2 million iPhones. About 3,500 steelworkers will be laid off. Its shares"
        " jumped more than a third in their debut; the party won a third term. 2 mins to read."
        " You have 79% left to discover. 1€ per month for 3 months. Without engagement.",
        [
            ("35.2 million iPhones", 35.2e6, "count"),
            ("3,500 steelworkers", 3500, "people"),
            ("a third", 33.33, "percent"),
        ],
    ),
    # ... animals and charges counted, an outage's customers, an idiom no figure
    (
        "Firefighters saved two dogs and two caged birds. He was charged with two counts of"
        " murder. A peak outage left 768,000 customers in the dark. It killed two birds with"
        " one stone.",
        [
            ("two dogs", 2, "count"),
            ("two caged birds", 2, "count"),
            ("two counts", 2, "count"),
            ("768,000 customers", 768000, "count"),
        ],
    ),
    # ... a force by its troops; a plus before a measure whatever its size
    (
        "Chadians make up 1,400 of the UN's 13,000-troop peacekeeping force, over 12 miles"
        " (19+ km) away, not 13,000 troop carriers.",
        [
            ("13,000-troop peacekeeping force", 13000, "troops"),
            ("12 miles", 12, "miles"),
            ("19+ km", 19, "km"),
            ("13,000 troop carriers", 13000, "count"),
        ],
    ),
    # ... a decimal comma after three digits before "billion" (not "100,000 billion yen")
    (
        "Trade reached a record 190,271 billion dollars, not a 100,000 billion yen fund.",
        [
            ("190,271 billion dollars", 190.271e9, "USD"),
            ("100,000 billion yen", 100e12, "JPY"),
        ],
    ),
    # ... the wounded right after "and" count as the dead before them: soldiers, or people
    (
        "At least six soldiers died and 28 were injured. Two people died and 5 were injured.",
        [
            ("six soldiers", 6, "troops"),
            ("28", 28, "troops"),
            ("Two people", 2, "people"),
            ("5", 5, "people"),
        ],
    ),
    # round 25: centuries, half a year, gigatonnes, EVs, a dozen's pair, a hyphenated share of a
    # scale, the hospitalized; a spacecraft's number names it (not "the 21st century")
    (
        "Over the past two centuries of the 21st century, emissions reached 49.3 Gigatons."
        " The Shenzhou 15 crew has been there for half a year. Dealers sold 313,086 new EVs in"
        " two dozen countries. Nvidia will invest a half-trillion dollars. Three people were"
        " hospitalized and a total of 31 have been hospitalized since.",
        [
            ("two centuries", 200, "years"),
            ("49.3 Gigatons", 49.3e9, "tonnes"),
            ("half a year", 6, "months"),
            ("313,086 new EVs", 313086, "count"),
            ("two dozen countries", 24, "count"),
            ("a half-trillion dollars", 500e9, "USD"),
            ("Three people", 3, "people"),
            ("31", 31, "people"),
        ],
    ),
    # ... gallons, quintals (in tonnes), a square mile; a view counter and a reading time
    # alone on its line are furniture
    (
        "UNRWA received 23,027 litres (6,083 gallons) of fuel; 9,000 quintal of onions"
        " arrived over the 150 sq km (58 sq mile) area.\nRead: 2,150 times\n1 minute\n"
        "The talks lasted 45 minutes.",
        [
            ("23,027 litres", 23027, "litres"),
            ("6,083 gallons", 6083, "gallons"),
            ("9,000 quintal", 900, "tonnes"),
            ("150 sq km", 150, "km2"),
            ("58 sq mile", 58, "square_miles"),
            ("45 minutes", 45, "minutes"),
        ],
    ),
    # review 33: a batsman's centuries, an age limit before a casualty's verb, a mixed group
    # after "and", won counted in hundreds of thousands of billions
    (
        "Joe Root struck two centuries in the series. People over 65 were hospitalised. Ten"
        " soldiers were killed and 20 were injured, including civilians. Samsung's sales were"
        " ₩258,940 billion.",
        [
            ("Ten soldiers", 10, "troops"),
            ("20", 20, "people"),
            ("₩258,940 billion", 258.94e12, "KRW"),
        ],
    ),
    # session 22's blind sets: a one-letter scale after a space in money ("Ksh 157 B"), not
    # in a length
    (
        "the ministry of defense getting Ksh 157 B and the judiciary Ksh 18.2 B",
        [("Ksh 157 B", 157e9, "KES"), ("Ksh 18.2 B", 18.2e9, "KES")],
    ),
    ("It is 5 m tall.", []),
    ("Parking costs $5 M–F.", [("$5", 5, "USD")]),
    # a hyphenated "to" joins a range; a first end shares the second's thousands
    ("within the target range of 6-to-8 per cent", [("6-to-8 per cent", 6, "percent")]),
    # ... everywhere a range is read: a vote's two sides too
    ("the 217-to-215 vote", [("217", 217, "count"), ("215", 215, "count")]),
    ("30-40,000 protesters gathered", [("30-40,000 protesters", 30_000, "people")]),
    ("Between 3 and 4,000 people came.", [("3 and 4,000 people", 3_000, "people")]),
    (
        "The force grew from 5 to 10,000 troops.",
        [("5", 5, "troops"), ("10,000 troops", 10_000, "troops")],
    ),
    # bare "pesos" and "kroner": Mexican and Norwegian unless the article names another country
    ("The budget is 500 billion pesos.", [("500 billion pesos", 500e9, "MXN")]),
    ("Norway earned 1.5 trillion kroner.", [("1.5 trillion kroner", 1.5e12, "NOK")]),
    ("investing more than AR$ 50 billion", [("AR$ 50 billion", 50e9, "ARS")]),
    # "Rand" before an amount is rand only with a scale word
    ("costing the economy Rand 98m a day", [("Rand 98m", 98e6, "ZAR")]),
    ("Ayn Rand 1957 novel", []),
    # "doubled as a venue" served as one; "tripled as manufacturing boomed" is a change
    ("Emissions have roughly tripled as manufacturing boomed.", [("tripled", 3, "times")]),
    ("The hall doubled as a venue for weddings.", []),
    ("The barn doubled as living quarters.", []),
    ("Demand doubled as the pandemic spread.", [("doubled", 2, "times")]),
    ("Sales doubled as a result of the promotion.", [("doubled", 2, "times")]),
    ("nearly quadrupling its capacity", [("quadrupling", 4, "times")]),
    ("arrested 327 drug smugglers", [("327 drug smugglers", 327, "people")]),
    ("recovered 500 gram narcotics", [("500 gram", 0.5, "kg")]),
    ("2.5 lakh gram panchayats", []),
    ("set up 11,162 gram sachivalayams", [("11,162 gram sachivalayams", 11_162, "count")]),
    # a count, then the share its brackets hold
    (
        "where 1,436,400 (35 percent) votes were cast",
        [("1,436,400", 1_436_400, "count"), ("35 percent", 35, "percent")],
    ),
    # a currency's singular after a scale word; a daily rate six words after its unit
    ("a 3 billion rupee scheme", [("3 billion rupee", 3e9, "INR")]),
    ("a 2 billion shilling project", [("2 billion shilling", 2e9, "KES")]),
    ("500 rupee notes", []),
    (
        "It imported 1.66 million barrels of crude and fuel oil from Russia each day.",
        [("1.66 million barrels", 1.66e6, "barrels_per_day")],
    ),
    # round 30: a list's scale shared whatever the order; a road's marker; police personnel
    (
        "Lands and housing got Sh327 and Sh313 million respectively.",
        [("Sh327", 327e6, "KES"), ("Sh313 million", 313e6, "KES")],
    ),
    ("The bus caught fire at the 237km peg along the highway.", []),
    ("4,790 police personnel were mobilised.", [("4,790 police personnel", 4790, "people")]),
    # a whole number and a share after "past" (not a share alone: "the first half million")
    ("For the past two and a half years, it ran.", [("two and a half years", 2.5, "years")]),
    ("In the first half million tonnes were shipped.", []),
    # product names, laws and exercises named by a number: no count
    ("most iPhone 15 units will still be made in China", []),
    ("Executive Order 12 covers only four-wheeled vehicles", []),
    ("India to Order 26 Rafale Jets for Navy", [("26 Rafale Jets", 26, "aircraft")]),
    ("Apple sold 5 million iPhone 15 units", [("5 million iPhone 15 units", 5e6, "count")]),
    ("The Vostok 22 drills are held from Thursday", []),
    # round 31: a shared sign's country named in another line of the article; a short price
    # before a conversion; two currencies share no scale
    (
        "Wages rise in Metro Manila.\nThe daily wage goes from P645 to P695, a P40 (US$0.72) hike.",
        [("P645", 645, "PHP"), ("P695", 695, "PHP"), ("P40", 40, "PHP"), ("US$0.72", 0.72, "USD")],
    ),
    ("The council needs $800 and R2 billion.", [("$800", 800, "USD"), ("R2 billion", 2e9, "ZAR")]),
    # ... singular currencies after a scale, plural rand; ships, livestock, rescuers, folks
    (
        "a 7 billion cedi gap and a payment of 1,000 rands",
        [("7 billion cedi", 7e9, "GHS"), ("1,000 rands", 1000, "ZAR")],
    ),
    ("a fleet of five ice-classed boxships", [("five ice-classed boxships", 5, "ships")]),
    (
        "Drought killed three million heads of livestock and affected 4.5 million folks.",
        [
            ("three million heads of livestock", 3e6, "count"),
            ("4.5 million folks", 4.5e6, "people"),
        ],
    ),
    (
        "13,740 search and rescue personnel were deployed.",
        [("13,740 search and rescue personnel", 13740, "people")],
    ),
    ("33,000 Rohingya relocated from the camp", [("33,000 Rohingya", 33000, "people")]),
    # ... "a century" as "a decade" is (not a batsman's)
    ("the worst deluge in a century", [("a century", 100, "years")]),
    ("Root struck a century in the series", []),
    # ... what a subject counts: people
    (
        "Passenger numbers rose 11pc to 50.4 million.",
        [("11pc", 11, "percent"), ("50.4 million", 50.4e6, "people")],
    ),
    # round 32: a tally in brackets counts what the count before it or its subject counts;
    # not a day, nor a person's age
    (
        "Of the 1,225 murder cases, most are in Meru (111), followed by Eldoret (102).",
        [("1,225 murder cases", 1225, "count"), ("111", 111, "count"), ("102", 102, "count")],
    ),
    (
        "The number of injured individuals is highest in Punjab (654), followed by KP (218).",
        [("654", 654, "people"), ("218", 218, "people")],
    ),
    (
        "Police found 12 bodies. The dead are Enerita Jongwe (25) and Hazvinei Mawadzi (31).",
        [("12 bodies", 12, "people")],
    ),
    (
        "Police said 127 people were missing on Tuesday (14) and Thursday (16).",
        [
            ("127 people", 127, "people"),
        ],
    ),
    # ... a decimal read out ("35-point-five"), a scale on the next line of wrapped text
    (
        "Exports reached 35-point-five billion U.S. dollars, up four-point-five percent.",
        [
            ("35-point-five billion U.S. dollars", 35.5e9, "USD"),
            ("four-point-five percent", 4.5, "percent"),
        ],
    ),
    ("The cost is about $ 8\nbillion.", [("$ 8\nbillion", 8e9, "USD")]),
    ("Revenue was $8\nBillions more came later.", [("$8", 8, "USD")]),
    # ... gas in "cub.m", grams as "gm", plural scales, beds and nets, dealers and males
    (
        "The pipeline carries 55 billion cub.m. Police seized 805 gm worth Rs 3.63 billions.",
        [
            ("55 billion cub.m", 55, "bcm"),
            ("805 gm", 0.805, "kg"),
            ("Rs 3.63 billions", 3.63e9, "INR"),
        ],
    ),
    (
        "a $200 million 60-bed hospital with 15.8 million mosquito nets",
        [
            ("$200 million", 200e6, "USD"),
            ("60-bed", 60, "count"),
            ("15.8 million mosquito nets", 15.8e6, "count"),
        ],
    ),
    (
        "They arrested four drug dealers: 57 males and one female.",
        [("four drug dealers", 4, "people"), ("57 males", 57, "people")],
    ),
    ("I donated 300 som ($3) a month.", [("300 som", 300, "KGS"), ("$3", 3, "USD")]),
    # "points" are percentage points in a line about percentages; not an index's, a game's,
    # a plan's or a decimal read out
    (
        "Food inflation eased in January, down 0.1 points to 16.7 per cent.",
        [("0.1 points", 0.1, "percentage_points"), ("16.7 per cent", 16.7, "percent")],
    ),
    (
        "The Tories had a 0.2 point lead over Labour in the poll.",
        [
            ("0.2 point", 0.2, "percentage_points"),
        ],
    ),
    ("The Russell 2000 is up 105.45 points, or 6 percent.", [("6 percent", 6, "percent")]),
    ("He scored 30 points and shot 50 percent.", [("50 percent", 50, "percent")]),
    ("The 10-point plan aims to cut emissions by 40%.", [("40%", 40, "percent")]),
    ("The plan consists of 12 points.", []),
    ("Sales fell 12-point-two-percent.", [("12-point-two-percent", 12.2, "percent")]),
    # review 37: no tally of ages, scores, page counters or rates; no plural scale after a year;
    # no yen read as yuan for a China named elsewhere; a model's price is no peso
    (
        "Police arrested three men, identified as Tunde (25), Musa (31) and Bello (28).",
        [("three men", 3, "people")],
    ),
    ("55,000 fans watched City (2) beat United (1).", [("55,000 fans", 55000, "people")]),
    ("Rescuers pulled 25 people out.\nComments (3)\nShares (12)", [("25 people", 25, "people")]),
    ("The deadliest states per 100,000 inhabitants: Colima (63), Chihuahua (43).", []),
    ("In 2022 millions of Pakistanis were displaced.", []),
    (
        "Toyota's profit rose to ¥5.3 trillion.\nSales in China fell 10%.",
        [("¥5.3 trillion", 5.3e12, "JPY"), ("10%", 10, "percent")],
    ),
    ("The Huawei P40 ($799) goes on sale in Manila.", [("$799", 799, "USD")]),
    ("It costs Rs 5 to Rs. 10 crore.", [("Rs 5 to Rs. 10 crore", 5e7, "INR")]),
    ("The pair shared in a century stand.", []),
    ("The house stood for a century and a half.", [("a century and a half", 150, "years")]),
    ("It cost 300 som, not 2 SOM.", [("300 som", 300, "KGS")]),
    # round 33: thousands split by a stray space before a "0"; the Saudi "SR" off Saudi pages
    # before a scale ("the SR 520 bridge" is a road)
    (
        "There were 1, 086 people in a centre for 300, and 2, 150 left.",
        [("1, 086 people", 1086, "people")],
    ),
    ("A fine of up to SR1 million; the SR 520 bridge.", [("SR1 million", 1e6, "SAR")]),
    # review 38: points alone are percentage points only as a fraction below ten or on the way
    # to a percentage; a tally may run one item a line; "5, 166, 088" whole (session 24)
    ("She finished with 28 points on 50% shooting.", [("50%", 50, "percent")]),
    ("The barometer climbed 450 points, up 0.7 percent.", [("0.7 percent", 0.7, "percent")]),
    (
        "The Tories fell by 20 points to 24%.",
        [("20 points", 20, "percentage_points"), ("24%", 24, "percent")],
    ),
    ("The United Kingdom will fund SR 50 million of it.", []),
    ("Zambia already has 5, 166, 088 voters.", [("5, 166, 088 voters", 5166088, "people")]),
    (
        "Murders reached 1,200 cases.\nGuanajuato (160)\nJalisco (145)",
        [("1,200 cases", 1200, "count"), ("160", 160, "count"), ("145", 145, "count")],
    ),
    # session 24: a comma between a verb of change and its level; a number said to be a
    # counted object
    ("The number of discouraged workers fell again, to 553,000.", [("553,000", 553e3, "people")]),
    (
        "The number of people waiting has also risen, from 282 in December to 376.",
        [("282", 282, "people"), ("376", 376, "people")],
    ),
    ("The number of workers fell, as far as we know, to 5,000.", []),
    (
        "Of the 2022 total, 35.3 million were refugees who fled abroad.",
        [("35.3 million", 35.3e6, "people")],
    ),
    ("Of the dead, at least 145 were Egyptians, officials said.", [("145", 145, "people")]),
    ("Of them, 12 were all Chinese companies.", [("12", 12, "count")]),
    ("In 2020, 12 were arrested and 3 were released.", []),
    ("Those aged over 65 are mostly pensioners; children under 5 are also victims.", []),
    ("Flights 202 and 303 were cargo flights.", []),
    # ... a comparison with a revised figure; a tally's head that names what a sentence counts;
    # flight movements as a subject
    (
        "Payrolls rose by 254,000, up from a revised 159,000 in August.",
        [("254,000", 254e3, "count"), ("159,000", 159e3, "count")],
    ),
    (
        "Passenger numbers: 6.0 million, +2.5%;\nDeath toll: 45",
        [("6.0 million", 6e6, "people"), ("2.5%", 2.5, "percent"), ("45", 45, "people")],
    ),
    (
        "Flight movements were up 12.1% to 162,485.",
        [("12.1%", 12.1, "percent"), ("162,485", 162485, "count")],
    ),
    ("Price movements were up 0.5% to 112.", [("0.5%", 0.5, "percent")]),
    # ... thousands split by stray spaces in two groups or more, one after a verb of having or
    # winning (elsewhere it is as often a label's number before a count); never a list's items;
    # a decimal split before " %" (not a sentence's end)
    (
        "Ruto polled 5, 565, 781 votes, 52.8 %, Odinga 46. 5 %.",
        [
            ("5, 565, 781 votes", 5565781, "count"),
            ("52.8 %", 52.8, "percent"),
            ("46. 5 %", 46.5, "percent"),
        ],
    ),
    ("In Ward 12, 450 voters were turned away.", [("450 voters", 450, "people")]),
    (
        "Lungu led with 41, 572 votes; garnering 18, 932 votes; In week 36, 100 new cases.",
        [
            ("41, 572 votes", 41572, "count"),
            ("18, 932 votes", 18932, "count"),
            ("100 new cases", 100, "count"),
        ],
    ),
    ("The retirement age is 65. 9% of workers retire earlier.", [("9%", 9, "percent")]),
    ("She won the 100, 200, 400 metres treble.", [("400 metres", 400, "metres")]),
    ("He was charged under sections 120, 302, 307 and 34; rooms 101, 102 or 103.", []),
    # ... a vote's tally after "a vote of", "the vote was", an approved law or budget (not a
    # game's score, a judges' card); a share of a count the vocabulary lacks a noun for
    ("It passed by a vote of 8-2.", [("8", 8, "count"), ("2", 2, "count")]),
    ("The final vote was 27-23.", [("27", 27, "count"), ("23", 23, "count")]),
    ("The council approved the budget 10-1.", [("10", 10, "count"), ("1", 1, "count")]),
    ("The council approved the plan 5-4.", [("5", 5, "count"), ("4", 4, "count")]),
    ("The Lakers defeated the Celtics 110-102; Spain passed the test 3-0.", []),
    ("The judges ruled 29-28 for the champion.", []),
    (
        "Women ran in 62 out of 78 councils and 18 of the 76 mattresses were heavier.",
        [
            ("62", 62, "count"),
            ("78 councils", 78, "count"),
            ("18", 18, "count"),
            ("76 mattresses", 76, "count"),
        ],
    ),
    (
        "Some 3 out of 10 mattresses and 30 out of 100 mattresses were torn.",
        [("10 mattresses", 10, "count"), ("100 mattresses", 100, "count")],
    ),
    # ... cattle in head; part of a measure "of which"; "peak at"; a dash ends a number's
    # phrase; a change in "per cent or" money; pounds before their conversion
    (
        "The herd shrank 5 percent to 11.3 million head.",
        [("5 percent", 5, "percent"), ("11.3 million head", 11.3e6, "count")],
    ),
    (
        "Egypt imports 11 million tons of wheat, 5 million of which by the state.",
        [("11 million tons", 11e6, "tonnes"), ("5 million", 5e6, "tonnes")],
    ),
    (
        "The number of hungry Zambians will peak at about 2.9 million -- a quarter of them.",
        [("2.9 million", 2.9e6, "people"), ("a quarter", 25, "percent")],
    ),
    (
        "Brent rose 7.3 per cent or $7.88 to $115/barrel.",
        [("7.3 per cent", 7.3, "percent"), ("$7.88", 7.88, "USD"), ("$115", 115, "USD")],
    ),
    (
        "Sky will pay 4.176 billion pounds ($6.37 billion); 2 billion pounds a year ($3m);"
        " Egypt raised 5 billion pounds ($160 million).",
        [
            ("4.176 billion pounds", 4.176e9, "GBP"),
            ("$6.37 billion", 6.37e9, "USD"),
            ("$3m", 3e6, "USD"),
            ("$160 million", 160e6, "USD"),
        ],
    ),
    # ... the people of a court and officers of no army; "Kes" only before a scale word
    (
        "The trial heard 2,700 witnesses, 10 prosecutors and five investigation officers.",
        [
            ("2,700 witnesses", 2700, "people"),
            ("10 prosecutors", 10, "people"),
            ("five investigation officers", 5, "people"),
        ],
    ),
    (
        "Land valued at Kes 26.3 million; the film Kes 2; KES 3 000; Kes 120.6 to the dollar.",
        [
            ("Kes 26.3 million", 26.3e6, "KES"),
            ("KES 3 000", 3000, "KES"),
            ("Kes 120.6", 120.6, "KES_per_USD"),
        ],
    ),  # ... "PhP"; fighters of an air force
    (
        "Profit rose to PhP44.2 billion; the air force wants 26 multirole fighters.",
        [("PhP44.2 billion", 44.2e9, "PHP"), ("26 multirole fighters", 26, "aircraft")],
    ),  # ... "sq.km"; a translator's "billion of cubic meters"
    (
        "The island has 350 sq.km; the plant makes 38 billion of cubic meters of methane.",
        [("350 sq.km", 350, "km2"), ("38 billion of cubic meters", 38, "bcm")],
    ),
    # session 25: a pair joined after "between" is no clause between a subject and its level
    (
        "The number of trains that ran between China and Europe rose 8 percent to 591.",
        [("8 percent", 8, "percent"), ("591", 591, "count")],
    ),
    # ... a kind of the count before, its noun left out (not after a measure)
    (
        "India won 107 medals, 38 silver and 41 bronze; it sold 20 tonnes of copper, 5 silver.",
        [
            ("107 medals", 107, "count"),
            ("38", 38, "count"),
            ("41", 41, "count"),
            ("20 tonnes", 20, "tonnes"),
        ],
    ),
    # ... "won" the verb after a number is no money
    (
        "Only 16 won eight medals; 12 won re-election. It cost 5,000 won a month, 1.2 trillion"
        " won.",
        [
            ("eight medals", 8, "count"),
            ("5,000 won", 5000, "KRW"),
            ("1.2 trillion won", 1.2e12, "KRW"),
        ],
    ),
    # ... mining's units; points of change by their size; a count that goes on "next year"
    (
        "It made 45,939 gold equivalent ounces, 120,000 dmt and 55Mtpa; tin contributed"
        " -2.5 percentage points.",
        [
            ("45,939 gold equivalent ounces", 45939, "ounces"),
            ("120,000 dmt", 120e3, "tonnes"),
            ("55Mtpa", 55e6, "tonnes"),
            ("2.5 percentage points", 2.5, "percentage_points"),
        ],
    ),
    (
        "Output: 1.352 million tons this year, 1.522 million next year; 17.555 billion pula"
        " ($1 = 13.5685 pulas); below 50 U. S. dollars; a total of 28, 641 Metric tons.",
        [
            ("1.352 million tons", 1.352e6, "tonnes"),
            ("1.522 million", 1.522e6, "tonnes"),
            ("17.555 billion pula", 17.555e9, "BWP"),
            ("13.5685 pulas", 13.5685, "BWP_per_USD"),
            ("50 U. S. dollars", 50, "USD"),
            ("28, 641 Metric tons", 28641, "tonnes"),
        ],
    ),
    # ... arms deals: engines, subs, designations that name aircraft, honour guards, a share by
    # itself after "accounted for"; a hull's number is no item of a tally
    (
        "Russia sold 123 AL-31FN engines, five submarines, 30 Il-76 transports and eight Il-78"
        " tankers; Russia accounted for over a quarter.",
        [
            ("123 AL-31FN engines", 123, "count"),
            ("five submarines", 5, "ships"),
            ("30 Il-76 transports", 30, "aircraft"),
            ("eight Il-78 tankers", 8, "aircraft"),
            ("a quarter", 25, "percent"),
        ],
    ),
    (
        "It sent two destroyers, CNS Guiyang (119) and CNS Qiqihar (121), and 20 oil tankers.",
        [("two destroyers", 2, "ships"), ("20 oil tankers", 20, "ships")],
    ),
    (
        "Exports saw a 52% decrease, with a drop in the number of countries buying, from 31 to 12;"
        " the 102 Chinese honor guard were filmed 16.5 million times.",
        [
            ("52%", 52, "percent"),
            ("102 Chinese honor guard", 102, "troops"),
            ("16.5 million times", 16.5e6, "count"),
        ],
    ),
    # ... tourism: a subject's level after "a total of", a surge in what is counted "to" a level
    # (not the rise itself), a gathering's size, hotels and rooms, "1, 216, 024 or"
    (
        "Tourist arrivals reached a total of 1.3 billion after a 74% surge in passengers to 168.6"
        " million; an attendance of 27,706; 566 hotels.",
        [
            ("1.3 billion", 1.3e9, "people"),
            ("74%", 74, "percent"),
            ("168.6 million", 168.6e6, "people"),
            ("27,706", 27706, "people"),
            ("566 hotels", 566, "count"),
        ],
    ),
    # ... weather: "KSH" after the amount, a flood's "total toll" (not a road's)
    (
        "Some 358.5mm of rain fell; a cow fell to 5,000 KSH ($45). It took the total toll to 174;"
        " total toll collection rose to 45 billion.",
        [
            ("358.5mm", 358.5, "mm"),
            ("5,000 KSH", 5000, "KES"),
            ("$45", 45, "USD"),
            ("174", 174, "people"),
        ],
    ),
    # ... an amount without its currency after a sentence about money goes on in the currency
    # of the amount before it (not past a conversion's bracket, another currency named, goods)
    (
        "Trade reached $190.3 billion.\nThey agreed to see trade rise from 100 billion annually"
        " to 200 billion by 2024. Gas exports will reach 38 billion.",
        [
            ("$190.3 billion", 190.3e9, "USD"),
            ("100 billion", 100e9, "USD"),
            ("200 billion", 200e9, "USD"),
        ],
    ),
    (
        "The deficit will reach 5.7 trillion rubles ($63 billion), against a forecast of 1.2"
        " trillion. Trade rose to 16.8 trillion yuan, but in dollar terms fell 2.8% to 2.4"
        " trillion.",
        [
            ("5.7 trillion rubles", 5.7e12, "RUB"),
            ("$63 billion", 63e9, "USD"),
            ("1.2 trillion", 1.2e12, "RUB"),
            ("16.8 trillion yuan", 16.8e12, "CNY"),
            ("2.8%", 2.8, "percent"),
        ],
    ),
    # ... round 38: the EIA's short tons, barrels "on a daily basis", a wire's insiders
    (
        "China imported 104 MMst of 233 million short tons; Vankor made 440 000 barrels on a daily"
        " basis, three insiders said.",
        [
            ("104 MMst", 104e6, "tonnes"),
            ("233 million short tons", 233e6, "tonnes"),
            ("440 000 barrels on a daily basis", 440e3, "barrels_per_day"),
            ("three insiders", 3, "people"),
        ],
    ),
    # ... health: "Php" before a scale word (not "Php 8"), "as many as 17, 541", "the
    # cumulative number of cases is N including", a tally under "the highest number of"
    (
        "A budget of Php191.2 billion; Php 8 is out. As many as 17, 541 cases were reported.",
        [("Php191.2 billion", 191.2e9, "PHP"), ("17, 541 cases", 17541, "count")],
    ),
    (
        "The cumulative number of cholera cases is 78 784 including 1 159 deaths. Regions had the"
        " highest number of dengue cases, particularly Davao (6,623) and Caraga (6,078).",
        [
            ("78 784", 78784, "count"),
            ("1 159 deaths", 1159, "people"),
            ("6,623", 6623, "count"),
            ("6,078", 6078, "count"),
        ],
    ),
    # ... pence glued to the digits near a litre of fuel (not a video's "1080p")
    (
        "Petrol averaged 143.45p a litre, 2p more; the video streams in 1080p on a 5-litre engine.",
        [("143.45p", 1.4345, "GBP"), ("2p", 0.02, "GBP"), ("5-litre", 5, "litres")],
    ),
    # ... a signed change to a level in a data line is no ticker and no range (STR's bullets);
    # a range of signed numbers stays one
    (
        "- Occupancy: +0.4% to 70.3%\n- ADR (-31.0% to US$125.43)\nForecasts ranged from -3%"
        " to 5%.",
        [
            ("0.4%", 0.4, "percent"),
            ("70.3%", 70.3, "percent"),
            ("31.0%", 31, "percent"),
            ("US$125.43", 125.43, "USD"),
            ("-3% to 5%", -3, "percent"),
        ],
    ),
    # ... review 41: a tally's items are no more than its head, not the item before; a sentence
    # on from an amount in yuan is no yuan; "subs", "GEO", "DMT" are no units of their own
    (
        "It reported 163 deaths: Sindh (58), Balochistan (26), Gilgit-Baltistan (41). Trade rose"
        " to 1.9 trillion yuan. Russia's trade with India hit 65 billion. Clubs may make five"
        " subs; Japan launched 3 GEO satellites.",
        [
            ("163 deaths", 163, "people"),
            ("58", 58, "people"),
            ("26", 26, "people"),
            ("41", 41, "people"),
            ("1.9 trillion yuan", 1.9e12, "CNY"),
            ("five subs", 5, "count"),
            ("3 GEO satellites", 3, "count"),
        ],
    ),
    (  # (never "1" guest: the digits run on as one number, whose unit the sentence leaves open)
        "Guests reached 1, 216, 024 or an increase of 10%; rooms 101, 102 or 103.",
        [("10%", 10, "percent")],
    ),
    # session 26: a breakdown after a dash; an opening partitive names what its numbers count;
    # "accounting for" a part of a count; the accused of a case (not a participle after a noun)
    (
        "So far, 206,288 people – 83,851 in Dhaka and 122,437 in the districts – were"
        " hospitalised."
        " Among the visitors, 6,151 were male. Of the 12 ships, 3 were sunk. As many as 33 deaths"
        " were reported, with Kerala accounting for 15.",
        [
            ("206,288 people", 206288, "people"),
            ("83,851", 83851, "people"),
            ("122,437", 122437, "people"),
            ("6,151", 6151, "people"),
            ("12 ships", 12, "ships"),
            ("3", 3, "ships"),
            ("33 deaths", 33, "people"),
            ("15", 15, "people"),
        ],
    ),
    # ... telecoms: a business's users and subscribers are its accounts, counted, and so is a
    # "customer base"; a grouped number with its last group split off; "Kshs"; lira and rupees
    # after a country's adjective
    (
        "Its customer base grew by 6% to 26.6m, with 15,361, 671 subscribers and Kshs 98.0bn in"
        " revenue; monthly active users rose 13% to 1.49 billion. Turkey fined Google 296 million"
        " Turkish liras. ($1 = 126.065 Sri Lanka rupees)",
        [
            ("6%", 6, "percent"),
            ("26.6m", 26.6e6, "count"),
            ("15,361, 671 subscribers", 15361671, "count"),
            ("Kshs 98.0bn", 98e9, "KES"),
            ("13%", 13, "percent"),
            ("1.49 billion", 1.49e9, "count"),
            ("296 million Turkish liras", 296e6, "TRY"),
            ("126.065 Sri Lanka rupees", 126.065, "LKR_per_USD"),
        ],
    ),
    # ... "th." for thousand before a unit; a model's designation in the singular where its
    # phrase ends; "the average number of ... to 13 a day"
    (
        "Imports rose to 567.32 th. tonnes. Two Russian Tu-95MS and two H-6K bombers flew. The"
        " average number of freight trains jumped to 13 a day; it was the 5 th. time.",
        [
            ("567.32 th. tonnes", 567320, "tonnes"),
            ("Two Russian Tu-95MS", 2, "aircraft"),
            ("two H-6K bombers", 2, "aircraft"),
            ("13", 13, "count"),
        ],
    ),
    # ... conflict reporting: the displaced, the bodies of soldiers handed back, "N out of the
    # agreed M", what a count "included", family members, a toll that "crosses" a stray-space
    # number, refugee numbers
    (
        "At least 40,000 people were killed and 12 million displaced. Kyiv received 1,212 bodies"
        " of servicemen. Israel released 39 out of the agreed 150 prisoners. The 24 captives"
        " included 13 from Israel and 10 from Thailand: 4 children, 3 mothers and 8"
        " grandchildren. The death toll crosses 15, 200, says the ministry. New arrivals pushed"
        " refugee numbers to 56,664 in Burkina Faso.",
        [
            ("40,000 people", 40000, "people"),
            ("12 million", 12e6, "people"),
            ("1,212 bodies of servicemen", 1212, "troops"),
            ("39", 39, "people"),
            ("150 prisoners", 150, "people"),
            ("24 captives", 24, "people"),
            ("13", 13, "people"),
            ("10", 10, "people"),
            ("4 children", 4, "people"),
            ("3 mothers", 3, "people"),
            ("8 grandchildren", 8, "people"),
            ("15, 200", 15200, "people"),
            ("56,664", 56664, "people"),
        ],
    ),
    # ... round 40: airliners by their model, after a count ("43 Boeing 757s", "35 777-8s"; a
    # model alone is still none: "30 737-8 jets"), civil aircraft; an editor's scale word in
    # brackets; "Of these, 42 were"; a list's last "one in India"
    (
        "It flies 22 A350s, 43 Boeing 757s and 128 A320ceos, and ordered 55 additional 777-9s,"
        " 95 wide-body aircraft and 30 737-8 jets. Next year we are to reach 38 [bln cubic"
        " meters]. A total of 49 entities were listed. Of these, 42 were based in China, four in"
        " Hong Kong, and one in India.",
        [
            ("22 A350s", 22, "aircraft"),
            ("43 Boeing 757s", 43, "aircraft"),
            ("128 A320ceos", 128, "aircraft"),
            ("55 additional 777-9s", 55, "aircraft"),
            ("95 wide-body aircraft", 95, "aircraft"),
            ("38 [bln cubic meters", 38, "bcm"),
            ("49 entities", 49, "count"),
            ("42", 42, "count"),
            ("four", 4, "count"),
            ("one", 1, "count"),
        ],
    ),
    # ... round 41: ports' million tonnes and TEU ("180 MMT", "8.6 MTEUs", "20-foot-equivalent
    # units"), tugs and LNG carriers as ships
    (
        "Mundra handled 180 MMT and 6.6 MTEUs; Singapore hit 32.6 million 20-foot-equivalent"
        " units. Seven tugs freed it; KSOE will build 10 liquefied natural gas (LNG) carriers.",
        [
            ("180 MMT", 180e6, "tonnes"),
            ("6.6 MTEUs", 6.6e6, "TEU"),
            ("32.6 million 20-foot-equivalent units", 32.6e6, "TEU"),
            ("Seven tugs", 7, "ships"),
            ("10 liquefied natural gas (LNG) carriers", 10, "ships"),
        ],
    ),
    (
        "Charge sheets named 1,078 accused; 1,613 are still missing. The EU listed seven entities"
        " and individuals accused of supporting Russia.",
        [
            ("1,078 accused", 1078, "people"),
            ("1,613", 1613, "people"),
            ("seven entities and individuals", 7, "count"),
        ],
    ),
    # session 27, round 42 (earnings and retail): jobs by another name, a store's locations,
    # creditors and new hires; "20+ stores" (only persons' "45+" is an age); a glued "X"
    # multiplier and "12 times increase" (not the "777X" model); "krone" and "krona"
    (
        "Target cut about 17,000 positions and will hire more than 13,000 new hires; its 20+"
        " stores and 8,000 US locations stay, with 90 of its creditors in court.",
        [
            ("17,000 positions", 17_000, "count"),
            ("13,000 new hires", 13_000, "people"),
            ("20+ stores", 20, "count"),
            ("8,000 US locations", 8_000, "count"),
            ("90", 90, "count"),
        ],
    ),
    ("The team rose three positions in the league table.", []),
    # ... round 43 (polls): a signed change in brackets after a percentage, and a lead or a
    # margin in whole points in a poll's line, are percentage points (not a game's lead)
    (
        "Labour 44% (-3 from February), Conservatives 19% (-1), 59% dissatisfied (+5), Greens"
        " 5% (nc).",
        [
            ("44%", 44, "percent"),
            ("3", 3, "percentage_points"),
            ("19%", 19, "percent"),
            ("1", 1, "percentage_points"),
            ("59%", 59, "percent"),
            ("5", 5, "percentage_points"),
            ("5%", 5, "percent"),
        ],
    ),
    (
        "Davis leads by 10 points, the poll shows; its margin of error is two points.",
        [("10 points", 10, "percentage_points"), ("two points", 2, "percentage_points")],
    ),
    ("The Lakers led by 10 points at halftime; the index rose 200 points.", []),
    # ... nuclear power: "from" a few words before a change's first end (not after "up from",
    # whose words may hold a range), kilowatts, the FT's "Rb"
    (
        "Costs rose from the previous estimate of USD87 million to USD118 million; profit is"
        " up from a previous forecast of $3.0 billion to $5.0 billion.",
        [
            ("USD87 million", 87e6, "USD"),
            ("USD118 million", 118e6, "USD"),
            ("$3.0 billion to $5.0 billion", 3e9, "USD"),
        ],
    ),
    (
        "The reactor gives 1.36 million kilowatts; a 500 kW plant costs Rb130 billion.",
        [
            ("1.36 million kilowatts", 1360, "MW"),
            ("500 kW", 0.5, "MW"),
            ("Rb130 billion", 130e9, "RUB"),
        ],
    ),
    # ... people-to-people ties and BRICS: "Chinese" as travellers before their verb, youths,
    # films, "yuans", TASS's "trln" (not "3,000 Chinese troops")
    (
        "Roughly 1.3 million Chinese visited Russia, 100,000 youths saw seventeen Russian films,"
        " the bank lent 2 billion yuans and GDP will reach $65 trln; 3,000 Chinese troops came.",
        [
            ("1.3 million Chinese", 1.3e6, "people"),
            ("100,000 youths", 100_000, "people"),
            ("seventeen Russian films", 17, "count"),
            ("2 billion yuans", 2e9, "CNY"),
            ("$65 trln", 65e12, "USD"),
            ("3,000 Chinese troops", 3_000, "troops"),
        ],
    ),
    # ... a number written in two scales, as translated news writes one ("5 million 20 years"
    # is none)
    (
        "Tourists spent $1 billion 700 million; visitors numbered 1 million 100 thousand"
        " passengers; he was 5 million 20 years ago.",
        [
            ("$1 billion 700 million", 1.7e9, "USD"),
            ("1 million 100 thousand passengers", 1.1e6, "people"),
        ],
    ),
    # ... sports: medal tables as lists before their noun and after a dash or "albeit"; a euro
    # sign after the number; "AUD$"
    (
        "China won 201 gold, 111 silver and 71 bronze medals; India 12 medals – five gold, three"
        " silver and four bronze. Winners get 11,000 € and the pool is AUD$8.075 million.",
        [
            ("201 gold", 201, "count"),
            ("111 silver", 111, "count"),
            ("71 bronze medals", 71, "count"),
            ("12 medals", 12, "count"),
            ("five", 5, "count"),
            ("three", 3, "count"),
            ("four", 4, "count"),
            ("11,000 €", 11_000, "EUR"),
            ("AUD$8.075 million", 8.075e6, "AUD"),
        ],
    ),
    # ... a spelled-out count after "the" counts again from three up ("the seven Russian
    # warships", "the four astronauts"); "the two companies" and "all three" refer back
    (
        "The seven Russian warships and the four astronauts came; the two companies and all"
        " three countries agreed in the three borders area.",
        [("seven Russian warships", 7, "ships"), ("four astronauts", 4, "people")],
    ),
    # ... a dash typed as two hyphens (Jiji Press) is no sign and no hyphen joined to a word
    (
        "Tokyo (Jiji Press)--Seven Russian navy ships sailed.",
        [("Seven Russian navy ships", 7, "ships")],
    ),
    # ... round 45: a sales force's advisors and a fund's contributors are people; a headcount
    # that stands at a number; Reuters' "T$" for Taiwan dollars
    (
        "LIC has 1.34 million advisors and 7.34 million contributors; the closing headcount"
        " stood at 5,93,314. Revenue rose to T$1.85 trillion.",
        [
            ("1.34 million advisors", 1.34e6, "people"),
            ("7.34 million contributors", 7.34e6, "people"),
            ("5,93,314", 593_314, "people"),
            ("T$1.85 trillion", 1.85e12, "TWD"),
        ],
    ),
    # ... but a bare three before a story's parties names them again; an adjective between
    # makes it a count ("the three Baltic states")
    (
        "The three countries held joint drills, as the three Baltic states did.",
        [("three Baltic states", 3, "count")],
    ),
    # a counted object takes the fewest adjectives before it: a plural noun and a verb are no
    # adjectives of the object after them
    (
        "3 Chinese companies hired workers and three Baltic states sent troops.",
        [("3 Chinese companies", 3, "count"), ("three Baltic states", 3, "count")],
    ),
    # two counts of one object split by lower-case adjectives that contrast
    (
        "The route saw 52 eastbound and 51 westbound transits; 13 suspected and two confirmed"
        " cases were found.",
        [
            ("52 eastbound", 52, "count"),
            ("51 westbound transits", 51, "count"),
            ("13 suspected", 13, "count"),
            ("two confirmed cases", 2, "count"),
        ],
    ),
    # ... summits' working groups, forums and top managers; a rate "every day"; gas flared in
    # standard cubic feet
    (
        "80 working groups and five Chinese-Russian forums met; 46 top managers came. The farm"
        " cuts 2.5 tonnes every day; firms flared 92.3 million standard cubic feet of gas.",
        [
            ("80 working groups", 80, "count"),
            ("five Chinese-Russian forums", 5, "count"),
            ("46 top managers", 46, "people"),
            ("2.5 tonnes every day", 2.5, "tonnes_per_day"),
            ("92.3 million standard cubic feet", 92.3e6, "cubic_feet"),
        ],
    ),
    (
        "Sellers had 3X more sales; orders recorded 12 times increase and grew 1.5X, while"
        " 777X aircraft and a 4x4 were ordered. All 45+ citizens and 20+ employees voted.",
        [("3X", 3, "times"), ("12 times", 12, "times"), ("1.5X", 1.5, "times")],
    ),
    (
        "The profit was 2.3 billion krone, after 4.91 billion Swedish krona and 20 billion"
        " Danish krone.",
        [
            ("2.3 billion krone", 2.3e9, "NOK"),
            ("4.91 billion Swedish krona", 4.91e9, "SEK"),
            ("20 billion Danish krone", 20e9, "DKK"),
        ],
    ),
    # session 28's blind sets: rivers and dams, electricity in "units", crypto coins, a river
    # gauge below its zero, a hyphenated second, the cedi's "¢" with a cue or a scale
    (
        "The inflow dropped to 7,200 cusecs and 40,000 cubic meters per second; Angat held at"
        " 210 masl and the dam stores 6.4 MAF.",
        [
            ("7,200 cusecs", 7200, "cubic_feet_per_second"),
            ("40,000 cubic meters per second", 40000, "cubic_metres_per_second"),
            ("210 masl", 210, "metres"),
            ("6.4 MAF", 6.4e6, "acre_feet"),
        ],
    ),
    (
        "Power generation stood at 29,894 million units (MU), then 26,056 MU, or 19 billion units"
        " of electricity and 375,000 megawatts hours; the firm sold 2 million units of phones.",
        [
            ("29,894 million units (MU)", 29894e6, "kWh"),
            ("26,056 MU", 26056e6, "kWh"),
            ("19 billion units of electricity", 19e9, "kWh"),
            ("375,000 megawatts hours", 375e6, "kWh"),
            ("2 million units", 2e6, "count"),
        ],
    ),
    (
        "Hackers stole 4,836.26 ETH and 7,000 bitcoin; 10 spot Bitcoin ETFs lost 823 BTC.",
        [
            ("4,836.26 ETH", 4836.26, "count"),
            ("7,000 bitcoin", 7000, "count"),
            ("10 spot Bitcoin ETFs", 10, "count"),
            ("823 BTC", 823, "count"),
        ],
    ),
    (
        "The Memphis gage showed -11.54 feet, the Dead Sea lies at minus 430 metres, and a"
        " 23-second video ran in the second half over the past four trading days.",
        [
            ("-11.54 feet", -11.54, "feet"),
            ("minus 430 metres", -430, "metres"),
            ("23-second", 23, "seconds"),
            ("four trading days", 4, "days"),
        ],
    ),
    (
        "Ghana's levy raked in ¢861.47 million.\nIt accrued ¢614.57 million.\nA fare of ¢50;"
        " the firm was once worth $32 billon; 10 heads of international organisations came.",
        [
            ("¢861.47 million", 861.47e6, "GHS"),
            ("¢614.57 million", 614.57e6, "GHS"),
            ("¢50", 50, "GHS"),  # (the article's cedi)
            ("$32 billon", 32e9, "USD"),
            ("10 heads of international organisations", 10, "people"),
        ],
    ),
    # a running total after its count, a disease's name between them
    (
        "Indonesia reported 14,224 new infections, its COVID-19 task force said, bringing the"
        " total to 896,642.",
        [("14,224 new infections", 14224, "count"), ("896,642", 896642, "count")],
    ),
    # military aid: vehicles by their name, gun-howitzers, kronor of Norway, korunas
    (
        "Australia sent 20 Bushmasters and the US 109 Bradleys; Poland ordered 212 K9"
        " self-propelled gun-howitzers, Norway gave five billion Norwegian kronor and Prague 866"
        " million korunas.",
        [
            ("20 Bushmasters", 20, "count"),
            ("109 Bradleys", 109, "count"),
            ("212 K9 self-propelled gun-howitzers", 212, "count"),
            ("five billion Norwegian kronor", 5e9, "NOK"),
            ("866 million korunas", 866e6, "CZK"),
        ],
    ),
    # a rate quoted "to one US dollar" is no range to one
    (
        "The Ghana cedi sold at ¢14.50 to one US dollar, as the naira sold at N1,500 to one US"
        " dollar.",
        [("¢14.50", 14.5, "GHS_per_USD"), ("N1,500", 1500, "NGN_per_USD")],
    ),
    # elections: a denominator "out of" after a count, a tally's sides after a verb of winning,
    # a parliament's members, electors
    (
        "The opposition secured 175 seats out of 300, Jatiya Party got 11 and independents"
        " bagged 61 in the 225-member parliament; two-thirds of the seats, 100 out of 150.",
        [
            ("175 seats", 175, "count"),
            ("300", 300, "count"),
            ("11", 11, "count"),
            ("61", 61, "count"),
            ("225-member parliament", 225, "people"),
            ("two-thirds", 66.67, "percent"),
        ],
    ),
    (
        "A 15-member delegation saw 67.11 per cent of 91 crore electors and of the 14.08"
        " million electorate turn out, and two electorate seats change hands. Spain won 3-1.",
        [
            ("15-member delegation", 15, "people"),
            ("67.11 per cent", 67.11, "percent"),
            ("91 crore electors", 910e6, "people"),
            ("14.08 million electorate", 14.08e6, "people"),
            ("two electorate seats", 2, "count"),
        ],
    ),
    # ... but a stretch of time that ends there counts
    (
        "He worked there for 10 years before the war; the talks lasted 12 hours before"
        " collapsing, and prices rose 5% in the 18 months after the coup.",
        [
            ("10 years", 10, "years"),
            ("12 hours", 12, "hours"),
            ("5%", 5, "percent"),
            ("18 months", 18, "months"),
        ],
    ),
    # food prices: the size of the pack a price is quoted for is no figure; piasters
    (
        "A 2Kg packet of Unga will retail at Sh100 and a 25 kg sack at Rs 800, as police seized"
        " 50 kg of heroin; bread went to 20 piasters from five piasters.",
        [
            ("Sh100", 100, "KES"),
            ("Rs 800", 800, "INR"),
            ("50 kg", 50, "kg"),
            ("20 piasters", 0.2, "EGP"),
            ("five piasters", 0.05, "EGP"),
        ],
    ),
    # aviation: pilots and riders are people; a terminal's size before its noun
    (
        "Its 2,100 pilots struck as 965 million riders flew; the 1.2 million-square-foot"
        " building has 30 gates.",
        [
            ("2,100 pilots", 2100, "people"),
            ("965 million riders", 965e6, "people"),
            ("1.2 million-square-foot", 1.2e6, "square_feet"),
            ("30 gates", 30, "count"),
        ],
    ),
    (
        "Roughly 5.3 million Medicare enrollees used them; $700M went to 6 biotech IPOs.",
        [
            ("5.3 million Medicare enrollees", 5.3e6, "people"),
            ("$700M", 700e6, "USD"),
            ("6 biotech IPOs", 6, "count"),
        ],
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Two RAND studies put it at 5 million.",  # RAND is no rand
        "About 3,000 Afghanis fled to Iran.",  # people, in some papers
        "Pham Van Dong met 12 Dong family members.",
    ],
)
def test_words_that_only_look_like_currencies_are_no_money(text: str) -> None:
    assert [f.surface for f in extract_figures(text) if f.category == "money"] == []


def test_a_shared_currency_name_alone_is_its_most_reported_country_s() -> None:
    # (bare "dinars" are Iraqi, "pesos" Mexican, "kroner" Norwegian, unless the article or the
    # page names another country: see tests/test_home_currency.py)
    text = "Two RAND studies put it at 5 million dinars, 3 million pesos and 2 million kroner."
    assert [f.unit for f in extract_figures(text)] == ["IQD", "MXN", "NOK"]


@pytest.mark.parametrize(("text", "expected"), NEW_FIGURE_CASES + REAL_NEWS_CASES)
def test_issue_5_figures(text: str, expected: list[tuple[str, float, str]]) -> None:
    found = [(f.surface, f.value, f.unit) for f in extract_figures(text)]
    assert [row[0] for row in found] == [row[0] for row in expected]
    for (_, value, unit), (_, want_value, want_unit) in zip(found, expected, strict=True):
        assert (value, unit) == (pytest.approx(want_value), want_unit)


def test_multipliers_are_other_and_durations_are_duration() -> None:
    (tripled,) = extract_figures("Exports tripled.")
    (weeklong,) = extract_figures("A weeklong visit.")
    assert (tripled.category, weeklong.category) == ("other", "duration")


def test_a_range_of_multipliers_keeps_both_ends() -> None:
    (both,) = extract_figures("Imports rose three- to fourfold.")
    (words,) = extract_figures("Traffic fell by a nine to tenfold margin.")
    assert (both.surface, both.value, both.value_max) == ("three- to fourfold", 3, 4)
    assert (words.value, words.value_max, words.unit) == (9, 10, "times")


def test_a_multiplier_smaller_than_the_number_before_it_is_alone() -> None:
    assert [(f.surface, f.value_max) for f in extract_figures("from ten to twofold")] == [
        ("twofold", None)
    ]


def test_doubled_down_is_no_multiplier() -> None:
    assert extract_figures("Beijing doubled down on its support.") == []


def test_qualifier_of_a_multiplier() -> None:
    (figure,) = extract_figures("Car exports more than tripled.")
    assert (figure.surface, figure.qualifier) == ("tripled", "more than")


def test_a_range_after_by_is_still_a_range() -> None:
    (figure,) = extract_figures("Prices rose by 10-15% this year.")
    assert (figure.value, figure.value_max) == (10, 15)


def test_an_exchange_rate_needs_one_named_currency() -> None:
    assert extract_figures("The rouble and the yuan traded at 12 per dollar.") == []


RATE_OF_THE_SUBJECT_CASES = [
    # (text, units of its rouble amounts): the value of a currency's rate is that rate
    ("The dollar exchange rate fell by 5 kopecks, to 91.20 rubles.", ["RUB", "RUB_per_USD"]),
    ("In turn, the yuan rate grew by 2 kopecks, trading at 12.62 rubles.", ["RUB", "RUB_per_CNY"]),
    ("The rouble's exchange rate against the euro hit 101.5 rubles.", ["RUB_per_EUR"]),
    (
        "The official dollar rate for July 16 rose by 0.4 rubles to 90.5 rubles.",
        ["RUB", "RUB_per_USD"],
    ),
    # a currency that moves is its rate too
    ("The euro gained 41.75 kopecks, reaching 102.32 rubles.", ["RUB", "RUB_per_EUR"]),
    ("The euro gained 5%, while a coffee cost 300 rubles.", ["RUB"]),
    # ... or reaches a level, or the rouble moves against it (written before or after)
    ("The American currency exceeded 95 rubles on Monday.", ["RUB_per_USD"]),
    ("The ruble weakened against the euro by 0.5 percent to 104.2 rubles.", ["RUB_per_EUR"]),
    ("Against the Chinese yuan, the rouble slipped 0.2% to 12.9 roubles.", ["RUB_per_CNY"]),
    ("The ruble weakened against the euro, and a ticket cost 900 rubles.", ["RUB"]),
    # ... and no other amount: not after the sentence, another clause or another amount, not of
    # another dollar, not a price, not with a scale word
    (
        "The dollar exchange rate fell to 89 rubles. The average pension rose to 23,000 rubles.",
        ["RUB_per_USD", "RUB"],
    ),
    (
        "The dollar rate fell to 89 rubles, while a Big Mac rose to 400 rubles.",
        ["RUB_per_USD", "RUB"],
    ),
    (
        "The bank set the dollar rate at 95 roubles and its fee at 100 roubles.",
        ["RUB_per_USD", "RUB"],
    ),
    ("The rouble's rate against the dollar fell, and shares rose to 170 roubles.", ["RUB"]),
    ("The Canadian dollar exchange rate against the rouble was 67 roubles.", ["RUB"]),
    ("With the dollar exchange rate at record highs, petrol cost 55 roubles.", ["RUB"]),
    ("The dollar exchange rate fell, while the company paid 300 rubles per share.", ["RUB"]),
    ("As the dollar's rate rose, Gazprom paid 5 billion rubles in dividends.", ["RUB"]),
    # ... or stands at a level, however high; not when another subject moves
    ("The dollar was last at 92.5 roubles.", ["RUB_per_USD"]),
    ("The dollar rose as high as 95 roubles.", ["RUB_per_USD"]),
    ("The dollar rose 0.5% and was last at 92.1 roubles.", ["RUB_per_USD"]),
    ("The dollar rose and Gazprom shares climbed to 170 roubles.", ["RUB"]),
    ("The dollar closed higher and shares rose as high as 170 roubles.", ["RUB"]),
    ("The dollar closed higher as Gazprom closed at 170 roubles.", ["RUB"]),
    ("The dollar rose as Gazprom shares jumped as much as 3% to 171 roubles.", ["RUB"]),
    ("The dollar rose 0.3% and briefly hit 92.1 roubles.", ["RUB_per_USD"]),
    ("The dollar rose 0.3% and then hit 92.1 roubles.", ["RUB_per_USD"]),
    ("The dollar rose as much as 0.4% and was last at 92.1 roubles.", ["RUB_per_USD"]),
    # ... and a base currency that moves is quoted in dollars when nothing else is named (not the
    # object of "against the ruble rose")
    ("The rouble ended at 92.5 on Friday, and a ticket cost 900 roubles.", ["RUB_per_USD", "RUB"]),
    ("The yuan rate against the ruble rose by 2 kopecks to 12.1 rubles.", ["RUB", "RUB_per_CNY"]),
    (
        "The yuan rate rose by 1.2 kopecks as Monday trading opened compared with previous"
        " closing to 11.985 rubles.",
        ["RUB", "RUB_per_CNY"],
    ),
    # ... and the level it came from is its rate too
    ("The dollar fetched 92 roubles, easing from around 93.1 roubles.", ["RUB_per_USD"] * 2),
]


@pytest.mark.parametrize(("text", "units"), RATE_OF_THE_SUBJECT_CASES)
def test_the_value_of_a_currency_rate_is_that_rate(text: str, units: list[str]) -> None:
    assert [f.unit for f in extract_figures(text) if f.unit.startswith("RUB")] == units


def test_no_unit_phrase_goes_on_from_a_trivial_object() -> None:
    # "two countries" is turned down before the grammar runs: that is only the grammar's own
    # answer while no longer unit phrase ("countries of ...") could match from there
    rules = load_figure_rules()
    longer = [
        phrase
        for phrase in rules.units
        for trivial in rules.trivial_objects
        if phrase.startswith((f"{trivial} ", f"{trivial}-"))
    ]
    assert longer == []
    found = extract_figures("The two countries' 40 warships and two nations' two frigates.")
    assert [(f.surface, f.unit) for f in found] == [
        ("40 warships", "ships"),
        ("two frigates", "ships"),
    ]


def test_rules_copied_with_other_number_words_do_not_reuse_remembered_values() -> None:
    rules = load_figure_rules()
    assert extract_figures("three warships", rules=rules)[0].value == 3
    dozen_is_three = dataclasses.replace(rules, number_words={**rules.number_words, "three": 12})
    assert extract_figures("three warships", rules=dozen_is_three)[0].value == 12


def test_rules_copied_with_other_cues_read_them() -> None:
    # the first, quick check for a cue before a small bare number is made from the rules' own
    # cues, so a copy with other cues (`dataclasses.replace`) reads its own
    rules = load_figure_rules()
    felled = dataclasses.replace(rules, casualty_before=rules.casualty_before | {"felled"})
    text = "The storm felled 12 and injured 30."
    assert [(f.value, f.unit) for f in extract_figures(text)] == [(30, "people")]
    assert [(f.value, f.unit) for f in extract_figures(text, rules=felled)] == [
        (12, "people"),
        (30, "people"),
    ]


def test_a_unit_taken_in_a_context_takes_its_own_category() -> None:
    # sanctioned individuals are counted entities, not equipment; a business's customers and
    # subscribers are its accounts, counted
    text = (
        "The EU blacklisted 30 individuals in new sanctions. 312 individuals were evacuated."
        " 3,358 customers lost power. The bank has 12 million customers and 43m subscribers."
    )
    found = [(f.surface, f.unit, f.category) for f in extract_figures(text)]
    assert found == [
        ("30 individuals", "count", "count"),
        ("312 individuals", "people", "count"),
        ("3,358 customers", "count", "count"),
        ("12 million customers", "count", "count"),
        ("43m subscribers", "count", "count"),
    ]


def test_a_hyphen_or_non_breaking_hyphen_reads_as_a_hyphen() -> None:
    # "Tu‑95" (U+2011) names a model as "Tu-95" does; the surface keeps what was written
    text = "Two Russian Tu\u201195 bombers joined a three\u2010day patrol, up 10\u201115 percent."
    found = [(f.surface, f.value, f.unit) for f in extract_figures(text)]
    assert found == [
        ("Two Russian Tu\u201195 bombers", 2, "aircraft"),
        ("three\u2010day", 3, "days"),
        ("10\u201115 percent", 10, "percent"),
    ]
    # ... but a word split at a line's end stays split
    assert extract_figures("from 300,000 bar\u2010 rels a day") == []
