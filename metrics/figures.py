"""Figures in news text: a number with what it counts or measures, normalised.

`extract_figures("China is sending 3,200 troops")` finds `3,200 troops` as 3200 `troops`.
Every vocabulary (scale words, currencies, units and counted objects, qualifiers, exclusions)
lives in `data/figures.toml`; `load_figure_rules` compiles it into one regular expression that
scans a text once. Python only looks at the matches: it normalises the value, drops what is
not a figure (years, trivial counts, excluded spans such as dates and ages) and attaches the
containing sentence.

The grammar of one figure, all parts but the number optional:

    [qualifier] [between] [currency] NUMBER [scale] [to|-|and [currency] NUMBER [scale]]
        [unit | one to three adjectives + counted object]
    [qualifier] FIXED WORD ("weeklong" = 7 days, "tripled" = 3 times)
    [qualifier] FRACTION "of" ("a quarter of" = 25 percent)

A number needs a currency, a percent or a unit to be a figure: a bare `15` is too noisy, unless
its sentence says what it counts: casualties ("injured 32"), "38 of the 47 drones", "13 others"
after a counted figure, or an exchange rate ("100 to the dollar"). "N times" is a count of
occasions ("met 40 times") or a multiplier ("grew 2.45 times", unit `times`), told apart by the
words around it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import math
import re
import tomllib
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NamedTuple

from metrics.dates import CALENDAR_WORDS
from metrics.fastscan import TWINS_OF_ASCII
from metrics.figure_starts import FigureStarts, tokens
from metrics.regex_trie import trie_regex
from metrics.sentences import SentenceLocator
from metrics.temperature import TemperatureScales, compile_temperature_scales
from metrics.types import Figure

__all__ = [
    "CATEGORIES",
    "FigureRules",
    "HomeCurrencies",
    "NamedCurrencies",
    "UnitRule",
    "extract_figures",
    "load_figure_rules",
    "rules_at_home",
]

logger = logging.getLogger(__name__)

DEFAULT_RULES_PATH = Path(__file__).resolve().parent.parent / "data" / "figures.toml"
CATEGORIES = (
    "trade",
    "money",
    "troops",
    "military_equipment",
    "energy",
    "percent",
    "count",
    "duration",
    "distance",
    "other",
)
PERCENT_UNIT = "percent"
# Exclusion patterns are searched this many characters around a candidate figure, within its
# line: enough for a date, an age or a ticker line, and far cheaper than the whole text.
EXCLUSION_WINDOW = 80
_NUMBER_CACHE_SIZE = 4096
_UNREAD = object()
# The two sides of a comparison ("48 million, down from 55.5 million") differ by at most this
# factor; a larger gap means a scale word is missing ("$5.2bn, up from 4.1").
COMPARABLE_RATIO = 50
# A number without a scale word goes on from a count before it only from this size up: smaller
# ones are too often days, ranks or list items ("on 12, 13 and 14 July").
CONTINUED_MIN = 100

# Horizontal space only: a figure never spans a line break.
SPACE = r"[ \t\u00a0\u202f]"
# Not inside a word, a decimal, a date, a model name (`Tu-95`, `G20`) or after a sign; a plus
# or minus sign after a space or bracket may precede a change ("(-8.0 mio t or +4.2%)"): the
# figure, its size, starts after it.
# not "2.5E+3", "Tu-95"; but after a double hyphen, a dash: "(Jiji Press)--Seven Russian ships"
NUMBER_START = r"(?<![\w.,/:#&$€£¥₽₹])(?<![\w.]\+)(?<![^\s(\-]-)"
# the words after which one group of three digits split off by a stray space goes on with the
# number before it (see `DIGITS`)
_STRAY_GROUP_AFTER = (
    r"(?:(?<=with[ ])|(?<=polled[ ])|(?<=polling[ ])|(?<=garnered[ ])|(?<=garnering[ ])"
    r"|(?<=got[ ])|(?<=won[ ])|(?<=has[ ])|(?<=had[ ])|(?<=are[ ])|(?<=were[ ])"
    r"|(?<=received[ ])|(?<=receiving[ ])|(?<=recorded[ ])|(?<=secured[ ])"
    r"|(?<=obtained[ ])|(?<=of[ ])|(?<=said[ ])|(?<=while[ ])|(?<=planted[ ])"
    r"|(?<=registered[ ])|(?<=totalling[ ])|(?<=totaling[ ])|(?<=total[ ])|(?<=\()"
    r"|(?<=many[ ]as[ ]))"  # ("as many as 17, 541 mpox cases")
)
# Digits: `3,200` and `1,234.5`; `3 200` (space or thin space as thousands separator, not
# before a calibre: "18 155 mm howitzers"); `6.9`,
# `190,27` (decimal comma) and `2022`. Never followed by another digit, an ordinal or decade
# suffix (`80th`, `1930s`) or a clock colon (`10:30`); never part of scientific notation
# (`1e308`, `1.8e308`): news does not write numbers that way, so it is no figure rather than
# a misread `1`.
DIGITS = (
    # thousands split by a stray space: "more than 5, 000 stalls", "1, 086 people" (three digits
    # from a "0" on, which no number of its own starts with)
    r"(?:(?<!\d,[ ])\d{1,3},[ ]0\d\d(?![\d,.])"  # ("5, 166, 088": the next)
    # ... and any three in two groups or more: "5, 565, 781 votes"; not a list's items
    # ("sections 120, 302, 307 and 34", "the 100, 200, 400 metres"); one group only after a
    # verb of having, winning or counting, "of" or a bracket, before a word ("with 47, 706
    # votes", "garnering 18, 932 votes", "a total of 23, 783 people", "(80, 590 votes)"):
    # elsewhere it is as often a label's number or a time before a count ("In Ward 12, 450
    # voters", "In week 36, 100 new cases", "At 10, 300 runners")
    r"|(?=\d{1,3},[ ]\d)(?<!\d,[ ])(?<!ections[ ])(?<!ection[ ])(?!\d00(?:,[ ]\d00)+(?![\d,]))"
    r"(?:\d{1,3}(?:,[ ]\d{3}){2,}|"
    rf"{_STRAY_GROUP_AFTER}\d{{2,3}},[ ]\d{{3}}(?=[ ][A-Za-z])"
    # ... or after a verb of reaching, before a word or a stop: "toll crosses 15, 200, says"
    r"|(?:(?<=crosses[ ])|(?<=crossed[ ])|(?<=reached[ ])|(?<=exceeded[ ])|(?<=surpassed[ ]))"
    r"\d{2,3},[ ]\d{3}(?=[ ][A-Za-z]|[,.;](?!\d)))"
    r"(?![\d,.]\d|,?[ ](?:and|&)[ ]|,?[ ](?:or|to)[ ]\d)"  # ("1, 216, 024 or an increase")
    # ... and the last group of a grouped number split off so before a word: "15,361, 671
    # subscribers" (not a list's "1,200, 300 and 400")
    r"|(?=\d{1,3}(?:,\d{3})+,[ ]\d{3}[ ][A-Za-z])(?![^ ]+[ ]\d{3}[ ](?:and|or|to)[ ])"
    rf"{_STRAY_GROUP_AFTER}\d{{1,3}}(?:,\d{{3}})+,[ ]\d{{3}}"
    r"|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?"  # Indian grouping: "7,38,024", "1,50,00,000"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    # (not "20 120mm mortars", "12 200-foot boats", "30 737-8 jets")
    r"|\d{1,3}(?:[\u00a0\u202f ]\d{3})+"
    r"(?![ \u00a0]?-?mm(?!\w)|-[^\W\d_]|-\d{1,2}(?![\d\u00a0\u202f ]))"
    r"|\d+(?:[.,]\d+|[½¼¾⅓⅔])?)"  # (and a glyph's fraction: "a 2½-year sentence")
    # ... and a decimal split by a stray space before its scale word: "N202. 6bn", "42. 5
    # billion dollars", "49. 258 million barrels" (no sentence ends at "202." to start with
    # "6bn") ...
    r"(?:\.[ ](?=\d{1,3}[ ]?(?:bn|billion|mn|million|trillion|tn)\b)\d{1,3}"
    # ... or before " %" after two digits or more, one digit: "46. 5 %" (not a list's "1. 18%",
    # nor a sentence's end: "is 65. 9% of workers")
    r"|(?<=\d\d)\.[ ]\d(?=[ ]%))?"
    r"(?!\d|(?i:st|nd|rd|th|s)\b|['’]s\b|:\d|[.,]?\d*[eE][+\-]?\d)"
)
# One or two words between a number and a counted object ("3,200 Chinese troops"), an
# initialism among them ("two U.S. B-52 bombers"), a model name with a slash ("17 Shahed-136/131
# attack UAVs") or a short parenthesis ("22 PLA (People's Liberation Army) aircraft").
ADJECTIVE = (
    r"(?:(?:[A-Z]\.){2,}|[^\W\d_](?:[\w'’\-]|/(?=\w))*+|\((?![+\-−])[^()\n]{1,40}\)"
    # "20,000 155mm shells", "60,000 155-mm shells", "500,000 155 mm shells"
    r"|\d+(?:[\- \u00a0]mm(?!\w)|[^\W\d_][\w'’\-]*+))"
)

_DIGIT_RE = re.compile(r"\d")
# "10, 15 and 25 percent": the plain numbers, each followed by a comma, right before a list
_LIST_HEAD_RE = re.compile(r"(?<![\w.,])(?:\d+(?:[.,]\d+)*[ \t]*,[ \t]+)+\Z")
_LIST_ITEM_RE = re.compile(r"(\d+(?:[.,]\d+)*)[ \t]*,[ \t]+")
_PRICE_OF_ONE_RE = re.compile(r"[ \t]+(?:per|a|an|each|for)\b")  # "300 rubles per share"
# between a currency's rate and its value a change ("by 3.5 kopecks", `FigureRules.
# exchange_rate_change`) or a day ("for July 16") may stand; a sentence end, a new clause or
# another amount may not
_RATE_REACH = 150
_RATE_DAY_RE = re.compile(
    rf"\b(?:{'|'.join(sorted((w.capitalize() for w in CALENDAR_WORDS), key=len, reverse=True))})"
    r"\.?\s+\d{1,2}\b"
)
_RATE_CLAUSE_BREAK_RE = re.compile(
    r"[.!?](?:\s|$)|[;\n]|,\s+(?:and|while|but|whereas|although|though|as|with|when)\b"
    r"|\b(?:while|whereas)\b"
)
# between a count of people and a bare number that counts the same: the casualty's verbs and
# "and" ("six soldiers died and 28 were injured"; not "killed four soldiers at a checkpoint and
# 15 were wounded when a bomb hit the market")
_AND_THEIRS_RE = re.compile(
    r"(?:[ \t]+(?:were|was|had|have|has|been|are|is|killed|died|dead|wounded|injured|hurt|slain"
    r"|missing))*(?:,?[ \t]+and|,)[ \t]+"
)
# "Of the 60 soldiers manning the base, 43 were killed": a partitive opening the sentence
_OF_THE_BEFORE_RE = re.compile(
    r"(?:^|[.!?\n\"“‘(][ \t]*)[Oo]f[ \t]+(?:the|its|their|these|those)[ \t]+\Z"
)
# ... unless the clause after it names others: "and 20 were injured, including 14 civilians"
_OTHERS_AFTER_RE = re.compile(
    r"\b(?:civilians?|people|protesters|residents|children|passengers|bystanders|villagers"
    r"|shoppers|worshippers|women|students)\b",
    re.IGNORECASE,
)
_OTHERS_REACH = 100
_LONGEST_AGE_LIMIT = 8  # "under", "above": a hedge read with its number
_ONE_THOUSANDS_COMMA_RE = re.compile(r"\d{1,2},\d{3}")  # "2,282", "12,345": one comma
_HUNDREDS_THOUSANDS_COMMA_RE = re.compile(r"\d{3},(?!000)\d{3}")  # "190,271", not "100,000"
_DOTTED_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")  # "8.600 troops", as continental Europe writes
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?")
_SPACES_TABLE = str.maketrans("", "", " \t\u00a0\u202f")
_WORD_SPLIT_RE = re.compile(r"[\s\-‐]+")
_RUN_RE = re.compile(r"\w+")
_WORD_RE = re.compile(r"[\w'’-]+")
_LOOKBACK = 40
# An unclosed bracket before a position, on its line: "(-8.0 mio t or -7.8%)".
_OPEN_BRACKET_RE = re.compile(r"\([^()\n]*$")
# a wire's conversion note before an amount: "($1 = " in "($1 = 92.9000 roubles)", "(USD 1 = "
_CONVERSION_BEFORE_RE = re.compile(
    r"(?:\(|(?<![\w.,]))(?:(?P<sign>US\$|\$|€|£|¥)|(?P<code>USD|EUR|GBP)[ \t])[ \t]?1[ \t]?="
    r"[ \t]?$"
)
_NAME_BEFORE_RE = re.compile(r"(?<![\w.,])([A-Z][a-z]+)[ \t]+$")
_DIGIT_BEFORE_WORD_RE = re.compile(r"\d[ \t]+\w+[ \t]+\Z")  # "30 and " before a number
# "62 of the 78 councils", "62 out of 78 councils": a number, then a count it is part of
_OF_A_COUNT_RE = re.compile(
    rf"{SPACE}+(?:out{SPACE}+)?of{SPACE}+(?:(?P<determiner>the|its|their|these|those){SPACE}+)?"
    r"(?P<whole>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d)"
)
_NAME_OR_INITIALS_BEFORE_RE = re.compile(r"(?<![\w.,&])([\w&]*[A-Z][\w&]*)[ \t]+$")
# words that open a sentence before its number without naming anything: "About 300 ...",
# "All 13 trading groups"; any other capitalised word there names ("Nasdaq 100 futures")
_SENTENCE_OPENERS = frozenset(
    [
        *("the", "a", "an", "some", "about", "around", "roughly", "nearly", "almost", "over"),
        *("under", "only", "just", "all", "another", "these", "those", "at", "in", "on", "by"),
        *("for", "with", "from", "to", "of", "and", "but", "so", "yet", "as", "since", "after"),
        *("before", "while", "when", "its", "their", "his", "her", "our", "police", "officials"),
    ]
)
# A capitalised word and a number, before "and"/"or": "Nord Stream 1 and 2 pipelines".
_NAMED_LIST_RE = re.compile(r"(?<![\w.,])([A-Z][a-z]+)[ \t]+\d+[ \t]+$")
# A number or word right before a name, no punctuation between ("five Bergepanzer 2"): see
# `_names_a_model`.
_COUNT_BEFORE_RE = re.compile(r"(?<![\w.,])([\d,.]*\d|[A-Za-z]+)[ \t]+$")
# A list's separator right before a number: "815 tanks, 2087 armored vehicles" (searched in the
# few characters before it, or matched from the end of the figure before it).
_LIST_BEFORE_RE = re.compile(r"[,;:\u2013\u2014][ \t]*$")  # (a dash too: "12 medals – five gold")
# a place after a list's "one": "and one in India", "one from the United States"
_ONE_IN_A_PLACE_RE = re.compile(r"[ \t]+(?:in|from)[ \t]+(?:the[ \t]+)?[A-Z]")
# a dash or a colon right after a count, before its first part
_BREAKDOWN_GAP_RE = re.compile(r"[ \t]*(?:[–—:]|--)[ \t]*")
# a part before "the": "two of the three refineries", "38 out of the 47"
_PART_OF_THE_RE = re.compile(r"(?<![\w.,])([\w\-]+)[ \t]+(?:out[ \t]+)?of[ \t]+the[ \t]+$")
# a name's possessive right before a number: "Germany's 334,000 applications ... France's 167,000"
# (its digits grouped by thousands: "Boeing's 737", "Porsche's 911" name models)
_POSSESSIVE_BEFORE_RE = re.compile(r"(?<![\w.,])[A-Z][\w.\-]*['’]s[ \t]+$")
_GROUPED_RE = re.compile(r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)")
# a list item naming whose figure follows: ", Iraq ", ", and the UAE "
_NAMED_ITEM = (
    r"(?:[,;][ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?"
    r"(?P<name>(?:[A-Z][\w.'’\-]*[ \t]+){1,3})"
)
_NAMED_ITEM_RE = re.compile(_NAMED_ITEM)
_NAMED_ITEM_END_RE = re.compile(_NAMED_ITEM + r"\Z")  # before the list's figure before
_NAMED_ITEM_NEXT_RE = re.compile(_NAMED_ITEM + r"\d")  # ... or after this one
# A sentence break between two figures: "13 others" in the next sentence refers to nothing.
# (also "war.[145]"; initials end one only before a capital: "from the U.S. Germany pledged",
# not "the U.S. dollar")
_SENTENCE_BREAK_RE = re.compile(
    r"(?<![\s.][A-Z])[.!?][\"'”’)]*\s|(?<=[\s.][A-Z])\.\s+(?![a-z])|[.!?]\[\d+\]|\n"
)
_SAME_SENTENCE = 400  # characters: figures further apart are not read as one sentence's
# a conversion's bracket right after an amount: "5.7 trillion rubles ($63 billion"
_CONVERSION_BRACKET_RE = re.compile(
    r"[ \t]*\([ \t]*(?:about|around|roughly|some|approx\.?)?[ \t]*(?:US|U\.S\.)?"
)
# a period after an amount: "100 billion annually", "200 billion a year"
_PER_PERIOD_RE = re.compile(r"(?:[ \t]+(?:annually|yearly|(?:a|per|each)[ \t]+(?:year|month)))?")
_TO_A_NUMBER_RE = re.compile(r"[ \t]+to[ \t]+\d")
_MONEY_SUBJECT_REACH = 600  # characters: an amount goes on in the currency of one this far back
_MONEY_SUBJECT_LOOKBACK = 6  # figures: past percents and multipliers, not the whole text
# How far before a bare number "the number of ..." is looked for, and what may not stand between
# them (another clause, a bracket): see `_subject_rule`.
_SUBJECT_REACH = 250
_OBJECT_SUBJECT_REACH = 80  # characters: "the casualties swelled to"
_TOTAL_REACH = 120  # characters before a running total's number: "taking ... total ... to"
_SUBJECT_BREAK_RE = re.compile(
    r"[,;:()\[\]—–!?\"“”]|\s[-‐]\s|[.](?:\s|$)|\b(?:[Aa]nd|[Bb]ut|[Ww]hile|[Ww]hereas)\b"
)
# "between" and up to three words before an "and": the pair it joins is no clause
_BETWEEN_BEFORE_RE = re.compile(rf"\bbetween(?:{SPACE}+[\w'’.\-]+){{1,3}}{SPACE}+\Z")
_LEVEL_COMMA_AFTER_RE = re.compile(rf"{SPACE}+(?:to|from){SPACE}")  # "fell again, to"
_A_TOTAL_OF_RE = re.compile(rf"(?<!\w)(?:[Aa]|[Tt]he){SPACE}+total{SPACE}+of{SPACE}+\Z")
_TOLL_OF_RE = re.compile(rf"{SPACE}+of{SPACE}+")
_SUBJECT_PREPOSITIONS = frozenset({"to", "at", "from", "by"})
# a tally's line: "tanks — 7,834", "• personnel: about" (a bullet, the counted object, a dash
# or colon, up to the number's match); and a figure's increase in brackets after it: " (+"
_HEAD_REACH = 80
_HEAD_RE = re.compile(
    rf"{SPACE}*(?:[-•*·▪]{SPACE}*)?(?P<head>[^\W\d_][\w'’\-]*(?:{SPACE}[^\W\d_][\w'’\-]*){{0,3}})"
    rf"{SPACE}*[—–:]{SPACE}*"
)
_HEAD_MARK_RE = re.compile(r"[—–:(+]")
# (a sign: "(+6)"; not "(737 MAX 10)", "(155 mm)", "(2 battalions)", a footnote "(1)")
_INCREMENT_RE = re.compile(rf"{SPACE}*\({SPACE}*[+−\-]{SPACE}*")
# what ends a tally's number: the line, a separator, its increase, or the word of its count
_TALLY_END_RE = re.compile(
    rf"{SPACE}*(?:$|[\r\n;,.]|\(|(?:units|persons|pcs|people)(?!\w))", re.MULTILINE
)
# the ages listed before a number: "aged 14 and", "ages 5 to"
_AGES_BEFORE_RE = re.compile(
    rf"(?<!\w)(?:[Aa]ged?|[Aa]ges)(?:{SPACE}+(?:between|from))?{SPACE}+\d+(?:{SPACE}*,{SPACE}*\d+)*{SPACE}*(?:,|and|or|to|-|–){SPACE}*\Z"
)
# a count of votes (see [elliptical] vote_sides), and where a side ends ("five against and",
# "2 against it", not "3 against Arsenal")
_VOTES_RE = re.compile(r"(?<!\w)votes(?!\w)")
# ... or voters before their side: "52 MPs voting in favour, 11 voting against"
_VOTERS_SIDE_RE = re.compile(r"[ \t]+(?:voting|voted)[ \t]+(?:in[ \t]+favou?r|for|against)\b")
_VOTE_SIDE_END_RE = re.compile(
    rf"{SPACE}*(?:[,.;:)]|$|{SPACE}(?:and|or|with|while|were|was|it"
    rf"|the{SPACE}+(?:bill|motion|resolution|amendment|proposal|measure|law|text|draft))(?!\w))"
)
# what may follow a small amount after a currency's code: "costs NIS 12.", "AED 4 per crossing"
# South Africa's regional routes share the rand's sign: "the R511", "along the R102" (not "the
# N585 it traded", naira)
_ROAD_LETTERS = frozenset({"R"})
# a vote's tally: "a 217-215 vote", "approved 14-2", "approved the budget 10-1" (a law's or a
# budget's noun after a determiner: not "passed the test 3-0", "defeated the Lakers 110-102"),
# "by a vote of 8-2", "The final vote was 27-23" (two counts; not "the judges ruled 29-28")
_VOTE_AFTER_RE = re.compile(r"[ \t]+(?:(?:bipartisan|party-line)[ \t]+)?votes?\b")
_VOTE_BEFORE_RE = re.compile(
    r"\b(?:(?:passed|approved|rejected|adopted)(?:[ \t]+it|[ \t]+(?:the|its|a|an|their)"
    r"(?:[ \t]+[^\W\d_][\w\-]*)?[ \t]+(?:budget|bill|measure|motion|resolution|ordinance"
    r"|proposal|amendment|law|plan|levy|rezoning|nomination|request|ban|deal|contract|treaty"
    r"|policy|rules?|changes|cuts|increase|hike|tax|rate|spending))?|voted|confirmed|defeated"
    r"|(?:a|the)[ \t]+(?:[\w\-]+[ \t]+)?vote[ \t]+of"
    r"|vote[ \t]+(?:was|is|were|stood[ \t]+at))[ \t]+\Z"
)
_ROAD_BEFORE = frozenset({"the", "on", "along", "via", "onto", "off"})
# "Hong Kong SAR", "the Macao SAR": a Special Administrative Region, not Saudi riyals
_REGION_CODES = frozenset({"SAR"})
_REGION_CODES_AFTER = frozenset({"kong", "macao", "macau"})
# "P45 per kilo", "P35/kg", "P50 higher": a price, not a name (not "its P50 higher-resolution
# camera")
_PRICE_AFTER_RE = re.compile(rf"{SPACE}+(?:per|a|an|each|to|higher|lower)(?![\w-])|/[^\W\d_]")
# ... or a bracketed conversion to a smaller amount of a stronger currency: "P40 (US$0.72)" (not
# a model's price: "the Huawei P40 ($799)", "Audi R8 ($160,000)")
_CONVERSION_AFTER_RE = re.compile(
    rf"{SPACE}*[(\[](?:[A-Z]{{1,3}})?[$€£¥₹]{SPACE}?(?P<amount>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?)"
)
# a conversion of pounds to dollars or euros in brackets: "960 million pounds ($1.4 billion)"
_STERLING_CONVERSION_RE = re.compile(
    rf"{SPACE}*\((?:US{SPACE}?)?[$€]{SPACE}?(?P<amount>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?)"
    rf"(?:{SPACE}?(?P<scale>[a-z]+))?{SPACE}*\)(?!{SPACE}+(?:of|worth)\b)"
)
# how many dollars or euros a pound has been worth, at most and at least
_STERLING_RATE = (Decimal("1.05"), Decimal("2.5"))
_AMOUNT_ENDS_RE = re.compile(
    rf"{SPACE}*(?:[,.;:!?)\]]|$|{SPACE}(?:a|an|per|each|for|from|to|and|or|in|at|on|with|than|plus|only|instead|while)(?!\w))"
)
# a word, then the first number of a range: "Children between 5 and ", "children 5 to "
_RANGE_AFTER_A_WORD_RE = re.compile(
    rf"(?<![\w'’])(?P<word>[^\W\d_]+){SPACE}+(?:between{SPACE}+)?\d+{SPACE}*(?:and|to|-|–){SPACE}*\Z"
)
# ... and the word right before a range ("Children between 5 and 12")
_WORD_RIGHT_BEFORE_RE = re.compile(rf"(?<![\w'’])(?P<word>[^\W\d_]+){SPACE}+(?:between{SPACE}+)?\Z")
# "killed or wounded", "dead and missing": a casualty word's second
_OR_ANOTHER_RE = re.compile(rf"{SPACE}+(?:or|and){SPACE}")
# ... and before a range of ages: "aged between 24 and 69", "ages 18 to 60"
_AGE_LEAD_RE = re.compile(rf"(?<!\w)(?:[Aa]ged?|[Aa]ges)(?:{SPACE}+(?:between|from))?{SPACE}*\Z")
# "and five" among a counted object's adjectives: a second count (see `_second_count`)
_SECOND_COUNT_RE = re.compile(
    rf"(?<!\w)(?:and|or){SPACE}+(?P<number>\d{{1,3}}(?:,\d{{3}})*|[A-Za-z]+(?:-[a-z]+)?)(?=\s)"
)
_FIRST_COUNT_RE = re.compile(
    rf"(?<![\w.,\-])(?P<number>\d{{1,3}}(?:,\d{{3}})*|[A-Za-z]+(?:-[a-z]+)?){SPACE}+"
    rf"(?P<name>[A-Z][a-z]+|[a-z][a-z\-]+){SPACE}+(?:and|or){SPACE}+\Z"
)
_DESIGNATION_RE = re.compile(r"(?<![\w\-])([A-Z][A-Za-z]{0,2})-\d")  # "Su-35", "J-20", "F-16"
_NAME_WITH_DIGITS_RE = re.compile(r"[A-Za-z]+\d+[A-Za-z\d]*")  # "S7", "A4"; not "T-72", "F-16"
_POINT_NOUN_RE = re.compile(
    rf"(?i)(?<!\w)(?:at|from|to|by|on|up){SPACE}+one{SPACE}+point{SPACE}+\Z"
)
# the two words before a possessive name right before a number: "compared to Tesla's 7,165"
_OWNER_BEFORE_RE = re.compile(
    rf"(?:(?P<two>[\w’'\-]+)[,;]?{SPACE}+)?(?P<one>[\w’'\-]+){SPACE}+[A-Z][\w\-]*['’]s{SPACE}+\Z"
)
# a revision between a comparison's word and its number: "up from a revised 159,000"
_REVISED_BEFORE_RE = re.compile(
    rf"(?i)(?<![\w\-])(?:(?:a|an|the){SPACE}+)?(?:(?:upwardly|downwardly|upward|downward)"
    rf"{SPACE}+)?revised{SPACE}+\Z"
)
_MINUS_BEFORE_RE = re.compile(rf"(?i)(?<![\w])minus{SPACE}+\Z")  # not "the terminus 5 km"
_PER_RE = re.compile(rf"{SPACE}+per(?!\w)")  # "the number of people per doctor": a ratio
# right after the counted object, a possessive or another plural noun: the object is not the
# head of the subject ("the number of soldiers' wives", "of aircraft hangars"); "has", "was",
# (`_AUXILIARIES`) and verbs of level such as "rises" are let through by `_another_head`
_AUXILIARIES = frozenset({"has", "was", "does", "is", "this", "thus", "plus", "its", "his"})
_NOUN_AFTER_RE = re.compile(r"['’]|[ \t]+[a-z]{2,}[^s\W]*(?<![su])s(?!\w)")
# what a measure is of, right after it: "million cubic metres (a day) of (natural) gas"
_OF_WHAT_RE = re.compile(
    rf"(?:{SPACE}+(?:a|per|each){SPACE}+\w+)?{SPACE}+of{SPACE}+"
    rf"(?P<what>(?:[\w\-]+{SPACE}+){{0,2}}[\w\-]+)"
)
# a ratio or a range's start after a number: "2 per 1,000 residents", "1 for every 3", "3 to 1"
_RATIO_AFTER_RE = re.compile(
    rf"{SPACE}+for{SPACE}+(?:every|each)(?!\w)"  # "20 for each place"
    rf"|{SPACE}*(?:-|–|per|out{SPACE}+of|to){SPACE}*\d"
    rf"|{SPACE}+in{SPACE}+\d{{1,3}}(?![\d,.])"  # "1 in 4"; not "500 in 2023"
)
# the end of a range before a number: "300 to", "18-", "1 and"
_RANGE_TAIL_RE = re.compile(
    rf"(?<![\d.,])(?!(?:1[89]|20)\d\d(?!\d))\d[\d.,]*{SPACE}*(?:-|–|—|to|and|or){SPACE}*\Z"
)  # (a year is no range's start: "from 12 in 2016 to 9,000")
# Context searched around a figure for cue words ("¥" in a sentence about Japan).
_CONTEXT_WINDOW = 200


@dataclass(frozen=True)
class UnitRule:
    """What a unit phrase means: the normalised unit, its category and how to scale values."""

    unit: str
    category: str
    factor: Decimal = Decimal(1)
    contexts: tuple[str, ...] = ()  # context names that replace the category when matched
    # (context, unit): the unit the figure takes instead when its sentence is in that context
    units_in_contexts: tuple[tuple[str, str], ...] = ()
    theme: str = ""  # default theme hint, for the pipeline
    counted: bool = False  # a counted object: adjectives may precede it, whole numbers only
    weak_ok: bool = False  # may follow a weak number ("a decade")
    money: bool = False
    # the rule holds only after one of these scale words; after none, or another, `otherwise`
    # does ("38 billion cubic metres" is 38 bcm, "a 150,000 cubic metre tanker" cubic metres)
    only_with_scales: frozenset[str] = frozenset()
    otherwise: UnitRule | None = None
    # ... and also after one of these when a word of `also_near` stands near it in its line
    # ("100 million cubic metres of natural gas" is 0.1 bcm)
    also_with_scales: frozenset[str] = frozenset()
    also_near: re.Pattern[str] | None = None
    only_near: re.Pattern[str] | None = None  # "120mm": only near "rain" (a unit's `only_near`)
    not_near: re.Pattern[str] | None = None  # ... and never near these ("latitude", "banked")
    # the values the unit may take, if bounded: "3,000 degrees" is no weather
    only_between: tuple[Decimal, Decimal] | None = None
    also_not_of: re.Pattern[str] | None = None  # ... unless it is "of timber"
    # the unit phrase whose rule it becomes when "of" and a few words, then one of a rate's
    # words, follow: "150,000 barrels of Russian oil per day" are "barrels per day"
    rate: str = ""
    rate_after: re.Pattern[str] | None = None
    signed: bool = False  # a level below zero keeps its sign: "minus 45 degrees F" is -45
    # the rule holds only right after one of these words ("the past eight quarters"), if any
    only_after: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SharedSign:
    """A currency sign several currencies use ("¥", "N"): each one's cue words in its line;
    without exactly one cued, `scaled_default` before a scale word ("N6.56 trillion"), else
    `default` (None: no currency)."""

    default: UnitRule | None
    candidates: tuple[tuple[UnitRule, re.Pattern[str]], ...]
    scaled_default: UnitRule | None = None


@dataclass(frozen=True)
class HomeCurrencies:
    """What currencies mean on the pages of one country (`[home_currencies.<country>]`)."""

    instead: Mapping[str, str]  # the grammar's reading -> the country's own ("USD" -> "AUD")
    currencies: tuple[Mapping[str, Any], ...] = ()  # signs read only there ("R" for the rand)
    cents: str = ""  # whose cents a bare "cents" counts there, if not a dollar's ("ZAR")
    # the country's own names ("Canada", "Toronto"): an article naming none of them but other
    # countries is a foreign story, whose bare dollars stay US dollars
    names: re.Pattern[str] | None = None


@dataclass(frozen=True)
class NamedCurrencies:
    """The names that tie a shared currency to one country in an article
    (`[named_currencies.<default>]`): `own` the default's ("Kenya"), `others` each other
    country's ("Ugandan shilling")."""

    own: re.Pattern[str]
    others: Mapping[str, re.Pattern[str]]


@dataclass(frozen=True)
class FigureRules:
    """The vocabularies of `data/figures.toml`, compiled."""

    pattern: re.Pattern[str]
    exclusions: re.Pattern[str] | None
    units: Mapping[str, UnitRule]  # normalised phrase written after the number
    prefixes: Mapping[str, UnitRule]  # normalised currency written before the number
    percent: UnitRule
    scales: Mapping[str, Decimal]
    short_scales: frozenset[str]
    number_words: Mapping[str, int]
    hundred: str
    weak_numbers: frozenset[str]
    year_range: tuple[int, int]
    # words before "one in five" that make it a rank or a name ("number one in 15 countries"),
    # and among the three after it that make it a tally ("won one in five games")
    ratio_not_after: frozenset[str]
    ratio_not_before: frozenset[str]
    fractions: Mapping[str, Decimal]
    share_of_a: frozenset[str]  # what may follow a fraction before a scale: "half a million"
    fraction_blocked_after: frozenset[str]
    fraction_blocked_before: re.Pattern[str]
    # "three-quarters of a mile", "a quarter of an hour": a share of one distance or duration
    fraction_of_a_unit: re.Pattern[str] | None
    fraction_change_before: str
    fraction_change_alone: frozenset[str]  # a change by itself before a fraction: "up a third"
    fraction_change_alone_after: frozenset[str]  # ... after one of these: "exports are down"
    percent_level_before: frozenset[str]  # a signed percent after these is a level: "from -0.2%"
    percent_level_not_after: frozenset[str]  # ... unless a change comes first: "a decline from"
    percent_level_subject_verbs: frozenset[str]  # ... or after these and a subject: "rate at"
    percent_level_subjects: frozenset[str]
    contexts: Mapping[str, re.Pattern[str]]
    # the category of each unit, for a unit taken instead in a context (`units_in_contexts`)
    unit_categories: Mapping[str, str]
    trivial_numbers: frozenset[str]
    trivial_determiners: frozenset[str]
    # the numbers a determiner makes a referent of ("the two companies"; not "the seven Russian
    # warships"), and the determiners that make one of any number ("all three")
    trivial_referent_numbers: frozenset[str]
    trivial_any_number_determiners: frozenset[str]
    trivial_party_numbers: frozenset[str]
    trivial_objects: frozenset[str]
    trivial_casualties: frozenset[str]  # ... counted after all as casualties: "two men were killed"
    split_after: frozenset[str]
    range_verbs: frozenset[str]
    theme_hints: Mapping[str, str]  # unit -> default theme
    fixed_words: Mapping[str, tuple[Decimal, UnitRule]] = field(default_factory=dict)
    multiplier: UnitRule | None = None
    multiplier_after: re.Pattern[str] | None = None
    multiplier_before: frozenset[str] = frozenset()
    named_dollars: re.Pattern[str] | None = None  # after "$300.2 billion": "Taiwanese dollars"
    prefix_only_codes: frozenset[str] = frozenset()  # "NIS": never before one or two digits
    ambiguous_prefixes: Mapping[str, SharedSign] = field(default_factory=dict)
    exchange_quoted: re.Pattern[str] | None = None
    exchange_bases: re.Pattern[str] | None = None
    # a base currency's name -> its unit, or the units of the countries that share the name
    # ("shilling"; none for "the local currency": see `_rate_base`)
    exchange_base_units: Mapping[str, str | tuple[str, ...]] = field(default_factory=dict)
    exchange_base_currencies: frozenset[str] = frozenset()  # every unit named above
    # what a shared name reads as when nothing decides ("rupee": INR)
    exchange_shared_defaults: Mapping[tuple[str, ...], str] = field(default_factory=dict)
    # each currency's country by its pages' domain ("ng" -> "NGN") and by its names in a text
    currency_domains: Mapping[str, str] = field(default_factory=dict)
    currency_names: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    country_names: re.Pattern[str] | None = None  # all of those names, in one pattern
    # the currency of the page's country (set by `rules_at_home`), for rates that name none
    exchange_home_base: str = ""
    exchange_rate_subject: re.Pattern[str] | None = None  # "the dollar exchange rate"
    exchange_rate_change: re.Pattern[str] | None = None  # "by 3.5 kopecks", "gained 2%"
    # another subject that moves: "The dollar rose and Toyota's shares climbed to 3,000 yen"
    exchange_other_mover: re.Pattern[str] | None = None
    exchange_level_before: frozenset[str] = frozenset()  # "at", "to": a rate's value follows
    exchange_other_quoted: tuple[str, ...] = ()  # "canadian": not the US dollar
    exchange_quoted_units: Mapping[str, str] = field(default_factory=dict)
    exchange_against: re.Pattern[str] | None = None  # "against", "versus": a rate may follow
    exchange_moving_base: re.Pattern[str] | None = None  # "the rupee ended": ... or this
    exchange_priced_in_quoted: frozenset[str] = frozenset()  # "euro": 1.08 dollars per euro
    # what a base currency that moves is quoted in when no other is named ("The rupee ended at
    # 83.26": INR_per_USD); "" for none
    exchange_default_quoted: str = ""
    exchange_bare_gap: re.Pattern[str] | None = None  # "slipped to": between a move and its level
    exchange_code_pair: re.Pattern[str] | None = None  # "USD/GHS": a pair of currency codes
    # "One US dollar now costs": a quoted currency's price in the amount that follows
    exchange_costs_before: re.Pattern[str] | None = None
    exchange_pair_order: Mapping[str, int] = field(default_factory=dict)  # "EUR" 0, "GBP" 1, ...
    weak_duration_after: frozenset[str] = frozenset()  # "within one month": a duration
    # codes money even glued to one or two digits: "Rs15" (not "USD1", a name)
    glued_codes: frozenset[str] = frozenset()
    scale_only_codes: frozenset[str] = frozenset()  # "Rand": money only before a scale word
    glued_only_codes: frozenset[str] = frozenset()  # "K": money only glued ("K110")
    # verbs of change a fraction follows right away: "shares jumped more than a third in"
    fraction_change_direct: frozenset[str] = frozenset()
    # after a fraction, a comparison that makes it a change: "a third less than" (see
    # `[fractions_change] comparatives`)
    fraction_comparative: re.Pattern[str] | None = None
    # the units a weak number may count all the same: "one kilometre long" (not "a mile")
    weak_measures: Mapping[str, frozenset[str]] = field(default_factory=dict)
    weak_measures_not_after: frozenset[str] = frozenset()  # ... never after "no one"
    # currencies the rules give no rates of ("dram", "the Hong Kong dollar"): a rate that names
    # no base may be theirs
    exchange_other_currencies: re.Pattern[str] | None = None
    casualty: UnitRule | None = None
    plain_count: UnitRule | None = None  # what a counted subject counts ("payrolls grew by")
    casualty_before: frozenset[str] = frozenset()
    # groups of people whose size follows "of": "a family of four" is four people
    people_groups: frozenset[str] = frozenset()
    casualty_moved: frozenset[str] = frozenset()  # ... only before a number ending its phrase
    moved_followers: re.Pattern[str] | None = None  # what may follow such a number
    moved_not_after: frozenset[str] = frozenset()  # "battleship": its tonnage, not people
    casualty_after: re.Pattern[str] | None = None
    # "people over 65": an age limit, never a casualty count
    age_limits: frozenset[str] = frozenset()
    age_groups: frozenset[str] = frozenset()
    casualty_followers: re.Pattern[str] | None = None  # "were injured when ...": its phrase ends
    of_object: re.Pattern[str] | None = None
    # "Among the visitors, 6,151 were male": what a sentence's opening partitive names
    partitive_opening: re.Pattern[str] | None = None
    others_after: re.Pattern[str] | None = None
    people_after: re.Pattern[str] | None = None  # "40 of whom": the last count of people
    predicate_object: re.Pattern[str] | None = None  # "35.3 million were refugees"
    # "a city of more than 1.6 million": the words a population follows, the end of the text
    population_before: re.Pattern[str] | None = None
    vote_sides: re.Pattern[str] | None = None  # "141 votes in favour, five against""
    others_before: frozenset[str] = frozenset()
    compared_before: frozenset[str] = frozenset()
    # "from the previous count of 13,300": "count of" after "previous"
    compared_nouns_of: frozenset[str] = frozenset()
    compared_rate_nouns_of: frozenset[str] = frozenset()  # "close of": after an exchange rate
    compared_earlier: frozenset[str] = frozenset()
    compared_count_nouns: frozenset[str] = frozenset()  # "toll of": only after a count
    compared_counts_only: frozenset[str] = frozenset()  # "out of": only after a count
    named_list_units: frozenset[str] = frozenset()  # "..., Iraq 211,000": besides counts
    # "835 motorcycles": a plural noun the vocabulary lacks after a number (`_open_count`)
    open_count_after: re.Pattern[str] | None = None
    open_count_not_nouns: frozenset[str] = frozenset()
    # what shared currency signs mean on a country's pages (see `metrics.home_currency`)
    home_currencies: Mapping[str, HomeCurrencies] = field(default_factory=dict)
    home_hosts: Mapping[str, str] = field(default_factory=dict)  # "dawn.com" -> "pk"
    home_host_words: tuple[tuple[str, str], ...] = ()  # "lanka" in a .com host -> "lk"
    # sites that file each paper under its country's name: "pressreader.com" -> {"australia": "au"}
    home_paths: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    named_currencies: Mapping[str, NamedCurrencies] = field(default_factory=dict)
    # what decides a temperature's unstated scale (see `metrics.temperature`)
    temperature_scales: TemperatureScales | None = None
    # the parsed TOML, to compile a country's variant with its own signs (`rules_at_home`)
    source_data: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    # compiled by `rules_at_home`; not passed on by `dataclasses.replace`
    home_variants: dict[str, FigureRules] = field(
        default_factory=dict, init=False, compare=False, repr=False, hash=False
    )
    compared_after: re.Pattern[str] | None = None  # what may follow the compared number
    continued_after: re.Pattern[str] | None = None  # what may follow a continued number
    continued_before: frozenset[str] = frozenset()  # words a number without scale may follow
    continued_not_after: frozenset[str] = frozenset()  # words it may never follow ("of")
    money_subjects: re.Pattern[str] | None = None  # "trade": an amount's subject, money
    money_subjects_not: re.Pattern[str] | None = None  # "gas": a sentence of goods' volumes
    continued_kinds: re.Pattern[str] | None = None  # "28 medals, 38 silver": a kind, noun left out
    # the words before, and what may follow, a small bare number that takes a unit (the union
    # of the cues of the casualty, "N of the M", "others" and exchange-rate rules)
    # (made from the cues in `__post_init__`, so `dataclasses.replace` keeps them in step)
    elliptical_before: frozenset[str] = field(init=False, default=frozenset())
    elliptical_after: re.Pattern[str] | None = field(init=False, default=None)
    compared_not_after: frozenset[str] = frozenset()
    # "the number of flights rose to 230": what a sentence counts ("number of ...", "death
    # toll"), where a bare number after one of `subject_level_before` may take it from
    subject: re.Pattern[str] | None = None
    # "the casualties swelled to 15,207": a counted object itself the subject, right before
    object_subject_verbs: frozenset[str] = frozenset()  # "swelled" (then "to"/"at")
    object_subject_reach: frozenset[str] = frozenset()  # "exceeded" (then the number)
    object_subject_not_after: frozenset[str] = frozenset()  # "flights between the countries"
    plain_count_unit: str = "count"  # the unit of things merely counted (no subject of a level)
    object_subject_counts: frozenset[str] = frozenset()  # ... but these: "births fell to 9 million"
    object_subject_ratios: frozenset[str] = frozenset()  # "per": "deaths per 1,000 fell to 8"
    tally_name_heads: frozenset[str] = frozenset()  # "China Eastern Airlines: 1.2 million"
    # "2,282 trillion rubles": a decimal comma before these scales in these currencies
    decimal_comma_scales: frozenset[str] = frozenset()
    decimal_comma_hundreds: frozenset[str] = frozenset()  # "190,271 billion dollars"
    decimal_comma_hundreds_currencies: frozenset[str] = frozenset()
    decimal_comma_currencies: frozenset[str] = frozenset()
    # "We want to increase their number to 100,000": a number of the count named before
    number_back: re.Pattern[str] | None = None
    subject_verbs: frozenset[str] = frozenset()  # "the released soldiers numbered 248"
    subject_level_before: frozenset[str] = frozenset()
    subject_after: re.Pattern[str] | None = None  # what may follow the number
    subject_level_verbs: frozenset[str] = frozenset()  # "rose to", "stood at"
    subject_causatives: frozenset[str] = frozenset()  # "brought the number of ... to"
    subject_change_tails: frozenset[str] = frozenset()  # "rose 25 percent year-on-year to"
    subject_clause_words: frozenset[str] = frozenset()  # "as", "after", "aged": another clause
    casualty_singular_after: re.Pattern[str] | None = None  # "one person was killed"
    # "..., bringing the total to 200,590": a running total of the count before it
    total_phrase: re.Pattern[str] | None = None  # a causative, words, "to", before the number
    total_words: frozenset[str] = frozenset()  # one of them among those words
    total_determiners: frozenset[str] = frozenset()  # may come before ("the", "its")
    total_nouns: frozenset[str] = frozenset()  # may come after ("losses")
    total_time_words: frozenset[str] = frozenset()  # may start what follows ("since ...")
    total_not_after: frozenset[str] = frozenset()  # counts after these are no total's
    # "63 entities in Russia and 42 in China": what follows each side, and may precede the second
    parallel_after: re.Pattern[str] | None = None  # after the number
    parallel_after_last: re.Pattern[str] | None = None  # after the count before it
    parallel_before: frozenset[str] = frozenset()
    obtained_verbs: frozenset[str] = frozenset()
    fraction_change_verbs: frozenset[str] = frozenset()
    fraction_level_before: re.Pattern[str] | None = None  # "reached a quarter."
    fraction_level_subject: re.Pattern[str] | None = None  # "share": what such a level is of
    fraction_level_alone: frozenset[str] = frozenset()  # "accounted for": a share by itself
    split_after_to: frozenset[str] = frozenset()
    count_short_scales: frozenset[str] = frozenset()  # also before counted objects: "36K rounds"
    # ... and before the objects of some units ("5m people"), except some ("100m athletes")
    unit_short_scales: Mapping[str, frozenset[str]] = field(default_factory=dict)
    unit_short_scales_below: Decimal = Decimal("Infinity")  # ... after a number below this
    short_scales_not_before: frozenset[str] = frozenset()
    model_words: frozenset[str] = frozenset()  # "Leopard 2 tanks": a model, no count (as written)
    # ... and words that name one only after one of theirs ("Executive Order 12")
    model_words_after: Mapping[str, frozenset[str]] = field(default_factory=dict)
    singulars: Mapping[str, UnitRule] = field(default_factory=dict)  # "one drone"
    casualty_singulars: frozenset[str] = frozenset()  # only as casualties: "killed one person"
    # "two Tu-95s": the unit of a model's plural by its designation ("Tu"), else the default
    model_plural_units: Mapping[str, UnitRule] = field(default_factory=dict)
    # objects a model's designation before them says more of: "12 Su-35 fighters" are aircraft
    designated_objects: frozenset[str] = frozenset()
    model_plural_default: UnitRule | None = None
    # lower-case adjectives two counts of one object contrast ("52 eastbound and 51 westbound")
    paired_adjectives: frozenset[str] = frozenset()
    # an airliner's model ("A350", "777-9") and what its plural counts ("22 A350s")
    airliner: re.Pattern[str] | None = None
    airliner_unit: UnitRule | None = None
    # fixed words that hold only after one of some words ("will double", not "double standards")
    fixed_only_after: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # ... or before one of these: "was double the amount"
    fixed_or_followed_by: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    # after a word of change, " as" and what makes it a change, not a role ("tripled as
    # manufacturing boomed"; `[fixed_words] as_change_verbs`)
    fixed_as_change: re.Pattern[str] | None = None
    # range connectors that join only numbers of a size ("or"), and those that list two figures
    # sharing a unit ("25 million and 14 million tons")
    size_connectors: frozenset[str] = frozenset()
    list_connectors: frozenset[str] = frozenset()
    # where figures can start, found fast (see `metrics.figure_starts`); None: search everywhere
    starts: FigureStarts | None = None
    # the exclusions `starts` reports ends for: a copy of the rules with other exclusions
    # (`dataclasses.replace`) searches for them everywhere
    exclusions_scanned: re.Pattern[str] | None = None
    # the same exclusions one by one, as written: only those that may match near a figure
    # are searched there (`_Lines.excluded`)
    exclusion_texts: tuple[str, ...] = ()
    # "two countries" written out, the commonest figure-like phrase that is none: turned down
    # before the grammar is tried (see `_trivial_pair_regex`)
    trivial_pair: re.Pattern[str] | None = None
    # a date or time starting at a number, and the months a day follows (`[date_numbers]`):
    # no figure starts there (see `_in_a_date`)
    date_number_at: re.Pattern[str] | None = None
    date_months: frozenset[str] = frozenset()
    source: str = ""
    # values of number strings already read (see `_parse_number`); not part of the rules' value,
    # and not passed on by `dataclasses.replace`: rules with other number words read anew
    number_cache: dict[str, Decimal | None] = field(
        default_factory=dict, init=False, compare=False, repr=False, hash=False
    )
    # the exclusions of some indices compiled together (see `_Lines.excluded`), as asked for
    exclusion_subsets: dict[tuple[int, ...], re.Pattern[str] | None] = field(
        default_factory=dict, init=False, compare=False, repr=False, hash=False
    )

    def exclusions_among(self, indices: tuple[int, ...]) -> re.Pattern[str] | None:
        """`exclusions` with only the patterns of these indices, in their order."""
        pattern = self.exclusion_subsets.get(indices)
        if pattern is None:
            texts = [self.exclusion_texts[index] for index in indices]
            pattern = self.exclusion_subsets[indices] = _compile_exclusions(texts, self.source)
        return pattern

    def __post_init__(self) -> None:
        # the cues of `_may_refer`'s first check, from the rules' own (also after `replace`)
        cues_after = [
            pattern.pattern
            for pattern in (
                self.exchange_quoted,
                self.casualty_after,
                self.casualty_singular_after,
                self.of_object,
                self.others_after,
                self.people_after,
                self.predicate_object,
                self.vote_sides,
            )
            if pattern is not None
        ]
        before = self.casualty_before | self.others_before
        before |= {f"{group} of" for group in self.people_groups}
        before |= self.compared_before | self.compared_nouns_of | self.compared_rate_nouns_of
        cues_after.append(_OF_A_COUNT_RE.pattern)  # "62 of the 78 councils"
        after = re.compile("|".join(f"(?:{cue})" for cue in cues_after)) if cues_after else None
        object.__setattr__(self, "elliptical_before", before)
        object.__setattr__(self, "elliptical_after", after)


@dataclass(frozen=True, slots=True)
class _Quantity:
    """A figure before its sentence and category are attached."""

    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    rule: UnitRule
    qualifier: str


def load_figure_rules(path: str | Path | None = None) -> FigureRules:
    """Load and compile figure vocabularies from a TOML file (default: `data/figures.toml`)."""
    if path is None:
        return _load_default_rules()
    path = Path(path)
    return _compile_rules(_read_toml(path), source=str(path))


@functools.lru_cache(maxsize=1)
def _load_default_rules() -> FigureRules:
    """The bundled vocabularies, compiled once per process."""
    return _compile_rules(_read_toml(DEFAULT_RULES_PATH), source=str(DEFAULT_RULES_PATH))


_HYPHEN_BEFORE_A_WORD_RE = re.compile(r"[\u2010\u2011](?=\w)")
_EDITORIAL_SCALE_RE = re.compile(
    r"(?<=\d )\[((?:bln|billion|mln|million|trillion|thousand|bn|mn)\b[^\[\]\n]{0,30})\]"
)


def extract_figures(
    text: str,
    *,
    rules: FigureRules | None = None,
    sentences: Sequence[tuple[int, int]] | None = None,
) -> list[Figure]:
    """Find the figures in `text`, in order of appearance.

    `sentences` may pass spans already computed by `split_sentences(text)`; `theme`,
    `period_start` and `period_end` are left empty for the pipeline to fill.
    """
    if not text:
        return []
    rules = rules or _load_default_rules()
    written = text  # the figures' surfaces and sentences as written
    if "\u2010" in text or "\u2011" in text:
        # "Tu‑95", "10‑15 percent": read a hyphen (U+2010) or a non-breaking hyphen (U+2011)
        # before a word as "-", one character for one, so every offset holds (not a word split
        # at a line's end: "300,000 bar‐ rels")
        text = _HYPHEN_BEFORE_A_WORD_RE.sub("-", text)
    if "[" in text:
        # an editor's scale word in square brackets: "reach 38 [bln cubic meters]", "nearly
        # $200 [million]" read as written without the brackets, one character for one
        text = _EDITORIAL_SCALE_RE.sub(lambda found: f" {found.group(1)} ", text)
    candidates = rules.starts.scan(text) if rules.starts is not None else None
    quantities = _find_quantities(
        text,
        rules,
        candidates.starts if candidates else None,
        candidates.leads_before if candidates else None,
    )
    if not quantities:
        return []
    scanned = rules.exclusions_scanned is rules.exclusions  # (not another rules' copy)
    lines = _Lines(
        text,
        rules.exclusions,
        sentences,
        [(quantity.start, quantity.end) for quantity in quantities],
        candidates.exclusions_in if candidates and scanned else None,
        rules.exclusions_among if rules.exclusion_texts else None,
    )
    context_cache: dict[tuple[int, str], bool] = {}
    sentence_texts: dict[tuple[int, int], str] = {}  # figures of one sentence share its text
    figures: list[Figure] = []
    for quantity in quantities:
        if lines.excluded(quantity.start, quantity.end):
            continue
        sentence_start, sentence_end = lines.sentence(quantity.start, quantity.end)
        sentence = sentence_texts.get((sentence_start, sentence_end))
        if sentence is None:
            sentence = sentence_texts[sentence_start, sentence_end] = written[
                sentence_start:sentence_end
            ]
        rule = quantity.rule
        category, unit = rule.category, rule.unit
        for context in rule.contexts:
            if _in_context(sentence_start, sentence, context, rules, context_cache):
                category = context
                break
        for context, other_unit in rule.units_in_contexts:
            if _in_context(sentence_start, sentence, context, rules, context_cache):
                # "sanctioned 50 individuals": counted entities; "217 police officers": people
                unit = other_unit
                category = rules.unit_categories.get(unit, category)
                break
        figures.append(
            Figure(
                category=category,
                value=float(quantity.value),
                unit=unit,
                surface=written[quantity.start : quantity.end],
                start=quantity.start,
                end=quantity.end,
                sentence=sentence,
                sentence_start=sentence_start,
                sentence_end=sentence_end,
                qualifier=quantity.qualifier,
                value_max=None if quantity.value_max is None else float(quantity.value_max),
            )
        )
    return figures


def _in_context(
    sentence_start: int,
    sentence: str,
    context: str,
    rules: FigureRules,
    known: dict[tuple[int, str], bool],
) -> bool:
    """Whether `sentence` holds a word of `[contexts]` `context` (remembered in `known`)."""
    key = (sentence_start, context)
    found = known.get(key)
    if found is None:
        pattern = rules.contexts.get(context)
        found = known[key] = bool(pattern and pattern.search(sentence))
    return found


class _Lines:
    """Sentences and excluded spans of a text, worked out only around candidate figures.

    A figure's sentence is found by deciding only the sentence ends next to it
    (`SentenceLocator`), and exclusions are searched only in windows where one may end
    (`FigureStarts` reports where): searching a dozen exclusion patterns and splitting whole
    texts would cost more than finding the figures.
    """

    def __init__(
        self,
        text: str,
        exclusions: re.Pattern[str] | None,
        sentences: Sequence[tuple[int, int]] | None,
        figures: Sequence[tuple[int, int]] = (),
        exclusions_in: Callable[[list[tuple[int, int]]], tuple[list[int], list[int]] | None]
        | None = None,
        exclusions_among: Callable[[tuple[int, ...]], re.Pattern[str] | None] | None = None,
    ) -> None:
        """`figures`: the spans `excluded` will be asked about, in order; `exclusions_in`:
        where exclusions may end in some windows, and which (see `FigureStarts`)."""
        self._text = text
        self._exclusions = exclusions
        self._figures = figures
        self._exclusions_in = exclusions_in
        # `exclusions` with only some of its patterns, by their indices
        self._exclusions_among = exclusions_among
        self._exclusion_ends: tuple[list[int], list[int]] | object | None = _UNREAD
        self._given = list(sentences) if sentences is not None else None
        self._given_starts = [start for start, _ in self._given or ()]
        self._sentences = SentenceLocator(text)

    def _line(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the line holding `[start, end)`."""
        text = self._text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if line_end < 0:
            line_end = len(text)
        return line_start, line_end

    def _window(self, start: int, end: int) -> tuple[int, int]:
        """Where exclusions are looked for around `[start, end)`: near it, on its line."""
        line_start, line_end = self._line(start, end)
        return max(line_start, start - EXCLUSION_WINDOW), min(line_end, end + EXCLUSION_WINDOW)

    def excluded(self, start: int, end: int) -> bool:
        """Whether `[start, end)` overlaps a span matched by an exclusion pattern."""
        if self._exclusions is None:
            return False
        window_start, window_end = self._window(start, end)
        exclusions: re.Pattern[str] | None = self._exclusions
        found = self._ends()
        if found is not None:
            ends, ids = found
            # A match overlapping the figure ends after `start`, within the window: if no
            # exclusion may end there, none does.
            after = bisect.bisect_right(ends, start)
            until = bisect.bisect_right(ends, window_end, after)
            if after == until:
                return False
            if self._exclusions_among is not None:
                # Only the exclusions that may match in the window, in their order: the others
                # match nowhere there, so the search finds the very same matches (one pattern
                # costs some 3 µs on a window, all of them 15 to 35).
                first = bisect.bisect_left(ends, window_start, 0, after)
                exclusions = self._exclusions_among(tuple(sorted(set(ids[first:until]))))
        return exclusions is not None and any(
            match.start() < end and match.end() > start
            for match in exclusions.finditer(self._text, window_start, window_end)
        )

    def _ends(self) -> tuple[list[int], list[int]] | None:
        """Where exclusions may end in the windows of all the figures, and which; None if
        not known. One scan, when first asked, of every window (overlapping ones merged)."""
        if self._exclusion_ends is _UNREAD:
            windows: list[tuple[int, int]] = []
            for start, end in sorted(self._window(start, end) for start, end in self._figures):
                if windows and start <= windows[-1][1]:
                    windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
                else:
                    windows.append((start, end))
            self._exclusion_ends = (
                self._exclusions_in(windows) if self._exclusions_in and windows else None
            )
        return self._exclusion_ends  # type: ignore[return-value]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The span of the sentence holding `[start, end)`, widened to cover it if needed."""
        if self._given is not None:
            index = bisect.bisect_right(self._given_starts, start) - 1
            spans = self._given[index : index + 1] if index >= 0 else []
        else:
            return self._sentences.around(start, end, self._line(start, start))
        sentence_start, sentence_end = spans[0] if spans else (start, end)
        return min(sentence_start, start), max(sentence_end, end)


# --- match handling ------------------------------------------------------------------------------


def _find_quantities(
    text: str,
    rules: FigureRules,
    starts: list[int] | None = None,
    leads_before: Callable[[int], list[int]] | None = None,
) -> list[_Quantity]:
    """Scan `text` once; after a rejected match, resume right after its first number.

    `starts`: the sorted positions where a figure may start (`FigureStarts`), None for all;
    `leads_before(start)`: the starts of the lead words right before a start ("more than").

    Resuming there keeps a refused candidate from hiding a real figure it swallowed, as in
    "from $190 billion in 2022 to $240 billion" where "2022 to ..." is no range.
    """
    quantities: list[_Quantity] = []
    search = _searcher(text, rules, starts, leads_before)
    position = 0
    while (match := search(position)) is not None:
        found = _quantities_from_match(match, text, rules, quantities)
        if found:
            for this in found:
                if quantities and _joins_a_range(text, quantities, this):
                    last = quantities.pop()  # "between 450 km and 690 km": one range
                    this = replace(last, end=this.end, value_max=this.value)
                elif (whole := _compound_number(text, this, rules)) is not None:
                    # "$1 billion 700 million": one amount (and the first part not read alone)
                    while quantities and quantities[-1].end > whole.start:
                        quantities.pop()
                    this = whole
                quantities.append(this)
            position = found[-1].end  # before `match.end()` when the match was cut short
        else:
            position = max(
                match.end("number1"),
                match.end("fraction"),
                match.start("fixed") if match.group("fold_low") else match.end("fixed"),
                match.start() + 1,
            )
    return quantities


# a range's two ends each with its unit: "between 450 km and 690 km", and a conversion of a
# range in brackets right after it: "between 300 and 700 kilometers (186 and 435 miles)"
_RANGE_JOIN_RE = re.compile(r"[ \t]+(?:and|to)[ \t]+")
_BETWEEN_BEFORE_A_RANGE_RE = re.compile(r"(?<![\w\-])[Bb]etween[ \t]+\Z")
_BRACKET_AFTER_A_RANGE_RE = re.compile(r"[ \t]*\([ \t]*\Z")


def _compound_number(text: str, this: _Quantity, rules: FigureRules) -> _Quantity | None:
    """`this` with the larger part of a number written in two scales before it, as translated
    Russian and Chinese news writes amounts: "$1 billion 700 million" (1.7 billion), "1 million
    100 thousand passengers", "1 trillion and 665 million yuan". Only when `this` has a scale
    word of its own, smaller than the part's ("5 million 20 years" is no number)."""
    if this.value_max is not None or this.start < 4 or not text[this.start - 1].isspace():
        return None
    own = _SCALED_PART_RE.match(text, this.start, this.end)
    if own is None:
        return None  # (the first test: most figures have no scale word, or a sign first)
    head = _LARGER_PART_RE.search(text, max(0, this.start - _LOOKBACK), this.start)
    if head is None:
        return None
    larger = rules.scales.get(head.group("scale").lower())
    smaller = rules.scales.get(own.group("scale").lower())
    number = _parse_number(head.group("number"), rules)
    if larger is None or smaller is None or number is None or not smaller < larger:
        return None
    value = this.value + number * larger * this.rule.factor
    return replace(this, start=head.start(), value=value)


# the part with the smaller scale ("700 million"), and the one before it ("$1 billion ")
_SCALED_PART_RE = re.compile(r"[\d.,]+[ \t]+(?P<scale>thousand|million|billion|mln|bln)\b")
_LARGER_PART_RE = re.compile(
    r"(?<![\w.,])(?:[$€£¥][ \t]?)?(?P<number>\d+(?:\.\d+)?)[ \t]+"
    r"(?P<scale>trillion|billion|million|trln|bln|mln)[ \t]+(?:and[ \t]+)?\Z"
)


def _joins_a_range(text: str, quantities: Sequence[_Quantity], this: _Quantity) -> bool:
    """Whether `this` is the other end of a range the last quantity opens (see `_RANGE_JOIN_RE`):
    the same unit, joined by "and"/"to", after "between" or a bracket right after a range."""
    last = quantities[-1]
    if last.rule is not this.rule or last.value_max is not None or this.value_max is not None:
        return False
    if this.qualifier or not _RANGE_JOIN_RE.fullmatch(text, last.end, this.start):
        return False
    if last.value >= this.value:
        return False
    lead = last.start - len(last.qualifier) - 1 if last.qualifier else last.start
    if _BETWEEN_BEFORE_A_RANGE_RE.search(text, max(0, lead - 10), max(0, lead)):
        return True
    return (
        len(quantities) > 1
        and quantities[-2].value_max is not None
        and bool(_BRACKET_AFTER_A_RANGE_RE.search(text, quantities[-2].end, last.start))
    )


def _searcher(
    text: str,
    rules: FigureRules,
    starts: list[int] | None,
    leads_before: Callable[[int], list[int]] | None = None,
) -> Callable[[int], re.Match[str] | None]:
    """`search(position)`: the first match of the grammar at or after `position`.

    Tried only at `starts` and the lead words before them, when known (the same matches as
    searching every position, much faster), else at every position. Never at a date's number
    (`_in_a_date`), though at the lead words before it; nor at a year standing alone, nor at
    its lead words.
    """
    if starts is None:

        def search_all(position: int) -> re.Match[str] | None:
            while (found := rules.pattern.search(text, position)) is not None and _in_a_date(
                text, found.start(), rules
            ):
                position = found.start() + 1  # as `starts` would go on to the next start
            return found

        return search_all
    match = rules.pattern.match
    trivial = rules.trivial_pair.match if rules.trivial_pair is not None else None
    trivial_firsts = _first_letters(rules.trivial_numbers)
    index = 0  # the next start to try: `_find_quantities` only ever asks further on
    queued: list[int] = []  # a start and its lead words still to try, the next one last

    def search(position: int) -> re.Match[str] | None:
        nonlocal index
        while True:
            while queued:
                start = queued.pop()
                if start >= position and (found := match(text, start)) is not None:
                    return found
            if index >= len(starts):
                return None
            start = starts[index]
            index += 1
            if start < position:
                continue
            # (the lead words before a date's number or a trivial pair are still tried: "about
            # 5 pm police" is read, then dropped as a time, but names what a later number
            # counts; "killed up to two men" is a casualty from "up", and so is "killed as few
            # as two countries’ ...", where no object follows)
            tried = True
            if "0" <= text[start] <= "9":  # (a year or a date starts with a digit)
                if _a_year_alone(text, start):
                    continue  # (its lead words too: "in 2024," is a bare year from any start)
                if _no_number_at(text, start) or _in_a_date(text, start, rules):
                    tried = False
            elif (
                trivial is not None
                and text[start] in trivial_firsts
                and (pair := trivial(text, start)) is not None
                and not (
                    _normalise(pair.group("object")) in rules.trivial_casualties
                    and _a_casualty(pair, text, rules)
                )
            ):
                tried = False  # "two countries": `_quantities_from_match` would turn it down
            if leads_before is not None and (leads := leads_before(start)):
                if tried:
                    queued.append(start)
                queued.extend(reversed(leads))  # (tried first, in order, by the loop's top)
            elif tried and (found := match(text, start)) is not None:
                return found

    return search


@functools.lru_cache(maxsize=8)
def _first_letters(words: frozenset[str]) -> frozenset[str]:
    """The first letters of `words`, in both cases."""
    return frozenset(c for word in words if word for c in (word[0].lower(), word[0].upper()))


def _trivial_pair_regex(
    trivial: Mapping[str, Any], units: Mapping[str, UnitRule]
) -> re.Pattern[str] | None:
    """A number of [trivial] numbers right before one of its objects ("two countries"), as the
    grammar would read it: `_quantities_from_match` turns such a match down first thing.
    (No unit phrase goes on from a trivial object, "countries ...", so no longer match of the
    grammar can start there: `tests/test_figures.py` checks it.)"""
    # (only objects the grammar reads as a unit: after another, "two governments ministers",
    # it may go on to read adjectives and an object)
    numbers = trivial.get("numbers", [])
    objects = [word for word in trivial.get("objects", []) if _normalise(word) in units]
    if not numbers or not objects:
        return None
    return re.compile(rf"(?:{_alternation(numbers)}){SPACE}+(?P<object>{_alternation(objects)})")


def _a_year_alone(text: str, start: int) -> bool:
    """Whether four digits at `start` end their phrase ("in 2024.", "in 2023, ..."): the
    grammar would match them as a bare number, which `_quantities_from_match` turns down at
    once; trying it costs more than this look (a few in every article)."""
    after = text[start + 4 : start + 6]
    if not after:
        return text[start : start + 4].isdigit() and len(text) == start + 4
    if after[0] not in _YEAR_ENDS or (after[0] in ".," and after[1:].isdigit()):
        return False  # "2025 tonnes", "2025.5", "2025,000" (a decimal comma)
    return text[start : start + 4].isdigit()


def _no_number_at(text: str, start: int) -> bool:
    """Whether the grammar surely matches nothing at the digits at `start`: they follow what
    `NUMBER_START` refuses ("3,200" at "200", "2025-09-02" at "09"), or they end in an ordinal
    or decade suffix (`DIGITS`: "21st", "80th", "1930s"), which no other branch reads. Telling
    costs less than the try, and starts like these are common."""
    before = text[start - 1 : start]
    if before:
        if before.isalnum() or before in _NOT_BEFORE_A_NUMBER:  # (`\w` or a sign)
            return True
        if before == "-" or before == "+":
            earlier = text[start - 2 : start - 1]
            if before == "-" and earlier and not (earlier.isspace() or earlier in "(-"):
                return True
            if before == "+" and earlier and (earlier.isalnum() or earlier in "_."):
                return True
    return _SUFFIXED_DIGITS_RE.match(text, start) is not None


# what `NUMBER_START` refuses right before a number, `\w` aside
_NOT_BEFORE_A_NUMBER = frozenset("_.,/:#&$€£¥₽₹")
# digits that end in an ordinal or decade suffix, which `DIGITS` never reads
_SUFFIXED_DIGITS_RE = re.compile(r"\d+(?:(?i:st|nd|rd|th|s)|['’]s)\b")


def _in_a_date(text: str, start: int, rules: FigureRules) -> bool:
    """Whether the digits at `start` are part of a date or a time of day ("May 16", "14 March",
    "2025-09-02", "3 pm"): no figure starts there (`[date_numbers]`), and telling costs far less
    than trying the grammar, which reads "16" or "14" as a bare number and turns it down."""
    if not ("0" <= text[start] <= "9"):
        return False
    digits_end = start + 1
    while digits_end < len(text) and digits_end - start < 4 and text[digits_end].isdigit():
        digits_end += 1
    if (
        rules.date_number_at is not None
        and text[digits_end : digits_end + 1] in _DATE_AT_FOLLOWERS
        and rules.date_number_at.match(text, start)
    ):
        return True
    return digits_end - start <= 2 and _a_day_after_its_month(text, start, rules.date_months)


def _a_day_after_its_month(text: str, start: int, months: frozenset[str]) -> bool:
    """Whether the one or two digits at `start` are the day after a month and one space ("May
    16", "Sept. 2"), a month no day comes before ("2 May 16 soldiers": 16 counts)."""
    if start < 4 or text[start - 1] != " " or not months:
        return False
    # (the month starts the text or its line, or a space comes before it within the reach)
    reach = max(0, start - _MONTH_REACH)
    word_start = max(text.rfind(" ", reach, start - 1), text.rfind("\n", reach, start - 1)) + 1
    word = text[word_start : start - 1]
    if word.endswith("."):
        word = word[:-1]
    if word not in months or not _DAY_RE.match(text, start):
        return False  # "May 160 troops"
    return not _DAY_BEFORE_RE.search(text, max(0, word_start - _MONTH_REACH), word_start)


def _day_before_a_month(months: Sequence[str]) -> list[str]:
    """The pattern of a day before its month ("14 March", "2nd of September"), if any months."""
    if not months:
        return []
    names = "|".join(re.escape(month) for month in sorted(months, key=len, reverse=True))
    # (spaces within the line, a few at most: an exclusion is looked for on the figure's line)
    space = r"[ \t\u00a0\u202f]{1,3}"
    return [rf"\d{{1,2}}(?:st|nd|rd|th)?{space}(?:of{space})?(?:{names})\b"]


# what may follow the digits of a date or time at a number: a space, a separator, "st", "th",
# "am", "pm"
_DATE_AT_FOLLOWERS = frozenset(" \t\u00a0\u202f-./:sntrapAP")
_MONTH_REACH = 12  # "September." and a space
_DAY_RE = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\b")
_DAY_BEFORE_RE = re.compile(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?\Z")


# a number joined to its unit: "one-day", "10\u2013fold" (an en dash, as typeset)
_HYPHENS = ("-", "\u2013")

# what may follow four digits that end their phrase: no scale, unit, connector or decimal
_YEAR_ENDS = frozenset(",.;:)]!?\n\"'\u201d\u2019")


# a percent sign or word right after an amount ("R 10.5% growth")
_PERCENT_AFTER_RE = re.compile(r"[ \t]?%|[ \t]+(?i:per[ \t]?cent|percent)\b")

# what joins a range whose first end shares the second's thousands ("30-40,000")
_SHARED_THOUSANDS_CONNECTORS = frozenset({"-", "\u2013", "to"})

# the groups of the grammar every match is read for, fetched at once
_GROUPS = (
    "qualifier", "fraction", "fixed", "number1", "number2", "scale1", "scale2", "currency1",
    "currency2", "unit", "object", "percent1", "connector", "single", "single_digit",
    "model_plural",
)  # fmt: skip


# scale words in the plural, a number's only after it ("Rs 3.63 billions"), and what makes them a
# crowd's ("millions of people")
_PLURAL_SCALES = frozenset({"millions", "billions", "trillions"})
_OF_AFTER_RE = re.compile(rf"{SPACE}+of(?!\w)")


def _points_of_a_percentage(
    text: str, start: int, end: int, value: Decimal, rules: FigureRules
) -> bool:
    """Whether "N points" at `start:end` are percentage points: a fraction of one below ten
    ("down 0.1 points", "up by 0.20 point"), a change on the way to a percentage ("plummeting
    by 20 points to 24%"), or a lead or a margin in a poll's line (`[contexts] polls`: "Davis
    leads by 10 points in the poll", "a margin of error of two points")."""
    if value < 10 and value != value.to_integral_value():
        return True
    if _TO_A_PERCENTAGE_RE.match(text, end) is not None:
        return True
    polls = rules.contexts.get(_POLLS)
    return polls is not None and polls.search(_line_window(text, start, end)) is not None


_POLLS = "polls"  # the context in which a lead or a margin in points is in percentage points


_BARE_POINTS = frozenset({"points", "point"})
_TO_A_PERCENTAGE_RE = re.compile(
    rf"{SPACE}*,?{SPACE}*to{SPACE}+\d+(?:\.\d+)?{SPACE}*(?:%|per{SPACE}?cent|percent|pct)"
)


def _a_price_after(text: str, end: int, number: str) -> bool:
    """Whether what follows a sign's one or two digits makes them a price ("P45 per kilo", "P40
    (US$0.72)"), not a name."""
    if _PRICE_AFTER_RE.match(text, end):
        return True
    converted = _CONVERSION_AFTER_RE.match(text, end)
    return converted is not None and float(converted["amount"].replace(",", "")) < int(number)


def _two_currencies(currency1: str | None, currency2: str | None, rules: FigureRules) -> bool:
    """Whether the two ends of a range or list name two currencies ("$800 and R2 billion": two
    amounts, no shared scale); two spellings of one are one ("Rs 5 to Rs. 10 crore", "€5 to EUR
    10 million"), as are a dollar sign and a country's dollar ("A$268 - $368 billion")."""
    if not (currency1 and currency2) or ("$" in currency1 and "$" in currency2):
        return False
    first, second = _normalise(currency1), _normalise(currency2)
    return first != second and not _sign_units(first, rules) & _sign_units(second, rules)


def _sign_units(sign: str, rules: FigureRules) -> set[str]:
    """Every currency a sign (normalised) may mean: its own, and a shared sign's candidates."""
    rule = rules.prefixes.get(sign)
    units = {rule.unit} if rule is not None else set()
    shared = rules.ambiguous_prefixes.get(sign)
    if shared is not None:
        units.update(candidate.unit for candidate, _ in shared.candidates)
        units.update(r.unit for r in (shared.default, shared.scaled_default) if r is not None)
    return units


def _quantities_from_match(
    match: re.Match[str], text: str, rules: FigureRules, previous: Sequence[_Quantity] = ()
) -> list[_Quantity]:
    """Turn one regex match into zero, one or two quantities ("from X to Y" gives two)."""
    end = match.end()
    if end in (match.end("number1"), match.end("plus")) and match.start("currency1") < 0:
        # A bare number, most matches: turned down here when it surely is no figure.
        number = match.group("number1")
        if len(number) == 4 and number.isdigit():
            return []  # a bare year ("in 2024"), the commonest number in news: see `_elliptical`
        value = _parse_number(number, rules)
        if (
            value is not None
            and text.startswith((" in ", " out of "), end)
            and (share := _ratio(match, text, rules, value))
        ):
            return share  # "one in five" of them: 20 %
        if (
            value is not None
            and text[match.start() - 1 : match.start()] == "("
            and (tally := _tally(match, text, rules, value, previous))
        ):
            return tally  # "in Meru (111), followed by Eldoret (102)"
        if (
            value is not None
            and previous
            and text[match.start() - 1 : match.start()] in _CHANGE_SIGNS
            and (change := _bracketed_change(match, text, rules, value, previous[-1]))
        ):
            return change  # a poll's "Labour 44% (-3)": percentage points
        if value is None or (
            value < CONTINUED_MIN
            and not _may_refer(
                text, match.start(), end, _previous_words(text, match.start()), rules
            )
        ):
            # "two", "15" without a cue word (the first test of `_elliptical`); "835
            # motorcycles", a noun the vocabulary lacks
            return _open_count(match, text, rules, value)
    (
        qualifier, fraction, fixed, number1, number2, scale1, scale2, currency1, currency2,
        unit, counted_object, percent, connector, single, single_digit, model_plural,
    ) = match.group(*_GROUPS)  # fmt: skip
    single = single or single_digit
    connector = _read_connector(connector)
    if number1 and number1[0].isalpha() and text.endswith("point ", 0, match.start("number1")):
        one, two = _previous_words(text, match.start("number1"))
        if (
            one == "point"
            and two.split("-")[-1] in rules.number_words
            and not _POINT_NOUN_RE.search(text, max(0, match.start() - _LOOKBACK), match.start())
        ):
            return []  # "Ninety-nine point nine percent": the end of a spelled-out decimal
    qualifier = _normalise(qualifier) if qualifier else ""
    if not qualifier and match.start("plus") >= 0:
        qualifier = _PLUS_QUALIFIER  # "100+ people"
    if not qualifier and (unit or counted_object):
        # "20-odd years", "100-plus drones", "the 100-or-so protesters"
        qualifier = _HYPHEN_HEDGES.get(match.group("separator").rstrip(" \t\u00a0\u202f-"), "")
    if fraction:
        start, end = match.span("fraction")
        if (
            rules.fraction_of_a_unit is not None
            and (of_a := rules.fraction_of_a_unit.match(text, end))
            and _previous_word(text, start) not in rules.fraction_blocked_after
        ):
            share = _looked_up(rules.fractions, fraction)  # "three-quarters of a mile": 0.75 miles
            rule = _unit_rule(of_a.group("unit"), rules)
            if share is None or rule is None:
                return []
            return [_Quantity(start, of_a.end(), share / 100 * rule.factor, None, rule, qualifier)]
        if _fraction_blocked(text, start, end, rules):
            return []
        if (
            match.group("change_end") is not None
            and not _after_a_change_verb(text, match.start(), rules)
            and not (rules.fraction_comparative and rules.fraction_comparative.match(text, end))
        ):
            # "half." alone, "joined by a third on Tuesday": no change; but "lowest in three
            # quarters," counts quarters of a year
            return _fraction_as_units(match, text, fraction, qualifier, rules)
        value = _looked_up(rules.fractions, fraction)
        if value is None:
            return []
        return [_Quantity(start, end, value, None, rules.percent, qualifier)]
    if fixed:
        word = _normalise(fixed)
        entry = _looked_up(rules.fixed_words, fixed)
        if entry is None:
            return []
        value, rule = entry
        start, end = match.span("fixed")
        low = match.group("fold_low")
        if low:
            value_low = _parse_number(low, rules)
            if value_low is None or not value_low < value:
                return []  # "ten to twofold": no range (the multiplier alone is found next)
            start = match.start("fold_low")
            return [
                _Quantity(start, end, value_low * rule.factor, value * rule.factor, rule, qualifier)
            ]
        after = rules.fixed_only_after.get(word)
        if after is not None and _previous_word(text, start) not in after:
            followers = rules.fixed_or_followed_by.get(word)
            if followers is None or not followers.match(text, end):
                return []  # "double standards", "a double-digit rise": no multiplier
        if (
            rules.fixed_as_change is not None
            and word.endswith(("ed", "ing", "es"))  # (not "twice as high")
            and text.startswith(" as ", end)
            and not rules.fixed_as_change.match(text, end)
        ):
            return []  # "the hall doubled as a venue": a role (not "tripled as demand boomed")
        return [_Quantity(start, end, value * rule.factor, None, rule, qualifier)]
    if (
        (unit or counted_object)
        and not scale1  # ("two dozen countries" are no pair)
        and number1.lower() in rules.trivial_numbers
        and _normalise(unit or counted_object) in rules.trivial_objects
        and not (
            _normalise(unit or counted_object) in rules.trivial_casualties
            and _a_casualty(match, text, rules)
        )
    ):
        return []  # "two countries", the commonest counted phrase in news (see `_is_trivial`)
    if number2 and connector == "-" and number1[0].isdigit() != number2[0].isdigit():
        if match.end("number1") == match.start("connector") or not (currency1 or percent):
            return []  # "7-Eleven outlets": a name, no range
        # "£15,000 - around three times higher": a dash between two figures; the first alone
        return _first_alone(match, text, rules, previous)
    if (
        number2
        and not number2[0].isdigit()
        and rules.exchange_quoted is not None
        and rules.exchange_quoted.match(text, max(match.end("number1"), match.end("scale1")))
    ):
        return _first_alone(match, text, rules, previous)  # "¢14.50 to one US dollar": a rate
    value1 = _parse_number(number1, rules)
    value2 = _parse_number(number2, rules) if number2 else None
    if value1 is None or (number2 and value2 is None):
        return []
    if (
        match.start("plus") >= 0
        and not (scale1 or currency1)
        and value1 < _PLUS_COUNT_MIN
        and (counted := _unit_rule(unit or counted_object, rules)) is not None
        and (counted_object or counted.counted)
        and (
            counted.unit in _AGED_UNITS
            or not number1.isdigit()
            or _previous_word(text, match.start())[:1].isupper()
        )
    ):
        # "all 45+ citizens", "18+ users": an age; "USB 3.0+ ports", "iPhone 15+ models": a
        # version (not "the 20+ stores")
        return []
    if (
        not number1[0].isdigit()
        and value1 < 1  # (a share alone: "the past two and a half years" are 2.5 years)
        and _previous_word(text, match.start("number1")) in rules.fraction_blocked_after
    ):
        return []  # "in the first half million tonnes were shipped": no "half a million"
    if (
        number2
        and not (scale1 or currency1)
        and _is_year_number(number1, rules)
        and (scale2 or currency2 or _normalise(connector) in rules.list_connectors)
    ):
        return []  # "in 2025 to 13.5 trillion roubles", "in 2022 and 51 per cent": a year first
    scale1_word = scale1.lower().rstrip(".") if scale1 else ""
    if scale1_word in _PLURAL_SCALES and _OF_AFTER_RE.match(text, match.end("scale1")):
        return []  # "In 2022 millions of people fled": a crowd, after a year ("Rs 3.63 billions")
    scale2_word = scale2.lower().rstrip(".") if scale2 else ""
    currency = currency1 or currency2
    if (
        currency1
        and currency1[-1].isalnum()
        and match.end("currency1") == match.start("number1")
        and not scale1_word
        and _looks_like_a_code(number1, rules)
        and currency1 not in rules.glued_codes
        and not (
            len(number1) <= 2
            and (currency2 or _a_price_after(text, match.end(), number1))  # "P6 to P7"
        )
    ):
        # "USD1", "CNY2024": a name; "Rmb50bn", "USD5,000", "RUB300", "P45 per kilo": money
        return []
    if (
        currency1 in rules.scale_only_codes
        and not scale1_word
        and not (
            rules.exchange_quoted is not None and rules.exchange_quoted.match(text, match.end())
        )
    ):
        # "Ayn Rand 1957", "the Rand 5 coin": a name (money: "Rand 98m"; a rate: "Kes 120.5971
        # against the dollar")
        return []
    if currency1 in rules.glued_only_codes and match.end("currency1") < match.start("number1"):
        return []  # "Flight K 101": a name (money: "K110 per kilogramme")
    if (
        currency1 in _ROAD_LETTERS
        and not scale1_word
        and number1.isdigit()
        and _previous_word(text, match.start()) in _ROAD_BEFORE
    ):
        return []  # "the R511", "along the R102": a road, not rand
    if (
        currency1 in _REGION_CODES and _previous_word(text, match.start()) in _REGION_CODES_AFTER
    ) or (currency1 and not (scale1 or number2) and _PERCENT_AFTER_RE.match(text, match.end())):
        # "Hong Kong SAR 25 years after the handover": the figure after the region's name; "R
        # 10.5% growth": a stray letter or sign before a percentage, which is the figure
        again = rules.pattern.match(text, match.start("number1"))
        return _quantities_from_match(again, text, rules, previous) if again else []
    if (
        currency1
        and currency1.isupper()
        and match.end("currency1") < match.start("number1")
        and not (scale1_word or number2)
        and (
            (
                _normalise(currency1) in rules.prefix_only_codes
                and len(number1) <= 2
                and number1.isdigit()
            )
            or _is_year_number(number1, rules)
        )
        and not _AMOUNT_ENDS_RE.match(text, match.end())
    ):
        # "NIS 2 Directive", "NPR 5 reporters", "RM 2 Sport": a name ("costs NIS 12."); "SDR
        # 2025 recommends", "the SAR 2024 budget": a name and a year ("KES 2000.")
        return []
    unit_phrase = unit or counted_object or single or model_plural
    if (
        currency1
        and number2 == "1"
        and currency2 in _DOLLAR_SIGNS
        and not (scale1 or scale2)
        and _previous_word(text, match.start()) != "from"  # ("rose from HK$0.80 to $1")
        and _normalise(connector or "") in _ONE_DOLLAR_CONNECTORS
        and (base := _currency_rule(_normalise(currency1), match, text, rules)) is not None
        and base.unit != "USD"
        and (rate_value := _parse_number(number1, rules)) is not None
    ):
        # "LBP 7,000 to $1", "Rs 83 to $1": a rate, its one dollar no amount
        rate = _exchange_unit(base.unit, "USD")
        return [_Quantity(match.start("currency1"), match.end(), rate_value, None, rate, qualifier)]
    if (
        currency1
        and number2
        and not currency2
        and _normalise(connector or "") == "to"
        and (after := _WORD_AFTER_RE.match(text, match.end())) is not None
        and (counted := rules.units.get(_normalise(after.group(1)))) is not None
        and counted.counted
        and not counted.money
    ):
        # "paid Rs 1.7 lakh crore to 1.22 crore farmers": an amount, then a count of whom
        return _first_alone(match, text, rules, previous)
    if currency:
        rule = _currency_rule(_normalise(currency), match, text, rules)
        if rule is not None and rules.exchange_quoted is not None and not (scale1 or scale2):
            rule = (
                _exchange_rate_rule(match, text, rules, rule)  # "¥108 to the dollar"
                or _compared_rate(match, text, rule, rules, previous)
                or rule
            )
    elif model_plural:
        rule = _model_rule(model_plural, rules)
    elif single:
        rule = _looked_up(rules.singulars, single)
        if _normalise(single) in rules.casualty_singulars and not _a_casualty(match, text, rules):
            return []  # "one person familiar with the matter": a source, not a count
    elif unit_phrase:
        rule = _unit_rule(unit_phrase, rules)
        if counted_object and _normalise(counted_object) in rules.designated_objects:
            rule = _designated_rule(match.group("adjectives"), rules) or rule
        if rule is not None and rule.money and rules.exchange_quoted is not None:
            rule = (
                _exchange_rate_rule(match, text, rules, rule)
                or _compared_rate(match, text, rule, rules, previous)  # "... from 151.15 yen"
                or rule
            )
        if rule is not None and _normalise(unit_phrase) == "times":
            rule = _times_rule(match, text, value1, rule, rules)
        if rule is not None and rule.rate_after is not None and rule.rate_after.match(text, end):
            rule = rules.units[rule.rate]  # "150,000 barrels of Russian oil per day"
        if (
            rule is not None
            and rule.unit in _SPEEDS
            and _PER_HOUR_AFTER_A_BRACKET_RE.match(text, end)
            and (speed := rules.units.get(_SPEEDS[rule.unit])) is not None
        ):
            rule = speed  # "winds of 140 kilometers (85 miles) per hour": both speeds
    elif percent:
        rule = rules.percent
    else:
        found = _elliptical(match, text, rules, value1, value2, qualifier, previous)
        if not found and value2 is None and scale1_word not in rules.short_scales:
            # "13,056 motorcycles were stolen", "30 million bags of maize" (not "100m athletes")
            scale = rules.scales.get(scale1_word, Decimal(1))
            found = _open_count(match, text, rules, value1 * scale)
        return found
    if (
        rule is not None
        and rule.only_with_scales
        and scale1_word not in rule.only_with_scales
        and scale2_word not in rule.only_with_scales
        and not _also_holds(rule, {scale1_word, scale2_word}, match, text)
    ):
        rule = rule.otherwise
    if rule is None:
        return []
    if rule.only_after and _previous_word(text, match.start()) not in rule.only_after:
        return []  # "three quarters said so": a share, not nine months
    if (
        rule.only_near is not None
        and not rule.only_near.search(_line_window(text, match.start(), match.end()))
        and not (
            rule.category == "money"
            and value1 is not None
            and _sterling_conversion(
                text, match.end(), value1 * rules.scales.get(scale1_word, Decimal(1)), rules
            )
        )
    ):
        # "155mm shells and 122mm Grad rockets": millimetres only about the weather; pounds
        # also right before their conversion ("960 million pounds ($1.4 billion)")
        return []
    if rule.not_near is not None and rule.not_near.search(
        _line_window(text, match.start(), match.end())
    ):
        return []  # "the plane banked 45 degrees in cold weather": an angle
    if (
        unit
        and _normalise(unit) in _BARE_POINTS
        and rule.category == PERCENT_UNIT
        and not _points_of_a_percentage(text, match.start(), match.end(), value1, rules)
    ):
        # "scored 28 points on 50% shooting", "the barometer climbed 450 points, up 0.7
        # percent": points alone are percentage points only as a share's change ("down 0.1
        # points", "a 0.2 point lead") or on the way to a percentage ("by 20 points to 24%")
        return []
    negative = _negative_level(text, match.start(), rule, rules)
    if negative and not rule.signed:
        return []  # "profit fell to -5 billion roubles": a sign the figure would lose
    # a range's second end below zero too: "from minus 5 to minus 10 C", "-3% to -1%"
    negative2 = bool(negative and number2 and _sign_before(text, match.start("number2")))
    if rule.counted and _names_a_model(text, match.start("number1"), rules):
        return []  # "Leopard 2 tanks", "five Bergepanzer 2 repair vehicles": a model
    if rule.counted and _ranked(text, match.start()):
        return []  # "the top three source markets": a ranking, no count
    if rule.counted and _ratio_denominator(text, match.start(), value1, rules):
        return []  # "one in seven trains", "four in 10 patients": a share, not ten patients
    short = {scale1_word, scale2_word} & rules.short_scales
    if (
        short
        and not rule.money
        and (
            not unit_phrase
            or (rule.counted and short - _short_scales_of(unit_phrase, value1, rule, rules))
        )
    ):
        # "5m" alone is more often metres, "100m athletes" run a race; "1.9m tonnes",
        # "36K rounds" and "5m people" are amounts
        return []
    if not _strong_enough(match, text, number1, qualifier, rule, rules):
        return []
    if _is_year(number1, scale1_word, rule, rules) and not (
        rule.counted
        and (
            (previous and _LIST_BEFORE_RE.match(text, previous[-1].end, match.start()))
            or (
                unit_phrase
                and qualifier
                and qualifier not in _YEAR_HEDGES
                # (not after a preposition of time: "Since around 2000 companies have moved")
                and _previous_word(text, match.start()) not in _YEAR_HEDGES
            )
            or (
                # a round number of people right before them: "2000 Armenians flee Karabakh"
                # (not "in 2000 Armenians fled", "2019 protesters", "1900 Olympians")
                rule.unit in _ROUND_YEAR_UNITS
                and not qualifier
                and not match.group("adjectives")
                and value1 % 100 == 0
                and _previous_word(text, match.start()) not in _YEAR_HEDGES
            )
        )
    ):
        # "in 2022", "Zapad 2021 drills"; but "815 tanks, 2087 armored vehicles", "about 2000
        # people" and "2000 Armenians fled" count
        return []
    if unit_phrase and not number1[0].isdigit() and _is_trivial(match, text, rule, rules):
        return []

    if (
        rule.counted
        and not scale1_word
        and value2 is None
        and _DOTTED_RE.fullmatch(number1)
        and not _PER_RE.match(text, match.end())
    ):
        value1 = Decimal(number1.replace(".", ""))  # "8.600 troops": dots between thousands
    if (
        scale1_word in rules.decimal_comma_scales
        and rule.unit in rules.decimal_comma_currencies
        and _ONE_THOUSANDS_COMMA_RE.fullmatch(number1)
    ):
        value1 = Decimal(number1.replace(",", "."))  # "2,282 trillion rubles": 2.282 trillion
    if (
        scale1_word in rules.decimal_comma_hundreds
        and rule.unit in rules.decimal_comma_hundreds_currencies
        and _HUNDREDS_THOUSANDS_COMMA_RE.fullmatch(number1)
    ):
        value1 = Decimal(number1.replace(",", "."))  # "190,271 billion dollars": 190.271 billion
    scale1 = rules.scales.get(scale1_word, Decimal(1))
    scale2 = rules.scales.get(scale2_word, Decimal(1))
    if (
        value2 is not None
        and not scale1_word
        and scale2_word
        and (value1 < value2 or _normalise(connector or "") in rules.list_connectors)
        and not _two_currencies(currency1, currency2, rules)
    ):
        # "$10-15 billion", "seventy to eighty thousand"; "Sh327 and Sh313 million respectively"
        scale1 = scale2
    if (
        value2 is not None
        and not (scale1_word or scale2_word)
        and (connector in _SHARED_THOUSANDS_CONNECTORS or match.group("between"))
        and number1.isdigit()
        and len(number1) <= 3
        and number2.endswith(",000")
        and value1 < value2 / 1000 <= value1 * 10
        and _previous_word(text, match.start()) not in rules.split_after  # ("grew from 5 to")
    ):
        value1 *= 1000  # "P700-800,000", "30-40,000 protesters": the thousands shared
    try:
        low = value1 * scale1 * rule.factor * (-1 if negative else 1)  # "minus 45 degrees F"
        high = (
            value2 * scale2 * rule.factor * (-1 if negative2 else 1) if value2 is not None else None
        )
        if not _finite(low) or (high is not None and not _finite(high)):
            return []
        bounds = rule.only_between
        if bounds is not None and not bounds[0] <= low <= bounds[1]:
            return []  # "lava as hot as 1,100 degrees": no weather
        if rule.counted and not all(_whole(v) for v in (low, high) if v is not None):
            return []  # a count is whole: "2.5 troops" is no count
    except ArithmeticError:  # absurdly long digit strings overflow Decimal
        return []
    connector = _normalise(connector) if high is not None else ""
    listed = connector in rules.list_connectors and not match.group("between")
    if listed and rule.counted and _after_a_name(text, match.start("number1")):
        return []  # "Nord Stream 1 and 2 pipelines": names, not counts
    if high is not None and _two_figures(match, text, rules, rule, connector, listed, low, high):
        # "$5 billion or 4.5 percent", "€50 billion or $54 billion": not one range or list; the
        # first keeps its currency, a unit after the second is not the first's
        if percent and not match.group("between"):  # "rose 0.2% and 15%": two figures
            start1, start2 = match.start("number1"), match.start("number2")
            return [
                _Quantity(
                    _signed_start(text, start1) if negative else start1,
                    match.end("percent1"),
                    low,
                    None,
                    rule,
                    qualifier,
                ),
                _Quantity(
                    _signed_start(text, start2) if negative2 else start2,
                    match.end(),
                    high,
                    None,
                    rule,
                    _qualifier2(match),
                ),
            ]
        if not currency1:
            return []
        first_end = max(match.end("number1"), match.end("scale1"))
        return [_Quantity(match.start("currency1"), first_end, low, None, rule, qualifier)]
    start = match.start("currency1") if match.group("currency1") else match.start("number1")
    if negative:  # the figure shows its sign: "minus 45 degrees F", "-12C"
        start = _signed_start(text, start)
    end = match.end()
    if high is None and "_per_" in rule.unit and (one := _ONE_DOLLAR_AFTER_RE.match(text, end)):
        end = one.end()  # "LBP 7,000 to $1": the rate's one dollar is part of it, no amount
    if high is not None and (
        listed
        or _is_change(text, match.start(), connector, low < high, rules)
        or (_normalise(connector or "") == "to" and _signed_first(text, match.start()))
        or (
            (percent or match.group("currency2"))
            and not match.group("between")
            and (
                (percent and connector in rules.size_connectors)  # "grew 0.4% or 1.6% annualised"
                # "inflation rose 0.5% to 7.4%", "fair value dropped $2.3 billion to $138 billion"
                or _after_a_change(text, match, connector, low, high, rules, money=not percent)
            )
        )
    ):
        # "rose from $190 billion to $240 billion": a change, two figures
        first_end = max(match.end("number1"), match.end("scale1"), match.end("percent1"))
        second_start = (
            match.start("currency2") if match.group("currency2") else match.start("number2")
        )
        head = (
            _list_head(text, start, low, rule, rules, previous) if listed and not qualifier else []
        )
        return [
            *head,
            _Quantity(start, first_end, low, None, rule, qualifier),
            _Quantity(second_start, end, high, None, rule, _qualifier2(match)),
        ]
    if (
        high is not None
        and not (percent or currency or scale1_word or scale2_word)
        and high >= _UNSAID_CHANGE_TO_LEVEL * low
        and _previous_word(text, match.start()) != "from"
        and _after_a_change(text, match, connector, low, high, rules)
    ):
        # "production dropped 12 to 141,500 tonnes": a change whose unit is unsaid (12 percent?
        # 12,000 tonnes?), then the level; only the level is sure
        return [_Quantity(match.start("number2"), end, high, None, rule, _qualifier2(match))]
    if high is not None and high <= low:
        if _is_year_number(number1, rules) and not scale1_word:
            return []  # "from 65% in January 2022 to 46%": a year, then the figure
        high = None  # "10-5" is no range
    if counted_object and high is None and (share := _bracketed_share(match, text, rules)):
        # "1,436,400 (35 percent) votes were cast": the count, then the share in its brackets
        return [_Quantity(start, match.end("number1"), low, None, rule, qualifier), share]
    if counted_object and high is None:
        second = _second_count(match, rules, rule)
        if second is not None:  # "11 Chinese and five Russian companies": two counts
            first_end, first_rule, quantity = second
            first_value = value1 * scale1 * first_rule.factor
            return [_Quantity(start, first_end, first_value, None, first_rule, qualifier), quantity]
    if (
        rule.money
        and high is None
        and not scale1_word  # ("1.2 billion euros and 45 cents a share" are two figures)
        and (sub := _SUBUNIT_AFTER_RE.match(text, end))
    ):
        sub_rule = _unit_rule(sub.group("word"), rules)
        if (
            sub_rule is not None
            and (sub_rule.unit == rule.unit or sub.group("word") in _ANY_CENTS)
            and sub_rule.factor < 1
        ):
            # "7 rupees 50 paise", "one shilling and 40 cents": one amount, 7.50 rupees
            low += Decimal(sub.group("number")) * sub_rule.factor
            end = sub.end()
    this = _Quantity(start, end, low, high, rule, qualifier)
    if (counted_object or single or rule.counted) and high is None and not qualifier:
        earlier = _earlier_counts(text, start, rule, rules, previous)
        if earlier:  # "3 Chinese and 4 Russian ships": the first count
            return [*earlier, this]
    return [this]


def _first_count(
    text: str, start: int, rule: UnitRule, rules: FigureRules, previous: Sequence[_Quantity]
) -> _Quantity | None:
    """The count before a counted figure that shares its object: "3" in "3 Chinese and 4
    Russian ships", "five" in "five Chinese and one Russian vessel" (a capitalised adjective
    between, or one of `[objects] paired_adjectives`: "52 eastbound and 51 westbound
    transits"; not "5 and 4 ships", a list the grammar reads)."""
    if not text.endswith((" and ", " or "), max(0, start - 5), start):
        return None  # (the first test: most counts follow no "and")
    found = _FIRST_COUNT_RE.search(text, max(0, start - _LOOKBACK), start)
    return _shared_count(found, text, rule, rules, previous) if found is not None else None


def _earlier_counts(
    text: str, start: int, rule: UnitRule, rules: FigureRules, previous: Sequence[_Quantity]
) -> list[_Quantity]:
    """The counts before a counted figure that share its object, in text order: the one before
    its "and" (`_first_count`) and the list's items before that, each after a comma ("201 gold,
    111 silver and 71 bronze medals")."""
    first = _first_count(text, start, rule, rules, previous)
    if first is None:
        return []
    counts = [first]
    while len(counts) < _MOST_LISTED_COUNTS:
        item = _LISTED_COUNT_RE.search(text, max(0, counts[0].start - _LOOKBACK), counts[0].start)
        count = _shared_count(item, text, rule, rules, previous) if item is not None else None
        if count is None:
            break
        counts.insert(0, count)
    return counts


def _shared_count(
    found: re.Match[str],
    text: str,
    rule: UnitRule,
    rules: FigureRules,
    previous: Sequence[_Quantity],
) -> _Quantity | None:
    """The count a number and its adjective (`found`'s groups) make of a later figure's object,
    else None: after the last figure read, a whole number (not a year, "a" or "one"), its
    adjective capitalised or one of `[objects] paired_adjectives`, and no part of a larger
    number."""
    if previous and previous[-1].end > found.start():
        return None
    number, name = found.group("number", "name")
    if name.islower() and name not in rules.paired_adjectives:
        return None  # "5 were and 4 ships"; but "52 eastbound and 51 westbound transits"
    if _is_year_number(number, rules) or number.lower() in rules.weak_numbers:
        return None  # "a Chinese and 4 Russian ships" is no pair
    before = _previous_word(text, found.start("number"))
    if number.lower() == rules.hundred or before in rules.number_words or before[:1].isdigit():
        return None  # "Two hundred Chinese and 150 Vietnamese workers": part of a number
    value = _count_value(number, rule, rules)
    if value is None:
        return None
    return _Quantity(found.start("number"), found.end("name"), value, None, rule, "")


# an item of a list of counts before the next one's comma: "201 gold, " (before "111 silver and
# 71 bronze medals")
_LISTED_COUNT_RE = re.compile(
    rf"(?<![\w.,\-])(?P<number>\d{{1,3}}(?:,\d{{3}})*|[A-Za-z]+(?:-[a-z]+)?){SPACE}+"
    rf"(?P<name>[A-Z][a-z]+|[a-z][a-z\-]+)[ \t]*,[ \t]*\Z"
)
_MOST_LISTED_COUNTS = 6


def _read_connector(connector: str | None) -> str | None:
    """A range's connector as the rules read it: "-to-" ("6-to-8 per cent") as "to"."""
    if connector and len(connector) > 2 and connector[0] == connector[-1] == "-":
        return connector.strip("-")
    return connector


def _bracketed_share(match: re.Match[str], text: str, rules: FigureRules) -> _Quantity | None:
    """The percentage a count's bracketed adjective holds ("(35 percent)" in "1,436,400 (35
    percent) votes"), else None."""
    adjectives = match.group("adjectives")
    if not _SHARE_IN_BRACKETS_RE.match(adjectives):
        return None
    inner = rules.pattern.match(text, match.start("adjectives") + 1)
    found = _quantities_from_match(inner, text, rules) if inner is not None else []
    closing = match.start("adjectives") + adjectives.index(")")
    if len(found) != 1 or found[0].rule is not rules.percent or found[0].end > closing:
        return None
    return found[0]


# a bracket holding a percentage ("(35 percent)", "(12.5%)")
_SHARE_IN_BRACKETS_RE = re.compile(r"\([^()]*(?:%|(?i:per\s?cent|pct)\b)[^()]*\)")


def _second_count(
    match: re.Match[str], rules: FigureRules, rule: UnitRule
) -> tuple[int, UnitRule, _Quantity] | None:
    """The second count a counted object's adjectives hold after "and"/"or": "five" in "11
    Chinese and five Russian companies" (the first is the match's number); a whole number
    written alone, not a year ("10 Chinese and Russian warships" is one count). Returns where
    the first count's phrase ends, what it counts (its own object when it names one: "five
    Chinese vessels and eight aircraft"), and the second."""
    found = _SECOND_COUNT_RE.search(match.group("adjectives"))
    if found is None or _is_year_number(found.group("number"), rules):
        return None
    value = _count_value(found.group("number"), rule, rules)
    if value is None:
        return None
    offset = match.start("adjectives")
    second = _Quantity(offset + found.start("number"), match.end(), value, None, rule, "")
    head = match.group("adjectives")[: found.start()].rstrip()
    own = _counted_tail(head.split(), rules, longest=2)
    return offset + len(head), own[1] if own else rule, second


def _count_value(number: str, rule: UnitRule, rules: FigureRules) -> Decimal | None:
    """The value of `number` as a count of `rule`'s object: positive and whole, else None."""
    value = _parse_number(number, rules)
    if value is None or value <= 0 or not _whole(value * rule.factor):
        return None
    return value * rule.factor


def _counted_tail(
    words: Sequence[str], rules: FigureRules, longest: int = 3
) -> tuple[int, UnitRule] | None:
    """The counted object that the last words name, longest first ("tourist arrivals",
    "vessels"): how many words, and its rule; None when they name none."""
    for size in range(min(longest, len(words)), 0, -1):
        rule = _unit_rule(" ".join(words[-size:]), rules)
        if rule is not None and rule.counted:
            return size, rule
    return None


def _model_rule(name: str, rules: FigureRules) -> UnitRule | None:
    """What "Tu-95s" counts: by the designation before its hyphen ("Tu" aircraft), else the
    default (a count)."""
    if rules.airliner is not None and rules.airliner.match(name):
        return rules.airliner_unit  # "22 A350s", "35 777-8s"
    return rules.model_plural_units.get(name.split("-", 1)[0], rules.model_plural_default)


def _designated_rule(adjectives: str, rules: FigureRules) -> UnitRule | None:
    """What a model's designation among a count's adjectives counts: "Su-35" in "12 Su-35
    fighters" (aircraft, not fighting men); None without one."""
    for found in _DESIGNATION_RE.finditer(adjectives):
        rule = rules.model_plural_units.get(found.group(1))
        if rule is not None:
            return rule
    return None


def _a_casualty(match: re.Match[str], text: str, rules: FigureRules) -> bool:
    """Whether a casualty verb stands right before the figure ("killed one person") or a
    casualty word follows it ("one person was injured"); not "one person's chances"."""
    end = match.end()
    if text.startswith(("'s", "’s"), end):
        return False
    if _previous_word(text, match.start()) in rules.casualty_before:
        return True
    return any(
        cue is not None and cue.match(text, end)
        for cue in (rules.casualty_after, rules.casualty_singular_after)
    )


def _also_holds(rule: UnitRule, scales: set[str], match: re.Match[str], text: str) -> bool:
    """Whether a rule that needs some scale words holds after another one by the words near
    it: "100 million cubic metres of natural gas" is gas, counted in bcm."""
    if rule.also_near is None or not scales & rule.also_with_scales:
        return False
    what = _OF_WHAT_RE.match(text, match.end())
    if what is not None:  # "of natural gas"; "of timber", "a day of drinking water": not gas
        if rule.also_near.search(what.group("what")):
            return True
        if rule.also_not_of is not None and rule.also_not_of.search(what.group("what")):
            return False
    return rule.also_near.search(_line_window(text, match.start(), match.end())) is not None


def _list_head(
    text: str,
    start: int,
    first: Decimal,
    rule: UnitRule,
    rules: FigureRules,
    previous: Sequence[_Quantity],
) -> list[_Quantity]:
    """The numbers listed with commas before "X and Y <unit>": "10" in "tariffs of 10, 15 and
    25 percent". Plain numbers of a size with `first`, no year among them, none already read."""
    tail = _LIST_HEAD_RE.search(text, max(0, start - _LOOKBACK), start)
    if tail is None or (previous and previous[-1].end > tail.start()):
        return []
    head = []
    for item in _LIST_ITEM_RE.finditer(text, tail.start(), start):
        number = item.group(1)
        value = _parse_number(number, rules)
        if value is None or _is_year_number(number, rules):
            return []  # "in 2022, 15 and 25 percent": a year first, no list
        value *= rule.factor
        if value <= 0 or max(value, first) > COMPARABLE_RATIO * min(value, first):
            return []
        if rule.counted and not _whole(value):
            return []
        head.append(_Quantity(item.start(1), item.end(1), value, None, rule, ""))
    return head


def _two_figures(
    match: re.Match[str],
    text: str,
    rules: FigureRules,
    rule: UnitRule,
    connector: str,
    listed: bool,
    low: Decimal,
    high: Decimal,
) -> bool:
    """Whether two numbers the grammar joined are two figures of their own: two currencies
    (whatever joins them), or "or"/"and" between numbers out of order or not of a size."""
    currency1, currency2 = match.group("currency1", "currency2")
    if currency1 and currency2:
        other = _currency_rule(_normalise(currency2), match, text, rules)
        if other is not None and other.unit != rule.unit:
            return True
    if currency1 and not currency2 and _PERCENT_NEXT_RE.match(text, match.end()):
        return True  # "by $6.001 or 11.8 percent": an amount, then its share
    if connector not in rules.size_connectors and not listed:
        return False
    in_order = listed or low < high
    of_a_size = high <= COMPARABLE_RATIO * low and low <= COMPARABLE_RATIO * high
    return not (in_order and of_a_size)


_ISO_CODE_RE = re.compile(r"[A-Z]{3}")

# what makes "one day" no stretch of time: "compared to one month before", "One Day
# Internationals", "one day cricket"
_ONE_DURATION_NOT_RE = re.compile(
    r"[ \t]+(?:before|after|earlier|later|[Ii]nternationals?|cricket|ODIs?)(?!\w)"
)

# a percent right after a number ("11.8 percent", "11.8%")
_PERCENT_NEXT_RE = re.compile(r"[ \t\u00a0]*(?:%|(?:per[ \t]?cent|percent|pct)(?!\w))")

# a clause about something else between a rate and an earlier level ("while the dollar index
# hovered near a high of 104.5", "as inflation eased from a high of 61")
_ANOTHER_SUBJECT_RE = re.compile(r"(?<!\w)(?:while|whereas|but|and|as|although|though)(?!\w)")
# how far an earlier close, fix or low of a rate may lie from it ("from a high of 61" after "32
# per dollar" is inflation's)
_RATE_SPREAD = Decimal("1.5")

# what a round number in the years counts when right before it ("2000 Armenians")
_ROUND_YEAR_UNITS = frozenset({"people", "troops"})

# hedges that also come before a year ("circa 1900 buildings")
_YEAR_HEDGES = frozenset(
    {"circa", "before", "after", "since", "until", "till", "by", "in", "from", "during", "of"}
)


def _currency_rule(
    currency: str, match: re.Match[str], text: str, rules: FigureRules
) -> UnitRule | None:
    """The currency of a sign or code; a shared sign ("¥") decided by its sentence's cues, a
    dollar sign by the dollars named after the amount."""
    if currency == "$" and rules.named_dollars is not None:
        named = rules.named_dollars.match(text, match.end())
        if named is not None:  # "$300.2 billion Taiwanese dollars": the name says whose
            return _looked_up(rules.units, named.group("named"))
    ambiguous = rules.ambiguous_prefixes.get(currency)
    if ambiguous is None:
        return rules.prefixes.get(currency)
    window = _line_window(text, match.start(), match.end())
    cued = [rule for rule, cues in ambiguous.candidates if cues.search(window)]
    if not cued and ambiguous.default is None:
        # its line names none, the article one: "from P645 to P695" a line after "Metro Manila"
        # (not for a sign with a currency of its own: Toyota's "¥5.3 trillion" stays yen in a
        # story that mentions its sales in China)
        cued = _cued_in_article(text, ambiguous)
    if len(cued) == 1:
        return cued[0]
    if (
        ambiguous.scaled_default is not None
        and match.group("scale1")
        and text[match.end("currency1") : match.end("currency1") + 1].isdigit()
        and not text.startswith("-", match.end("scale1"))
    ):
        return ambiguous.scaled_default  # "N6.56 trillion"; not "an N2 billion-dollar fab"
    return ambiguous.default


@functools.lru_cache(maxsize=16)
def _cued_in_article(text: str, ambiguous: SharedSign) -> list[UnitRule]:
    """The currencies of a shared sign whose cue words `text` names anywhere."""
    return [rule for rule, cues in ambiguous.candidates if cues.search(text)]


def _times_rule(
    match: re.Match[str], text: str, value: Decimal, count_rule: UnitRule, rules: FigureRules
) -> UnitRule:
    """ "N times" as a multiplier ("grew 2.45 times", "five times higher") or a count."""
    if rules.multiplier is None:
        return count_rule
    if not _whole(value) and not match.group("scale1"):  # ("viewed 16.5 million times": a count)
        return rules.multiplier
    if rules.multiplier_after is not None and rules.multiplier_after.match(text, match.end()):
        return rules.multiplier
    one, two = _previous_words(text, match.start())
    if one in rules.multiplier_before or f"{two} {one}" in rules.multiplier_before:
        return rules.multiplier
    return count_rule


def _first_alone(
    match: re.Match[str], text: str, rules: FigureRules, previous: Sequence[_Quantity]
) -> list[_Quantity]:
    """The figures of a match's first number alone, up to its scale or percent sign: what
    "£15,000 - around three times" or "Rs 1.7 lakh crore to 1.22 crore farmers" holds before
    the second number, which is no end of a range."""
    first_end = max(match.end("number1"), match.end("scale1"), match.end("percent1"))
    alone = rules.pattern.match(text, match.start(), first_end)
    return _quantities_from_match(alone, text, rules, previous) if alone else []


def _exchange_rate_rule(
    match: re.Match[str], text: str, rules: FigureRules, currency: UnitRule | None
) -> UnitRule | None:
    """`<base>_per_<quoted>` for "100 to the dollar", "7.2 yuan per dollar"; else None."""
    if rules.exchange_quoted is None:
        return None
    quoted_match = rules.exchange_quoted.match(text, match.end())
    if quoted_match is not None and quoted_match.group("code_base"):
        # "23,500 VND/USD": dong per dollar
        pair = _pair_unit(*quoted_match.group("code_base", "code_quoted"), rules)
        if pair is None or (currency is not None and not pair.unit.startswith(currency.unit)):
            return None
        return pair
    if quoted_match is None:
        if currency is None:
            # "the USD/GHS is trading around 9.9495", "KGS/USD = 0.01144"
            value = _parse_number(match.group("number1") or "", rules)
            if (pair := _pair_rate(text, match.start(), rules, value)) is not None:
                return pair
        conversion = _CONVERSION_BEFORE_RE.search(text, max(0, match.start() - 12), match.start())
        if conversion is not None and currency is not None:
            # a wire's conversion note: "($1 = 92.9000 roubles)" is RUB_per_USD
            if (code := conversion.group("code")) is not None:
                quoted_unit: str | None = code
            else:
                quoted_rule = rules.prefixes.get(_normalise(conversion.group("sign")))
                quoted_unit = quoted_rule.unit if quoted_rule is not None else None
            if quoted_unit is not None and quoted_unit != currency.unit:
                return _exchange_unit(currency.unit, quoted_unit)
        if currency is not None and rules.exchange_costs_before is not None:
            # "One US dollar now costs 24.55 lira"
            costs = rules.exchange_costs_before.search(
                text, max(0, match.start() - _LOOKBACK), match.start()
            )
            quoted_unit = (
                _looked_up(rules.exchange_quoted_units, costs.group("quoted")) if costs else None
            )
            if quoted_unit and quoted_unit != currency.unit:
                return _exchange_unit(currency.unit, quoted_unit)
        return _rate_of_the_subject(match, text, rules, currency)
    # ("/$", "/USD": the dollar, as the quoted units name it)
    quoted = _looked_up(
        rules.exchange_quoted_units,
        "dollar"
        if quoted_match.group("slash_dollar") or quoted_match.group("one_dollar")
        else quoted_match.group("quoted") or quoted_match.group("quoted_per"),
    )
    if quoted is None:
        return None
    if currency is not None:
        base = currency.unit
    else:
        base = _rate_base(text, match.start(), match.end(), quoted, rules)
    if not base or base == quoted:
        return None
    return _exchange_unit(base, quoted)


def _pair_rate(
    text: str, start: int, rules: FigureRules, value: Decimal | None = None
) -> UnitRule | None:
    """The rate of a currency pair written as codes before a bare number, as traders quote it
    ("the USD/GHS is trading around 9.9495", "EUR/USD at 1.0850": the second currency per one
    of the first); None when no pair comes right before (only verbs of a level between)."""
    if rules.exchange_code_pair is None:
        return None
    slash = text.rfind("/", max(0, start - _RATE_REACH), start)
    if slash < 3:
        return None  # (the first test: most numbers have no slash before them)
    pair = rules.exchange_code_pair.match(text, slash - 3)
    if pair is None or not _PAIR_GAP_RE.fullmatch(text, pair.end(), start):
        return None
    return _pair_unit(*pair.group("first", "second"), rules, value)


def _pair_unit(
    first: str, second: str, rules: FigureRules, value: Decimal | None = None
) -> UnitRule | None:
    """The rate of a pair of currency codes: the other per one of the one that comes first in
    `[exchange_rates] pair_order` ("EUR/USD", "USD/GHS", "NGN/USD" and "VND/USD" all price one
    euro, one dollar, one dollar, one dollar), else per one of the first, as traders write it;
    a `value` below one is as written whatever the order ("KGS/USD = 0.01144": dollars per
    som)."""
    if first == second:
        return None
    order = rules.exchange_pair_order
    unknown = len(order)
    if order.get(second, unknown) < order.get(first, unknown) and not (
        value is not None and value < 1
    ):
        return _exchange_unit(first, second)
    return _exchange_unit(second, first)


# what may stand between a currency pair and its level: "is trading around", "rose to", ":"
_PAIR_GAP_RE = re.compile(
    r"[ \t\u00a0]*(?:[:=][ \t\u00a0]*)?"
    r"(?:(?:pair|rate|is|was|were|has|had|been|trading|traded|trades|stood|stands|rose|fell"
    r"|climbed|dropped|jumped|slipped|eased|edged|closed|ended|opened|settled|hovered|quoted"
    r"|last|at|to|around|near|about|of|above|below|over|under|nearly|almost|hit|reached"
    r"|touched|up|down|higher|lower)[ \t\u00a0]+){0,5}"
)


def _rate_base(
    text: str,
    start: int,
    end: int,
    quoted: str,
    rules: FigureRules,
    named: str | tuple[str, ...] | None = None,
) -> str | None:
    """The base currency of a rate at `[start, end)` quoted in `quoted` ("320 per dollar"),
    `named` by the rate's subject if it is, else by its clause: the one base currency named
    before it, or else after it ("Closing at 83.25 against the dollar, the rupee ..."). A clause
    that names none takes the last one its paragraph named as a subject ("The naira is
    expected to weaken. The currency closed at 1,455 per dollar"), else the one its article
    names, else the page's country's. A name several countries share ("the shilling") is
    resolved by `_resolved_base`. None when unsure: two currencies in the clause, a currency
    the rules have no rates of ("Armenia's dram strengthened to 390 per dollar",
    "Singapore's currency")."""
    if rules.exchange_bases is None:
        return None
    clause_start = _clause_start(text, start)
    if named is None:
        before = set(_subject_bases(text, clause_start, start, quoted, rules, subjects_only=False))
        clause_end = _clause_end(text, end)
        if not before and _names_another_currency(text, clause_start, clause_end, rules):
            return None
        # (named after it only when not before: "Closing at 83.25 against the dollar, the rupee")
        named_in_clause = before or set(
            _subject_bases(text, end, clause_end, quoted, rules, subjects_only=False)
        )
        if len(named_in_clause) > 1:
            return None  # "The rouble and the yuan traded at 12 per dollar": whose rate?
        named = named_in_clause.pop() if named_in_clause else None
    if named:
        return _resolved_base(named, text, clause_start, end, rules)
    paragraph_start = _paragraph_start(text, clause_start)
    earlier = _subject_bases(text, paragraph_start, clause_start, quoted, rules)
    if earlier:
        # "The naira is expected to weaken. The currency closed at 1,455 per dollar"
        return _resolved_base(earlier[-1], text, paragraph_start, end, rules)
    # "The currency is trading at about 320 per dollar" in an article on the naira: the one
    # currency it names as one ("the naira", "Argentina's peso"; not "Tinubu won praise"),
    # else the page's country's among those it names
    in_article = {
        _resolved_base(base, text, 0, len(text), rules) or base
        for base in _subject_bases(text, 0, len(text), quoted, rules)
    }
    if len(in_article) == 1:
        only = in_article.pop()
        return only if isinstance(only, str) else None
    home = rules.exchange_home_base
    return home if home and (not in_article or home in in_article) else None


def _resolved_base(
    named: str | tuple[str, ...], text: str, start: int, end: int, rules: FigureRules
) -> str | None:
    """The currency of a base currency's name, the rate at `end` and its clause from `start`:
    itself, or of a name several countries share ("shilling") the one whose country (or own
    name: "the Ugandan shilling") its clause names, else its paragraph, else its article; else
    the page's country's; else its default (`shared_defaults`: "rupee" is Indian); None when
    unsure."""
    if isinstance(named, str):
        return named
    paragraph_start = _paragraph_start(text, start)
    for scope_start, scope_end in ((start, end), (paragraph_start, end), (0, len(text))):
        found = {
            unit
            for unit in named
            if (names := rules.currency_names.get(unit)) is not None
            and names.search(text, scope_start, scope_end)
        }
        found.update(
            base
            for base in _bases_in_order(text, scope_start, scope_end, rules)
            if isinstance(base, str) and base in named
        )
        if len(found) == 1:
            return found.pop()
        if found and scope_start == 0:
            break  # (an article on two of them: its page or its default decides)
    if rules.exchange_home_base in named:
        return rules.exchange_home_base
    return rules.exchange_shared_defaults.get(named)


def _paragraph_start(text: str, at: int) -> int:
    """Where the paragraph (the line) around `at` begins, at most `_PARAGRAPH_REACH` before."""
    return max(at - _PARAGRAPH_REACH, text.rfind("\n", 0, at) + 1)


def _bases_in_order(
    text: str, start: int, end: int, rules: FigureRules
) -> list[str | tuple[str, ...]]:
    """The base currencies named in `text[start:end]`, in order: units, the units of a name
    that several countries share ("shilling"), `()` for a name of none ("the local
    currency")."""
    if rules.exchange_bases is None:
        return []
    named = [
        _looked_up(rules.exchange_base_units, found.group(0))
        for found in rules.exchange_bases.finditer(text, start, end)
    ]
    return [base for base in named if base is not None]


def _subject_bases(
    text: str, start: int, end: int, quoted: str, rules: FigureRules, *, subjects_only: bool = True
) -> list[str | tuple[str, ...]]:
    """The base currencies `text[start:end]` names as a rate's subject, in order: not as the
    quoted side ("firmed past 12.5 against the yuan", "20.1 per euro"), not `quoted`, not in
    "the euro zone", not "the local currency"; with `subjects_only`, only after "the" or a
    possessive ("the naira", "Ghana's cedi"; not "Tinubu won praise")."""
    if rules.exchange_bases is None:
        return []
    bases = []
    for found in rules.exchange_bases.finditer(text, start, end):
        base = _looked_up(rules.exchange_base_units, found.group(0))
        if not base or base == quoted:
            continue
        lead = text[max(0, found.start() - 20) : found.start()]
        if _QUOTED_SIDE_RE.search(lead) or _NOT_THE_CURRENCY_RE.match(text, found.end()):
            continue
        if subjects_only and " " not in found.group(0) and not _CURRENCY_NAMED_RE.search(lead):
            continue  # (a name with its country is one: "India's rupee", "the Kenyan shilling")
        bases.append(base)
    return bases


def _names_another_currency(text: str, start: int, end: int, rules: FigureRules) -> bool:
    """Whether `text[start:end]` names a currency the rules have no rates of ("dram", "the
    Hong Kong dollar", "Singapore's currency")."""
    others = rules.exchange_other_currencies
    if others is not None and others.search(text, start, end):
        return True
    return any(
        _looked_up(rules.exchange_base_units, found.group(0)) is None
        for found in _A_COUNTRY_S_CURRENCY_RE.finditer(text, start, end)
    )


# what comes before a currency's name as one: "the naira", "Argentina's peso"
_CURRENCY_NAMED_RE = re.compile(r"(?:(?<!\w)[Tt]he|['’]s)\s+\Z")
# ... and as the quoted side of a rate ("against the yuan", "per euro"), and what makes it no
# currency ("the euro zone")
_QUOTED_SIDE_RE = re.compile(
    r"(?:(?<!\w)(?:against|versus|vs\.?|per|over)|\d\s*to)\s+(?:the\s+|one\s+|a\s+)?\Z"
)
_NOT_THE_CURRENCY_RE = re.compile(r"[ -]?(?:zone|area)\b")
# a country's currency by its name ("Singapore's currency", "the Thai currency"): unknown unless
# it is one of the bases
_A_COUNTRY_S_CURRENCY_RE = re.compile(
    r"(?<![\w’'])(?!(?:The|This|That|Its|Their|Our|Local|Domestic|Single|Common|National|Reserve"
    r"|Home|Weak|Strong|New|Old)\b)[A-Z][a-z]+(?:['’]s)?\s+currency\b"
)
# how far back a paragraph's earlier sentences may name the currency of a rate
_PARAGRAPH_REACH = 400


def _compared_rate(
    match: re.Match[str],
    text: str,
    currency: UnitRule,
    rules: FigureRules,
    previous: Sequence[_Quantity],
) -> UnitRule | None:
    """The rate an amount is compared with, in the same currency: "¥108 to the U.S. dollar
    versus ¥107 previously" (JPY_per_USD both)."""
    if not previous or _previous_word(text, match.start()) not in rules.compared_before:
        return None
    last = previous[-1]
    if not last.rule.unit.startswith(f"{currency.unit}_per_"):
        return None
    return last.rule if _in_one_sentence(text, last.end, match.start()) else None


def _rate_of_the_subject(
    match: re.Match[str], text: str, rules: FigureRules, currency: UnitRule | None
) -> UnitRule | None:
    """`<base>_per_<quoted>` for an amount of a base currency that gives a currency's rate:
    "The dollar exchange rate declined by 3.5 kopecks ..., selling at 93.62 rubles".

    Only the rate's own value: in the sentence of the rate, after it with no other clause
    between ("..., while shares rose to 265 rubles"), the first amount after it that is no
    change ("by 2.5 rubles"), right after a word that gives a level ("at", "to", "reached"),
    and not of another dollar ("the Canadian dollar rate"), not a price ("per share").
    """
    if (
        rules.exchange_rate_subject is None
        or (
            currency is not None
            and currency.unit not in rules.exchange_base_currencies
            and currency.unit not in rules.exchange_quoted_units.values()
        )
        or match.group("scale1")
        or _PRICE_OF_ONE_RE.match(text, match.end())
        or _previous_word(text, match.start()) not in rules.exchange_level_before
    ):
        return None
    before = text[max(0, match.start() - _RATE_REACH) : match.start()]
    subjects = list(rules.exchange_rate_subject.finditer(before))
    if not subjects:
        return None
    subject = subjects[-1]  # the last one before the amount
    between = _RATE_DAY_RE.sub("", before[subject.end() :])  # "for July 16"
    if rules.exchange_other_mover is not None and rules.exchange_other_mover.search(between):
        return None  # another subject that moves: "... as Toyota shares jumped 3% to 3,100 yen"
    if rules.exchange_rate_change is not None:  # "by 3.5 kopecks", "gained 41.75 kopecks"
        between = rules.exchange_rate_change.sub("", between)
    if _RATE_CLAUSE_BREAK_RE.search(between) or _DIGIT_RE.search(between):
        return None  # another clause, or another amount first
    lead = before[: subject.start()].rstrip().lower()
    if any(lead.endswith(other) for other in rules.exchange_other_quoted):
        return None  # "the Canadian dollar rate": no US dollar
    quoted_name = next(filter(None, subject.group(*_QUOTED_GROUPS)), "")
    quoted = _looked_up(rules.exchange_quoted_units, quoted_name)
    if (
        currency is not None
        and currency.unit not in rules.exchange_base_currencies
        and _normalise(quoted_name) not in rules.exchange_priced_in_quoted
    ):
        return None  # a dollar amount is a rate only of a currency priced in dollars (below)
    if currency is None:
        # a bare number has the currency that moves against the other, right after the move:
        # "the yen strengthened against the dollar by 0.3% to 142.15" (JPY_per_USD), "Against
        # the dollar, the rouble slipped to 96.2"; not "... as the Nikkei rose to 40,000", not
        # the euro (priced in dollars)
        named = subject.group("base_against") or subject.group("base_fronted") or ""
        moving = subject.group("base_moving") or subject.group("quoted_moving") or ""
        if not named and moving and rules.exchange_default_quoted:
            # "The rupee ended at 83.26", "The yuan closed at 7.2345": against the dollar
            named, quoted = moving, rules.exchange_default_quoted
        if rules.exchange_bare_gap is None or not rules.exchange_bare_gap.fullmatch(between):
            return None
        base = _subject_base(named, match, text, quoted, rules)
        if _normalise(named) in rules.exchange_priced_in_quoted:
            # the euro, priced in dollars: "The euro ended at 1.0850" (USD_per_EUR)
            if not moving or not base or quoted is None or quoted == base:
                return None
            return _exchange_unit(quoted, base)
    else:
        base = currency.unit
        moving = subject.group("base_moving")
        if (
            quoted is None
            and moving
            and rules.exchange_default_quoted
            and rules.exchange_bare_gap is not None
            and rules.exchange_bare_gap.fullmatch(between)
            and _subject_base(moving, match, text, rules.exchange_default_quoted, rules) == base
        ):
            # an amount of the currency that moves, right after its move: "the peso finished
            # at P53.80" (against the dollar); not a price ("The rupee fell to a record low,
            # pushing petrol to Rs 105"), not of another ("the rupee ended ..., and rice cost
            # 60 pesos")
            quoted = rules.exchange_default_quoted
    if not base or quoted is None or quoted == base:
        return None
    return _exchange_unit(base, quoted)


def _subject_base(
    named: str, match: re.Match[str], text: str, quoted: str | None, rules: FigureRules
) -> str | None:
    """The base currency a rate's subject names ("the rupee", "the shilling", "the local
    currency"; see `_rate_base`)."""
    base = _looked_up(rules.exchange_base_units, named)
    if base is None:
        return None
    return _rate_base(text, match.start(), match.end(), quoted or "", rules, named=base)


# what may stand between a verb and the amount it moves to: "jumped as much as 3% to"
_LEVEL_TAIL = (
    "to", "at", "as", "high", "low", "much", "of", "a", "an", "record", "about", "around",
    "nearly", "almost", "some", "roughly", "over", "under", "below", "above", "near", "per",
    "cent", "percent", "by", "up", "down", "lows", "highs",
)  # fmt: skip

# words that go on with the same subject after "and": "rose 0.3% and then hit 151.2 yen"
_MOVE_ADVERBS = (
    "then", "later", "again", "also", "still", "soon", "even", "further", "high", "low", "much",
    "little", "many", "well", "far", "long",
)  # fmt: skip

# the groups of `FigureRules.exchange_rate_subject` that name the quoted currency
_QUOTED_GROUPS = (
    "quoted", "quoted_after", "quoted_moving", "quoted_against", "quoted_fronted", "quoted_pair"
)  # fmt: skip


@functools.lru_cache(maxsize=256)
def _exchange_unit(base: str, quoted: str) -> UnitRule:
    return UnitRule(unit=f"{base}_per_{quoted}", category="money", money=True)


def _elliptical(
    match: re.Match[str],
    text: str,
    rules: FigureRules,
    value: Decimal,
    value_max: Decimal | None,
    qualifier: str,
    previous: Sequence[_Quantity],
) -> list[_Quantity]:
    """A number without a unit whose sentence says what it counts (see the module docstring)."""
    number = match.group("number1")
    if value_max is not None or match.group("between"):
        return _bare_range(match, text, rules, value, value_max, qualifier)
    scale_word = (match.group("scale1") or "").lower().rstrip(".")
    if number.lower() in rules.weak_numbers and not (
        number.lower() == "one"
        and previous
        and _ONE_IN_A_PLACE_RE.match(text, match.end("number1"))
        and (
            _LIST_BEFORE_RE.search(text, max(0, match.start() - 8), match.start())
            or _previous_word(text, match.start()) in rules.parallel_before
        )
    ):  # (but a list's last place: "three in mainland China, four in Hong Kong, and one in
        # India", see `_parallel_rule`)
        return []
    if len(number) == 4 and number.isdigit() and not scale_word:
        return []  # a year
    start = match.start("number1")
    if _sign_before(text, start):
        return []  # "revised down ... from -140,000 to -227,000": a count would lose its sign
    end = max(match.end("number1"), match.end("scale1"))
    if _AGES_BEFORE_RE.search(text, max(0, start - _LOOKBACK), start):
        return []  # "two children aged 14 and 17 were injured": an age, not a count
    if _ends_a_range_of_people(text, start, rules):
        return []  # "Children between 5 and 12 were killed": their ages
    scaled = value * rules.scales.get(scale_word, Decimal(1))
    if (
        rules.population_before is not None
        and rules.casualty is not None
        and scaled >= CONTINUED_MIN
        and _whole(scaled)
        and rules.population_before.search(text, max(0, match.start() - _LOOKBACK), match.start())
        and not (
            rules.open_count_after is not None and rules.open_count_after.match(text, end)
        )  # "a country of 188,000 lakes"
    ):
        # "a city of more than 1.6 million", "a population of 144 million": its people
        return [_Quantity(start, end, scaled, None, rules.casualty, qualifier)]
    words_before = _previous_words(text, match.start())
    if (
        not scale_word
        and scaled < CONTINUED_MIN
        and not _may_refer(text, match.start(), end, words_before, rules)
    ):
        return []  # "two", "15": most small bare numbers; the rules below need a cue word
    if scale_word in rules.short_scales:
        # "5m" alone is more often metres: only a comparison with the number right before it
        # says more ("2.5m tourists, up from 1m"; not "..., 30m tall, up from 5m")
        compared = previous and not _DIGIT_RE.search(text, previous[-1].end, match.start())
        rule = (
            _compared_rule(text, match.start(), end, scaled, rules, previous, words_before)
            if compared
            else None
        )
        if rule is None and _whole(scaled):  # ... or what its sentence counts: "Total customer
            # base grew by 6% to 26.6m" (never metres: a subject counts)
            rule = _sentence_subject_rule(text, match.start(), end, words_before, rules, previous)
        return (
            []
            if rule is None
            else [_Quantity(start, end, scaled * rule.factor, None, rule, qualifier)]
        )
    rule = _exchange_rate_rule(match, text, rules, None)
    if rule is None:
        rule = _compared_rule(text, match.start(), end, scaled, rules, previous, words_before)
    if rule is None and _whole(scaled):
        # what the sentence names first: "bringing the total number of people freed to 3,405"
        rule = _sentence_subject_rule(text, match.start(), end, words_before, rules, previous)
        if rule is None:
            rule = _number_back_rule(text, match.start(), end, scaled, rules, previous)
    if rule is None and (scale_word or scaled >= CONTINUED_MIN):
        rule = _continued_rule(text, match.start(), end, scaled, rules, previous, bool(scale_word))
    if rule is None and scale_word:
        rule = _money_subject_rule(text, match.start(), end, scaled, rules, previous)
    if rule is None and _whole(scaled):
        rule = _elliptical_count_rule(
            text, match.start(), end, scaled, rules, previous, words_before
        )
        if rule is None:
            rule = _total_rule(text, match.start(), end, scaled, words_before, rules, previous)
        if rule is None and not scale_word:
            rule = _parallel_rule(text, match.start(), end, scaled, words_before, rules, previous)
        if rule is None:
            rule = _obtained_rule(
                text, match.start(), end, scaled, words_before[0], rules, previous
            )
        if rule is None and not scale_word:
            rule = _kind_rule(text, match.start(), end, scaled, words_before, rules, previous)
        if rule is None:
            rule = _headed_rule(text, match.start(), end, rules, previous)
    if rule is None:
        return []
    return [_Quantity(start, end, scaled * rule.factor, None, rule, qualifier)]


def _tally(
    match: re.Match[str],
    text: str,
    rules: FigureRules,
    value: Decimal,
    previous: Sequence[_Quantity],
) -> list[_Quantity]:
    """A count alone in brackets after what it counts, in a tally of two or more: "Of the 1,225
    murder cases, most are in Meru (111), followed by Eldoret (102)", "... 4,160 recorded
    arrivals. This was followed by Vietnam (3,132) and Iran (2,948)", "The number of injured
    individuals is highest in Punjab (654), followed by KP (218)". It counts what the count
    before it counts, in its sentence or the one before (no more than it: in "two destroyers,
    CNS Qiqihar (121)" a hull's number), else what its sentence's subject names. Not a day
    ("on Tuesday (14)", "today (27)"), nor a person's age ("identified as Enerita Jongwe (25)
    and Hazvinei Mawadzi (31)")."""
    start, end = match.span()
    if text[end : end + 1] != ")" or not _whole(value) or value < 2:
        return []  # ("(1)": a list's or a footnote's mark)
    name = _TALLY_NAME_RE.search(text, max(0, start - _LOOKBACK), start - 1)
    if name is None or name.group("word").lower() in _TALLY_NOT_AFTER:
        return []
    if not (
        _TALLY_ITEM_RE.search(text, end + 1, end + _TALLY_REACH)
        or _TALLY_ITEM_RE.search(text, max(0, start - _TALLY_REACH), start - 1)
    ):
        return []  # (one count in brackets is no tally: "the hospital (120) said")
    rule = None
    source = start  # where what it counts is named
    last = previous[-1] if previous else None
    if (
        last is not None
        and last.rule.counted
        and start - last.end <= _SAME_SENTENCE
        and "\n\n"
        not in text[last.end : start]  # (a list's lines: "Guanajuato (60)\nJalisco (45)")
        # (an item is part of the count: in "two destroyers, Qiqihar (121)" a hull's number)
        and value * last.rule.factor <= _tally_head(text, previous).value
    ):
        rule, source = last.rule, last.start
    elif rules.subject is not None:
        window = max(0, start - _SUBJECT_REACH)
        found = next(reversed([*rules.subject.finditer(text, window, start)]), None)
        if found is not None and found.groupdict().get("object"):
            rule, source = _unit_rule(found.group("object"), rules), found.start()
    if rule is None or not rule.counted or _PER_WORD_RE.search(text, max(0, source - 12), start):
        return []  # ("deadliest states per 100,000 inhabitants: Colima (63)": a rate)
    if value <= _OLDEST and (
        name.group("name").count(" ") >= 1
        or _TALLY_OF_PERSONS_RE.search(text, max(source - _LOOKBACK, 0), end + _LOOKBACK)
    ):
        # a person's age, a team's or a pupil's score: "identified as Tunde (25) and Musa
        # (31)", "City (2) beat United (1)"
        return []
    return [_Quantity(start, end, value * rule.factor, None, rule, "")]


def _bracketed_change(
    match: re.Match[str], text: str, rules: FigureRules, value: Decimal, last: _Quantity
) -> list[_Quantity]:
    """A signed change in brackets right after a percentage, as polls report one: "Labour 44%
    (-3 from February)", "59% dissatisfied (+5)", "Reform UK 13% (+5)": percentage points
    (by their size, as "-2.5 percentage points" is read)."""
    start, end = match.span()
    bracket = start - 1
    while bracket > 0 and text[bracket - 1] in " \t" + _CHANGE_SIGNS:
        bracket -= 1
    points = rules.units.get("percentage points")
    if (
        points is None
        or last.rule is not rules.percent
        or text[bracket - 1 : bracket] != "("
        or value >= 100
        or not _CHANGE_GAP_RE.fullmatch(text, last.end, bracket - 1)
    ):
        return []
    return [_Quantity(start, end, value, None, points, "")]


# the signs of a change, and what may stand between a percentage and its bracketed change: a
# word or two ("59% dissatisfied (+5)")
_CHANGE_SIGNS = "+-\u2212\u2013"
_CHANGE_GAP_RE = re.compile(r"[ \t]*(?:[A-Za-z’']+[ \t]+){0,2}")


def _tally_head(text: str, previous: Sequence[_Quantity]) -> _Quantity:
    """The count a tally's bracketed items belong to: the last figure before them that is not
    itself an item in brackets ("Sindh (58), Balochistan (26), Gilgit-Baltistan (41)")."""
    for quantity in reversed(previous):
        if not (
            text[quantity.start - 1 : quantity.start] == "("
            and text[quantity.end : quantity.end + 1] == ")"
        ):
            return quantity
    return previous[-1]


# the word (and the capitalised words of its name) before a tally's bracket: "Western Visayas ("
_TALLY_NAME_RE = re.compile(
    r"(?P<name>(?:[A-Z][\w.'’-]*[ \t]+)*(?P<word>[^\W\d_][\w.'’-]*))[ \t]+\Z"
)
# another count alone in brackets nearby, after a word (a tally has two at least)
_TALLY_ITEM_RE = re.compile(r"[^\W\d_][ \t]+\(\d[\d,]*\)")
_TALLY_REACH = 200
_OLDEST = 120
# what a bracketed number after is a day or a time, a page's counter or a reference, not a
# count: "Tuesday (14)", "Comments (3)", "Section (3)", "Windows (11)"
_TALLY_NOT_AFTER = CALENDAR_WORDS | frozenset(
    {
        "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "day", "week",
        "comments", "comment", "shares", "share", "likes", "views", "replies", "reviews", "photos",
        "photo", "videos", "video", "gallery", "images", "tags", "section", "article", "chapter",
        "appendix", "annex", "step", "rule", "group", "category", "case", "phase", "stage", "part",
        "paragraph", "clause", "item", "figure", "table", "page", "note", "footnote", "windows",
        "version", "level", "grade", "class", "round", "number", "no", "question", "answer",
    }
)  # fmt: skip
# the words of a sentence about persons or a game, where small numbers in brackets are ages or
# scores: "identified as Tunde (25)", "City (2) beat United (1)"
_TALLY_OF_PERSONS_RE = re.compile(
    r"(?<!\w)(?:identified|named|aged|accused|suspects?|victims?|deceased|arrested|men|women|"
    r"boys|girls|players|squad|team|teams|beat|beats|lead|leads|led|scored|scores|marks|won|"
    r"defeated|drew|vs|versus|candidates|students|pupils)(?!\w)",
    re.IGNORECASE,
)
_PER_WORD_RE = re.compile(r"(?<!\w)per(?!\w)")


_OPEN_COUNT = UnitRule(unit="count", category="count", counted=True)
_HERE_ARE_RE = re.compile(r"(?i:\bhere[ \t]+are|\bthese[ \t]+are)[ \t]+\Z")


def _ranked(text: str, position: int) -> bool:
    """Whether "(the) top" stands before the number at `position` ("the top 10 destinations",
    "Top 10 beaches"), a ranking rather than a count; not the whole of a part ("8 of the
    bloc's top 20 brands")."""
    if text[max(0, position - 4) : position].lower().rstrip() != "top":
        return False  # (most numbers: one slice)
    words = _RUN_RE.findall(text, max(0, position - _LOOKBACK), position)[-5:]
    return bool(words) and words[-1].lower() == "top" and "of" not in words[:-1]


_IN_BEFORE_RE = re.compile(r"(?<![\w.,])(\w+)[ \t]+in[ \t]+\Z")


def _ratio(match: re.Match[str], text: str, rules: FigureRules, value: Decimal) -> list[_Quantity]:
    """A ratio as a share: "one in five" 20 %, "four in 10 patients" 40 %, "1 in 1,000" 0.1 %.

    One of any number, or a few of a round one (10, 100, 1,000); not "three in four games",
    "killed 12 in two attacks", "two in 2025", a stretch of time ("one in five years") or a rank
    ("number one in 15 countries": `[ratios] not_after`)."""
    found = _RATIO_RE.match(text, match.end())
    if found is None:
        return []
    first = match.start("number1")
    before = _RATIO_WORD_BEFORE_RE.search(text, max(0, first - _LOOKBACK), first)
    after = _RATIO_WORDS_AFTER_RE.findall(text, found.end(), found.end() + _LOOKBACK)
    if (
        _is_year_number(found.group("of"), rules)
        or found.group("of").lower() in ("a", "an")  # "a one in a million chance": a saying
        or (before is not None and before.group(1).lower() in rules.ratio_not_after)
        or any(word.lower() in rules.ratio_not_before for word in after[:3])
    ):
        return []
    whole = _parse_number(found.group("of"), rules)
    end = found.end()
    scale = _WORD_AFTER_RE.match(text, end)
    if whole is not None and scale and scale.group(1).lower() in rules.scales:
        whole *= rules.scales[scale.group(1).lower()]  # "one in 14 million": odds
        end = scale.end()
    if (
        whole is None
        or not value < whole
        or not _whole(value)
        or (
            value != 1
            and whole not in _ROUND_WHOLES
            # "three out of every four" (not "four out of five checkpoints": counts, as
            # labellers read them)
            and not (found.group("out_of") and found.group("every"))
        )
        or (
            # "rated 7 out of 10", "scored 31 out of 100 on the index": a score, no share
            found.group("out_of") and not found.group("every") and value != 1
        )
        or _a_duration_after(text, end, rules)
    ):
        return []
    qualifier = match.group("qualifier")
    return [
        _Quantity(
            first,
            end,
            value / whole * 100,
            None,
            rules.percent,
            _normalise(qualifier) if qualifier else "",
        )
    ]


# "in (every) <number>" after a ratio's first number: "one in five", "1 in every 1,000"
# ... or "out of (every) <number>": "three out of every four", "seven out of 10"
_RATIO_RE = re.compile(
    r" (?:in|(?P<out_of>out[ \t]+of))[ \t]+(?P<every>every[ \t]+)?"
    r"(?P<of>\d{1,3}(?:,\d{3})*|[A-Za-z]+)(?![\w\-]|[.,]\d)"
)
_WORD_AFTER_RE = re.compile(r"[ \t]+([\w\-]+)")
_RATIO_WORD_BEFORE_RE = re.compile(r"(?<![\w.])(\w+\.?)[ \t]+\Z")  # "No 1", not "No, 1"
_RATIO_WORDS_AFTER_RE = re.compile(r"[\w\-]+")
_ROUND_WHOLES = frozenset(map(Decimal, (10, 100, 1000)))


def _a_duration_after(text: str, position: int, rules: FigureRules) -> bool:
    """Whether the word after `position` is a unit of time ("years", "days")."""
    word = _WORD_AFTER_RE.match(text, position)
    rule = rules.units.get(word.group(1).lower()) if word else None
    return rule is not None and rule.category == "duration"


def _ratio_denominator(text: str, position: int, value: Decimal, rules: FigureRules) -> bool:
    """Whether the number at `position` is the second of a ratio: "one in seven trains", "four
    in 10 patients" (a smaller number, then "in"); not "killed 12 in two attacks"."""
    if not text.endswith(" in ", 0, position):
        return False  # (most numbers: one comparison)
    found = _IN_BEFORE_RE.search(text, max(0, position - _LOOKBACK), position)
    if found is None:
        return False
    first = _parse_number(found.group(1), rules)
    return first is not None and first < value


def _numbered_name(text: str, position: int) -> bool:
    """Whether a name (a word with a capital: "LNG", "S&P", "iPhone", "Nasdaq"; not a month or
    weekday, nor a word like "About" opening the sentence) stands right before the number at
    `position`: "Arctic LNG 2 has", "S&P 500 futures"."""
    name = _NAME_OR_INITIALS_BEFORE_RE.search(text, max(0, position - _LOOKBACK), position)
    if name is None or name.group(1).lower() in CALENDAR_WORDS:
        return False
    return name.group(1).lower() not in _SENTENCE_OPENERS or not _SENTENCE_START_RE.search(
        text, max(0, name.start() - _LOOKBACK), name.start()
    )


_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\n(\"'“‘—–-])[ \t]*\Z")


def _open_count(
    match: re.Match[str], text: str, rules: FigureRules, value: Decimal | None
) -> list[_Quantity]:
    """A whole number the vocabulary finds no unit for, followed by a plural noun it lacks
    ("835 motorcycles", "566 road accidents"): a count (`[open_counts]`)."""
    if value is None or value < 2 or not _whole(value):
        return []
    number = match.group("number1")
    if number[0].isalpha() and (number.lower() in rules.weak_numbers or value == 2):
        return []  # "one", "two sides"
    if number.isdigit() and len(number) == 4:
        return []  # "2024 elections": a year
    end = _open_count_end(match, text, rules)  # (first: most numbers have no noun after them)
    if end is None:
        return []
    before = _previous_word(text, match.start())
    if before == "in" and _ratio_denominator(text, match.start(), value, rules):
        return []  # "one in seven households"
    if number[0].isalpha() and _a_referent(number, before, rules):
        return []  # "the two astronauts": a referent (see `_is_trivial`)
    if _the_parties(number, before, _normalise(text[match.end() : end]), rules):
        return []  # "the three sides agreed"
    if before in ("and", "or", "to") and _DIGIT_BEFORE_WORD_RE.search(
        text, max(0, match.start() - _LOOKBACK), match.start()
    ):
        return []  # the end of a range read on its own: "Between 30 and 40 dead dolphins"
    qualifier = match.group("qualifier")
    qualifier = _normalise(qualifier) if qualifier else ""
    return [_Quantity(match.start("number1"), end, value, None, _OPEN_COUNT, qualifier)]


def _open_count_end(match: re.Match[str], text: str, rules: FigureRules) -> int | None:
    """Where the plural noun the vocabulary lacks ends after `match` ("motorcycles"), if one
    does and no name's number comes before it ("Apollo 11 astronauts")."""
    end = _open_noun_end(text, match.end(), rules)
    if end is None:
        return None  # (the cheapest test first: most numbers are followed by no plural noun)
    start = match.start()
    if _numbered_name(text, start) or _ranked(text, start):
        return None  # "Apollo 11 astronauts", "the top 10 destinations"
    number = match.start("number1")
    if match.group("number1")[0].isdigit() and (
        _SENTENCE_START_RE.search(text, max(0, number - _LOOKBACK), number)
        or _HERE_ARE_RE.search(text, max(0, number - _LOOKBACK), number)
    ):
        # digits opening a sentence, as news style never has them, or after "Here are": a
        # headline's list ("12 recipes for a healthy fast", "Watch: 5 moments that ...")
        return None
    return end


def _open_noun_end(text: str, position: int, rules: FigureRules) -> int | None:
    """Where a plural noun the vocabulary lacks ends, if one (after up to two lower-case words)
    follows `position`: "motorcycles", "road accidents"; not "comments", "crisis", nor a unit
    the vocabulary cancelled ("30 years ago")."""
    pattern = rules.open_count_after
    found = pattern.match(text, position) if pattern is not None else None
    if found is None:
        return None
    noun = found.group("noun")
    if (
        len(noun) < 4
        or noun.endswith(("us", "ss", "is"))  # "50 million indigenous breeds", "crisis"
        or noun in rules.open_count_not_nouns
        or _normalise(noun) in rules.units
    ):
        return None
    return found.end()


def _share_of_an_open_count(text: str, end: int, value: Decimal, rules: FigureRules) -> bool:
    """Whether a number is a share of a count of a noun the vocabulary lacks: "62 of the 78
    councils", "62 out of 78 councils" (not a ratio: "3 out of 10 doctors", "one in 100")."""
    found = _OF_A_COUNT_RE.match(text, end)
    if found is None:
        return False
    whole = Decimal(found.group("whole").replace(",", ""))
    if whole <= value:
        return False
    if not found.group("determiner") and (whole <= 10 or str(whole).rstrip("0") == "1"):
        return False  # "3 out of 10 doctors", "30 out of 100 people": a ratio
    return _open_noun_end(text, found.end(), rules) is not None


def _qualifier2(match: re.Match[str]) -> str:
    """The hedge on the second number of a change ("from 56 to over 2,700": "over")."""
    qualifier = match.group("qualifier2")
    return _normalise(qualifier) if qualifier else ""


def _bare_range(
    match: re.Match[str],
    text: str,
    rules: FigureRules,
    value: Decimal,
    value_max: Decimal | None,
    qualifier: str,
) -> list[_Quantity]:
    """A range of bare numbers that a casualty word follows ("Russia has had 70,000 to 80,000
    killed or wounded": whole numbers, never years or ages, "from 2014 to 2022 killed") or a
    rate ("fixed the naira at 197 to 199 per dollar")."""
    end = match.end()
    if value_max is None or end != match.end("number2") or match.group("scale1"):
        return []
    start = match.start("number1")
    rule = _exchange_rate_rule(match, text, rules, None)
    if rule is None:
        rule = _casualty_of_a_range(match, text, rules, value, value_max)
    connector = _normalise(_read_connector(match.group("connector")) or "")
    # two whole numbers, neither a year, that no rate or casualty word claims: what a count's
    # rules below may read
    counts = (
        rule is None
        and _whole(value)
        and _whole(value_max)
        and not _is_year_number(match.group("number1"), rules)
        and not _is_year_number(match.group("number2"), rules)
    )
    if (
        counts
        and connector in ("-", "to", "\u2013")
        and (
            _VOTE_AFTER_RE.match(text, end)
            or _VOTE_BEFORE_RE.search(text, max(0, start - _LOOKBACK), start)
        )
    ):
        # a vote's two sides: "the 217-215 vote", "approved 14-2" (not a range)
        return [
            _Quantity(start, match.end("number1"), value, None, _OPEN_COUNT, qualifier),
            _Quantity(match.start("number2"), end, value_max, None, _OPEN_COUNT, ""),
        ]
    if counts and connector == "to":
        # the two levels of a count its sentence names: "the number of defense companies has
        # grown from 56 to over 2,700"
        words_before = _previous_words(text, match.start())
        if words_before[0] == "from":
            rule = _subject_rule(text, match.start(), end, words_before, rules)
    if counts and rule is None:
        open_end = _open_count_end(match, text, rules)
        if open_end is not None:  # "between 30 and 40 dead dolphins"
            rule, end = _OPEN_COUNT, open_end
    if rule is None:
        return []
    if rule is rules.casualty:  # "from 150 to 200 were killed" is one estimate
        words = _WORD_RE.findall(text, max(0, match.start() - _LOOKBACK * 2), match.start())
        change = connector == "to" and bool(
            {word.lower() for word in words[-5:]} & rules.fraction_change_verbs
        )
    else:
        change = _is_change(text, match.start(), connector, value < value_max, rules)
    if change:
        return [  # "the rouble fell from 90 to 95 per dollar": two levels
            _Quantity(start, match.end("number1"), value, None, rule, qualifier),
            _Quantity(match.start("number2"), end, value_max, None, rule, _qualifier2(match)),
        ]
    return [_Quantity(start, end, value, value_max, rule, qualifier)]


def _casualty_of_a_range(
    match: re.Match[str], text: str, rules: FigureRules, value: Decimal, value_max: Decimal
) -> UnitRule | None:
    """The casualty rule for a range of bare whole numbers that a casualty word follows."""
    if (
        rules.casualty is None
        or rules.casualty_after is None
        or not (_whole(value) and _whole(value_max))
        or _is_year_number(match.group("number1"), rules)
        or _is_year_number(match.group("number2"), rules)
        or not _a_casualty_cue_after(text, match.end(), rules)
    ):
        return None  # also "45 to 48 killed livestock", "10 and 12 dead fish"
    start = match.start("number1")
    if _AGE_LEAD_RE.search(text, max(0, start - _LOOKBACK), start) or _AGES_BEFORE_RE.search(
        text, max(0, start - _LOOKBACK), start
    ):
        return None  # "Three men aged between 24 and 69", "aged 19, 24 and 30 were killed"
    before = _WORD_RIGHT_BEFORE_RE.search(text, max(0, start - _LOOKBACK), start)
    if before is not None and _names_people(before.group("word").lower(), rules):
        return None  # "Children between 5 and 12 were killed": their ages
    return rules.casualty


def _a_casualty_cue_after(text: str, end: int, rules: FigureRules) -> bool:
    """Whether a casualty word follows `end` and ends its phrase: "were killed.", "killed or
    wounded", "dead in ..." (not "killed livestock", "dead fish")."""
    cue = rules.casualty_after.match(text, end) if rules.casualty_after is not None else None
    return cue is not None and bool(
        _OR_ANOTHER_RE.match(text, cue.end())
        or (rules.subject_after is not None and rules.subject_after.match(text, cue.end()))
        or (
            rules.casualty_followers is not None and rules.casualty_followers.match(text, cue.end())
        )
    )


def _people_moved(text: str, start: int, end: int, rules: FigureRules) -> bool:
    """Whether a number after "displaced", "evacuated", "rescued" counts people: it ends its
    phrase ("displaced 12.8 million, ...", "evacuated 10,000 ahead of ..."; not "rescued 3
    dogs"), and no vessel stands before the verb ("The battleship displaced 45,000")."""
    if rules.moved_followers is None or not rules.moved_followers.match(text, end):
        return False
    return not _words_before(text, start, 5) & rules.moved_not_after


def _last_people(
    text: str, start: int, previous: Sequence[_Quantity], rules: FigureRules
) -> UnitRule | None:
    """The rule of the last count of people or troops before `start` in its sentence."""
    for quantity in reversed(previous[-5:]):
        if not _in_one_sentence(text, quantity.end, start):
            return None
        if rules.casualty is not None and quantity.rule.unit in (rules.casualty.unit, "troops"):
            return quantity.rule
    return None


def _names_people(word: str, rules: FigureRules) -> bool:
    """Whether `word` is a counted word of people or troops ("children", "soldiers")."""
    counted = _unit_rule(word, rules)
    return (
        counted is not None
        and rules.casualty is not None
        and (counted.unit in (rules.casualty.unit, "troops"))
    )


def _ends_a_range_of_people(text: str, start: int, rules: FigureRules) -> bool:
    """Whether the number at `start` ends a range right after a word of people: "Children
    between 5 and 12", "children 5 to 12" (their ages)."""
    before = _RANGE_AFTER_A_WORD_RE.search(text, max(0, start - _LOOKBACK), start)
    return before is not None and _names_people(before.group("word").lower(), rules)


def _may_refer(
    text: str, start: int, end: int, words_before: tuple[str, str], rules: FigureRules
) -> bool:
    """Whether a cue that lets a small bare number take a unit is there: a word before it
    ("killed", "from", "another"), or after it ("per dollar", "of the drones", "others",
    "wounded"), or what its sentence counts ("the death toll rose to 31"). A quick first
    check: the rules themselves decide."""
    one, two = words_before
    if one in rules.elliptical_before or f"{two} {one}" in rules.elliptical_before:
        return True
    if rules.elliptical_after is not None and rules.elliptical_after.match(text, end) is not None:
        return True
    if _parallel_cue(text, start, end, one, rules):
        return True
    if one in rules.obtained_verbs:
        return True  # "the Jatiya Party got 11": see `_obtained_rule`
    if _HEAD_MARK_RE.search(text, max(0, start - 3), start):
        return True  # "tanks — 7,834 (+6)": see `_headed_rule`
    if _kind_after(text, end, rules) is not None:
        return True  # "28 medals, 38 silver": see `_kind_rule`
    if _partitive_opening_rule(text, start, end, rules) is not None:
        return True  # "Of the 12 ships, 3 were sunk": see `_partitive_opening_rule`
    if one == "to" and _total_phrase(text, start, rules) is not None:
        return True  # "..., bringing the total to 45": see `_total_rule`
    if _may_follow_its_subject(one, rules) and _object_subject_rule(text, start, end, rules):
        return True  # "the casualties rose to 45"
    window = max(0, start - _RATE_REACH)
    if one in rules.exchange_level_before and (
        (rules.exchange_against is not None and rules.exchange_against.search(text, window, start))
        or (
            rules.exchange_moving_base is not None
            and rules.exchange_moving_base.search(text, window, start)
        )
    ):
        # "the yuan weakened against the dollar to 7.25", "The rupee ended at 83.26": see
        # `_rate_of_the_subject`
        return True
    if (
        one in ("to", "at")
        and rules.number_back is not None
        and rules.number_back.search(text, max(0, start - _LOOKBACK), start)
    ):
        return True  # "That number rose to 45": see `_number_back_rule`
    if _pair_rate(text, start, rules) is not None:
        return True  # "the USD/GHS is trading around 9.9495": see `_exchange_rate_rule`
    return _subject_rule(text, start, end, words_before, rules) is not None


def _after_a_change(
    text: str,
    match: re.Match[str],
    connector: str,
    low: Decimal,
    high: Decimal,
    rules: FigureRules,
    *,
    money: bool = False,
) -> bool:
    """Whether "X% to Y%" (or "$X to $Y") is a change and a level, not a range: after a verb
    of change among the four words before it ("inflation rose 0.5% to 7.4%", "dropped $2.3
    billion to $138 billion"), or falling ("69% to 34%"); "rise by 10%-20%" is a range. In
    money the level is also several times the change ("premiums will increase $20 to $40 a
    month" is a range), and raising is fundraising ("hopes to raise $5 million to $50 million")."""
    if low >= high:
        return True
    if connector != "to" or (money and high < _CHANGE_TO_LEVEL * low):
        return False
    window_start = max(0, match.start() - _LOOKBACK * 2)
    # (in its sentence: "a tax increase. That would equal about $35 to $45" is a range)
    if (stop := _LAST_STOP_RE.search(text, window_start, match.start())) is not None:
        window_start = stop.end()
    words = _WORD_RE.findall(text, window_start, match.start())
    if words and words[-1].lower() == "to":
        return False  # "cut its forecast to $4 billion to $4.5 billion": a range as the level
    # (a change in percent between is no word: "moving up by 7.3 per cent or $7.88 to $115")
    words = [word for word in words if not (word[0].isdigit() or word.lower() in _PERCENT_WORDS)]
    return any(
        word.lower() in rules.fraction_change_verbs and not (money and word.lower() in _FUNDRAISING)
        for word in words[-4:]
    )


# how many times a change without its unit a level after it is at least: "dropped 12 to 141,500
# tonnes" (not "grew 5 to 10 times", "rose 300 to 1,000 troops": a range)
_UNSAID_CHANGE_TO_LEVEL = 1000

# money: how many times the change a level after it is at least ("rose $5 million to $80
# million"; "increase $20 to $40" is a range); raising money is no change
_CHANGE_TO_LEVEL = 4
_FUNDRAISING = frozenset({"raise", "raises", "raised", "raising"})
_PERCENT_WORDS = frozenset({"per", "cent", "percent", "pct"})


# the last end of a sentence or clause in a window: a stop, colon or semicolon and a space
_LAST_STOP_RE = re.compile(r"[.!?;:][\s\u00a0](?!.*[.!?;:][\s\u00a0])", re.DOTALL)


_COMMA_BEFORE_WORD_RE = re.compile(r",[ \t]*[A-Za-z]+[ \t]+\Z")  # ", up " before a fraction


def _fraction_as_units(
    match: re.Match[str], text: str, fraction: str, qualifier: str, rules: FigureRules
) -> list[_Quantity]:
    """A fraction's words read as a number and its unit, where that unit holds only after
    certain words and one of them comes first: "the lowest in three quarters" is nine months."""
    number, _, phrase = _normalise(fraction).partition(" ")
    value = rules.number_words.get(number)
    rule = rules.units.get(phrase)
    start, end = match.span("fraction")
    if (
        value is None
        or rule is None
        or not rule.only_after
        or _previous_word(text, match.start()) not in rule.only_after
        or (
            rule.only_near is not None and not rule.only_near.search(_line_window(text, start, end))
        )
    ):
        return []
    return [_Quantity(start, end, value * rule.factor, None, rule, qualifier)]


def _sterling_conversion(text: str, end: int, pounds: Decimal, rules: FigureRules) -> bool:
    """Whether a conversion to dollars or euros in brackets right after an amount of pounds
    makes them sterling: at a pound's rate ("960 million pounds ($1.4 billion)"), not a weight's
    ("2 billion pounds ($1.5 billion) of beef") nor another country's pound ("5 billion pounds
    ($160 million)" in Egypt)."""
    found = _STERLING_CONVERSION_RE.match(text, end)
    if found is None or not pounds:
        return False
    scale = (found.group("scale") or "").rstrip(".")
    if scale and scale not in rules.scales:
        return False
    amount = Decimal(found.group("amount").replace(",", "")) * rules.scales.get(scale, Decimal(1))
    low, high = _STERLING_RATE
    return low * pounds <= amount <= high * pounds


def _after_a_change_verb(text: str, position: int, rules: FigureRules) -> bool:
    """Whether "by" comes right before `position` with a verb of change among the four words
    before it ("fell by", "cut spending by", "reduce its debt servicing by"), a change by
    itself ("up",
    "down"), or a level's verb
    ("reached", "fell to", "accounted for") with a share named before it."""
    words = _WORD_RE.findall(text, max(0, position - _LOOKBACK * 2), position)
    if not words:
        return False
    if (
        rules.fraction_level_before is not None
        and (
            level := rules.fraction_level_before.search(
                text, max(0, position - _LOOKBACK), position
            )
        )
        and (
            _normalise(level.group()) in rules.fraction_level_alone
            or _a_share_before(text, level.start(), rules)
        )
    ):
        # "The share ... has reached a quarter.", "its share fell to a third in May", "Russia
        # accounted for over a quarter."
        return True
    if words[-1].lower() in rules.fraction_change_alone:
        # "trade, up two-thirds since 2022", "exports are down a third" (not "picked up a third")
        return (len(words) > 1 and words[-2].lower() in rules.fraction_change_alone_after) or (
            _COMMA_BEFORE_WORD_RE.search(text, max(0, position - _LOOKBACK), position) is not None
        )
    if words[-1].lower() in rules.fraction_change_direct:
        return True  # "shares jumped more than a third in their debut"
    if words[-1].lower() != rules.fraction_change_before:
        return False
    return any(word.lower() in rules.fraction_change_verbs for word in words[-5:-1])


def _a_share_before(text: str, position: int, rules: FigureRules) -> bool:
    """Whether a share is named before a level's verb at `position`: in its sentence ("its share
    fell to"), or in the sentence before when "it", "this" or "that" is the verb's subject."""
    if rules.fraction_level_subject is None:
        return False
    found = [
        *rules.fraction_level_subject.finditer(text, max(0, position - _SUBJECT_REACH), position)
    ]
    if not found:
        return False
    if _in_one_sentence(text, found[-1].end(), position):
        return True
    return bool(_words_before(text, position, 3) & _PRONOUN_SUBJECTS)


_PRONOUN_SUBJECTS = frozenset({"it", "this", "that"})


def _looks_like_a_code(number: str, rules: FigureRules) -> bool:
    """Whether digits run straight after a currency code name a thing rather than an amount:
    one or two digits, or a year ("USD1", "CNY2024"); separators or three digits are money."""
    if not number.isdigit():
        return False
    return len(number) <= 2 or _is_year_number(number, rules)


def _compared_rule(
    text: str,
    start: int,
    end: int,
    value: Decimal,
    rules: FigureRules,
    previous: Sequence[_Quantity],
    words_before: tuple[str, str],
) -> UnitRule | None:
    """The unit of a comparison's other side: "48 million tonnes, down from 55.5 million".

    `words_before`: the two words before `start`, last first (`_previous_words`)."""
    if not previous or rules.compared_after is None:
        return None
    one, two = words_before
    if one == "revised" and (revised := _REVISED_BEFORE_RE.search(text, max(0, start - 40), start)):
        one, two = _previous_words(text, revised.start())  # "up from a revised 159,000"
    if one == "s" or one.endswith("’s"):  # "7,231 registrations compared to Tesla's 7,165"
        owner = _OWNER_BEFORE_RE.search(text, max(0, start - _LOOKBACK), start)
        if owner is None:
            return None
        one, two = owner.group("one").lower(), (owner.group("two") or "").lower()
    if one in rules.compared_before:
        if two in rules.compared_not_after:
            return None  # "aged from 18 and over"
    elif f"{two} {one}" in rules.compared_rate_nouns_of:
        # "at 82.05 per dollar against Tuesday's close of 82.03": the last rate of its sentence,
        # of a size with it (not "a close of 300" of shares)
        rate = next((last for last in reversed(previous) if "_per_" in last.rule.unit), None)
        if (
            rate is None
            or not rate.value / _RATE_SPREAD <= value <= rate.value * _RATE_SPREAD
            or not _in_one_sentence(text, rate.end, start)
            or _ANOTHER_SUBJECT_RE.search(text, rate.end, start)
            or _PER_RE.match(text, end)  # ("a high of 95 per barrel")
        ):
            return None  # (not "..., while the dollar index hovered near a high of 104.5")
        return rate.rule
    elif f"{two} {one}" in rules.compared_nouns_of:
        words = _RUN_RE.findall(text, max(0, start - _LOOKBACK), start)[-5:-2]
        if not any(word.lower() in rules.compared_earlier for word in words):
            # "a count of 300": only "the previous count of", "the initial six-month estimate of"
            return None
        if two in rules.compared_count_nouns and not previous[-1].rule.counted:
            return None  # "40 km away, revising the earlier toll of 12"
    elif f"{two} {one}" not in rules.compared_before:
        return None
    elif f"{two} {one}" in rules.compared_counts_only and not previous[-1].rule.counted:
        return None  # "two-thirds of the seats, 100 out of 150": no percent
    if not rules.compared_after.match(text, end):
        return None  # "3,000 troops from 12 provinces": the number goes on to name its own
    if _names_another_count(text, previous[-1], start, rules):
        return None  # "a 52% decrease, with a reduction in the number of countries, from 31"
    rule = _unit_of_the_last(text, start, value, rules, previous[-1], percent_ok=True)
    if rule is None and one in rules.compared_before:
        rule = _scaled_like_the_last(text, start, value, rules, previous[-1])
    return rule


# how far the other side of a comparison may be from the figure it is compared with when it
# takes that figure's scale word ("9.22 million bpd from 9.3"): closer than `COMPARABLE_RATIO`
_SCALED_SPREAD = 3
_LETTERS_RE = re.compile(r"[A-Za-z]+")


def _scaled_like_the_last(
    text: str, start: int, value: Decimal, rules: FigureRules, last: _Quantity
) -> UnitRule | None:
    """The unit and scale word of the figure just before a comparison's other side written
    without its own: "cut its crude supply to 9.22 million bpd from 9.3 in April" is 9.3
    million barrels a day, when that makes the two sides of a size (within `_SCALED_SPREAD`).
    """
    if last.rule is rules.multiplier or last.rule is rules.percent:
        return None
    written = text[last.start : last.end]
    scale = next(
        (
            rules.scales[word.lower()]
            for word in _LETTERS_RE.findall(written)
            if word.lower() in rules.scales and rules.scales[word.lower()] >= 1000
        ),
        None,
    )
    if scale is None or _DIGIT_RE.search(text, last.end, start):
        return None
    this = value * scale * last.rule.factor
    if not (last.value / _SCALED_SPREAD <= this <= last.value * _SCALED_SPREAD):
        return None
    if not _in_one_sentence(text, last.end, start):
        return None
    return replace(last.rule, factor=last.rule.factor * scale)


def _names_another_count(text: str, last: _Quantity, start: int, rules: FigureRules) -> bool:
    """Whether "the number of <object>" stands between a figure that is no such count and a
    number at `start`: the number compares that count, not the figure."""
    if rules.subject is None or last.rule.counted:
        return False
    return any(
        found.groupdict().get("object") for found in rules.subject.finditer(text, last.end, start)
    )


def _continued_rule(
    text: str,
    start: int,
    end: int,
    value: Decimal,
    rules: FigureRules,
    previous: Sequence[_Quantity],
    scaled: bool,
) -> UnitRule | None:
    """The unit of a number that goes on from a figure of its sentence: "10 billion cubic
    metres in 2021 and up to 15 billion in 2022", "95 million tons, including 30 million",
    "35,000 Chinese students ..., reaching 85,000", "3.792 million people have arrived, and
    1.795 million have left".

    Only when nothing that could name another unit follows (`continued_after`: punctuation, a
    preposition, an auxiliary), the two are of a size (see `_compared_rule`), and a number
    without a scale word goes on from a count (an amount of money needs its scale)."""
    if not previous or rules.continued_after is None or not rules.continued_after.match(text, end):
        return None
    one, _ = _previous_words(text, start)
    if one in rules.continued_not_after:
        return None  # "a population of 38 million", "a crew of 300": a measure of something else
    if not scaled and _a_named_item(text, previous[-1].end, start):
        # "Saudi Arabia will cut 500,000 barrels per day, Iraq 211,000, the UAE 144,000"
        last = previous[-1].rule
        if not (last.counted or last.unit in rules.named_list_units):
            return None  # not money without its scale, "130 mph, Interstate 405"
        if not (
            _NAMED_ITEM_END_RE.search(
                text, max(0, previous[-1].start - _LOOKBACK), previous[-1].start
            )
            or _NAMED_ITEM_NEXT_RE.match(text, end)
        ):
            return None  # one item is no list: "227 passengers, Flight 370 was never found"
    elif (
        not scaled
        and _GROUPED_RE.match(text, start)
        and _POSSESSIVE_BEFORE_RE.search(text, max(0, start - _LOOKBACK), start)
    ):
        # another's share of the sentence's count, past a multiplier or a percent between:
        # "Germany's 334,000 applications was double that of France's 167,000"
        counts = [quantity for quantity in previous if quantity.rule.counted]
        if not counts:
            return None
        return _unit_of_the_last(text, start, value, rules, counts[-1], percent_ok=False)
    elif not scaled:
        if not previous[-1].rule.counted:
            return None
        # a list item after punctuation ("..., 200,000 from Tajikistan") or a word that goes
        # on ("reaching 85,000"); not "Highway 401", "room 204", "order No 123"
        if not (
            _LIST_BEFORE_RE.search(text, max(0, start - 3), start) or one in rules.continued_before
        ):
            return None
    return _unit_of_the_last(text, start, value, rules, previous[-1], percent_ok=False)


def _money_subject_rule(
    text: str,
    start: int,
    end: int,
    value: Decimal,
    rules: FigureRules,
    previous: Sequence[_Quantity],
) -> UnitRule | None:
    """The currency of an amount with a scale word but no currency whose sentence names money
    before it (`money_subjects`: "mutual trade ... stood at 100.32 billion") when the figure
    before it, past percents, is an amount of that size in the sentences just before: the story
    goes on in its currency ("... amounted to $190.271 billion. They agreed to double trade, to
    rise from 100 billion annually to 200 billion by 2024")."""
    if rules.money_subjects is None or rules.continued_after is None:
        return None
    after = _PER_PERIOD_RE.match(text, end).end()  # ("from 100 billion annually to 200 billion")
    if not (rules.continued_after.match(text, after) or _TO_A_NUMBER_RE.match(text, after)):
        return None  # ("100 billion cubic metres" names its own unit)
    clause = _clause_start(text, start)
    if not rules.money_subjects.search(text, clause, start):
        return None
    if rules.money_subjects_not is not None and rules.money_subjects_not.search(
        text, clause, _clause_end(text, end)
    ):
        return None  # "Gas exports will reach 38 billion": cubic metres, perhaps
    amounts = [
        figure
        for figure in previous[-_MONEY_SUBJECT_LOOKBACK:]
        if figure.rule.category != "percent" and figure.rule is not rules.multiplier
    ]
    if not amounts:
        return None
    last = amounts[-1]
    if len(amounts) > 1 and _CONVERSION_BRACKET_RE.fullmatch(text, amounts[-2].end, last.start):
        last = amounts[-2]  # "5.7 trillion rubles ($63 billion), ... of 1.2 trillion": roubles
    if not last.rule.money or "_per_" in last.rule.unit:
        return None
    if start - last.end > _MONEY_SUBJECT_REACH:
        return None
    if last.rule.unit != "USD" and not _in_one_sentence(text, last.end, start):
        return None  # (a sentence on goes on in dollars only: "1.9 trillion yuan. Russia's
        # trade with India hit 65 billion" is no yuan)
    for word in _WORD_RE.findall(text, max(clause, last.end), start):
        named = rules.units.get(word.lower())
        if named is not None and named.money and named.unit != last.rule.unit:
            return None  # "16.8 trillion yuan, but in dollar terms ... to 2.4 trillion"
    return last.rule if _of_a_size(value, last.value) else None


def _of_a_size(this: Decimal, other: Decimal) -> bool:
    """Whether two amounts are both above zero and within `COMPARABLE_RATIO` of each other."""
    return this > 0 and other > 0 and max(this, other) <= COMPARABLE_RATIO * min(this, other)


def _unit_of_the_last(
    text: str, start: int, value: Decimal, rules: FigureRules, last: _Quantity, *, percent_ok: bool
) -> UnitRule | None:
    """The unit of `last`, a figure before `start` in its sentence, when `value` is of a size
    with it: "$5.2bn, up from 4.1" is no 4.1 dollars (`_scaled_like_the_last` reads it)."""
    if last.rule is rules.multiplier or (last.rule is rules.percent and not percent_ok):
        return None
    this = value * last.rule.factor
    if not _of_a_size(this, last.value):
        return None
    if last.rule.counted and not _whole(this):
        return None  # "near Hill 203.5": a count is whole
    if not _in_one_sentence(text, last.end, start):
        return None
    return last.rule


# what may follow a partitive that refers a sentence back: a verb ("Thirty-six of them were
# targeting Kyiv"), not a noun or participle that names another whole ("Twelve of those killed")
_PARTITIVE_NEXT_RE = re.compile(
    r"[ \t]*(?:[,;:.)]|(?:were|was|are|is|have|had|has|will|would|could|can|may|might|did"
    r"|remain|remained|reached|hit|struck|landed|fell|crashed|exploded|came|went|got)\b)"
)


def _opens_the_next_sentence(text: str, previous_end: int, start: int) -> bool:
    """Whether `start` opens the sentence right after the one where `previous_end` is: one
    sentence break between them, nothing but space or a quote after it."""
    if start - previous_end > _SAME_SENTENCE:
        return False
    breaks = list(_SENTENCE_BREAK_RE.finditer(text, previous_end, start))
    return len(breaks) == 1 and not text[breaks[0].end() : start].strip(" \t\"'“‘")


# at most three words before a number that opens its sentence: "More than", "Another", "About"
_FEW_OPENING_WORDS_RE = re.compile(r"[A-Z][a-z]*(?:[ \t]+[a-z]+){0,2}[ \t]+\Z")
_PRONOUNS = frozenset({"he", "she", "him", "her"})


# a plural verb next: the number counts people ("Another 45 have been", not "Another 5 billion was")
_PLURAL_VERB_NEXT_RE = re.compile(
    r"[ \t]*(?:,[^,.;:\n]{1,50},[ \t]*)?"  # ("Another 30, including six children, were")
    r"(?:were|are|have|had|remain|remained|will|would|could|may|might|did)\b"
)


def _only_people_before(text: str, previous: Sequence[_Quantity]) -> bool:
    """Whether every figure in the sentence of the last of `previous` counts people or troops."""
    last = previous[-1]
    for quantity in reversed(previous):
        if quantity is not last and not _in_one_sentence(text, quantity.end, last.start):
            break
        if quantity.rule.unit not in _PEOPLE_UNITS:
            return False
    return True


def _opens_the_next_sentence_after_a_few_words(text: str, previous_end: int, start: int) -> bool:
    """Whether `start` opens the sentence after the one where `previous_end` is, or follows at
    most three words that open it ("More than 3,000 others", "Another 45")."""
    if start - previous_end > _SAME_SENTENCE:
        return False
    breaks = list(_SENTENCE_BREAK_RE.finditer(text, previous_end, start))
    if len(breaks) != 1:
        return False
    gap = text[breaks[0].end() : start].lstrip(" \t\"'“‘")
    return not gap or _FEW_OPENING_WORDS_RE.fullmatch(gap) is not None


def _in_one_sentence(text: str, start: int, end: int) -> bool:
    """Whether no sentence break lies between `start` and `end` (at most `_SAME_SENTENCE`
    characters apart: a search of the whole gap on a long line would cost time squared)."""
    return end - start <= _SAME_SENTENCE and not _SENTENCE_BREAK_RE.search(text, start, end)


def _and_theirs(text: str, last_end: int, start: int, end: int) -> bool:
    """Whether the bare number at `[start, end)` counts the people counted right before it,
    joined by "and" or a comma after their casualty's verbs: "six soldiers died and 28 were
    injured", "12 soldiers were killed, 20 were wounded"."""
    if _AND_THEIRS_RE.fullmatch(text, last_end, start) is None:
        return False
    reach = min(len(text), end + _OTHERS_REACH)
    stop = _SENTENCE_BREAK_RE.search(text, end, reach)  # (others named in its sentence only)
    return not _OTHERS_AFTER_RE.search(text, end, stop.start() if stop else reach)


def _an_age_limit(text: str, start: int, words_before: tuple[str, str], rules: FigureRules) -> bool:
    """Whether the number at `start` (its hedge read with it or not) is an age limit after a
    group of people: "People over 65 were hospitalised", "Children under 5 were killed"."""
    one, two = words_before
    if one in rules.age_limits:
        return two in rules.age_groups
    first = text[start : start + _LONGEST_AGE_LIMIT].split(maxsplit=1)
    return bool(first) and first[0].lower() in rules.age_limits and one in rules.age_groups


def _elliptical_count_rule(
    text: str,
    start: int,
    end: int,
    value: Decimal,
    rules: FigureRules,
    previous: Sequence[_Quantity],
    words_before: tuple[str, str],
) -> UnitRule | None:
    """What a bare whole number counts: casualties ("injured 32", "another 20 were injured"),
    "N of the M drones", "13 others" and "another 1,000" like the count before them."""
    one, two = words_before
    refers_back = one in rules.others_before or f"{two} {one}" in rules.others_before
    if one == "of" and two in rules.people_groups and rules.casualty is not None:
        return rules.casualty  # "a family of four was displaced"
    # "a father of two was killed", "a girl of 9 died": no count ("a total of 12 died" is)
    if rules.casualty is not None and (one != "of" or two == "total"):
        before = one in rules.casualty_before and (
            one not in rules.casualty_moved or _people_moved(text, start, end, rules)
        )  # "killed 12", "displaced 12.8 million, ..."
        if before or (
            rules.casualty_after is not None
            and rules.casualty_after.match(text, end)
            and not _RANGE_TAIL_RE.search(text, max(0, start - _LOOKBACK), start)
            and not _an_age_limit(text, start, words_before, rules)  # "people over 65"
        ):
            # (a range's end: see `_bare_range`, "May 6 to 8 killed 12"); "another 1,000
            # wounded" after soldiers are soldiers, and so are "six soldiers died and 28 were
            # injured", "12 soldiers were killed, 20 were wounded" and "Of the 60 soldiers
            # manning the base, 43 were killed, nine were wounded"
            last = previous[-1] if previous else None
            if (
                last is not None
                and last.rule.unit in _PEOPLE_UNITS
                and (
                    _and_theirs(text, last.end, start, end)
                    or (
                        not before  # (after "killed" only the soldiers joined right before)
                        and (
                            refers_back
                            or _OF_THE_BEFORE_RE.search(
                                text, max(0, last.start - _LOOKBACK), last.start
                            )
                        )
                    )
                )
                and _in_one_sentence(text, last.end, start)
            ):
                return last.rule
            return rules.casualty
        if (
            text[start:end] == "1"
            and rules.casualty_singular_after is not None
            and rules.casualty_singular_after.match(text, end)
        ):
            return rules.casualty  # "1 was killed and 12 injured"
    if rules.of_object is not None and (found := rules.of_object.match(text, end)):
        if found.group("model"):
            return _model_rule(found.group("model"), rules)  # "50 of the 85 F-16s"
        rule = _unit_rule(found.group("object"), rules)
        if _normalise(found.group("object")) in rules.designated_objects:
            return _designated_rule(found.group(), rules) or rule  # "two of the J-20 fighters"
        return rule
    if _share_of_an_open_count(text, end, value, rules):
        return _OPEN_COUNT  # "62 of the 78 councils"
    if (rule := _partitive_opening_rule(text, start, end, rules)) is not None:
        return rule  # "Among the visitors, 6,151 were male"
    if (
        previous
        and previous[-1].rule.counted
        and value <= previous[-1].value
        and start - previous[-1].end <= _SAME_SENTENCE
        and _PARTITIVE_BACK_RE.search(text, max(0, start - _LOOKBACK), start)
        and _PARTITIVE_NEXT_RE.match(text, end)
    ):
        return previous[-1].rule  # "A total of 49 entities were added. Of these, 42 were ..."
    if (
        rules.predicate_object is not None
        and (found := rules.predicate_object.match(text, end))
        and not _an_age_limit(text, start, words_before, rules)  # "children under 5 are"
        and not {one, two} & {"aged", "age", "at"}  # "Those aged over 65 are mostly pensioners"
        and not _DIGIT_BEFORE_WORD_RE.search(text, max(0, start - _LOOKBACK), start)
        and not _numbered_name(text, start)  # "Flights 202 and 303 were cargo flights"
    ):
        return _unit_rule(found.group("predicate"), rules)  # "35.3 million were refugees"
    if rules.people_after is not None and previous and rules.people_after.match(text, end):
        return _last_people(text, start, previous, rules)  # "12 nations, 40 of whom": people
    after = None
    if not refers_back and rules.others_after is not None:
        after = rules.others_after.match(text, end)
        refers_back = after is not None
    if (
        after is not None
        and one == "and"
        and two in _PRONOUNS
        and after.group().strip() == "others"
    ):
        return rules.casualty  # "He and 19 others were detained": people
    if refers_back and previous and _open_noun_end(text, end, rules) is not None:
        return _OPEN_COUNT  # its own noun: "items recovered from 212 suspects include 303 bags"
    if refers_back and previous:
        last = previous[-1]
        if last.rule.counted and _in_one_sentence(text, last.end, start):
            return last.rule
        if (
            after is not None
            and after.group().strip() == "of which"
            and value < last.value
            and last.rule.unit != "percent"
            and _in_one_sentence(text, last.end, start)
        ):
            return last.rule  # "11 million tons of wheat, 5 million of which are imported"
        if (
            last.rule.unit in _PEOPLE_UNITS
            and (after is None or after.group().strip() == "others")
            and _PLURAL_VERB_NEXT_RE.match(text, after.end() if after else end)
            and _opens_the_next_sentence_after_a_few_words(text, last.end, start)
            and _only_people_before(text, previous)
        ):
            # "13,500 people had fled. More than 3,000 others were seeking refuge", "The
            # hospital has 14 doctors. Another 45 have been released for training" (not
            # "... 300 beds and 40 doctors. Another 100 are planned", "... paid 20,000
            # farmers. Another 5 billion was disbursed")
            return last.rule
        if (
            after is not None
            and after.group().strip().startswith("of")
            and _PARTITIVE_NEXT_RE.match(text, after.end())
            and last.rule.counted
            and value < last.value
            and _opens_the_next_sentence(text, last.end, start)
        ):
            return last.rule  # "... launched almost 60 Shahed drones. Thirty-six of them were"
    side = rules.vote_sides.match(text, end) if rules.vote_sides is not None else None
    if side is not None and previous and _VOTE_SIDE_END_RE.match(text, side.end()):
        last = previous[-1]  # "with 141 votes in favour, five against and 35 abstentions"
        if (
            _VOTES_RE.search(text, last.start, last.end) or _VOTERS_SIDE_RE.match(text, last.end)
        ) and _in_one_sentence(text, last.end, start):
            return last.rule
    return None


# a distance, then "per hour" after a bracket (its conversion) or after the bracket it is in
_PER_HOUR_AFTER_A_BRACKET_RE = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\)|[ \t]*\))[ \t]+(?:per|an|a)[ \t]+hour\b(?!['’]s)"
)
_SPEEDS = {"km": "km/h", "miles": "mph"}  # a distance's unit: the phrase of its speed
_DOLLAR_SIGNS = frozenset({"$", "US$"})
_ONE_DOLLAR_CONNECTORS = frozenset({"to", "for", "per", "against"})
# the one dollar a rate is quoted in, after it: "LBP 7,000 to $1" (not "to $1 billion"); also a
# branch of the rules' `exchange_quoted`
_ONE_DOLLAR_AFTER = (
    rf"{SPACE}+(?:to|for|per|against){SPACE}+(?P<one_dollar>US\$|\$)1(?!\w|[.,]\d)"
    rf"(?!{SPACE}*(?:million|billion|trillion|thousand|bn|mn|tn|m|b|k)\b)"
)
_ONE_DOLLAR_AFTER_RE = re.compile(_ONE_DOLLAR_AFTER)
_ANY_CENTS = frozenset({"cents", "cent"})  # hundredths of the currency before them
# the hundredths after an amount: "7 rupees 50 paise", "10 roubles 20 kopecks"
_SUBUNIT_AFTER_RE = re.compile(
    rf"{SPACE}+(?:and{SPACE}+)?(?P<number>\d{{1,2}}){SPACE}*(?P<word>[a-z]+)(?!\w)"
)

# the units of counted people: a casualty toll after such a count may count the same people
_PEOPLE_UNITS = frozenset({"people", "troops"})


# a sentence's opening partitive that refers back: "Of these, 42 were based in China"
_PARTITIVE_BACK_RE = re.compile(
    r"(?:^|[.!?\n\"“‘(][ \t]*)(?:Of|Among)[ \t]+(?:these|them|those|which),[ \t]*\Z"
)


def _partitive_opening_rule(text: str, start: int, end: int, rules: FigureRules) -> UnitRule | None:
    """The unit of a number right after a sentence's opening partitive, before its verb: "Among
    the visitors, 6,151 were male", "Of the passengers, 300 had no visa"."""
    if (
        rules.partitive_opening is None
        or text[max(0, start - 2) : start].strip() != ","
        or not _PARTITIVE_NEXT_RE.match(text, end)
    ):
        return None
    found = rules.partitive_opening.search(text, max(0, start - _LOOKBACK), start)
    return _unit_rule(found.group("object"), rules) if found else None


def _words_before(text: str, position: int, count: int) -> set[str]:
    """The last `count` words before `position`, lower-cased."""
    words = _WORD_RE.findall(text, max(0, position - _LOOKBACK), position)
    return {word.lower() for word in words[-count:]}


# adverbs between a level's verb and its number: "is now 31", "was still 15"
_LEVEL_ADVERBS = frozenset({"now", "still", "already", "currently"})
_LAST_RUN_RE = re.compile(r"\w+(?=\W*\Z)")


def _sentence_subject_rule(
    text: str,
    start: int,
    end: int,
    words_before: tuple[str, str],
    rules: FigureRules,
    previous: Sequence[_Quantity],
) -> UnitRule | None:
    """What a bare number counts when its sentence names it as the subject: "the number of
    ..." or a toll (`_subject_rule`), else a counted object right before its verb
    (`_object_subject_rule`)."""
    rule = _subject_rule(text, start, end, words_before, rules)
    if rule is None and _may_follow_its_subject(words_before[0], rules):
        rule = _object_subject_rule(text, start, end, rules, previous)
    return rule


def _subject_rule(
    text: str, start: int, end: int, words_before: tuple[str, str], rules: FigureRules
) -> UnitRule | None:
    """What a bare number counts when its sentence names it before: "the number of foreign
    students is expected to reach 425,000", "the death toll rose to 31", "a death toll of 31",
    "the released soldiers numbered 248".

    `start` is where the number's match starts (its qualifier included); the number must end
    its phrase (`subject_after`), and only words may stand between the subject and it; an
    adverb may stand before the number ("the death toll is now at least 20,451")."""
    one, two = words_before
    if one in _LEVEL_ADVERBS and (adverb := _LAST_RUN_RE.search(text, max(0, start - 20), start)):
        one, two = _previous_words(text, adverb.start())
    if (
        one == "of"
        and two == "total"
        and (total := _A_TOTAL_OF_RE.search(text, max(0, start - 20), start))
    ):
        one, two = _previous_words(text, total.start())  # "arrivals reached a total of 1.3 billion"
    level = one in rules.subject_level_before
    if not (level or one == "of") or rules.subject_after is None:
        return None
    if not rules.subject_after.match(text, end) or _RATIO_AFTER_RE.match(text, end):
        return None  # "at 12 schools", "at 65 has risen" (inside the subject), "2 per 1,000"
    if _RANGE_TAIL_RE.search(text, max(0, start - _LOOKBACK), start):
        return None  # "estimated at 300 to 500", "aged 18 to 60": the end of a range
    if level and one in rules.subject_verbs:
        rule = _unit_rule(two, rules)
    else:
        if rules.subject is None:
            return None
        line_start = text.rfind("\n", max(0, start - _SUBJECT_REACH), start) + 1
        window = max(line_start, start - _SUBJECT_REACH)
        found = next(reversed([*rules.subject.finditer(text, window, start)]), None)  # the last
        if found is None:
            return None
        gap = text[found.end() : start]
        if found.group("toll"):
            if not (level or _TOLL_OF_RE.fullmatch(gap)):
                return None  # after "of" only in "a death toll of 31"
            rule = rules.casualty
        elif found.groupdict().get("counted"):
            if not level:
                return None
            rule = rules.plain_count  # "nonfarm payrolls grew by 180,000"
        elif found.groupdict().get("people"):
            if not level:
                return None
            rule = rules.units.get("people")  # "passenger numbers rose 11pc to 50.4 million"
        else:
            if not level:
                return None
            rule = _unit_rule(found.group("object"), rules)
            # "a surge in passengers to 168.6 million", not "the rise in flights reached 300"
            if found.groupdict().get("change") and one != "to":
                return None
            if _another_head(gap, rules):
                return None  # "the number of aircraft hangars", "of soldiers' wives"
        if _breaks_the_subject(gap, rules) or _opens_a_clause(gap, rules):
            return None  # "... rose to 200, and revenue reached 5 billion", "as it hit 45"
        if (
            one in _SUBJECT_PREPOSITIONS
            and not _leads_to_its_level(gap, rules)
            and not _words_before(text, found.start(), 4)
            & (rules.subject_causatives | rules.subject_level_verbs)
        ):  # (four words: "bringing the region's civilian death toll ... to 212")
            return None  # "the death toll from a strike at 3 in the morning"
    return rule if rule is not None and rule.counted else None


# a digit that is no part of a name: not "COVID-19" or "Tu-95" between a count and its total
_NUMBER_NOT_A_NAME_RE = re.compile(r"(?<![\w\-])\d")


def _total_rule(
    text: str,
    start: int,
    end: int,
    value: Decimal,
    words_before: tuple[str, str],
    rules: FigureRules,
    previous: Sequence[_Quantity],
) -> UnitRule | None:
    """The unit of a running total after the count it adds up: "610 soldiers were killed over
    the past day, bringing the total to 200,590", "..., taking Moscow's total losses since the
    start of the invasion to 154,830". The count comes first in the same sentence, the total is
    no smaller, and the number ends its phrase."""
    if words_before[0] != "to" or not previous:
        return None
    found = _total_phrase(text, start, rules)
    if found is None:
        return None
    phrase, named = found
    # the last count before it that says what, not where ("killed 8 civilians in 2 villages"):
    # only durations and places may stand between ("610 soldiers over the past 24 hours")
    index = len(previous) - 1
    while (
        index > 0
        and previous[index].end > start - _SAME_SENTENCE  # (bounded: no quadratic walk)
        and (
            previous[index].rule.category == "duration"
            or _previous_word(text, previous[index].start) in rules.total_not_after
        )
    ):
        index -= 1
    last = previous[index]
    if phrase.start() < last.end or not last.rule.counted:
        return None
    if _previous_word(text, last.start) in rules.total_not_after:
        return None
    if named and not _names_the_count(named, last, rules):
        return None  # "its total workforce", "the total troop losses": another noun is summed
    if not _in_one_sentence(text, last.end, start):
        return None
    ends = [figure.end for figure in previous[index:]]
    starts = [figure.start for figure in previous[index + 1 :]] + [start]
    if any(
        _NUMBER_NOT_A_NAME_RE.search(text, gap_start, gap_end)
        for gap_start, gap_end in zip(ends, starts, strict=True)
    ):
        return None  # "..., 12 on Tuesday, bringing the total to 40": which count is summed?
    if rules.subject_after is None or not rules.subject_after.match(text, end):
        return None  # "bringing the total to 40 per cent", "to 300 billion roubles"
    if value * last.rule.factor < last.value or not _whole(value * last.rule.factor):
        return None
    return last.rule


def _names_the_count(named: list[str], last: _Quantity, rules: FigureRules) -> bool:
    """Whether the words a total names fit the count it sums: one of `total_nouns` ("total
    losses"), or an object of the count's unit ("the total sanctioned vessels" after ships)."""
    if named[-1] in rules.total_nouns:
        return len(named) == 1  # "total losses"; not "the total troop losses"
    rule = _unit_rule(" ".join(named[-2:]), rules) or _unit_rule(named[-1], rules)
    return rule is not None and rule.unit == last.rule.unit


def _total_phrase(
    text: str, start: int, rules: FigureRules
) -> tuple[re.Match[str], list[str]] | None:
    """ "bringing the total to", "taking Moscow's total losses since ... to" right before
    `start`: a causative; determiners or a possessive, then one of `total_words`; the words
    that name what is summed, if any ("losses", "sanctioned vessels"); maybe a time phrase;
    "to". Returns the match and those naming words."""
    if rules.total_phrase is None:
        return None
    found = rules.total_phrase.search(text, max(0, start - _TOTAL_REACH), start)
    if found is None:
        return None
    words = [word.lower() for word in _WORD_RE.findall(found.group("what"))]
    at = 0
    while at < len(words) and (
        words[at] in rules.total_determiners or words[at].endswith(("'s", "’s"))
    ):
        at += 1
    if at == len(words) or words[at] not in rules.total_words:
        return None
    while at < len(words) and words[at] in rules.total_words:
        at += 1
    named = []  # what the total names: "the total sanctioned vessels"
    while at < len(words) and words[at] not in rules.total_time_words:
        named.append(words[at])
        at += 1
    return found, named


def _may_follow_its_subject(word_before: str, rules: FigureRules) -> bool:
    """Whether the word before a number lets `_object_subject_rule` apply (its first test)."""
    return word_before in ("to", "at") or word_before in rules.object_subject_reach


def _object_subject_rule(
    text: str, start: int, end: int, rules: FigureRules, previous: Sequence[_Quantity] = ()
) -> UnitRule | None:
    """What a bare number counts when a counted object is the subject right before it: "the
    casualties swelled to 15,207", "Chinese visitors rose 12 percent to 1.5 million" (a verb of
    `object_subject_verbs`, maybe its change, "to"/"at"), "tourist arrivals exceeded 1.2
    million" (one of `object_subject_reach`); the number ends its phrase, no ratio.

    Not a plain count's object ("losses totalled 45 billion" after revenue in roubles, "Gulf
    states rose to 6" in a ranking), nor after money in its sentence, nor an object in a
    clause of time ("when men reach 65") or after a preposition ("Scrambles against Chinese
    planes rose 10 percent to 114"), nor a name ("Japan Airlines rose 2% to 2,950")."""
    if rules.subject_after is None:
        return None
    written = _WORD_RE.findall(text, max(0, start - _OBJECT_SUBJECT_REACH), start)
    words = [word.lower() for word in written]
    at = len(words) - 1
    if at < 1:
        return None
    if words[at] in ("to", "at"):
        at -= 1
        while at > 0 and (words[at][0].isdigit() or words[at] in rules.subject_change_tails):
            at -= 1  # "rose 12 percent to", "grew by 3,000 to"
        if words[at] not in rules.object_subject_verbs:
            return None
    elif words[at] not in rules.object_subject_reach:
        return None
    at -= 1
    if at >= 0 and (
        words[at] in ("have", "has", "had")
        or (words[at] in ("is", "are", "was", "were") and words[at + 1] in ("up", "down"))
    ):
        at -= 1  # "have risen", "were up 12.1% to"
    subject = _counted_subject(words[: at + 1], rules)
    if subject is None:
        return None
    first, size, rule = subject
    if not rules.subject_after.match(text, end) or _RATIO_AFTER_RE.match(text, end):
        return None
    if previous and previous[-1].rule.money and _in_one_sentence(text, previous[-1].end, start):
        return None  # "revenue rose to 450 billion rubles, while losses totalled 45 billion"
    if written[first][0].isupper() and first and written[first - 1][0].isupper():
        return None  # "Reliance Industries rose 2% to 2,950": a name, its share price
    if (
        rule.unit == rules.plain_count_unit
        and words[first + size - 1] not in rules.object_subject_counts
        and " ".join(words[max(0, first + size - 2) : first + size])
        not in rules.object_subject_counts  # "flight movements", not "price movements"
    ):
        return None  # "losses totalled 45 billion", "Gulf states rose to 6": no subject
    return rule


def _counted_subject(words: Sequence[str], rules: FigureRules) -> tuple[int, int, UnitRule] | None:
    """The counted object that is the subject `words` end with (the words before its verb):
    where it starts, how many words, its rule. "the casualties"; before a short phrase of a
    preposition, "Flights between the two countries", "Direct flights between Moscow and
    Harbin", "Arrivals of foreign tourists in Thailand" (two such phrases at most); never a
    preposition's object ("Scrambles against Chinese planes" are scrambles, "the rise in
    flights between the countries" and "Remittances from Indian workers" no subject), nor a
    rate's ("Deaths per 100,000 people")."""
    prepositions = rules.object_subject_not_after
    last = words[-8:]
    if any(
        word in rules.object_subject_ratios
        and (following[0].isdigit() or following in rules.scales or following == rules.hundred)
        for word, following in itertools.pairwise(last)
    ):
        return None  # "Deaths per 1,000 live births", "for every 1,000 women": rates
    end = len(words)
    for hop in range(3):
        tail = _counted_tail(words[:end], rules, longest=3 if hop == 0 else 2)
        first = end - tail[0] if tail is not None else end
        # (a preposition among the words before it: three at first, two behind a phrase)
        window = max(0, first - (3 if hop == 0 else 2)) if tail is not None else max(0, end - 4)
        found = [at for at in range(window, first) if words[at] in prepositions]
        if not found:
            return None if tail is None else (first, *tail)
        at = found[0]
        if at < 1 or words[at - 1] in prepositions or words[at] in rules.object_subject_ratios:
            return None
        end = at  # the subject may stand before this preposition
    return None


def _number_back_rule(
    text: str,
    start: int,
    end: int,
    value: Decimal,
    rules: FigureRules,
    previous: Sequence[_Quantity],
) -> UnitRule | None:
    """The unit of "their number", "that number", "the total number" (no "of ...": what was
    counted just before) when it goes to a level: "25,000 Chinese students study in Russia. We
    want to increase their number to 100,000". The last figure before, in its paragraph and
    near, is a count of a size with it; the number ends its phrase."""
    if rules.number_back is None or not previous:
        return None
    if _previous_word(text, start) not in ("to", "at"):
        return None
    if rules.number_back.search(text, max(0, start - _LOOKBACK), start) is None:
        return None
    if rules.subject_after is None or not rules.subject_after.match(text, end):
        return None
    if _RATIO_AFTER_RE.match(text, end) or _PER_RE.match(text, end):
        return None  # "increase their number to 2 per 1,000 residents", "to 320 per district"
    last = previous[-1]
    if (
        len(previous) > 1
        and previous[-2].rule.counted
        and previous[-2].rule.unit != last.rule.unit
        and "\n" not in text[previous[-2].end : start]
    ):
        return None  # "5,000 troops and 200 tanks. Their number rose to 8,000": which?
    if not last.rule.counted or start - last.end > _SAME_SENTENCE or "\n" in text[last.end : start]:
        return None
    this = value * last.rule.factor
    if not _whole(this) or max(this, last.value) > COMPARABLE_RATIO * min(this, last.value):
        return None
    return last.rule


def _another_head(gap: str, rules: FigureRules) -> bool:
    """Whether the counted object that "the number of" names is followed by a possessive or
    another plural noun, so that it is not what is counted ("the number of soldiers' wives",
    "of aircraft hangars"); verbs ("has", "rises") are no nouns."""
    after = _NOUN_AFTER_RE.match(gap)
    if after is None:
        return _PER_RE.match(gap) is not None  # "the number of people per doctor": a ratio
    word = after.group().strip().lower()
    return word in ("'", "’") or word not in rules.subject_level_verbs | _AUXILIARIES


def _headed_rule(
    text: str, start: int, end: int, rules: FigureRules, previous: Sequence[_Quantity]
) -> UnitRule | None:
    """What a number counts in a tally whose lines name it first, as the Ukrainian General
    Staff's daily losses do ("tanks — 7,834 (+6) units;", "personnel: about 1,080"): the
    counted object that begins its line before a dash or colon, or, in brackets right after
    a figure ("(+6)"), that figure's."""
    if not _HEAD_MARK_RE.search(text, max(0, start - 3), start):
        return None
    if _RATIO_AFTER_RE.match(text, end):
        return None  # "Refugees: 1 in 4 children", "(1 of 3 planned)"
    if previous and _INCREMENT_RE.fullmatch(text, previous[-1].end, start):
        last = previous[-1].rule  # "7,834 (+6)": the day's increase of the same count
        return last if last.counted else None
    if not _TALLY_END_RE.match(text, end):
        return None  # "Drones: 10 things to know", "Planes: 737 MAX returns": headlines
    # the line's start, or the last tally item's end: "Tanks – 7,834 (+6), armoured vehicles –"
    head_start = max(
        text.rfind(separator, max(0, start - _HEAD_REACH), start) + 1 for separator in "\n;,"
    )
    head = _HEAD_RE.fullmatch(text, head_start, start)
    if head is None:
        return None
    words = head.group("head").split()
    if any(_NAME_WITH_DIGITS_RE.fullmatch(word) for word in words) or (
        len(words) > 1 and words[-1].lower() in rules.tally_name_heads
    ):
        return None  # "S7 Airlines: 845,300", "China Eastern Airlines: 1.2 million": a name
    for first in range(len(words)):  # "armoured combat vehicles": "combat vehicles"
        rule = _unit_rule(" ".join(words[first:]), rules)
        if rule is not None:
            return rule if rule.counted else None
    subject = rules.subject.fullmatch(head.group("head")) if rules.subject is not None else None
    if subject is None:
        return None
    if subject.group("toll"):
        return rules.casualty  # "Death toll: 45"
    if subject.groupdict().get("people"):
        return rules.units.get("people")  # "Passenger numbers: 6.0 million"
    if subject.groupdict().get("counted"):
        return rules.plain_count  # "Nonfarm payrolls: 254,000"
    return _unit_rule(subject.group("object"), rules)  # "Number of flights: 230"


def _breaks_the_subject(gap: str, rules: FigureRules) -> bool:
    """Whether punctuation or a conjunction in `gap` may start a clause that counts something
    else ("... rose to 200, and revenue reached 5 billion"); a comma between a verb of level or
    change and its "to"/"from" does not ("fell again, to 553,000", "has risen, from 282")."""
    for mark in _SUBJECT_BREAK_RE.finditer(gap):
        if mark.group() in ("and", "And") and _BETWEEN_BEFORE_RE.search(gap, 0, mark.start()):
            continue  # "the number of trains that ran between China and Europe ... rose to 591"
        if mark.group() != "," or not _LEVEL_COMMA_AFTER_RE.match(gap, mark.end()):
            return True
        words = [word.lower() for word in _WORD_RE.findall(gap, 0, mark.start())]
        while words and words[-1] in rules.subject_change_tails:
            words.pop()  # "fell again,"
        if not words or words[-1] not in rules.subject_level_verbs:
            return True
    return False


def _opens_a_clause(gap: str, rules: FigureRules) -> bool:
    """Whether a conjunction of `subject_clause_words` stands in `gap` ("rose as temperatures
    hit 45"); "as of Tuesday" is a date, not a clause."""
    words = [word.lower() for word in _WORD_RE.findall(gap)]
    return any(
        word in rules.subject_clause_words and not (word == "as" and words[i + 1 : i + 2] == ["of"])
        for i, word in enumerate(words)
    )


def _leads_to_its_level(gap: str, rules: FigureRules) -> bool:
    """Whether what stands between a subject and "to"/"at"/"from" and its number makes that
    number the subject's level: nothing ("raise the number of flights to 230"), a verb of level
    or change, maybe with a change after it ("rose to", "stood at", "grew 40% to", "rose by
    5,000 to"), or a change from a level ("grew from 17 in 2011 to")."""
    words = [word.lower() for word in _WORD_RE.findall(gap)][:-1]  # without the preposition
    if not words:
        return True
    if "from" in words:
        at = len(words) - 1 - words[::-1].index("from")
        if at and words[at - 1] in rules.subject_level_verbs:
            return True  # "grew from 17 in 2011 to 17,000"
    while words and (
        words[-1] == "by" or words[-1][0].isdigit() or words[-1] in rules.subject_change_tails
    ):
        words.pop()  # "grew 40% to", "rose by 5,000 to", "increased by 25 percent year-on-year to"
    return bool(words) and words[-1] in rules.subject_level_verbs


def _parallel_cue(text: str, start: int, end: int, word_before: str, rules: FigureRules) -> bool:
    """Whether a number stands as a list's item followed by where, when or what with: "..., four
    in Hong Kong", "and 42 in China" (the first test of `_parallel_rule`)."""
    if rules.parallel_after is None or not rules.parallel_after.match(text, end):
        return False
    if _RATIO_AFTER_RE.match(text, end):
        return False  # "and 1 in 4 were minors": a ratio
    return word_before in rules.parallel_before or bool(
        _LIST_BEFORE_RE.search(text, max(0, start - 3), start)
    )


def _parallel_rule(
    text: str,
    start: int,
    end: int,
    value: Decimal,
    words_before: tuple[str, str],
    rules: FigureRules,
    previous: Sequence[_Quantity],
) -> UnitRule | None:
    """The unit of a count's parallel in a list: "63 entities in Russia and 42 in China",
    "three companies in mainland China, four in Hong Kong", "40 drones on Monday and 25 on
    Tuesday": each side followed by where, when or what with, no other number between them."""
    if not previous:
        return None
    last = previous[-1]
    if (
        last.rule.counted
        and _BREAKDOWN_GAP_RE.fullmatch(text, last.end, start)
        and rules.parallel_after is not None
        and rules.parallel_after.match(text, end)
        and not _RATIO_AFTER_RE.match(text, end)
        and value <= last.value
    ):  # a breakdown after a dash: "206,288 people – 83,851 in Dhaka and 122,437 in ..."
        return _unit_of_the_last(text, start, value, rules, last, percent_ok=False)
    if not _parallel_cue(text, start, end, words_before[0], rules):
        return None
    if not last.rule.counted or rules.parallel_after_last is None:
        return None
    if not rules.parallel_after_last.match(text, last.end):
        return None  # "11 Chinese firms, along with five from Russia": no parallel
    if start - last.end > _SAME_SENTENCE or _DIGIT_RE.search(text, last.end, start):
        return None  # "50 drones at 3 and 4 in the morning"
    return _unit_of_the_last(text, start, value, rules, last, percent_ok=False)


def _obtained_rule(
    text: str,
    start: int,
    end: int,
    value: Decimal,
    word_before: str,
    rules: FigureRules,
    previous: Sequence[_Quantity],
) -> UnitRule | None:
    """The unit of a tally's next side, its noun left out after a verb of winning: "Awami
    League candidates secured 223 seats, the Jatiya Party got 11", "Atiku Abubakar polled
    6,984,520 votes while Peter Obi secured 6,101,533" (`obtained_verbs`). The count before it
    stands in its sentence, and the number ends its phrase."""
    if not previous or word_before not in rules.obtained_verbs:
        return None
    last = previous[-1]
    if not last.rule.counted or rules.compared_after is None:
        return None
    if not rules.compared_after.match(text, end) or _DIGIT_RE.search(text, last.end, start):
        return None  # "won 3-1", "secured 11 of the 20"
    if not _whole(value * last.rule.factor) or not _in_one_sentence(text, last.end, start):
        return None
    return last.rule


def _kind_rule(
    text: str,
    start: int,
    end: int,
    value: Decimal,
    words_before: tuple[str, str],
    rules: FigureRules,
    previous: Sequence[_Quantity],
) -> UnitRule | None:
    """The unit of a number that names a kind of the count before it, its noun left out: "a
    record 28 medals, 38 silver and 41 bronze" (`continued_kinds`), as a list's item in the
    count's sentence, the kind ending its phrase."""
    kind = _kind_after(text, end, rules)
    if kind is None or not previous or not previous[-1].rule.counted:
        return None
    if not (
        words_before[0] in rules.continued_before
        or _LIST_BEFORE_RE.search(text, max(0, start - 3), start)
    ):
        return None
    last = previous[-1]
    if start - last.end > _SAME_SENTENCE or _DIGIT_RE.search(text, last.end, start):
        return None
    return _unit_of_the_last(text, start, value, rules, last, percent_ok=False)


def _kind_after(text: str, end: int, rules: FigureRules) -> re.Match[str] | None:
    """A kind of `continued_kinds` right after a number, ending its phrase ("38 silver and")."""
    if rules.continued_kinds is None or rules.continued_after is None:
        return None
    kind = rules.continued_kinds.match(text, end)
    return kind if kind and rules.continued_after.match(text, kind.end()) else None


def _line_window(text: str, start: int, end: int) -> str:
    """The text around `[start, end)`, within its line."""
    line_start = text.rfind("\n", max(0, start - _CONTEXT_WINDOW), start) + 1
    line_start = max(line_start, start - _CONTEXT_WINDOW)
    line_end = text.find("\n", end, end + _CONTEXT_WINDOW)
    if line_end < 0:
        line_end = min(len(text), end + _CONTEXT_WINDOW)
    return text[line_start:line_end]


def _clause_start(text: str, start: int) -> int:
    """Where the sentence or clause (after a semicolon) of a figure at `start` begins, at most
    `_CONTEXT_WINDOW` characters before it."""
    window_start = max(0, start - _CONTEXT_WINDOW)
    breaks = [found.end() for found in _CLAUSE_BREAK_RE.finditer(text, window_start, start)]
    return breaks[-1] if breaks else window_start


def _clause_end(text: str, end: int) -> int:
    """Where the sentence or clause of a figure ending at `end` ends (see `_clause_start`)."""
    after = _CLAUSE_BREAK_RE.search(text, end, end + _CONTEXT_WINDOW)
    return after.start() if after else min(len(text), end + _CONTEXT_WINDOW)


_CLAUSE_BREAK_RE = re.compile(rf"{_SENTENCE_BREAK_RE.pattern}|;")


def _short_scales_of(
    phrase: str, value: Decimal, rule: UnitRule, rules: FigureRules
) -> frozenset[str]:
    """The one-letter scales that may stand after `value` before the counted object `phrase`."""
    by_unit = rules.unit_short_scales.get(rule.unit)
    if (
        by_unit is None
        or value >= rules.unit_short_scales_below
        or _normalise(phrase) in rules.short_scales_not_before
    ):
        return rules.count_short_scales
    return rules.count_short_scales | by_unit


def _strong_enough(
    match: re.Match[str], text: str, number: str, qualifier: str, rule: UnitRule, rules: FigureRules
) -> bool:
    """Whether a weak number ("one", "a") is backed by a scale, money, percent or a unit, or is
    a stretch of time that a hedge or a preposition of duration leads ("within one month",
    "sentenced to one month", "nearly one year"; not "One day, he ...")."""
    if number.lower() not in rules.weak_numbers:
        return True
    if match.group("scale1") or rule.money or rule.category == "percent" or rule.weak_ok:
        return True
    if (
        rule.unit in rules.weak_measures.get(number.lower(), ())
        and (match.group("unit") or "").islower()  # (not "One Acre Fund", "One Mile Beach")
        and _previous_word(text, match.start()) not in rules.weak_measures_not_after
    ):
        return True  # "just over one kilometre long" (not "no one miles away")
    if rule.category == "duration" and not _ONE_DURATION_NOT_RE.match(text, match.end()):
        one, two = _previous_words(text, match.start())
        if (
            qualifier
            or one in rules.weak_duration_after
            or f"{two} {one}" in rules.weak_duration_after
        ):
            return True
    if match.group("between") and match.group("scale2"):
        return True  # "between one and 1.4 million tourists"
    if (
        (second := match.group("number2"))
        and _normalise(second) not in rules.weak_numbers
        and not match.group("scale2")
        and _normalise(rules.hundred) not in _normalise(second)
    ):
        # the low end of a range: "one to two months" (not "one to one talks", nor "one to
        # two hundred people", whose "one" is a hundred)
        return True
    if match.group("single") or match.group("single_digit"):
        return True  # "one drone"
    return match.group("separator") in _HYPHENS  # "one-day visit"


def _looked_up(table: Mapping[str, Any], written: str) -> Any:
    """`table`'s entry for a word the grammar matched; None for a spelling only the regex's
    case folding accepts ("doubleſ", "twıce": 'ſ' and 'ı' match 's' and 'i')."""
    key = _normalise(written)
    found = table.get(key)
    if found is None:
        found = table.get(key.replace("ſ", "s").replace("ı", "i").replace("\u212a", "k"))
    return found


def _unit_rule(phrase: str, rules: FigureRules) -> UnitRule | None:
    """The rule of a unit phrase as written, its words perhaps hyphenated ("nautical-mile")."""
    normalised = _normalise(phrase)
    rule = rules.units.get(normalised)
    if rule is None and "-" in normalised:
        rule = rules.units.get(normalised.replace("-", " "))
    return rule


def _is_year_number(number: str, rules: FigureRules) -> bool:
    """Four digits in the year range ("2025")."""
    if len(number) != 4 or not number.isdigit():
        return False
    low, high = rules.year_range
    return low <= int(number) <= high


def _is_year(number: str, scale_word: str, rule: UnitRule, rules: FigureRules) -> bool:
    """A bare four-digit number in the year range ("in 2022", "2023-24")."""
    if scale_word or rule.money or rule.category == "percent":
        return False
    return _is_year_number(number, rules)


def _is_trivial(match: re.Match[str], text: str, rule: UnitRule, rules: FigureRules) -> bool:
    """A spelled-out count that only refers back ("two countries", "the two warships"; not
    "two men were killed")."""
    phrase = _normalise(match.group("unit") or match.group("object") or "")
    if (
        phrase in rules.trivial_objects
        and not match.group("scale1")  # ("two dozen countries" are no pair)
        and match.group("number1").lower() in rules.trivial_numbers
        and not (phrase in rules.trivial_casualties and _a_casualty(match, text, rules))
    ):
        return True
    if match.group("separator") in _HYPHENS:
        return False  # "the five-nation union" names its size, it does not refer back
    number = match.group("number1")
    if not match.group("adjectives") and _the_parties(
        number, _previous_word(text, match.start()), phrase, rules
    ):
        return True
    if not (
        rule.counted
        and number[:1].isalpha()
        and _a_referent(number, _previous_word(text, match.start()), rules)
    ):
        return False
    # ... but "two of the three private refineries" counts them: the whole of a part before
    # (not "one of the three warships", a pronoun's)
    part = _PART_OF_THE_RE.search(text, max(0, match.start() - _LOOKBACK), match.start())
    if part is None:
        return True
    word = part.group(1).lower()
    return not (word[0].isdigit() or (word != "one" and word.split("-")[-1] in rules.number_words))


def _a_referent(number: str, before: str, rules: FigureRules) -> bool:
    """Whether a spelled-out `number` after the word `before` refers back to things already
    counted: "the two companies", "all three countries"; not "the seven Russian warships" nor
    "the five Central Asian countries", counts the story gives again."""
    if before in rules.trivial_any_number_determiners:
        return True
    return before in rules.trivial_determiners and number.lower() in rules.trivial_referent_numbers


def _the_parties(number: str, before: str, noun: str, rules: FigureRules) -> bool:
    """Whether a spelled-out number right before a story's parties names them again: "the
    three nations held their first trilateral meeting" (`[trivial] party_numbers`)."""
    return (
        noun in rules.trivial_objects
        and number.lower() in rules.trivial_party_numbers
        and before in rules.trivial_determiners
    )


def _fraction_of_a_unit_regex(units: Mapping[str, UnitRule]) -> re.Pattern[str] | None:
    """ "of a" or "of an", then a distance's or a duration's phrase in the singular."""
    phrases = [
        phrase
        for phrase, rule in units.items()
        if rule.category in _SHARED_CATEGORIES and not phrase.endswith("s")
    ]
    if not phrases:
        return None
    return re.compile(
        # (in lower case, whole: not "a Year 11 class", "a month's rain", "a week-long festival")
        rf"{SPACE}+of{SPACE}+an?{SPACE}+(?=[a-z])(?P<unit>{_alternation(phrases)})(?![\-'’])"
        rf"(?!{SPACE}+(?:ago|later|earlier|old)(?!\w))"  # "a quarter of an hour later": relative
    )


# the categories whose unit a fraction may take ("three-quarters of a mile", "half of an hour")
_SHARED_CATEGORIES = frozenset({"distance", "duration"})


def _fraction_blocked(text: str, start: int, end: int, rules: FigureRules) -> bool:
    """Not a share: "the first half of 2024", "half of the year", "a year and a half"."""
    one, two = _previous_words(text, start)
    if one in rules.fraction_blocked_after:
        return True
    if one == "and" and (unit := rules.units.get(two)) is not None and unit.category == "duration":
        return True  # "in a year and a half of about ...": part of a stretch of time
    return rules.fraction_blocked_before.match(text, end) is not None


def _signed_first(text: str, start: int) -> bool:
    """Whether a plus or minus sign stands right before a range's first number, right after a
    bracket, a colon or a line's start: "Occupancy: +0.4% to 70.3%", "(-11.6% to 75.7%)" are a
    change and the level it led to, not a range (as "ranged from -3% to 5%" is)."""
    if start < 1 or text[start - 1] not in "+-−":
        return False
    return start < 2 or text[start - 2] in "(\n" or text[max(0, start - 3) : start - 1] == ": "


def _is_change(
    text: str, position: int, connector: str | None, ascending: bool, rules: FigureRules
) -> bool:
    """Whether a range follows "from" ("rose from X to Y"), but not "range from".

    Only "to", or a fall, makes a change ("from 6-7%" and "by 10-15%" are ranges, "fell from
    7.5-7.25%" a change): after "by" always ("grew by 180,000 to 1.5 million"), after "from"
    unless a verb of spread comes first ("estimates range from 70,000 to 80,000").
    """
    if ascending and _normalise(connector or "") != "to":
        return False
    word, before = _previous_words(text, position)
    if word in rules.split_after_to:
        return True
    if word not in rules.split_after:
        # "from" a few words back, the first figure's own words between: "rose from the previous
        # estimate of USD87 million to USD118 million", "from an initially estimated $660 million
        # to $8.8 billion"
        found = _split_word_before(rules.split_after).search(
            text, max(0, position - _LOOKBACK), position
        )
        if found is None:
            return False
        before = _previous_word(text, found.start())
        if before in _COMPARED_BEFORE_FROM:
            return False  # "up from a previous forecast of $3.0 billion to $5.0 billion"
    return before not in rules.range_verbs


# before "from": what it is compared with, whose words may hold a range
_COMPARED_BEFORE_FROM = frozenset({"up", "down", "compared", "against", "versus"})


@functools.lru_cache(maxsize=8)
def _split_word_before(words: frozenset[str]) -> re.Pattern[str]:
    """One of `words` and two to five lower-case words after it (no number, no stop) before a
    figure: "from the previous estimate of", "from an initially estimated"."""
    return re.compile(
        rf"(?i:(?<![\w\-])(?:{_alternation(sorted(words))}))(?:{SPACE}+[a-z][a-z’'\-]*){{2,5}}"
        rf"{SPACE}+(?:[^\w\s]{{1,3}})?\Z"
    )


def _a_named_item(text: str, previous_end: int, start: int) -> bool:
    """Whether only a list's comma and a name (not a month or weekday) stand between the
    figure ending at `previous_end` and the number at `start`: "500,000 barrels per day, Iraq
    211,000", "..., and the UAE 144,000"."""
    item = _NAMED_ITEM_RE.fullmatch(text, previous_end, start)
    return item is not None and not any(
        word.lower() in CALENDAR_WORDS for word in item.group("name").split()
    )


def _after_a_name(text: str, position: int) -> bool:
    """Whether a capitalised word (not a month or weekday) stands right before `position`."""
    found = _NAME_BEFORE_RE.search(text, max(0, position - _LOOKBACK), position)
    return found is not None and found.group(1).lower() not in CALENDAR_WORDS


def _negative_level(text: str, position: int, rule: UnitRule, rules: FigureRules) -> bool:
    """Whether a minus sign (or "minus") stands before the figure at `position` where it makes
    the value negative. A change in brackets ("(-8.0 mio t or -7.8%)") or in percent ("fell
    -10.6%") is reported by its size, as news reports changes; a negative level is left out."""
    if rule is rules.percent or rule.category == "percent":
        # a level below zero after a word of level keeps its sign ("inflation from -0.2 per
        # cent", "the deposit rate minus 0.5 percent", "the policy rate stands at -75 basis
        # points"); else a change by its size ("contributed -2.5 percentage points")
        return _signed_percent_level(text, position, rules)
    if _MINUS_BEFORE_RE.search(text, max(0, position - 8), position) and not rule.money:
        # "minus 10 degrees Celsius"; not "plus or minus 3 percentage points" (a margin),
        # "minus $12 per barrel versus Brent" (a discount, reported by its size)
        return True
    if not position or text[position - 1] not in "-−–" or text[position].isalpha():
        return False  # (a dash before a word is no sign: "KYIV (Reuters) -At least five")
    if text[position - 2 : position] == "--":
        return False  # a dash typed as two hyphens: "(Jiji Press)--7 Russian navy ships"
    return not _OPEN_BRACKET_RE.search(text, max(0, position - 60), position)


def _signed_start(text: str, start: int) -> int:
    """Where a figure starting at `start` starts with its sign: at "minus" or the "-" before it."""
    sign = _MINUS_BEFORE_RE.search(text, max(0, start - 8), start)
    return sign.start() if sign is not None else start - 1


def _sign_before(text: str, position: int) -> bool:
    """Whether a minus sign or "minus" stands right before the number at `position`."""
    # (a hyphen, a minus sign, or an en dash set as one: "from –13.02% to 28.67%")
    if position and text[position - 1] in "-−–" and (position < 2 or text[position - 2] in " \t("):
        return True
    return _MINUS_BEFORE_RE.search(text, max(0, position - 8), position) is not None


def _signed_percent_level(text: str, position: int, rules: FigureRules) -> bool:
    """Whether a minus sign or "minus" right before the percent at `position` follows one of
    `[percent_levels] before` ("from -0.2 per cent", "rate minus 0.5 percent", "fell to
    -1.1%") or a subject's verb ("the deposit rate at -0.05 percent"): a level below zero,
    where "fell -10.6%" and "a decline of -6.3%" are changes by their size."""
    if not _sign_before(text, position):
        return False
    sign = _signed_start(text, position)
    one, _ = _previous_words(text, sign)
    before = _words_before(text, sign, 4)
    if before & rules.percent_level_not_after:
        return False  # "a decline from -2% to -5%": sizes of a change
    return one in rules.percent_level_before or (
        one in rules.percent_level_subject_verbs and bool(before & rules.percent_level_subjects)
    )


def _names_a_model(text: str, position: int, rules: FigureRules) -> bool:
    """Whether the number at `position` is part of a model's name: it follows a model word
    ("Leopard 2", "Type 055") or a word in camel case ("iPhone 15"), or a capitalised word
    right after a count ("five Bergepanzer 2")."""
    end = position
    while end and text[end - 1] in " \t":
        end -= 1
    start = end
    while start and text[start - 1].isalpha():
        start -= 1
    if start == end or end == position:
        return False
    name = text[start:end]
    if name in rules.model_words:
        return True
    if name in rules.model_words_after:
        before = text[max(0, start - _LOOKBACK) : start].split()
        return bool(before) and before[-1] in rules.model_words_after[name]
    if name[0].islower() and not name.islower():
        return True  # "iPhone 15 units", "iOS 17 devices": a product's name in camel case
    if name in ("and", "or") and (
        named := _NAMED_LIST_RE.search(text, max(0, start - _LOOKBACK), start)
    ):
        # "Nord Stream 1 and 2 pipelines", "Power of Siberia 1 and 2"
        return named.group(1).lower() not in CALENDAR_WORDS
    if not (name[0].isupper() and name[1:].islower()) or name.lower() in CALENDAR_WORDS:
        return False  # "On 7 October 1,200 people were killed": a date, then the count
    found = _COUNT_BEFORE_RE.search(text, max(0, start - _LOOKBACK), start)
    if found is None:
        return False
    count = found.group(1).lower()
    if count.isdigit() and len(count) == 4:
        return False  # "In 2023 Russia 300 tanks": a year
    return count[0].isdigit() or (count in rules.number_words and count not in rules.weak_numbers)


def _previous_word(text: str, position: int) -> str:
    """The lowercased word just before `position`, or ''."""
    return _previous_words(text, position)[0]


def _previous_words(text: str, position: int) -> tuple[str, str]:
    r"""The lowercased word just before `position` and the one before it ('' when none).

    Words are runs of word characters within `_LOOKBACK` characters (the first may be cut).
    Listing the runs forward is several times cheaper than a regex anchored at the end; and
    most often the last two runs are the last two tokens between spaces, which `str.split`
    lists cheaper still (an `isalnum` token is one run of `\w`; with a third token before
    them, neither is cut by the window).
    """
    tokens = text[max(0, position - _LOOKBACK) : position].split()
    if len(tokens) > 2 and tokens[-1].isalnum() and tokens[-2].isalnum():
        return tokens[-1].lower(), tokens[-2].lower()
    words = _RUN_RE.findall(text, max(0, position - _LOOKBACK), position)
    if not words:
        return "", ""
    return words[-1].lower(), words[-2].lower() if len(words) > 1 else ""


def _parse_number(written: str, rules: FigureRules) -> Decimal | None:
    """The value of `3,200`, `3 200`, `6.9`, `190,27`, `Eighty-six` or `three hundred`."""
    # News repeats its numbers ("two", "2025"): remember the last few thousand values read.
    cache = rules.number_cache
    known = cache.get(written, _UNREAD)  # one lookup: another thread may clear it meanwhile
    if known is not _UNREAD:
        return known  # type: ignore[return-value]
    if len(cache) >= _NUMBER_CACHE_SIZE:
        cache.clear()
    value = cache[written] = _read_number(written, rules)
    return value


def _read_number(written: str, rules: FigureRules) -> Decimal | None:
    if "-point-" in written:  # "35-point-five", "two-point-54"
        whole, _, tenths = written.lower().partition("-point-")
        whole_value = _read_number(whole, rules)
        digits = tenths if tenths.isdigit() else str(rules.number_words.get(tenths, ""))
        if whole_value is None or not digits.isdigit():
            return None
        return Decimal(f"{whole_value}.{digits}")
    if written[0] == "0" and written[1:2].isdigit():
        return None  # "100, 000 refugees" split by a space: no "000 refugees"
    if written[0].isdigit():
        if (glyph := _GLYPH_FRACTIONS.get(written[-1])) is not None:
            return Decimal(written[:-1]) + glyph  # "2½"
        digits = written.translate(_SPACES_TABLE)
        if "," in digits:
            thousands = "." in digits or _THOUSANDS_RE.fullmatch(digits)
            digits = digits.replace(",", "" if thousands else ".")
        try:
            return Decimal(digits)
        except InvalidOperation:
            return _share_of_a_scale(written, rules)  # "1 and a half"
    current = 0
    for token in _WORD_SPLIT_RE.split(written.lower()):
        if token in ("", "and"):
            continue
        if token == rules.hundred:
            current = (current or 1) * 100
            continue
        word_value = rules.number_words.get(token)
        if word_value is None:
            return _share_of_a_scale(written, rules)
        current += word_value
    return Decimal(current)


# a hedge joined to a number by a hyphen, and the qualifier it means
_HYPHEN_HEDGES = {"-odd": "about", "-plus": "more than", "-or-so": "about", "-some": "about"}
# what a plus sign after a number means, as "-plus" does: "100+ people"; below this, before
# persons, the sign marks an age ("45+ citizens"), and after a name or in a decimal a version
# ("iPhone 15+ models", "USB 3.0+ ports"; not "19+ km", "the 20+ stores")
_PLUS_QUALIFIER = _HYPHEN_HEDGES["-plus"]
_PLUS_COUNT_MIN = 100
_AGED_UNITS = frozenset({"people", "troops"})  # whose "45+" is an age

# the fractions typeset as one character after a whole number ("2½", "1¼")
_GLYPH_FRACTIONS = {
    "½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"),
    "⅓": Decimal(1) / 3, "⅔": Decimal(2) / 3,
}  # fmt: skip


def _share_of_a_scale(written: str, rules: FigureRules) -> Decimal | None:
    """What "half a", "a quarter of a" or "one and a half" reads before a scale word (0.5,
    0.25, 1.5)."""
    whole, _, share = _normalise(written.replace("-", " ")).rpartition(" and ")
    words = share.split()
    while words and words[-1] in rules.share_of_a:
        words.pop()  # "half a", "a quarter of a": the article and "of" before the scale
    percent = rules.fractions.get(" ".join(words))
    if percent is None:
        return None
    whole_value = _read_number(whole, rules) if whole else 0
    return None if whole_value is None else whole_value + percent / 100


def _whole(value: Decimal) -> bool:
    """Whether `value` is a whole number."""
    return value == value.to_integral_value()


def _finite(value: Decimal) -> bool:
    """Whether `value` survives conversion to a finite float."""
    return math.isfinite(float(value))


@functools.lru_cache(maxsize=4096)  # matched phrases repeat: "billion", "troops", "per cent"
def _normalise(phrase: str) -> str:
    """Lowercase and single-space a phrase, for vocabulary lookups."""
    return " ".join(phrase.lower().split()) if phrase else ""


# --- compiling the vocabularies ------------------------------------------------------------------


def _read_toml(path: Path) -> dict[str, Any]:
    """Parse a vocabulary file, naming the file in any error."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ValueError(f"cannot read figure rules from {path}: {error}") from error


def _compile_rules(data: Mapping[str, Any], source: str = "") -> FigureRules:
    """Build the lookup tables and the single scanning pattern from parsed TOML."""
    numbers = data.get("numbers", {})
    number_words = {
        _normalise(word): int(value)
        for table in ("units", "tens")
        for word, value in numbers.get(table, {}).items()
    }
    articles = [_normalise(word) for word in numbers.get("articles", ["a", "an"])]
    number_words.update(dict.fromkeys(articles, 1))
    hundred = _normalise(numbers.get("hundred", "hundred"))

    scales = {_normalise(word): Decimal(str(value)) for word, value in data["scales"].items()}
    short_scales = {_normalise(w): Decimal(str(v)) for w, v in data.get("scales_short", {}).items()}
    dotted_scales = {
        _normalise(w): Decimal(str(v)) for w, v in data.get("scales_dotted", {}).items()
    }

    money = data.get("money", {})
    scaled_suffixes: list[str] = []
    plain_suffixes: set[str] = set()
    units: dict[str, UnitRule] = {}
    prefixes: dict[str, UnitRule] = {}
    code_phrases: list[str] = []
    theme_hints: dict[str, str] = {}
    named_dollars: list[str] = []
    prefix_only_codes: set[str] = set()
    currencies_as_written: list[str] = []
    not_followed: dict[str, str] = {}  # per unit phrase: what must (not) follow it, a lookahead
    for entry in data.get("currencies", []):
        rule = UnitRule(
            unit=entry["unit"],
            category=_checked_category(money.get("category", "money"), entry["unit"]),
            contexts=tuple(money.get("contexts", ())),
            theme=money.get("theme", ""),
            money=True,
        )
        theme_hints.setdefault(rule.unit, rule.theme)
        for phrase in entry.get("prefixes", []):
            prefixes[_normalise(phrase)] = rule
        for phrase in entry.get("codes", []):
            prefixes[_normalise(phrase)] = rule
            units[_normalise(phrase)] = rule
            code_phrases.append(phrase)
        for phrase in entry.get("codes_before", []):  # as written, only before the number
            prefixes[_normalise(phrase)] = rule
            code_phrases.append(phrase)
            prefix_only_codes.add(_normalise(phrase))
        suffix_lookahead = _unit_lookahead(entry)
        if entry.get("only_before"):  # ... nor a number: "16 won eight medals" is the verb
            suffix_lookahead += rf"(?!{SPACE}+\d)"
        for phrase in entry.get("suffixes", []):
            units[_normalise(phrase)] = rule
            plain_suffixes.add(_normalise(phrase))
            if suffix_lookahead:  # (never after a scale word: "195.6 billion won the year before")
                after_a_scale = _after_a_scale(
                    _normalise(phrase), money.get("scaled_suffix_scales", [])
                )
                not_followed[_normalise(phrase)] = f"(?:{after_a_scale}|{suffix_lookahead})"
            if "dollar" in phrase.lower() and rule.unit != "USD":
                named_dollars.append(phrase)  # "Taiwanese dollars"
        # singular names read only right after a scale word (see below)
        for phrase in entry.get("scaled_suffixes", []):
            units[_normalise(phrase)] = rule
            scaled_suffixes.append(_normalise(phrase))
        currencies_as_written.extend(entry.get("as_written", []))  # "dong", never "Dong"

    # matched only as written (see `_unit_alternation`)
    written_as_is = [*code_phrases, *currencies_as_written]
    percent_rule: UnitRule | None = None
    for entry in data.get("units", []):
        otherwise = entry.get("otherwise")
        rate = entry.get("rate")
        rule = UnitRule(
            unit=entry["unit"],
            category=_checked_category(entry["category"], entry["unit"]),
            factor=Decimal(str(entry.get("factor", 1))),
            contexts=tuple(entry.get("contexts", ())),
            units_in_contexts=tuple(entry.get("units_in_contexts", {}).items()),
            theme=entry.get("theme", ""),
            counted=bool(entry.get("counted", False)),
            weak_ok=bool(entry.get("weak_ok", False)),
            only_with_scales=_word_set(entry.get("only_with_scales", [])),
            also_with_scales=_word_set(entry.get("also_with_scales", [])),
            also_near=_whole_words(entry.get("also_near", [])),
            only_near=_whole_words(entry.get("only_near", [])),
            not_near=_whole_words(entry.get("not_near", [])),
            only_between=_bounds(entry.get("only_between"), entry["unit"]),
            also_not_of=_whole_words(entry.get("also_not_of", [])),
            otherwise=UnitRule(
                unit=otherwise["unit"],
                category=_checked_category(otherwise["category"], otherwise["unit"]),
                factor=Decimal(str(otherwise.get("factor", 1))),
            )
            if otherwise
            else None,
            signed=bool(entry.get("signed", False)),
            only_after=_word_set(entry.get("only_after", [])),
            rate=_normalise(rate["as"]) if rate else "",
            rate_after=re.compile(
                rf"{SPACE}+of(?:{SPACE}+[\w\-]+){{1,6}}?{SPACE}+"
                rf"(?:{_alternation(rate['after'])})(?!\w)"
                rf"(?!{SPACE}+(?:{_alternation(rate.get('not_followed_by', []))}))"
            )
            if rate
            else None,
        )
        if rule.factor <= 0:
            raise ValueError(f"unit {rule.unit!r}: factor must be positive in {source}")
        if rule.unit == PERCENT_UNIT and percent_rule is None:
            percent_rule = rule
        if rule.theme:
            theme_hints.setdefault(rule.unit, rule.theme)
        written_as_is.extend(entry.get("as_written", []))
        for phrase in entry.get("phrases", []):
            _check_unique_phrase(units, phrase, rule, source)
            units[_normalise(phrase)] = rule
            lookahead = _unit_lookahead(entry)
            if lookahead:
                not_followed[_normalise(phrase)] = lookahead
        for phrase in entry.get("glued", []):  # "28C": only right after the digits, as written
            _check_unique_phrase(units, phrase, rule, source)
            units[_normalise(phrase)] = rule
            written_as_is.append(phrase)
            glued_after = rf"(?<=\d{re.escape(phrase)})"
            not_followed[_normalise(phrase)] = glued_after + _unit_lookahead(entry)
    for phrase in set(scaled_suffixes) - plain_suffixes:  # ("two rand" on a South African page)
        # "a 4.1 billion dollar appeal" (not "100 roubles to one dollar", nor "100
        # billion-dollar startups"): a look behind, from the phrase's end, for a scale word
        not_followed[phrase] = not_followed.get(phrase, "") + _after_a_scale(
            phrase, money.get("scaled_suffix_scales", [])
        )
    if percent_rule is None:
        raise ValueError(f"figure rules in {source or 'data'} define no 'percent' unit")
    for rule in units.values():
        if rule.rate and rule.rate not in units:
            raise ValueError(
                f"unit {rule.unit!r}: rate {rule.rate!r} is no unit phrase in {source}"
            )

    fractions = {_normalise(k): Decimal(str(v)) for k, v in data.get("fractions", {}).items()}
    fraction_exclude = data.get("fractions_exclude", {})
    blocked_before = "|".join(
        [_phrase_regex(p) for p in fraction_exclude.get("before_phrases", [])] + [r"\d{4}"]
    )
    fraction_blocked_before = re.compile(
        # ("half the year" too: "half" may stand before "the", see [fractions_before_the])
        rf"{SPACE}+(?:of{SPACE}+|(?=the{SPACE}))(?:{blocked_before})(?!\w)",
        re.IGNORECASE,
    )
    contexts = {
        name: re.compile(rf"(?<!\w)(?:{_alternation(words)})(?!\w)", re.IGNORECASE)
        for name, words in data.get("contexts", {}).items()
        if words
    }
    # (the first table of a unit gives its category, unless the unit names a category itself:
    # counted entities are "count" though drones are counted too)
    unit_categories = {
        rule.unit: rule.unit if rule.unit in CATEGORIES else rule.category
        for rule in reversed([*units.values(), *prefixes.values()])
    }
    for rule in {*units.values(), *prefixes.values()}:
        named = [*rule.contexts, *(name for name, _ in rule.units_in_contexts)]
        unknown = [name for name in named if name not in contexts]
        if unknown:
            raise ValueError(f"unit {rule.unit!r} names unknown contexts {unknown} in {source}")
        unknown = [other for _, other in rule.units_in_contexts if other not in unit_categories]
        if unknown:
            raise ValueError(f"unit {rule.unit!r} turns into unknown units {unknown} in {source}")
    for word, measures in numbers.get("weak_measures", {}).items():
        unknown = [unit for unit in measures if unit not in unit_categories]
        if unknown:
            raise ValueError(f"[numbers] weak_measures of {word!r} name unknown units {unknown}")

    trivial = data.get("trivial", {})
    fixed_words = _compile_fixed_words(data.get("fixed_words", {}), units, source)
    singulars: dict[str, UnitRule] = {}
    model_plurals = data.get("model_plurals", {})
    model_plural_units: dict[str, UnitRule] = {}
    for phrase, designations in model_plurals.get("by_designation", {}).items():
        rule = units.get(_normalise(phrase))
        if rule is None or not rule.counted:
            raise ValueError(f"model plurals name {phrase!r}, no counted object, in {source}")
        model_plural_units.update(dict.fromkeys(designations, rule))
    model_plural_default = units.get(_normalise(model_plurals.get("default", "")))
    if model_plurals.get("pattern") and model_plural_default is None:
        raise ValueError(f"model plurals need a default counted object in {source}")
    airliner_unit = units.get(_normalise(model_plurals.get("airliner_unit", "")))
    if model_plurals.get("airliners") and (airliner_unit is None or not airliner_unit.counted):
        raise ValueError(f"model plurals' airliners need a counted airliner_unit in {source}")
    singular_objects = dict(data.get("singular_objects", {}))
    casualties_only = singular_objects.pop("casualties_only", [])
    for singular, plural in singular_objects.items():
        rule = units.get(_normalise(plural))
        if rule is None or not rule.counted:
            raise ValueError(
                f"singular object {singular!r} names {plural!r}, no counted object, in {source}"
            )
        singulars[_normalise(singular)] = rule
    pattern = _build_pattern(
        data=data,
        number_words=number_words,
        articles=articles,
        hundred=hundred,
        scales=[*scales],
        short_scales=[*short_scales],
        dotted_scales=[*dotted_scales],
        prefixes=[p for p in prefixes if p not in {_normalise(c) for c in code_phrases}],
        codes=code_phrases,
        written_as_is=written_as_is,
        units=units,
        not_followed=not_followed,
        fractions=[*fractions],
        fixed_words=[*fixed_words],
        singulars=[*singulars],
    )
    exclusion_patterns = data.get("exclusions", {}).get("patterns", [])
    exclusions = _compile_exclusions(exclusion_patterns, source)
    starts = _figure_starts(
        data,
        exclusions=exclusion_patterns,
        number_words=[word for word in number_words if word not in articles],
        articles=articles,
        hundred=hundred,
        scales=[*scales],
        prefixes=[*prefixes],
        codes=code_phrases,
        fractions=[*fractions],
        fixed_words=[*fixed_words],
        weak_units=[phrase for phrase, rule in units.items() if rule.weak_ok],
    )
    adjective = _adjective_regex(data)
    object_alternation = _unit_alternation(units, not_followed, written_as_is, counted_only=True)
    multipliers = data.get("multipliers", {})
    multiplier = next(
        (rule for rule in units.values() if rule.unit == multipliers.get("unit", "times")), None
    )
    elliptical = data.get("elliptical", {})
    casualty = next(
        (
            rule
            for rule in units.values()
            if rule.unit == elliptical.get("casualty_unit", "people") and rule.counted
        ),
        None,
    )
    # the plain count a counted subject takes ("nonfarm payrolls grew by 180,000")
    plain_count = next(
        (rule for rule in units.values() if rule.unit == "count" and rule.category == "count"),
        None,
    )
    of_determiners = _alternation(elliptical.get("of_determiners", []))
    # the whole's number in words: "two of the three state refineries"
    counted_words = rf"(?:{_alternation([w for w in number_words if w not in articles])})(?!\w)"
    of_ranks = _alternation(elliptical.get("of_ranks", [])) or "(?!x)x"
    # what follows "N times" that makes it a multiplier: a comparison, or "to" and an amount
    multiplier_after = []
    if multipliers.get("after"):
        not_after = _alternation(multipliers.get("not_after", []))
        multiplier_after.append(
            rf"{SPACE}+(?!(?:{not_after}))(?:{_alternation(multipliers['after'])})"
        )
    if multipliers.get("before_amount"):
        multiplier_after.append(
            rf",?{SPACE}+(?:{_alternation(multipliers['before_amount'])})"
            rf"{SPACE}+(?={_alternation(prefixes)})"
        )
    continued_followers = [
        *elliptical.get("compared_followers", []),
        *elliptical.get("continued_followers", []),
    ]
    exchange = data.get("exchange_rates", {})
    quoted_units = {_normalise(k): v for k, v in exchange.get("quoted", {}).items()}
    # ("$4.16 per pound" of copper is a price by weight: "pound" is quoted only "to the pound")
    not_per = {_normalise(word) for word in exchange.get("not_after_per", [])}
    quoted_per = [unit for unit in quoted_units if unit not in not_per]
    base_units = {
        _normalise(k): v if isinstance(v, str) else tuple(v)
        for k, v in exchange.get("bases", {}).items()
    }
    currency_countries = data.get("currency_countries", {})
    base_units.update(_country_bases(currency_countries, base_units))
    # ISO codes of the currencies, for pairs written as codes ("VND/USD")
    codes = sorted(
        {rule.unit for rule in units.values() if rule.money and _ISO_CODE_RE.fullmatch(rule.unit)}
    )
    rate_words = [_normalise(w) for w in exchange.get("rate_words", []) if w.strip()]
    move_words = [_normalise(w) for w in exchange.get("move_words", []) if w.strip()]
    reach_words = [_normalise(w) for w in exchange.get("reach_words", []) if w.strip()]
    moves = _alternation([*move_words, *reach_words])  # a currency moves, or reaches a level
    against_words = [_normalise(w) for w in exchange.get("against_words", []) if w.strip()]
    change_verbs = data.get("fractions_change", {}).get("verbs", [])
    short_counts = data.get("scales_short_counts", {})
    participles = _alternation(elliptical.get("parallel_participles", [])) or "(?!x)x"
    date_numbers = data.get("date_numbers", {})
    rules = FigureRules(
        pattern=pattern,
        exclusions=exclusions,
        date_number_at=_compile_patterns(
            [*_day_before_a_month(date_numbers.get("months", [])), *date_numbers.get("at", [])],
            source,
            "date_numbers.at",
        ),
        date_months=frozenset(date_numbers.get("months", [])),
        exclusions_scanned=exclusions,
        exclusion_texts=tuple(exclusion_patterns),
        units=units,
        prefixes=prefixes,
        percent=percent_rule,
        scales={**scales, **short_scales, **dotted_scales},
        short_scales=frozenset(short_scales),
        count_short_scales=_word_set(short_counts.get("words", [])),
        unit_short_scales={
            unit: _word_set(words) for unit, words in short_counts.get("by_unit", {}).items()
        },
        unit_short_scales_below=Decimal(str(short_counts.get("by_unit_below", "Infinity"))),
        short_scales_not_before=_word_set(short_counts.get("not_before", [])),
        number_words=number_words,
        hundred=hundred,
        weak_numbers=_word_set(numbers.get("weak", [])),
        weak_duration_after=_word_set(numbers.get("weak_duration_after", [])),
        glued_codes=frozenset(money.get("glued_codes", [])),
        # (as written: "Kes", not "KES")
        scale_only_codes=frozenset(money.get("scale_only_codes", [])),
        glued_only_codes=frozenset(money.get("glued_only_codes", [])),
        weak_measures_not_after=_word_set(numbers.get("weak_measures_not_after", [])),
        weak_measures={
            _normalise(word): frozenset(units)
            for word, units in numbers.get("weak_measures", {}).items()
        },
        year_range=(int(numbers.get("year_min", 1800)), int(numbers.get("year_max", 2100))),
        ratio_not_after=_word_set(data.get("ratios", {}).get("not_after", [])),
        ratio_not_before=_word_set(data.get("ratios", {}).get("not_before", [])),
        fractions=fractions,
        share_of_a=frozenset([*articles, "of", "one"]),
        fraction_blocked_after=_word_set(fraction_exclude.get("after_words", [])),
        fraction_blocked_before=fraction_blocked_before,
        fraction_of_a_unit=_fraction_of_a_unit_regex(units),
        fraction_change_before=_normalise(data.get("fractions_change", {}).get("before", "by")),
        fraction_change_alone=_word_set(data.get("fractions_change", {}).get("alone", [])),
        fraction_change_direct=_word_set(data.get("fractions_change", {}).get("direct", [])),
        fraction_comparative=_comparative_regex(data.get("fractions_change", {})),
        fraction_change_alone_after=_word_set(
            data.get("fractions_change", {}).get("alone_after", [])
        ),
        percent_level_before=_word_set(data.get("percent_levels", {}).get("before", [])),
        percent_level_not_after=_word_set(data.get("percent_levels", {}).get("not_after", [])),
        percent_level_subject_verbs=_word_set(
            data.get("percent_levels", {}).get("subject_verbs", [])
        ),
        percent_level_subjects=_word_set(data.get("percent_levels", {}).get("subjects", [])),
        contexts=contexts,
        unit_categories=unit_categories,
        trivial_numbers=_word_set(trivial.get("numbers", [])),
        trivial_determiners=_word_set(trivial.get("determiners", [])),
        trivial_referent_numbers=_word_set(trivial.get("referent_numbers", [])),
        trivial_any_number_determiners=_word_set(trivial.get("any_number_determiners", [])),
        trivial_party_numbers=_word_set(trivial.get("party_numbers", [])),
        trivial_objects=_word_set(trivial.get("objects", [])),
        prefix_only_codes=frozenset(prefix_only_codes),
        trivial_pair=_trivial_pair_regex(trivial, units),
        trivial_casualties=frozenset(
            _normalise(word)
            for word in trivial.get("objects", [])
            if (rule := units.get(_normalise(word))) is not None
            and rule.unit == elliptical.get("casualty_unit")
        ),
        split_after=_word_set(data.get("ranges", {}).get("split_after", [])),
        range_verbs=_word_set(data.get("ranges", {}).get("range_verbs", [])),
        theme_hints=theme_hints,
        fixed_words=fixed_words,
        multiplier=multiplier,
        multiplier_after=_optional_regex("|".join(multiplier_after)) if multiplier_after else None,
        multiplier_before=_word_set(multipliers.get("before", [])),
        named_dollars=_optional_regex(rf"{SPACE}+(?P<named>{_alternation(named_dollars)})(?!\w)")
        if named_dollars
        else None,
        ambiguous_prefixes=_compile_ambiguous_prefixes(
            data.get("ambiguous_prefixes", {}), [*prefixes.values(), *units.values()], source
        ),
        exchange_quoted=_optional_regex(
            # (after a bid/offer's second quote: "135.00/135.20 per dollar")
            # ("83.32 versus the US dollar", "a PHP 55.25-per-dollar finish")
            # ("7.196 yuan per one US dollar")
            rf"(?:/\d+(?:\.\d+)?)?(?:(?:{SPACE}*(?:to|{_alternation(against_words)}){SPACE}+"
            rf"(?:the|one|a){SPACE}+(?P<quoted>{_alternation(quoted_units)})"
            # ("N305 a dollar", as Nigerian papers write a rate)
            rf"|(?:{SPACE}*per(?:{SPACE}+(?:one|a))?{SPACE}+|-per-|{SPACE}+a{SPACE}+)"
            rf"(?P<quoted_per>{_alternation(quoted_per)}))(?![\w\-])"  # not "to the euro-area bank"
            # ... or the dollar after a slash: "VND23,252/USD", "R17.31/$"
            rf"|/(?P<slash_dollar>USD|US\$|\$)1?(?!\w)"
            # ... or one dollar written as an amount: "LBP 7,000 to $1"
            rf"|{_ONE_DOLLAR_AFTER}"
            # ... or a pair of codes written as a unit: "23,500 VND/USD"
            rf"|{SPACE}*(?=[A-Z]{{3}}/)(?P<code_base>{_alternation(codes)})/"
            rf"(?P<code_quoted>{_alternation(codes)})"
            r"(?![\w/]))"
        )
        if quoted_units
        else None,
        exchange_costs_before=re.compile(
            rf"(?:(?<=[Tt]he )|(?<=[Oo]ne )|(?<=\(1 )|(?<=^1 )|(?<=[ \t]1 ))"
            rf"(?P<quoted>{_alternation(quoted_units)})"
            rf"{SPACE}+(?:{_alternation(exchange['cost_words'])}){SPACE}+\Z"
        )
        if quoted_units and exchange.get("cost_words")
        else None,
        exchange_code_pair=re.compile(
            rf"(?<![\w/])(?P<first>{_alternation(codes)})/(?P<second>{_alternation(codes)})(?![\w/])"
        )
        if codes
        else None,
        exchange_bases=_whole_words(list(base_units)),
        exchange_other_currencies=_whole_words(exchange.get("other_currencies", [])),
        exchange_pair_order={code: at for at, code in enumerate(exchange.get("pair_order", []))},
        exchange_shared_defaults={
            base_units[_normalise(name)]: unit
            for name, unit in exchange.get("shared_defaults", {}).items()
        },
        exchange_base_units=base_units,
        exchange_base_currencies=frozenset(
            unit
            for units in base_units.values()
            for unit in ((units,) if isinstance(units, str) else units)
        ),
        currency_domains={
            domain: unit
            for unit, entry in currency_countries.items()
            for domain in entry.get("domains", [])
        },
        currency_names={
            unit: names
            for unit, entry in currency_countries.items()
            if (names := _whole_words(entry.get("names", []))) is not None
        },
        country_names=_whole_words(
            [name for entry in currency_countries.values() for name in entry.get("names", [])]
        ),
        # "the dollar('s) (exchange) rate", "the rate of / against the dollar"
        exchange_rate_subject=_optional_regex(
            rf"(?<!\w)(?:(?P<quoted>{_alternation(quoted_units)})(?:['’]s)?{SPACE}+"
            rf"(?:{_alternation(rate_words)})(?!\w)|(?:{_alternation(rate_words)}){SPACE}+"
            rf"(?:of|against|to|versus){SPACE}+(?:the{SPACE}+)?"
            rf"(?P<quoted_after>{_alternation(quoted_units)})"
            # "the ruble weakened against the euro", "Against the yuan, the ruble slipped" (before
            # the next: "the yuan weakened against the dollar" names the yuan's rate)
            rf"|(?<=[Tt]he )(?P<base_against>{_alternation(base_units)}){SPACE}+"
            rf"(?:{_alternation(move_words)})"
            rf"{SPACE}+(?:{_alternation(against_words)}){SPACE}+(?:the{SPACE}+)?"
            rf"(?P<quoted_against>{_alternation(quoted_units)})"
            # "The euro gained 41.75 kopecks, reaching 102.32 rubles": the currency moves
            rf"|(?<=[Tt]he )(?P<quoted_moving>{_alternation(quoted_units)})"
            rf"(?={SPACE}+(?:{moves}))"
            # "The rupee ended at 83.26": a base currency moves, against `default_quoted` (not
            # the object of "against the ruble rose")
            rf"|(?<=[Tt]he )"
            + "".join(rf"(?<!{re.escape(word)} [Tt]he )" for word in against_words)
            + rf"(?P<base_moving>{_alternation(base_units)})"
            rf"(?={SPACE}+(?:{moves}))"
            rf"|(?<!\w)(?:{_alternation(against_words)}){SPACE}+(?:the{SPACE}+)?"
            rf"(?P<quoted_fronted>{_alternation(quoted_units)}),{SPACE}+the{SPACE}+"
            rf"(?P<base_fronted>{_alternation(base_units)})(?!\w)"
            # "the yuan-to-ruble exchange rate", "the dollar/rouble rate"
            rf"|(?<!\w)(?P<quoted_pair>{_alternation(quoted_units)})(?:-to-|/|-)"
            rf"(?:{_alternation(base_units)}){SPACE}+(?:{_alternation(rate_words)})(?!\w))"
        )
        if quoted_units and rate_words
        else None,
        # ("... and Toyota shares climbed", "... as Sony closed at"; not "and briefly hit",
        # "as high as")
        exchange_other_mover=_optional_regex(
            # (a subject is a word: not the "as 0.4%" of "as much as 0.4%")
            rf"(?<!\w)(?:and|as|after|when|before){SPACE}+(?=[^\W\d_])"
            rf"(?!(?:{_alternation([*move_words, *reach_words, *_MOVE_ADVERBS])})|\w+ly(?!\w))"
            rf"\S.*(?<!\w)(?:{moves})(?!\w)"
            # ... whose verb is the last before the amount ("as Sony closed at", "as Toyota
            # jumped as much as 3% to"; not "as Monday trading opened compared with ... to")
            rf"(?:[\s\d.,%]|(?<!\w)(?:{_alternation(_LEVEL_TAIL)})(?!\w))*\Z"
        )
        if move_words
        else None,
        exchange_rate_change=_optional_regex(
            rf"(?<!\w)(?:{_alternation(['by', 'up', 'down', *move_words])}){SPACE}+"
            # ("rose as much as 0.3 per cent", "fell about 2%")
            rf"(?:(?:{_alternation(data.get('qualifiers', {}).get('words', []))}){SPACE}+)?"
            rf"[\d.,]+{SPACE}*(?:%|\w+)"
        ),
        exchange_level_before=_word_set(w for w in exchange.get("level_before", []) if w.strip()),
        exchange_against=_whole_words(exchange.get("against_words", [])),
        exchange_moving_base=_optional_regex(
            rf"(?<=[Tt]he )(?:{_alternation(base_units)}){SPACE}+"
            rf"(?:{moves})(?!\w)"
        )
        if base_units and move_words and exchange.get("default_quoted")
        else None,
        exchange_bare_gap=re.compile(
            rf"{SPACE}*,?{SPACE}*(?:(?:{_alternation(move_words)}){SPACE}+)?"
            # "on Tuesday", "in early trade", "for a third day"
            rf"(?:(?:on|in|for|during){SPACE}+(?:[^\W\d_][\w\-]*{SPACE}+){{1,3}}?)?"
            rf"(?:(?:to|at){SPACE}+|(?:closing|ending|settling|finishing|touching|trading){SPACE}+at{SPACE}+)"
            # "to a record low of", "to close at"
            rf"(?:(?:a|an){SPACE}+(?:[\w\-]+{SPACE}+){{0,2}}(?:low|high|level){SPACE}+of{SPACE}+"
            rf"|(?:close|settle|end|finish|trade){SPACE}+at{SPACE}+)?"
        )
        if move_words
        else None,
        exchange_priced_in_quoted=_word_set(exchange.get("priced_in_quoted", [])),
        exchange_default_quoted=str(exchange.get("default_quoted", "")),
        exchange_other_quoted=tuple(
            _normalise(w) for w in exchange.get("not_after", []) if w.strip()
        ),
        exchange_quoted_units=quoted_units,
        casualty=casualty,
        plain_count=plain_count,
        people_groups=_word_set(elliptical.get("people_groups", [])),
        casualty_before=_word_set(
            elliptical.get("casualty_before", []), elliptical.get("moved_before", [])
        ),
        casualty_moved=_word_set(elliptical.get("moved_before", [])),
        moved_followers=_phrase_end(elliptical.get("moved_followers", [])),
        moved_not_after=_word_set(elliptical.get("moved_not_after", [])),
        casualty_after=_words_after(elliptical.get("casualty_after", [])),
        age_limits=_word_set(elliptical.get("age_limits", [])),
        age_groups=_word_set(elliptical.get("age_groups", [])),
        casualty_followers=_words_after(elliptical.get("casualty_followers", [])),
        of_object=re.compile(
            # (each word before the adjectives taken for good, `?+`: giving one back to be read
            # as an adjective could only use up an adjective's place, and trying both ways at
            # each made a miss, "one of the main Trumps Tax", cost 10 us)
            rf"{SPACE}+(?:{_phrase_regex('out')}{SPACE}+)?{_phrase_regex('of')}{SPACE}+"
            rf"(?:(?:{of_determiners}){SPACE}+)?+"
            # "12 of Africa's 54 countries", "12 of the country's top 15 export items"
            rf"(?:[^\W\d_][\w\-]*['’]s{SPACE}+)?+(?:(?:{of_ranks}){SPACE}+)?+"
            rf"(?:(?:{DIGITS}|{counted_words}){SPACE}+)?+(?:{adjective}{SPACE}+){{0,2}}"
            rf"(?:(?P<object>{object_alternation})"
            rf"|(?P<model>{model_plurals.get('pattern') or '(?!x)x'})(?![\w\-]))"
        )
        if object_alternation
        else None,
        partitive_opening=re.compile(
            r"(?:^|[.!?\n\"“‘(][ \t]*)(?:Among|Of)[ \t]+(?:all[ \t]+)?(?:the|its|their|these|those)"
            rf"{SPACE}+(?:{DIGITS}{SPACE}+)?(?:{adjective}{SPACE}+){{0,2}}(?P<object>{object_alternation})"
            r",[ \t]*\Z"
        )
        if object_alternation
        else None,
        others_after=_words_after(elliptical.get("others_after", [])),
        people_after=_words_after(elliptical.get("people_after", [])),
        predicate_object=re.compile(
            rf"{SPACE}+(?:{_alternation(elliptical.get('predicate_verbs', []))})"
            rf"(?:{SPACE}+(?:{_alternation(elliptical.get('predicate_adverbs', ['all']))}))?"
            rf"{SPACE}+(?:{adjective}{SPACE}+){{0,2}}"
            rf"(?P<predicate>{object_alternation})(?![\w\-'’])"
        )
        if object_alternation and elliptical.get("predicate_verbs")
        else None,
        population_before=re.compile(
            rf"(?<![\w\-])(?:(?i:{_alternation(elliptical.get('population_before', ['a']))})"
            r"|[^\W\d_][\w\-]*['’]s)"  # "Kenya's population of 50 million"
            rf"{SPACE}+(?:(?i:{_alternation(elliptical.get('population_adjectives', ['small']))})"
            rf"{SPACE}+)?(?i:{_alternation(elliptical['population_nouns'])}){SPACE}+of{SPACE}+\Z"
        )
        if elliptical.get("population_nouns")
        else None,
        vote_sides=_words_after(elliptical.get("vote_sides", [])),
        others_before=_word_set(elliptical.get("others_before", [])),
        compared_before=_word_set(elliptical.get("compared_before", [])),
        compared_nouns_of=_word_set(
            f"{noun} of" for noun in elliptical.get("compared_nouns", []) if noun.strip()
        ),
        compared_rate_nouns_of=_word_set(
            f"{noun} of" for noun in elliptical.get("compared_rate_nouns", []) if noun.strip()
        ),
        compared_earlier=_word_set(elliptical.get("compared_earlier", [])),
        compared_count_nouns=_word_set(elliptical.get("compared_count_nouns", [])),
        compared_counts_only=frozenset(
            _normalise(phrase) for phrase in elliptical.get("compared_counts_only", [])
        ),
        named_list_units=frozenset(elliptical.get("named_list_units", [])),
        open_count_after=_open_count_regex(data) if "open_counts" in data else None,
        open_count_not_nouns=_word_set(data.get("open_counts", {}).get("not_nouns", [])),
        home_currencies=_home_currencies(data.get("home_currencies", {}), source),
        home_hosts=_home_hosts(data.get("home_hosts", {}), source),
        home_host_words=tuple(
            sorted(
                _home_hosts(data.get("home_host_words", {}), source).items(),
                key=lambda w: -len(w[0]),
            )
        ),
        home_paths=_home_paths(data.get("home_paths", {}), source),
        named_currencies=_named_currencies(data.get("named_currencies", {}), source),
        temperature_scales=compile_temperature_scales(data.get("temperature_scales"), source),
        source_data=data,
        compared_after=_phrase_end(elliptical.get("compared_followers", [])),
        continued_after=_phrase_end(continued_followers) if continued_followers else None,
        continued_before=_word_set(elliptical.get("continued_before", [])),
        continued_not_after=_word_set(elliptical.get("continued_not_after", [])),
        money_subjects=_whole_words(elliptical.get("money_subjects", [])),
        money_subjects_not=_whole_words(elliptical.get("money_subjects_not", [])),
        continued_kinds=(
            re.compile(rf"{SPACE}+(?:{_alternation(elliptical['continued_kinds'])})(?!\w)")
            if elliptical.get("continued_kinds")
            else None
        ),
        subject=_subject_regex(elliptical, adjective, object_alternation),
        object_subject_verbs=_word_set(elliptical.get("object_subject_verbs", []), change_verbs),
        object_subject_reach=_word_set(elliptical.get("object_subject_reach", [])),
        object_subject_counts=_word_set(elliptical.get("object_subject_counts", [])),
        object_subject_ratios=_word_set(elliptical.get("object_subject_ratios", [])),
        number_back=_optional_regex(
            rf"(?<!\w)(?:(?P<put>put|puts|putting|estimated|estimates|placed|places){SPACE}+)?"
            rf"(?:{_alternation(elliptical['number_back_determiners'])}){SPACE}+(?:number|figure)"
            rf"(?:(?:{SPACE}+(?:{_alternation(elliptical.get('number_back_verbs', []))}))?"
            rf"{SPACE}+to|{SPACE}+(?:stood|stands|is|was|remained){SPACE}+at"
            rf"|(?(put){SPACE}+at|(?!x)x)){SPACE}+\Z"
        )
        if elliptical.get("number_back_determiners")
        else None,
        decimal_comma_scales=_word_set(data.get("decimal_comma", {}).get("scales", [])),
        decimal_comma_hundreds=_word_set(data.get("decimal_comma", {}).get("after_hundreds", [])),
        decimal_comma_hundreds_currencies=frozenset(
            data.get("decimal_comma", {}).get("after_hundreds_currencies", [])
        ),
        decimal_comma_currencies=frozenset(data.get("decimal_comma", {}).get("currencies", [])),
        tally_name_heads=_word_set(data.get("tallies", {}).get("name_heads", [])),
        object_subject_not_after=_word_set(elliptical.get("object_subject_not_after", [])),
        subject_verbs=_word_set(elliptical.get("subject_verbs", [])),
        subject_level_before=_word_set(elliptical.get("subject_level_before", [])),
        subject_after=_phrase_end(
            [*elliptical.get("compared_followers", []), *elliptical.get("subject_followers", [])]
        ),
        subject_level_verbs=_word_set(elliptical.get("subject_level_verbs", []), change_verbs),
        subject_causatives=_word_set(elliptical.get("subject_causatives", [])),
        subject_clause_words=_word_set(elliptical.get("subject_clause_words", [])),
        subject_change_tails=_word_set(elliptical.get("subject_change_tails", [])),
        casualty_singular_after=_words_after(elliptical.get("casualty_singular_after", [])),
        total_phrase=_optional_regex(
            rf"(?<![\w'’\-])(?:{_alternation(elliptical.get('subject_causatives', []))})"
            rf"(?P<what>(?:{SPACE}+[^\W\d_][\w'’\-]*){{1,10}}?){SPACE}+to{SPACE}+\Z"
        )
        if elliptical.get("total_words") and elliptical.get("subject_causatives")
        else None,
        total_words=_word_set(elliptical.get("total_words", [])),
        total_determiners=_word_set(elliptical.get("total_determiners", [])),
        total_nouns=_word_set(elliptical.get("total_nouns", [])),
        total_time_words=_word_set(elliptical.get("total_time_words", [])),
        total_not_after=_word_set(elliptical.get("total_not_after", [])),
        parallel_after=_words_after(elliptical.get("parallel_followers", [])),
        parallel_after_last=_optional_regex(
            rf"(?:{SPACE}+(?:{_alternation(elliptical.get('parallel_linking', []))})"
            # "11 drones were shot down over the Belgorod Region, 28 over ..."
            rf"(?:{SPACE}+(?:[a-z]{{3,}}ed|{participles}))?)?"
            rf"{SPACE}+(?:{_alternation(elliptical['parallel_followers'])})"
        )
        if elliptical.get("parallel_followers")
        else None,
        parallel_before=_word_set(elliptical.get("parallel_before", [])),
        obtained_verbs=_word_set(elliptical.get("obtained_verbs", [])),
        compared_not_after=_word_set(elliptical.get("compared_not_after", [])),
        fraction_change_verbs=_word_set(change_verbs),
        fraction_level_before=_phrase_before(
            data.get("fractions_change", {}).get("level_before", [])
        ),
        fraction_level_subject=_whole_words(
            data.get("fractions_change", {}).get("level_subjects", [])
        ),
        fraction_level_alone=frozenset(
            _normalise(phrase) for phrase in data.get("fractions_change", {}).get("level_alone", [])
        ),
        split_after_to=_word_set(data.get("ranges", {}).get("split_after_to", [])),
        size_connectors=_word_set(data.get("ranges", {}).get("size_only", [])),
        list_connectors=_word_set(data.get("ranges", {}).get("lists", [])),
        model_words=frozenset(" ".join(w.split()) for w in data.get("models", {}).get("words", [])),
        model_words_after={
            word: frozenset(after)
            for word, after in data.get("models", {}).get("after_words", {}).items()
        },
        singulars=singulars,
        casualty_singulars=_word_set(casualties_only),
        model_plural_units=model_plural_units,
        designated_objects=_word_set(model_plurals.get("designated_objects", [])),
        model_plural_default=model_plural_default,
        paired_adjectives=frozenset(data.get("objects", {}).get("paired_adjectives", [])),
        airliner=re.compile(model_plurals["airliners"]) if model_plurals.get("airliners") else None,
        airliner_unit=airliner_unit,
        fixed_only_after={
            _normalise(word): _word_set(words)
            for word, words in data.get("fixed_words", {}).get("only_after", {}).items()
        },
        fixed_or_followed_by={
            _normalise(word): _words_after(words)
            for word, words in data.get("fixed_words", {}).get("or_followed_by", {}).items()
        },
        fixed_as_change=_as_change_regex(data.get("fixed_words", {})),
        starts=starts if starts.available else None,
        source=source,
    )
    logger.debug("compiled figure rules from %s: %d unit phrases", source, len(units))
    return rules


def _figure_starts(
    data: Mapping[str, Any],
    *,
    number_words: list[str],
    articles: list[str],
    hundred: str,
    scales: list[str],
    prefixes: list[str],
    fractions: list[str],
    fixed_words: list[str],
    weak_units: list[str],
    exclusions: list[str],
    codes: Sequence[str] = (),
) -> FigureStarts:
    """The anchors and lead phrases of the grammar built by `_build_pattern`, from the same data.

    Leads are what may come before a figure's first anchor: qualifiers, "between", articles
    and the head of a currency sign ("US" of "US $"). Anchors: a currency sign's last token,
    and the first word that is no lead of every number, scale, fraction and fixed word, and of
    the units that may follow an article ("a decade").
    """
    leads = {*articles, _normalise(data.get("ranges", {}).get("between", "between"))}
    leads.update(_normalise(phrase) for phrase in data.get("qualifiers", {}).get("words", []))
    lead_words = {word.lower() for lead in leads for word in tokens(lead)}
    anchors = set()
    # currency codes written as-is, which the grammar reads only as written ("N", "Rs", "USD")
    exact = {_normalise(code): code for code in codes if len(tokens(code)) == 1}
    exact_anchors = [code for code in codes if _normalise(code) in exact]
    for prefix in prefixes:
        if not tokens(prefix) or prefix in exact:
            continue  # a blank phrase: nothing the grammar could match there either
        first, last = tokens(prefix)[0], tokens(prefix)[-1]
        if not first[0].isalnum():
            anchors.add(first)  # "$US": the sign starts it (not every "US" in the text)
            continue
        anchors.add(last)
        if head := prefix[: prefix.rindex(last)].strip():
            leads.add(head)
    for phrase in [*number_words, hundred, *scales, *fractions, *fixed_words, *weak_units]:
        words = [token.lower() for token in tokens(phrase)]
        if not words:
            continue
        anchor = next((word for word in words if word not in lead_words), words[0])
        joined = phrase.split()[0].lower()
        if anchor == words[0] and "-" in joined:
            anchor = joined  # "year-long": not every "year" in the text
        anchors.add(anchor)
    return FigureStarts(anchors, leads, exclusions, exact_anchors)


def _build_pattern(
    *,
    data: Mapping[str, Any],
    number_words: Mapping[str, int],
    articles: list[str],
    hundred: str,
    scales: list[str],
    short_scales: list[str],
    dotted_scales: list[str],
    prefixes: list[str],
    codes: list[str],
    written_as_is: list[str],
    units: Mapping[str, UnitRule],
    not_followed: Mapping[str, str],
    fractions: list[str],
    fixed_words: list[str],
    singulars: list[str],
) -> re.Pattern[str]:
    """The one pattern that finds every candidate figure (see the module docstring)."""
    numbers = data.get("numbers", {})
    below_ten = [w for w, v in numbers.get("units", {}).items() if v < 10]
    below_twenty = _alternation(numbers.get("units", {}))
    tens = _alternation(numbers.get("tens", {}))
    # "Eighty-six", "eighty three" (not "twenty one-year-olds", "Twenty One Pilots")
    spaced = "|".join(re.escape(word) for word in sorted(below_ten, key=len, reverse=True))
    compound = (
        rf"(?:{tens})(?:[-‐](?:{_alternation(below_ten)})|{SPACE}+(?:{spaced})(?![-‐]))?(?!\w)"
    )
    below_hundred = rf"(?:{compound}|(?:{below_twenty}))"
    article = _alternation(articles)
    weak_unit_phrases = [p for p, rule in units.items() if rule.weak_ok]
    article_followers = _alternation([*scales, hundred, *weak_unit_phrases])
    fraction = _alternation(fractions)
    # "more than half the market", "half the £12 billion hike": these shares also before "the"
    the_words = data.get("fractions_before_the", {}).get("words", [])
    not_before_the = _alternation(data.get("fractions_before_the", {}).get("not_before", []))
    # ... or a possessive: "lost half its value" (not "half his life")
    possessives = _alternation(data.get("fractions_before_the", {}).get("possessives", []))
    not_after_possessive = _alternation(
        data.get("fractions_before_the", {}).get("not_after_possessive", [])
    )
    before_the = (
        "|(?:"
        + "|".join(rf"(?<={_head_regex(w[0])}{re.escape(w[1:])})" for w in the_words if w)
        + rf")(?={SPACE}+(?:{_phrase_regex('the')}{SPACE}+(?!{not_before_the})"
        rf"|(?:{possessives}){SPACE}+(?!{not_after_possessive}))(?:[^\W\d]|[\d$€£¥₹]))"
        if the_words
        else ""
    )
    of = _phrase_regex("of")
    and_ = _phrase_regex("and")
    # "half a million", "a quarter of a million", "a quarter million": a share of a scale
    # ... or of a percent: "half a percent", "a quarter of one percentage point"
    # (not a unit read only in some lines: "a quarter-point cut" is a fixed word's)
    percents = [
        p for p, rule in units.items() if rule.category == PERCENT_UNIT and rule.only_near is None
    ]
    # (or joined by a hyphen: "a half-trillion dollars")
    scale_ahead = rf"(?=(?:{SPACE}+|-)(?:{_alternation([*scales, *percents])})(?!\w))"
    a_or_one = rf"(?:{article}|{_phrase_regex('one')})"
    share_of_a_scale = rf"(?:{fraction})(?:{SPACE}+(?:{of}{SPACE}+)?{a_or_one})?{scale_ahead}"
    # "one and a half", "1 and a half", "two-and-a-half" before a scale or a unit ("million",
    # "times", "years")
    sep = rf"(?:{SPACE}+|-)"
    shares = _alternation([f for f in fractions if f[0].isalpha()], hyphens=True)
    and_a_share = rf"{sep}{and_}{sep}(?:{shares})(?={sep}[^\W\d_])"
    # ("three hundred and twenty", "Two-hundred and forty")
    hundreds = rf"(?:{SPACE}+|-){hundred}(?:{SPACE}+(?:{and_}{SPACE}+)?{below_hundred})?"
    words = (
        rf"(?:{share_of_a_scale}"  # (first: "Three quarters of a billion" is no "Three")
        rf"|{below_hundred}(?:{hundreds}|{and_a_share})?"
        rf"|(?:{article}){hundreds}"
        rf"|(?:{article})(?={SPACE}+(?:{article_followers})(?!\w)))(?!\w)"
    )
    # a decimal spelled as broadcasters read it out: "35-point-five", "two-point-54" (KBS)
    point_decimal = (
        rf"(?=[\w\-]{{1,16}}?-point-)(?:\d{{1,3}}|{below_hundred})-point-"
        rf"(?:\d{{1,3}}|{_alternation(below_ten)})(?!\w)"
    )
    number = rf"(?:{point_decimal}|{DIGITS}(?:{and_a_share})?|{words})"
    # (an abbreviation may end in a dot before a word in lower case: "1.5 mln. tons")
    # (and these only so: "567.32 th. tonnes", "38.28 thou. tonnes")
    abbreviations = [word for word in scales if len(word) <= 3] + dotted_scales
    scale = (
        rf"(?:(?:{_alternation(abbreviations)})\.(?={SPACE}+[a-z])"
        rf"|(?:{_alternation(scales)}|(?<=\d)(?:{_alternation(short_scales)}))(?!\w))"
    )
    # "Ksh 157 B", "Rs13 b", "$5 m": one space between, after a currency (a bare "5 m" is metres)
    spaced_short = (
        rf"|(?(currency1)(?<=\d[ \u00a0])(?:{_alternation(short_scales)})(?![\w\-\u2013\u2014/])"
        rf"|(?!x)x)"
        if short_scales
        else ""
    )
    prefix_parts = [_alternation(prefixes, boundary=r"(?![^\W\d_])")]
    if codes:  # (behind one look at their first letters, as `_alternation` does)
        code_alternation = _phrase_alternation(
            [_Phrase(code, exact=True) for code in sorted(codes, key=len, reverse=True)]
        )
        codes_behind = _behind_first_characters([code[0] for code in codes], code_alternation)
        prefix_parts.append(rf"{codes_behind}(?![^\W\d_])")
    prefix = "|".join(prefix_parts)
    ranges = data.get("ranges", {})
    between = _phrase_regex(ranges.get("between", "between"))
    between_connector = _alternation(
        ranges.get("between_connectors") or [ranges.get("between_connector", "and")]
    )
    connectors = _alternation(ranges.get("connectors", ["to", "-"]))
    qualifiers = _alternation(data.get("qualifiers", {}).get("words", []))
    percent_words = _unit_alternation(
        {phrase: rule for phrase, rule in units.items() if rule.unit == PERCENT_UNIT},
        not_followed,
        written_as_is,
        counted_only=False,
    )
    # ... but not the "pct" of "2 pct points", another unit's phrase
    percent_phrases = [phrase for phrase, rule in units.items() if rule.unit == PERCENT_UNIT]
    tails = {
        phrase[len(head) + 1 :]
        for phrase, rule in units.items()
        if rule.unit != PERCENT_UNIT
        for head in percent_phrases
        if phrase.startswith(head + " ")
    }
    not_points = rf"(?!{SPACE}+(?:{_alternation(tails)}))" if tails else ""
    unit_alternation = _unit_alternation(units, not_followed, written_as_is, counted_only=False)
    object_alternation = _unit_alternation(units, not_followed, written_as_is, counted_only=True)
    adjective = _adjective_regex(data)
    # What a unit, or an adjective before a counted object, can start with: a letter, or the
    # first character of a unit phrase that starts otherwise ("%"). Checked once, it spares
    # trying every unit and adjective where none can follow, after most numbers.
    other_starts = sorted({phrase[0] for phrase in units if not phrase[0].isalpha()})
    # (a digit too: an adjective may start with one, "20,000 155mm artillery shells")
    # (and a bracket, which may be an adjective: "four (4) agreements", "22 PLA (People's
    # Liberation Army) aircraft")
    unit_start = "|".join([r"[^\W_]", r"\(", *map(re.escape, other_starts)])
    conjunction = _alternation(["and", "or"])
    # "3,200 Chinese troops", "four Chinese coast guard ships", "10 Chinese and Russian warships"
    adjectives = (
        rf"{adjective}{SPACE}++(?:(?:{conjunction}){SPACE}++{adjective}{SPACE}++"
        rf"|{adjective}{SPACE}++){{0,2}}?"
    )
    # "one drone was shot down", "one Zircon cruise missile": a singular object, only after
    # "one" or "1"
    singular = _alternation(singulars)
    # (the first of its adjectives a name: "one Zircon hypersonic missile", "one Ukrainian
    # soldier"; not "one night drone attacks", "at one point tank fire")
    named = rf"(?:(?=[A-Z]){adjectives})?"
    single_branch = (
        rf"|(?<=(?<![\w\-])(?<![Nn]o )[Oo]ne[ ]){named}(?P<single>{singular})"
        rf"|(?<=(?<![\w.,\-])1[ ]){named}(?P<single_digit>{singular})"
        if singulars
        else "|(?P<single>(?!x)x)(?P<single_digit>(?!x)x)"
    )
    # "two Russian Tu-95s", "50 of the 85 F-16s": a model's name in the plural, after names
    # only (behind one look at a capital: most numbers are followed by none)
    model_plurals = data.get("model_plurals", {})
    model_plural = model_plurals.get("pattern")
    # ... or in the singular, of a designation that says what it counts, where the phrase ends:
    # "two Russian Tu-95MS and two Chinese H-6K bombers"
    designations = [d for names in model_plurals.get("by_designation", {}).values() for d in names]
    singular_before = _alternation(model_plurals.get("singular_before", []))
    singular = (
        rf"|(?:{_alternation(designations)})-\d{{1,3}}[A-Z]{{0,3}}(?![\w\-])"
        rf"(?={SPACE}*(?:[,;.)]|(?:{singular_before})(?!\w)))"
        if designations and singular_before
        else ""
    )
    # ... and an airliner's, after its maker's name maybe: "22 A350s", "43 Boeing 757s", "35
    # 777-8s", "80 Airbus A350 XWBs"; in the singular where a list goes on ("190 B737Max, 20")
    airliner = model_plurals.get("airliners")
    airliners = (
        rf"|(?:{airliner})(?:s|{SPACE}+XWBs)(?![\w\-])"
        rf"|(?:{airliner})(?={SPACE}*[,;]|{SPACE}+(?:and|or){SPACE}+\d)"
        if airliner
        else ""
    )
    model_branch = (
        rf"|(?<=\s)(?:(?:additional|more|new|further){SPACE}+)?(?=[A-Z]|7[0-8]7)"
        rf"(?:(?:[A-Z][a-z]+|(?:[A-Z]\.){{2,}}){SPACE}+){{0,2}}"
        rf"(?P<model_plural>{model_plural}(?![\w\-]){singular}{airliners})"
        if model_plural
        else "|(?P<model_plural>(?!x)x)"
    )
    # "a two-thirds majority": a share before these nouns too, in the plural ("a third
    # majority" is a third one)
    nouns = data.get("fraction_nouns", {}).get("nouns", [])
    share_nouns = rf"|(?<=s)(?={SPACE}+(?:{_alternation(nouns)})(?!\w))" if nouns else ""
    change_followers = _alternation(
        [
            *data.get("fractions_change", {}).get("followers", []),
            *data.get("fractions_change", {}).get("comparatives", []),
        ]
    )
    change_end = rf"(?=[,.;:!?)\r\n]|$|{SPACE}+(?:{change_followers}))"
    fixed_table = data.get("fixed_words", {})
    fixed_not_followed = _alternation(fixed_table.get("not_followed_by", []))
    only_followed = {
        _normalise(word): followers
        for word, followers in fixed_table.get("only_followed_by", {}).items()
    }
    fixed = "|".join(
        [
            rf"(?:{_alternation(w for w in fixed_words if w not in only_followed)})"
            rf"(?!{SPACE}+(?:{fixed_not_followed})|-)",  # nor "double-check", "triple-A"
            *(
                rf"{_phrase_regex(word)}(?={SPACE}+(?:{_alternation(followers)}))"
                for word, followers in only_followed.items()
                if word in fixed_words
            ),
        ]
    )
    # Every figure starts with a digit, a currency sign or one of these words. Checking that
    # first, with the words grouped by first letter, keeps the cost low at the many positions
    # where no figure starts.
    start_words = [
        *data.get("qualifiers", {}).get("words", []),
        ranges.get("between", "between"),
        *fractions,
        *fixed_words,
        *prefixes,
        *codes,
        *number_words,
    ]
    hedges = "|".join(re.escape(hedge[1:]) for hedge in _HYPHEN_HEDGES)
    # Possessive runs (`*+`, `{0,2}+`, `++`): what follows never starts with a space or a word
    # character, so giving characters back could never help, and a failed match ends sooner.
    regex = rf"""
        {NUMBER_START}
        (?=\d|{_start_word_alternation(start_words)})
        (?:(?P<qualifier>{qualifiers}){SPACE}*)?
        (?:
            # "nine to tenfold", "two- to threefold": a range of multipliers
            # (behind a cheap look for " to " after one token: most numbers have none)
            (?:(?=[\w.,]+-?{SPACE}+{connectors}{SPACE})
            (?P<fold_low>{number})-?{SPACE}+{connectors}{SPACE}+(?=(?i:[a-z]+-?fold)\b))?
            (?P<fixed>{fixed})  # first: "a quarter of a century" is no share
        |
            (?P<fraction>{fraction})
            (?:(?={SPACE}+{of}(?!\w)){share_nouns}|(?P<change_end>{change_end}){before_the})
            (?!{SPACE}+{of}{SPACE}+{a_or_one}{scale_ahead})  # "a quarter of a million"
        |
            (?:(?P<between>{between}){SPACE}+)?
            (?:(?P<currency1>{prefix}){SPACE}?)?
            (?P<number1>{number})
            (?P<plus>\+(?={SPACE}[^\W\d_]))?  # "$157+ million", "100+ people": more than
            # "$1.5 billion", "$1.5-billion"; a one-letter scale after a space only in money
            # (or the next line's, in text wrapped by hand: "$ 8\nbillion", "Sh50\nmillion")
            (?:(?:-|{SPACE}{{0,2}}+|{SPACE}?\n(?=[a-z]))(?P<scale1>{scale}{spaced_short}))?
            (?(currency1)|(?:{SPACE}*+(?P<percent1>{percent_words}){not_points})?)
            (?:
                {SPACE}*+(?P<connector>(?(between){between_connector}|(?:{connectors}))){SPACE}*+
                # "rose from 56 to over 2,700": a hedge on the second number
                (?:(?P<qualifier2>{qualifiers}){SPACE}*+)?
                (?(currency1)(?:(?P<currency2>{prefix}){SPACE}?)?)
                (?P<number2>{number})
                (?:(?:-|{SPACE}{{0,2}}+)(?P<scale2>{scale}))?
                # "34% to 69%": a percent before the connector only with one after the number
                (?(between)|(?(percent1)(?={SPACE}*+(?:{percent_words}))))
            )?
            (?(currency1)|(?(percent1)(?(number2)(?:
                {SPACE}{{0,2}}+(?P<percent2>{percent_words}){not_points}
            )?)|(?:
                # (an en dash, as typeset: "10\u2013fold"; a hedge, "20-odd years", "100-plus
                # drones": see `_HYPHEN_HEDGES`)
                (?P<separator>-(?:{hedges})(?:{SPACE}++|-)(?=[^\W\d_])
                |[-\u2013]|{SPACE}{{0,2}}+)
                (?={unit_start})
                (?:(?P<unit>{unit_alternation})
                {single_branch}
                # (after a space: a number joined to a word by a hyphen makes an adjective,
                # "one-way attack drones", "three-tier elections", no count)
                |(?<=\s)(?P<adjectives>{adjectives})(?P<object>{object_alternation})
                {model_branch})
            )?))
        )
    """
    # No re.IGNORECASE: phrases carry their own case-insensitivity (see `_phrase_regex`), so
    # each alternative starts with a character class the regex engine can reject at once.
    return re.compile(regex, re.VERBOSE)


def _as_change_regex(table: Mapping[str, Any]) -> re.Pattern[str] | None:
    """After a word of change, " as" and a clause (`as_change_verbs`, or a word in -ed, within
    five words) or one of `as_change_followers`; None when the table lists neither."""
    verbs = table.get("as_change_verbs", [])
    followers = table.get("as_change_followers", [])
    if not verbs and not followers:
        return None
    after = "|".join(r"[ \t]+".join(map(re.escape, phrase.split())) + r"\b" for phrase in followers)
    verb = "|".join(["[a-z]+ed", *map(re.escape, verbs)])
    return re.compile(
        rf" as[ \t]+(?:{after + '|' if after else ''}(?:[\w'’\-]+[ \t]+){{0,4}}?(?:{verb})\b)"
    )


def _comparative_regex(table: Mapping[str, Any]) -> re.Pattern[str] | None:
    """After a fraction, one of `comparatives` ("a third less than"); None for none."""
    words = table.get("comparatives", [])
    return re.compile(rf"{SPACE}+(?:{_alternation(words)})") if words else None


def _after_a_scale(phrase: str, scales: Sequence[str]) -> str:
    """A look behind, at the end of `phrase`, for one of `scales` and a space just before it
    (each alternative of a fixed width, as Python's look-behinds must be)."""
    if not scales:
        return "(?!)"
    ordered = sorted({_normalise(scale) for scale in scales})
    behind = [
        rf"(?<={_either_cased(f'{scale}{joint}{phrase}')})"
        for scale in ordered
        for joint in (" ", "\u00a0")  # ("100 billion-dollar startups" are companies)
    ]
    # ... and a compound of hyphens from the digits on: "a 100-billion-U.S.-dollar trade volume"
    hyphenated = phrase.replace(" ", "-")
    behind += [
        rf"(?<=\d{_either_cased(f'-{scale}-{written}')})"
        for scale in ordered
        for written in dict.fromkeys((phrase, hyphenated))
    ]
    return f"(?:{'|'.join(behind)})"


def _either_cased(text: str) -> str:
    """`text` matched in any case, as `(?i:...)` reads it, each character escaped."""
    return f"(?i:{re.escape(text)})"


def _phrase_end(followers: list[str]) -> re.Pattern[str]:
    """Where a number ends its phrase: punctuation (a dash too: "2.9 million -- about 26
    percent"), the end, or one of `followers` next."""
    return re.compile(
        rf"{SPACE}*(?:[,.;:!?)\]\r\n—]|$|{SPACE}(?:{_alternation(followers)}|--?{SPACE}|–{SPACE}))"
        # "from 1 in 5" is a ratio; "from 7 in 12 months" is not
        rf"(?!(?<=[Ii][Nn]){SPACE}+\d{{1,3}}(?!\d|[,.]\d)"
        rf"(?!{SPACE}+(?i:months?|years?|weeks?|days?|hours?|quarters?)(?!\w)))"
    )


def _size_regex(data: Mapping[str, Any], end: str = r"(?![\w\-])") -> str:
    """A word that, joined to a number, gives each object's size ("millimeter", "foot")."""
    sizes = data.get("objects", {}).get("sizes", [])
    return rf"(?:{_alternation(sizes)}){end}" if sizes else "(?!x)x"


def _open_count_regex(data: Mapping[str, Any]) -> re.Pattern[str]:
    """After a number: one lower-case word at most (not one of `[objects] not_adjectives`) and a
    plural noun ("road accidents", "motorcycles"), for `_open_count`."""
    not_adjectives = _alternation(data.get("objects", {}).get("not_adjectives", []))
    return re.compile(
        rf"{SPACE}++(?:(?!(?:{not_adjectives})(?![\w\-]))[a-z][a-z\-]*+{SPACE}++)??"
        r"(?P<noun>[a-z][a-z\-]*[a-rt-z]s)(?![\w\-'’])"
    )


def _adjective_regex(data: Mapping[str, Any]) -> str:
    """One word that may stand between a number and its counted object ("Chinese")."""
    objects = data.get("objects", {})
    not_adjectives = _alternation(objects.get("not_adjectives", []))
    adjective = rf"(?!(?:{not_adjectives})(?![\w\-])){ADJECTIVE}"  # (not "one-way", "last-minute")
    if objects.get("sizes"):
        # a size joined to its number: "3 million 152-millimeter shells", "two 1,000-MW reactors"
        size = rf"\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?-{_size_regex(data)}"
        adjective = rf"(?:{size}|{adjective})"
    models = data.get("models", {}).get("words", [])
    if not models:
        return adjective
    # a model's name with its number, as written: "six Leopard 2 tanks", "two Type 055 destroyers"
    # (behind one look at their first letters, as written: most words start with none)
    firsts = "".join(sorted({re.escape(word.strip()[0]) for word in models}))
    names = "|".join(re.escape(" ".join(word.split())) for word in models)
    # (and a product's name in camel case: "5 million iPhone 15 units")
    camel = rf"[a-z]++[A-Z][A-Za-z]*+{SPACE}+\d+(?![\d.,])[\w\-]*"
    return rf"(?:(?=[{firsts}])(?:{names}){SPACE}+\d+(?![\d.,])[\w\-]*|{camel}|{adjective})"


def _subject_regex(
    elliptical: Mapping[str, Any], adjective: str, object_alternation: str
) -> re.Pattern[str] | None:
    """What a sentence counts: "the number of (up to three words) <object>" or a change in them
    ("a surge in passengers"), a death toll, a subject that counts jobs or claims, or people
    ("passenger numbers")."""
    branches = []
    determiners = elliptical.get("subject_determiners", [])
    if determiners and object_alternation:
        lead = (
            rf"(?:{_alternation(determiners)}){SPACE}+{_phrase_regex('number')}{SPACE}+"
            rf"{_phrase_regex('of')}"
        )
        if elliptical.get("subject_change_nouns"):  # "a 74% surge in passengers to 168.6 million"
            changes = _alternation(elliptical["subject_change_nouns"])
            lead = rf"(?:{lead}|(?P<change>{changes}){SPACE}+{_phrase_regex('in')})"
        branches.append(
            rf"(?<!\w){lead}{SPACE}+(?:{adjective}{SPACE}+){{0,3}}(?P<object>{object_alternation})"
        )
    if elliptical.get("subject_tolls"):
        not_before = elliptical.get("subject_tolls_not_before", [])
        guard = rf"(?![ \t\-]+(?:{_alternation(not_before)})(?!\w))" if not_before else ""
        branches.append(
            rf"(?<!\w)(?P<toll>{_alternation(elliptical['subject_tolls'])})(?!\w){guard}"
        )
    if elliptical.get("subject_counts"):
        branches.append(rf"(?<!\w)(?P<counted>{_alternation(elliptical['subject_counts'])})(?!\w)")
    if elliptical.get("subject_people"):
        branches.append(rf"(?<!\w)(?P<people>{_alternation(elliptical['subject_people'])})(?!\w)")
    return re.compile("|".join(branches)) if branches else None


def _home_currencies(table: Any, source: str) -> dict[str, HomeCurrencies]:
    """`[home_currencies.<country>]`: `instead` maps currency codes to currency codes ("USD" ->
    "AUD"); `currencies` lists entries in the format of `[[currencies]]`; `cents` names the
    currency whose cents a bare "cents" counts ("ZAR"); `names` the country's own names."""
    problem = f"[home_currencies] must hold one table per country domain (au) in {source}"
    if not isinstance(table, dict):
        raise ValueError(problem)
    countries: dict[str, HomeCurrencies] = {}
    for country, entry in table.items():
        instead = entry.get("instead", {}) if isinstance(entry, dict) else None
        currencies = entry.get("currencies", []) if isinstance(entry, dict) else None
        cents = entry.get("cents", "") if isinstance(entry, dict) else None
        names = entry.get("names", []) if isinstance(entry, dict) else None
        if not (
            isinstance(cents, str)
            and isinstance(names, list)
            and all(isinstance(name, str) and name for name in names)
            and cents == cents.upper()
            and isinstance(instead, dict)
            and all(
                isinstance(code, str) and isinstance(own, str) and code.isupper() and own.isupper()
                for code, own in instead.items()
            )
            and isinstance(currencies, list)
            and all(
                isinstance(item, dict) and isinstance(item.get("unit"), str) for item in currencies
            )
        ):
            raise ValueError(
                f"[home_currencies.{country}]: 'instead' maps currency codes to currency codes "
                f"(USD = 'AUD'), 'currencies' lists [[currencies]] entries and 'cents' is a "
                f"currency code and 'names' a list of the country's names, in {source}"
            )
        countries[country.lower().lstrip(".")] = HomeCurrencies(
            dict(instead), tuple(currencies), cents, _whole_words(names)
        )
    return countries


def _named_currencies(table: Any, source: str) -> dict[str, NamedCurrencies]:
    """`[named_currencies.<default code>]`: `own` and each other code, lists of names."""
    named: dict[str, NamedCurrencies] = {}
    for default, entry in table.items() if isinstance(table, dict) else [(None, None)]:
        if not (
            isinstance(entry, dict)
            and all(
                isinstance(v, list) and all(isinstance(w, str) for w in v) for v in entry.values()
            )
            and entry.get("own")
        ):
            raise ValueError(
                f"[named_currencies.{default}] must list 'own' names and names per currency code"
                f" in {source}"
            )
        named[default] = NamedCurrencies(
            own=_whole_words(entry["own"]) or re.compile("(?!x)x"),
            others={
                code: _whole_words(words) or re.compile("(?!x)x")
                for code, words in entry.items()
                if code != "own"
            },
        )
    return named


def _home_hosts(table: Any, source: str) -> dict[str, str]:
    """`[home_hosts]`: a national paper's host on a generic domain ("dawn.com") -> its country."""
    if not isinstance(table, dict) or not all(
        isinstance(host, str) and isinstance(country, str) for host, country in table.items()
    ):
        raise ValueError(f"[home_hosts] must map host names to country domains (pk) in {source}")
    return {host.lower(): country.lower().lstrip(".") for host, country in table.items()}


def _home_paths(table: Any, source: str) -> dict[str, dict[str, str]]:
    """`[home_paths]`: a site filing papers under their country's name -> name -> country."""
    if not isinstance(table, dict) or not all(
        isinstance(host, str)
        and isinstance(names, dict)
        and all(isinstance(n, str) and isinstance(c, str) for n, c in names.items())
        for host, names in table.items()
    ):
        raise ValueError(
            f"[home_paths] must map host names to tables of path names and country domains"
            f' (australia = "au") in {source}'
        )
    return {
        host.lower(): {name.lower(): country.lower().lstrip(".") for name, country in names.items()}
        for host, names in table.items()
    }


def rules_at_home(rules: FigureRules, country: str) -> FigureRules:
    """`rules` with the currency signs read only on pages of `country` (`[home_currencies.za]
    currencies`: "R2.5 billion" is rand on a South African page, and nothing elsewhere) and its
    own currency for exchange rates that name none (`[currency_countries]`: "320 per dollar" on
    a Nigerian page is NGN_per_USD); `rules` itself when the country has neither. Made once per
    country."""
    home = rules.home_currencies.get(country)
    own = rules.currency_domains.get(country, "")
    if (home is None or not home.currencies) and not own:
        return rules
    variant = rules.home_variants.get(country)
    if variant is None:
        variant = rules
        if home is not None and home.currencies:
            data = dict(rules.source_data)
            data["currencies"] = [*data.get("currencies", []), *home.currencies]
            data["home_currencies"] = {}  # (the variant is already at home)
            # a country's own sign needs no cue on its pages ("P212,000" in Manila)
            own_signs = {
                sign
                for currency in home.currencies
                for sign in (*currency.get("prefixes", ()), *currency.get("codes_before", ()))
            }
            data["ambiguous_prefixes"] = {
                sign: entry
                for sign, entry in data.get("ambiguous_prefixes", {}).items()
                if sign not in own_signs
            }
            variant = _compile_rules(data, rules.source)
        if own:
            variant = replace(variant, exchange_home_base=own)
        rules.home_variants[country] = variant
    return variant


def _country_bases(
    countries: Mapping[str, Any], bases: Mapping[str, str | tuple[str, ...]]
) -> dict[str, str]:
    """Base currency names made from the [currency_countries] names: a country's currency
    ("Kenya's currency", "the Kenyan currency") and its share of a name several countries use
    ("Pakistan's rupee", "the Ugandan shilling")."""
    made: dict[str, str] = {}
    shared = {name: units for name, units in bases.items() if isinstance(units, tuple) and units}
    for unit, entry in countries.items():
        for name in entry.get("names", []):
            for owner in (name, f"{name}'s", f"{name}’s"):
                made.setdefault(_normalise(f"{owner} currency"), unit)
                for word, units in shared.items():
                    if unit in units:
                        made.setdefault(_normalise(f"{owner} {word}"), unit)
    return {name: unit for name, unit in made.items() if name not in bases}


def _check_unique_phrase(
    units: Mapping[str, UnitRule], phrase: str, rule: UnitRule, source: str
) -> None:
    """Refuse a unit phrase that another unit entry already reads otherwise: phrases are looked
    up without case, so "c" of cents would silently replace "C" of degrees Celsius."""
    earlier = units.get(_normalise(phrase))
    if earlier is not None and earlier != rule:
        raise ValueError(
            f"unit phrase {phrase!r} is read as {earlier.unit!r} by another [[units]] entry"
            f" (phrases are compared without case) in {source}"
        )


def _word_set(*word_lists: Iterable[str]) -> frozenset[str]:
    """The normalised words of one or more vocabulary lists, for lookups."""
    return frozenset(_normalise(word) for words in word_lists for word in words)


def _phrase_before(phrases: Sequence[str]) -> re.Pattern[str] | None:
    """One of `phrases` as whole words, then spaces, at the end of the searched window (a
    match's start is its end); None when there are none."""
    if not phrases:
        return None
    return re.compile(rf"(?<![\w\-])(?:{_alternation(phrases)}){SPACE}+\Z")


def _words_after(words: Sequence[str]) -> re.Pattern[str] | None:
    """Spaces, then one of `words` ("killed", "of them"); None when there are none."""
    return re.compile(rf"{SPACE}+(?:{_alternation(words)})") if words else None


def _bounds(bounds: Any, unit: str) -> tuple[Decimal, Decimal] | None:
    """A unit's `only_between = [low, high]`, or None."""
    if bounds is None:
        return None
    if not (
        isinstance(bounds, list)
        and len(bounds) == 2
        and all(isinstance(b, int | float) and not isinstance(b, bool) for b in bounds)
        and bounds[0] < bounds[1]
    ):
        raise ValueError(f"unit {unit!r}: only_between must be [low, high] with low < high")
    return Decimal(str(bounds[0])), Decimal(str(bounds[1]))


def _whole_words(words: Sequence[str]) -> re.Pattern[str] | None:
    """One of `words`, not inside another word; None when there are none. (A sign is found
    wherever it stands: "%" in "4.65%".)"""
    if not words:
        return None
    signs = [word for word in words if not word[0].isalnum()]
    found = rf"(?<!\w)(?:{_alternation([w for w in words if w[0].isalnum()])})"
    return re.compile(rf"{found}|{_alternation(signs)}" if signs else found)


def _optional_regex(regex: str) -> re.Pattern[str]:
    return re.compile(regex)


# the keys of `[fixed_words]` that are options, not words
_FIXED_WORDS_OPTIONS = frozenset(
    {
        "not_followed_by", "only_followed_by", "only_after", "or_followed_by", "as_change_verbs",
        "as_change_followers",
    }
)  # fmt: skip


def _compile_fixed_words(
    table: Mapping[str, Any], units: Mapping[str, UnitRule], source: str
) -> dict[str, tuple[Decimal, UnitRule]]:
    """`weeklong = [1, "week"]` -> {"weeklong": (1, the rule of "week")}."""
    fixed: dict[str, tuple[Decimal, UnitRule]] = {}
    for word, entry in table.items():
        if word in _FIXED_WORDS_OPTIONS:
            continue
        value, phrase = entry
        rule = units.get(_normalise(phrase))
        if rule is None:
            raise ValueError(
                f"fixed word {word!r} names unknown unit phrase {phrase!r} in {source}"
            )
        fixed[_normalise(word)] = (Decimal(str(value)), rule)
    return fixed


def _compile_ambiguous_prefixes(
    table: Mapping[str, Any], rules: Iterable[UnitRule], source: str
) -> dict[str, SharedSign]:
    """A sign shared by currencies: its default rules and each currency's cue words."""
    by_unit = {rule.unit: rule for rule in rules if rule.money}
    compiled = {}
    for sign, entry in table.items():
        try:
            shared = SharedSign(
                default=by_unit[entry["default"]] if entry["default"] else None,
                scaled_default=by_unit[entry["scaled"]] if entry.get("scaled") else None,
                candidates=tuple(
                    (by_unit[unit], re.compile(rf"(?<!\w)(?:{_alternation(cues)})"))
                    for unit, cues in entry.items()
                    if unit not in ("default", "also", "scaled")
                ),
            )
        except KeyError as error:
            raise ValueError(f"ambiguous sign {sign!r} names unknown currency {error}") from error
        for spelling in (sign, *entry.get("also", ())):  # "Rs" and "Rs."
            compiled[_normalise(spelling)] = shared
    return compiled


def _unit_lookahead(entry: Mapping[str, Any]) -> str:
    """What must not follow a unit's phrases (`not_followed_by`: "30 years ago"), and, after a
    counted object, no possessive unless `possessive`: "12 fishermen's boats" are boats. A
    phrase with `only_before` is a noun that is also an adjective ("Sudanese"): no word may
    follow it but one of those ("18,000 Sudanese have crossed"; not "Sudanese pounds"), nor a
    hyphen ("Chinese-made")."""
    lookahead = ""
    if entry.get("not_followed_by"):
        cancelling = _alternation(entry["not_followed_by"])
        lookahead += rf"(?!{SPACE}*-?{SPACE}*(?:{cancelling})(?!\w))"
    if entry.get("not_followed_by_characters"):  # "C" not in "C-130": a name goes on
        lookahead += rf"(?![{re.escape(entry['not_followed_by_characters'])}])"
    if entry.get("only_before"):
        allowed = _alternation(entry["only_before"])
        lookahead += rf"(?!-|{SPACE}+(?!(?:{allowed})(?![\w\-]))[^\W\d_])"
    if entry.get("counted") and not entry.get("possessive"):
        lookahead += r"(?!['’])"
    return lookahead


def _unit_alternation(
    units: Mapping[str, UnitRule],
    not_followed: Mapping[str, str],
    codes: list[str],
    *,
    counted_only: bool,
) -> str:
    """Unit phrases, longest first, each with its word boundary and cancelling words."""
    # "rmb" -> ["RMB", "Rmb"]: currency codes and one- or two-letter units, each only as
    # written ("USD", never "usd"; "104 mio t" and "20pc", never "Share 12 T", "Windows 11 PC")
    code_keys: dict[str, list[str]] = {}
    for code in codes:
        code_keys.setdefault(_normalise(code), []).append(code)
    entries: list[_Phrase] = []  # longest first
    for phrase in sorted(units, key=len, reverse=True):
        if counted_only and not units[phrase].counted:
            continue
        end = ""
        if phrase[-1].isalnum():
            # a currency in a compound names no amount: "64,900 yuan-rouble transactions"
            # ("20 billion rouble-denominated bonds" still does)
            end = (
                r"(?![\w]|-(?!denominated|worth|equivalent)[^\W\d_])"
                if units[phrase].money
                else r"(?!\w)"
            )
        end += not_followed.get(phrase, "")
        if phrase in code_keys:
            entries.extend(_Phrase(code, end, exact=True) for code in code_keys[phrase])
        else:
            entries.append(_Phrase(phrase, end))  # also "24-nautical-mile line"
    if not entries:
        return r"(?!x)x"
    # (behind one look at the first characters: most places start none of them)
    return _behind_first_characters(
        {entry.text[0] for entry in entries}, _phrase_alternation(entries, hyphens=True)
    )


class _Phrase(NamedTuple):
    """One phrase of an alternation: its text, the regex after it (a word boundary, a look at
    what may not follow), and whether only its exact case matches ("USD", never "usd")."""

    text: str
    end: str = ""
    exact: bool = False


# False: alternations are flat, longest phrase first (what the tests compare the trie with)
_PHRASE_TRIES = True


def _phrase_alternation(entries: Sequence[_Phrase], *, hyphens: bool = False) -> str:
    """A regex matching what the alternation of `entries` (longest first, each as
    `_phrase_regex` writes it, then its `end`) matches, as a trie whose every branch starts
    with the character it consumes.

    Python's regex engine skips a branch that starts with a character or a class not at the
    text without entering it, but tries every branch that starts otherwise (a look-ahead, a
    group): a trie of consumed characters rejects "held" after "two held" in a few steps,
    where some 40 first-letter groups behind look-aheads, each entered, took a microsecond.
    A branch's phrases keep their order (longest first), so where two could match, the one
    the flat alternation tries first still wins: `tests/test_figure_starts.py` compares both.
    """
    if not entries:
        return r"(?!x)x"
    space = r"[ \t\u00a0\u202f\-]+" if hyphens else rf"{SPACE}+"
    if not _PHRASE_TRIES:
        return "|".join(
            (re.escape(entry.text) if entry.exact else _phrase_regex(entry.text, hyphens=hyphens))
            + entry.end
            for entry in entries
        )

    def render(key: Hashable, depth: int) -> str:
        return space if key == " " else _phrase_character(key, depth)

    def render_run(keys: Sequence[Hashable], depth: int) -> str:
        # (letters in either case as one case-insensitive run: what a class per letter, case
        # twins included, matches; exact letters and spaces as they are)
        parts: list[str] = []
        caseless: list[str] = []
        for key in keys:
            if key != " " and not key[1]:  # type: ignore[index]
                caseless.append(re.escape(key[0]))  # type: ignore[index]
                continue
            if caseless:
                parts.append(f"(?i:{''.join(caseless)})")
                caseless = []
            parts.append(render(key, depth))
        if caseless:
            parts.append(f"(?i:{''.join(caseless)})")
        return "".join(parts)

    return trie_regex(
        [
            (
                [(character, True) for character in entry.text]
                if entry.exact
                else [
                    " " if character == " " else (character, False)
                    for character in _normalise(entry.text)
                ],
                entry.end,
            )
            for entry in entries
        ],
        render,
        render_run,
    )


def _phrase_character(key: Any, depth: int) -> str:
    """One character of a phrase, as `_phrase_regex` matches it: the first in either case,
    the others as `(?i:...)` does, case twins included ("ſ" for "s"); an exact one as is."""
    character, exact = key
    if exact:
        return re.escape(character)
    if depth == 0:
        return _head_regex(character)
    if character.isascii():
        twins = TWINS_OF_ASCII.get(character, "")
        return _head_regex(character) if not twins else f"[{character}{character.upper()}{twins}]"
    return f"(?i:{re.escape(character)})"


def _behind_first_characters(firsts: Iterable[str], alternation: str) -> str:
    """The alternation behind one look at the characters its groups start with (either case):
    most places start none of them, and one check then skips them all."""
    characters = {case for first in firsts for case in (first.lower(), first.upper())}
    return f"(?=[{''.join(sorted(map(re.escape, characters)))}])(?:{alternation})"


def _alternation(
    phrases: Iterable[str], boundary: str = r"(?!\w)", *, hyphens: bool = False
) -> str:
    """A regex alternation of phrases, longest first; `boundary` after word-final phrases
    (`hyphens`: their spaces also match a hyphen, see `_phrase_regex`).

    Phrases are grouped by first character behind one look at it (`(?=[oO])(?:over|…)`), and
    the groups behind one look at all first characters: phrases with different first
    characters never match at one place, so no match changes, and the regex engine skips a
    group, or the whole alternation, at once instead of trying each of its phrases.
    """
    unique = sorted({_normalise(p) for p in phrases if p.strip()}, key=len, reverse=True)
    if not unique:
        return r"(?!x)x"
    alternation = _phrase_alternation(
        [_Phrase(phrase, boundary if phrase[-1].isalnum() else "") for phrase in unique],
        hyphens=hyphens,
    )
    firsts = {phrase[0] for phrase in unique}
    return alternation if len(firsts) == 1 else _behind_first_characters(firsts, alternation)


def _start_word_alternation(phrases: Iterable[str]) -> str:
    """The words a figure may start with, as one trie (`_phrase_alternation`); a word may run
    straight into a number ("Rmb50bn", "USD5m"), never into a letter."""
    unique = sorted({_normalise(p) for p in phrases if p.strip()}, key=len, reverse=True)
    return _phrase_alternation(
        [_Phrase(phrase, r"(?![^\W\d_])" if phrase[-1].isalnum() else "") for phrase in unique]
    )


def _phrase_regex(phrase: str, *, hyphens: bool = False) -> str:
    """A phrase as a case-insensitive regex; any run of spaces matches any run of spaces (or a
    hyphen, with `hyphens`: "nautical-mile" for "nautical mile").

    The first character is a class (`[Oo](?i:ver)`) rather than a case-insensitive literal:
    the regex engine skips an alternative whose leading class fails without entering it, which
    keeps the one big alternation fast.
    """
    tail = _tail_regex(phrase[1:], hyphens=hyphens)
    return _head_regex(phrase[0]) + (f"(?i:{tail})" if tail else "")


def _head_regex(character: str) -> str:
    """A character matching either case, as a class (`[Oo]`) when it has two cases."""
    if character.lower() == character.upper():
        return re.escape(character)
    return f"[{re.escape(character.lower())}{re.escape(character.upper())}]"


def _tail_regex(rest: str, *, hyphens: bool = False) -> str:
    """The rest of a normalised phrase, escaped, its spaces matching any run of spaces."""
    space = r"[ \t\u00a0\u202f\-]+" if hyphens else rf"{SPACE}+"  # SPACE, or a hyphen
    return space.join(re.escape(part) for part in rest.split(" "))


def _compile_patterns(
    patterns: list[str], source: str, table: str, before: str = ""
) -> re.Pattern[str] | None:
    """One pattern of some regexes of a table, after `before` (None for none); a bad one is
    reported by its text."""
    for text in patterns:
        try:
            re.compile(text)
        except re.error as error:
            raise ValueError(f"bad [{table}] pattern {text!r} in {source}: {error}") from error
    if not patterns:
        return None
    return re.compile(before + "(?:" + "|".join(f"(?:{text})" for text in patterns) + ")")


def _compile_exclusions(patterns: list[str], source: str) -> re.Pattern[str] | None:
    """One pattern of all exclusion patterns; a bad one is reported by its text."""
    # Tried only where no word character precedes: skips most positions of the window at once.
    return _compile_patterns(patterns, source, "exclusions", before=r"(?<!\w)")


def _checked_category(category: str, unit: str) -> str:
    """Validate a category name from the vocabulary file."""
    if category not in CATEGORIES:
        raise ValueError(f"unit {unit!r}: unknown category {category!r}; use one of {CATEGORIES}")
    return category
