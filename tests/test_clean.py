"""Specification of `metrics.clean.clean_text`: header, captions, furniture, whitespace."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from metrics.clean import DEFAULT_RULES_PATH, ParagraphRule, clean_text, load_rules
from metrics.fastscan import anchored_at_start


def sample_text(sample_dir: Path, prefix: str) -> str:
    (path,) = sample_dir.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


# --- the inline header ----------------------------------------------------------------------

HEADER_CASES = [
    # (raw, cleaned text, header_date)
    # the sample's form: the body continues on the header's line
    (
        " date 2025-09-02 The Chinese chief of Beijing welcomed Putin.",
        "The Chinese chief of Beijing welcomed Putin.",
        "2025-09-02",
    ),
    ("date 2023-11-06\nBody on the next line.", "Body on the next line.", "2023-11-06"),
    ("Date: 2024-05-16 Body.", "Body.", "2024-05-16"),
    ("No header here, date 2024-05-16 inside.", "No header here, date 2024-05-16 inside.", ""),
    ("The date 2024-05-16 was chosen.", "The date 2024-05-16 was chosen.", ""),
    # absurd values are still the header: cut off here, rejected by metrics.dates
    (" date 9999-99-99 Body.", "Body.", "9999-99-99"),
    # some crawlers record only the month
    (" date 2023-07 MOSCOW, July 15. /TASS/. Body.", "MOSCOW, July 15. /TASS/. Body.", "2023-07"),
]


@pytest.mark.parametrize(("raw", "text", "header_date"), HEADER_CASES)
def test_header_is_cut_off_and_its_date_kept(raw: str, text: str, header_date: str) -> None:
    cleaned = clean_text(raw)
    assert (cleaned.text, cleaned.header_date) == (text, header_date)


# --- photo captions ---------------------------------------------------------------------------

CAPTIONS = [
    # from 001: parenthesised credit with Pool/Photo/via/AP
    "Chinese President Xi Jinping attends a meeting with Russian President Vladimir Putin in "
    "Beijing, China, Tuesday September 2, 2025. "
    "(Sergei Bobylev, Spoutnik, Kremlin Pool Photo via AP)",
    "Putin speaks at the start of a bilateral meeting. (Pool photo via AP)",
    "Russian President Vladimir Putin arrives in Harbin. (REUTERS/Tingshu Wang)",
    "Xi Jinping and Vladimir Putin shake hands. (Photo by Kevin Frayer/Getty Images)",
    "Honour guards at the ceremony in Beijing. (Xinhua/Li Xueren)",
    "Servicemen take part in the Vostok-2018 exercises. (AFP)",
    # weekday + date dateline and a credit, no parentheses
    "Putin walks in Red Square in Moscow, Russia, Monday, May 6, 2024. Photo: Sputnik via Reuters",
    "XI AND PUTIN IN BEIJING, THURSDAY, MAY 16, 2024. PHOTO: POOL",
    # a credit line on its own
    "Photo: Reuters",
    "AFP",
    "Sergei Bobylev | AFP | Getty Images",
]

NOT_CAPTIONS = [
    # 001's first sentence: a credit in parentheses, but not at the end
    "The Chinese chief of Beijing (AP), Xi Jinping, welcomed Russian President Vladimir Putin.",
    "Talks ended on Tuesday, May 7, 2024, without an agreement on gas prices.",
    "China was imposing a lot of (United Nations) sanctions on North Korea.",
    "The photographers' union said it would strike.",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_photo_captions_are_removed(caption: str) -> None:
    cleaned = clean_text(f"First paragraph.\n\n{caption}\n\nLast paragraph.")
    assert cleaned.text == "First paragraph.\n\nLast paragraph."
    assert cleaned.removed == (f"caption: {caption}",)


@pytest.mark.parametrize("paragraph", NOT_CAPTIONS)
def test_prose_that_resembles_a_caption_is_kept(paragraph: str) -> None:
    assert clean_text(paragraph).text == paragraph


def test_sample_001_loses_its_five_captions_and_keeps_its_prose(sample_dir: Path) -> None:
    cleaned = clean_text(sample_text(sample_dir, "001"))
    captions = [item for item in cleaned.removed if item.startswith("caption: ")]
    assert len(captions) == 5
    assert "Pool Photo" not in cleaned.text and "Pool photo" not in cleaned.text
    assert "September 2, 2025" not in cleaned.text
    assert cleaned.text.startswith("The Chinese chief of Beijing (AP), Xi Jinping")
    assert cleaned.text.endswith("Huizhong Wu and researcher Yu Bing contributed to this report.")


# --- page furniture ---------------------------------------------------------------------------

FURNITURE = [
    "More From This Section",
    "Reading Time: < 1 minute",
    "Reading time: 3 minutes",
    "5 min read",
    "Read more",
    "Read more: Putin and Xi sign gas deal",
    "Advertisement",
    "ADVERTISEMENT - Scroll to continue",
    "Share this article",
    "Share on Facebook",
    "Follow us on Telegram",
    "Subscribe to our newsletter for daily updates",
    "Related:",
    "Related articles",
    "Related stories: China and Russia hold naval drills",
    "© 2024 Example News Ltd",
    "Copyright 2024 Reuters. All rights reserved.",
    "All Rights Reserved",
    # seen on real news pages: sharing, comment sections and blog widgets
    "Share - WeChat",
    "Facebook:",
    "Leave a Comment",
    "0 Comments",
    "No comments:",
    "Your email address will not be published. Required fields are marked *",
    "By posting your comment, you agree to abide by our Posting rules",
    "Rate this post",
    "(Visited 1 times, 1 visits today)",
    "Join Our Newsletter",
    "Enter your email to receive a weekly round-up of shipping news.",
    "You have 71.52% of this article left to read. The rest is for subscribers only.",
]

NOT_FURNITURE = [
    "Subscribers to the Russian service rose by 5% last year.",
    "Related talks were held in Beijing the following week.",
    "The share of Chinese goods in Russian imports rose to 40%.",
    "Readers of the report said more sanctions would follow.",
    "Advertisements for the casino appeared across Vladivostok.",
    "Comments from Beijing were muted.",
    "AFP reported that the talks ended.",
    "Twitter said it would comply.",
    "Rate hikes followed in May.",
    "Visited 3 times by Putin, the city is a hub.",
    "No comment.",
    "Share-Price",
    "You have 71.52% of the votes counted so far, the commission said.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_page_furniture_is_removed(line: str) -> None:
    cleaned = clean_text(f"First paragraph.\n\n{line}\n\nLast paragraph.")
    assert cleaned.text == "First paragraph.\n\nLast paragraph."
    assert cleaned.removed == (f"furniture: {line}",)


@pytest.mark.parametrize("paragraph", NOT_FURNITURE)
def test_prose_that_resembles_furniture_is_kept(paragraph: str) -> None:
    assert clean_text(paragraph).text == paragraph


def test_sample_000_loses_more_from_this_section(sample_dir: Path) -> None:
    cleaned = clean_text(sample_text(sample_dir, "000"))
    assert "More From This Section" not in cleaned.text
    assert "China is sending 3,200 troops" in cleaned.text


def test_sample_004_loses_reading_time_and_its_link_list_footer(sample_dir: Path) -> None:
    cleaned = clean_text(sample_text(sample_dir, "004"))
    assert "Reading Time" not in cleaned.text
    assert "Taylor Swifts" not in cleaned.text
    assert "Practical Ways To Save Money" not in cleaned.text
    assert cleaned.text.endswith("in the face of external pressures.")
    assert any(item.startswith("link list: Taylor Swifts") for item in cleaned.removed)


def test_sample_003_keeps_its_subheadings(sample_dir: Path) -> None:
    cleaned = clean_text(sample_text(sample_dir, "003"))
    assert "A United Front Against the West" in cleaned.text
    assert "Future Prospects and Challenges" in cleaned.text
    assert cleaned.removed == ()


# --- trailing link lists ----------------------------------------------------------------------

LINK_LIST_CASES = [
    # (last lines, removed?)
    ("Taylor Swifts New Album Release Health issues from using ACs Boston Marathon 2024", True),
    ("Ten Best Beaches In Europe\nWhy Gold Prices Keep Rising\nNew Phones Reviewed", True),
    ("The visit may be symbolic, but it sends a clear message.", False),
    ("Future Prospects and Challenges", False),  # one short subheading, not a list
    ("We stay together now, said Putin", False),  # mostly lower case: prose
]


@pytest.mark.parametrize(("tail", "removed"), LINK_LIST_CASES)
def test_a_trailing_run_of_headlines_is_removed(tail: str, removed: bool) -> None:
    body = "Putin and Xi met in Beijing on Tuesday."
    cleaned = clean_text(f"{body}\n\n{tail}")
    assert cleaned.text == (body if removed else f"{body}\n\n{tail}")


def test_headline_lines_in_the_middle_are_kept() -> None:
    raw = "Intro sentence.\nTen Best Beaches In Europe Right Now Ranked\nClosing sentence."
    assert clean_text(raw).text == raw


def test_a_text_that_is_only_a_headline_is_not_emptied() -> None:
    raw = "Putin Visits China For Talks With Xi Jinping In Beijing"
    assert clean_text(raw).text == raw


# --- duplicates -------------------------------------------------------------------------------


def test_duplicate_paragraphs_keep_the_first() -> None:
    cleaned = clean_text("Putin met Xi.\n\nTrade grew.\n\nPutin  met   Xi.\n\nThe end.")
    assert cleaned.text == "Putin met Xi.\n\nTrade grew.\n\nThe end."
    assert cleaned.removed == ("duplicate: Putin met Xi.",)


@pytest.mark.parametrize(
    "repeat",
    [
        "PUTIN MET XI.",
        "Putin\u2009met Xi.",
        "Putin met\tXi.",
        "Putin\u3000 met Xi.",
        "Putin met Xi. ",
    ],
)
def test_a_paragraph_repeated_in_other_case_or_spaces_is_a_duplicate(repeat: str) -> None:
    cleaned = clean_text(f"Putin met Xi.\n\nTrade grew.\n\n{repeat}")
    assert cleaned.text == "Putin met Xi.\n\nTrade grew."


# --- hard-wrapped lines -----------------------------------------------------------------------

UNWRAP_CASES = [
    # (raw, cleaned): a line that leaves its sentence open goes on with the next
    (
        "The ports of the Arctic basin handled 7.8 million\ntonnes of cargo, and the Baltic\n"
        "ports 21.6 million tonnes.",
        "The ports of the Arctic basin handled 7.8 million tonnes of cargo, and the Baltic "
        "ports 21.6 million tonnes.",
    ),
    # a word broken at its hyphen is joined without a space
    (
        "Russia and China signed a long-\nterm gas supply contract in Shanghai.",
        "Russia and China signed a long-term gas supply contract in Shanghai.",
    ),
    # not after a sentence or clause end, nor before a capital, nor after a short line (a date
    # line, a headline, a menu item), nor across a blank line
    (
        "Trade grew by a third in the year to March.\nexports led.",
        "Trade grew by a third in the year to March.\nexports led.",
    ),
    (
        "Russia and China held joint naval drills\nNear Japan, the ministry said.",
        "Russia and China held joint naval drills\nNear Japan, the ministry said.",
    ),
    ("March 21, 2023\nin World Europe", "March 21, 2023\nin World Europe"),
    # a by-line under a headline starts anew; a dash before the break keeps its space
    (
        "Russia and China sign new gas deal worth billions\nby John Smith | May 16, 2024",
        "Russia and China sign new gas deal worth billions\nby John Smith | May 16, 2024",
    ),
    (
        "WASHINGTON, October 18, 2023 (Reuters) -\nthe US said it would act.",
        "WASHINGTON, October 18, 2023 (Reuters) - the US said it would act.",
    ),
    (
        "Russia and China held joint naval drills\n\nnear Japan, the ministry said.",
        "Russia and China held joint naval drills\n\nnear Japan, the ministry said.",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), UNWRAP_CASES)
def test_hard_wrapped_lines_are_joined_again(raw: str, expected: str) -> None:
    assert clean_text(raw).text == expected


def test_joining_lines_can_be_turned_off() -> None:
    raw = "The ports of the Arctic basin handled 7.8 million\ntonnes of cargo."
    assert clean_text(raw, rules=load_rules("[unwrap]\nmin_chars = 0\n")).text == raw


# --- normalisation ----------------------------------------------------------------------------

NORMALISATION_CASES = [
    # (raw, cleaned)
    ("“no limits” and ‘friends’", "\"no limits\" and 'friends'"),
    ("China’s top diplomat", "China's top diplomat"),
    ("40\u00a0times and 3\u202f200 troops", "40 times and 3 200 troops"),
    ("zero\u200bwidth\u200d and soft\u00adhyphen", "zerowidth and softhyphen"),
    ("Cafe\u0301 in Pe\u0301kin", "Café in Pékin"),  # NFC
    ("too    many \t spaces", "too many spaces"),
    ("one\n\n\n\n\ntwo", "one\n\ntwo"),
    ("line one\nline two", "line one\nline two"),  # single newlines stay (000, 003)
    ("windows\r\nline\rends", "windows\nline\nends"),
    ("   \n  padded  \n\n  ", "padded"),
    ("", ""),
    # a sentence glued to the one before, as scraped pages join paragraphs, gets its space back
    ("the governor said.Three men were hurt", "the governor said. Three men were hurt"),
    ('rose 9%.The ministry said."Exports', 'rose 9%. The ministry said." Exports'),
    # ... not initials, abbreviations, numbers or names
    ("Mr.Smith of U.S.Army, e.g.The No.1 seed", "Mr.Smith of U.S.Army, e.g.The No.1 seed"),
    ("visit example.com or Vol.II", "visit example.com or Vol.II"),
]


@pytest.mark.parametrize(("raw", "expected"), NORMALISATION_CASES)
def test_whitespace_quotes_and_unicode_are_normalised(raw: str, expected: str) -> None:
    assert clean_text(raw).text == expected


def test_removed_lists_each_removal_with_its_kind(sample_dir: Path) -> None:
    cleaned = clean_text(sample_text(sample_dir, "004"))
    assert [item.split(":", 1)[0] for item in cleaned.removed] == ["furniture", "link list"]


# --- rules are data ---------------------------------------------------------------------------


def test_default_rules_file_loads() -> None:
    rules = load_rules(DEFAULT_RULES_PATH)
    assert {rule.kind for rule in rules.paragraphs} == {"caption", "furniture"}


def test_custom_rules_replace_the_defaults() -> None:
    rules = load_rules(
        """
[header]
pattern = '^@(?P<date>\\d{4}-\\d{2}-\\d{2}) '

[[paragraph]]
kind = "furniture"
pattern = '^Sponsored by '
"""
    )
    cleaned = clean_text(
        "@2024-05-16 Body.\nSponsored by Example Bank\nMore From This Section", rules=rules
    )
    assert cleaned.header_date == "2024-05-16"
    assert cleaned.text == "Body.\nMore From This Section"


def test_a_rule_with_contains_is_tried_only_on_paragraphs_holding_one_of_its_words() -> None:
    rules = load_rules(
        """
[[paragraph]]
kind = "furniture"
pattern = '(?i)^(?:sponsored|advert)'
contains = ["Sponsored"]
"""
    )
    cleaned = clean_text("Body.\nSPONSORED by Example Bank\nAdvert: buy now", rules=rules)
    assert cleaned.text == "Body.\nAdvert: buy now"


def test_custom_translate_table_replaces_deletes_and_expands_characters() -> None:
    # Characters that mean something in a regular expression are plain characters here.
    rules = load_rules(
        """
[normalize]
translate = { "]" = ")", "^" = "", "-" = "--", "\\\\" = "/", "é" = "e" }
"""
    )
    assert clean_text("a]b^c-d\\e café", rules=rules).text == "a)bc--d/e cafe"


@pytest.mark.parametrize(
    ("table", "raw", "expected"),
    [
        ('{ "a" = "b", "b" = "c" }', "ab ba", "bc cb"),  # one pass: "a" is not made "c"
        ('{ "x" = "\\u0001" }', "axb", "a b"),  # a control character made is a space
        ('{ "\\t" = "_" }', "a\tb\u0001c", "a_b c"),  # a translated control character
        ("{}", "a\u2028b\r\nc", "a\nb\nc"),
    ],
)
def test_translate_tables_give_what_one_pass_over_the_text_gives(
    table: str, raw: str, expected: str
) -> None:
    rules = load_rules(f"[normalize]\ntranslate = {table}\n")
    cleaned = clean_text(raw, rules=rules)
    assert cleaned.text == expected
    assert cleaned == clean_text(raw, rules=dataclasses.replace(rules, character_scan=None))


@pytest.mark.parametrize(
    ("glued", "raw", "expected"),
    [
        (None, "the company said.In April it grew 5%.The rest", "the company said. In April"),
        (r"x(?=[A-Z])", "axBxc", "ax Bxc"),  # the look-ahead that ends it is tested too
        (r"[.](?=[)]A)", "a.)A b.)c", "a. )A b.)c"),  # a bracket in a class
        (r"(?x) [.] (?=[A-Z])  # a comment (?=", "one.Two", "one. Two"),  # verbose: as it is
        (r"(?=[A-Z])[a-z]", "aBc", "aBc"),  # no look-ahead at its end: never matches
    ],
)
def test_glued_sentence_ends_are_split_as_searching_everywhere_does(
    glued: str | None, raw: str, expected: str
) -> None:
    quote = "'" * 3
    rules = (
        load_rules()
        if glued is None
        else load_rules(f"[normalize]\nglued_sentence_end = {quote}{glued}{quote}\n")
    )
    cleaned = clean_text(raw, rules=rules)
    assert cleaned.text.startswith(expected)
    assert cleaned == clean_text(raw, rules=dataclasses.replace(rules, character_scan=None))


# what `_normalize_characters` replaces, and characters and words around them
ODD_CHARACTERS = [
    "a", "B", " ", ".", "\n", "\r", "\u2028", "\x85", "\x0b", "\t", "\x00", "\x1f", "\x7f",
    "\x9f", "\u00a0", "\u200b", "\u00ad", "\u2019", "\u201c", "«", "é", "e", "\u0301", "ſ",
    "\U0001f600", "said.In", "%.The", "U.S.A", "!)Why",
]  # fmt: skip


@given(st.lists(st.sampled_from(ODD_CHARACTERS)).map("".join))
def test_characters_found_in_one_pass_are_replaced_as_everywhere(raw: str) -> None:
    rules = load_rules()
    assert clean_text(raw) == clean_text(raw, rules=dataclasses.replace(rules, character_scan=None))


BAD_RULES = [
    # (toml text, message fragment)
    (
        "[[paragraph]]\nkind = 'x'\npattern = '(unclosed'",
        "[[paragraph]] #1: bad regular expression",
    ),
    ("[[paragraph]]\nkind = 'x'", "[[paragraph]] #1 needs a `pattern`"),
    ("[header]\npattern = '^date (\\d+)'", "named group `date`"),
    ("not toml = = =", "not valid TOML"),
    ("[[paragraph]]\nkind = 'x'\npattern = 'x'\ncontains = 'x'", "contains must be a list"),
    ("[unwrap]\nmin_chars = -1", "[unwrap].min_chars must be a whole number"),
    ("[normalize]\nglued_sentence_end = '(['", "[normalize].glued_sentence_end"),
]


@pytest.mark.parametrize(("toml_text", "message"), BAD_RULES)
def test_broken_rules_raise_a_clear_value_error(toml_text: str, message: str) -> None:
    with pytest.raises(ValueError) as error:
        load_rules(toml_text + "\n")
    assert message in str(error.value)


# --- never raises -----------------------------------------------------------------------------


@given(st.text())
def test_clean_text_never_raises_and_output_is_normalised(raw: str) -> None:
    cleaned = clean_text(raw)
    assert cleaned.text == cleaned.text.strip()
    assert "\n\n\n" not in cleaned.text
    assert "  " not in cleaned.text
    assert not set("\u00a0\u200b\u2018\u2019\u201c\u201d\r") & set(cleaned.text)


# Every rule tried on every paragraph: what the one-pass prefilter must reproduce.
EVERY_RULE_EVERYWHERE = dataclasses.replace(load_rules(), paragraph_ends=None)


@given(
    st.lists(
        st.tuples(
            st.sampled_from([*CAPTIONS, *NOT_CAPTIONS, *FURNITURE, *NOT_FURNITURE, "", "Tags: x"]),
            st.sampled_from(["", " ", "\u00a0é", " ſ", " —", "\t(AP)"]),
        ),
        max_size=8,
    ).map(lambda parts: "\n".join(line + tail for line, tail in parts))
)
def test_paragraph_rules_found_in_one_pass_remove_what_trying_each_rule_does(text: str) -> None:
    assert clean_text(text) == clean_text(text, rules=EVERY_RULE_EVERYWHERE)


def test_the_sample_corpus_cleans_the_same_with_and_without_the_one_pass(
    sample_dir: Path,
) -> None:
    for path in sorted(sample_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert clean_text(text) == clean_text(text, rules=EVERY_RULE_EVERYWHERE), path.name


@pytest.mark.filterwarnings("ignore:Possible nested set:FutureWarning")
@pytest.mark.parametrize(
    ("pattern", "line"),
    [
        (r"^\—\s*(?:Reuters|AP|AFP)$", "— Reuters"),  # an escaped character beyond ASCII
        (r"(?i)^İlgili haberler\b", "ilgili haberler"),  # Python folds 'İ' onto "i"
        (r"(?i)^ilgili yazılar$", "ilgili yazilar"),
        ("(?x) ^ read \\s+ more  # a [comment\n $", "read more"),  # verbose mode
        (r"^[[:alpha:]]+:$", "a]:"),  # literal characters to Python
        (r"^[^\x00-\x7f]+$", "—"),  # a class of every character beyond ASCII
        # anchored at the paragraph's start: the one pass looks at line starts only
        (r"(?i)^(?:x|share)\s*:?$", "X:"),
        (r"^[]|(]Listen\b", "]Listen now"),  # "|" and "(" in a class leave it anchored
        # ... but not where another alternative is not
        (r"^(?:Watch)|\bvia Reuters$", "Photo via Reuters"),
        (r"(?i)^(?:a)|b\)\s*$", "Picture (b)"),
        (r"^[\d]|sponsored", "Our sponsored content"),  # an escape in a class ends at "]"
    ],
)
def test_custom_paragraph_rules_remove_the_same_with_and_without_the_one_pass(
    pattern: str, line: str
) -> None:
    quote = "'" * 3  # a TOML literal string
    rules = load_rules(f"[[paragraph]]\nkind = 'furniture'\npattern = {quote}{pattern}{quote}\n")
    text = f"Body text.\n{line}\nMore body."
    cleaned = clean_text(text, rules=rules)
    assert cleaned == clean_text(text, rules=dataclasses.replace(rules, paragraph_ends=None))
    assert cleaned.text == "Body text.\nMore body."


@pytest.mark.parametrize(
    ("pattern", "anchored"),
    [
        (r"(?i)^(?:facebook|x)\s*:?$", True),
        (r"^[|(]x", True),
        (r"^[^]|]x", True),
        (r"^\|x", True),
        (r"(?i)^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b", False),
        (r"^(a)|b", False),
        (r"(?m)^a$", False),  # a line's start inside the paragraph
        ("(?x) ^ a | b", False),
        (r"\bvia\b", False),
        (r"^[\d]|sponsored", False),
        (r"^[\s]*Advertisement$|promo", False),
        (r"^[\]]x", True),
    ],
)
def test_a_rule_counts_as_anchored_only_when_every_alternative_is(
    pattern: str, anchored: bool
) -> None:
    assert anchored_at_start(pattern) is anchored


@pytest.mark.parametrize("length", range(0, 80, 7))
def test_a_one_letter_last_line_is_found_whatever_the_text_before_it(length: int) -> None:
    quote = "'" * 3
    rules = load_rules(
        f"[[paragraph]]\nkind = 'furniture'\npattern = {quote}(?i)^(?:x|share)\\s*:?${quote}\n"
    )
    text = "Putin met Xi in Beijing" + "." * length + "\nX"
    assert clean_text(text, rules=rules).removed == ("furniture: X",)


def test_rules_copied_with_other_paragraph_rules_try_those() -> None:
    rules = load_rules()
    listen = ParagraphRule("furniture", re.compile(r"(?i)^listen to this article$"))
    more = dataclasses.replace(rules, paragraphs=(listen, *rules.paragraphs))
    assert clean_text("Listen to this article\nBody text.", rules=more).text == "Body text."
    fewer = dataclasses.replace(rules, paragraphs=rules.paragraphs[:2])
    assert clean_text("Read more\nBody.", rules=fewer).text == "Read more\nBody."
