"""Clean an article's text: header, captions, page furniture, duplicates, whitespace.

The rules are data, not code: regular expressions in `data/cleaning.toml` (see the comments at
the top of that file for its schema). `clean_text` never raises on odd input; a broken rules
file raises `ValueError` when it is loaded, with the rule that is wrong.

The cleaned text is what every extractor reads, so character offsets in the tables point into
it; the original text stays with the caller (`Article.text`).
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from metrics.fastscan import (
    Pattern,
    Scanner,
    anchored_at_start,
    at_line_start,
    character_class,
    has_case_twins,
    loosened,
)
from metrics.types import Cleaned

__all__ = ["DEFAULT_RULES_PATH", "CleaningRules", "ParagraphRule", "clean_text", "load_rules"]

logger = logging.getLogger(__name__)

DEFAULT_RULES_PATH = Path(__file__).resolve().parent.parent / "data" / "cleaning.toml"

# Line separators other than "\n" that would otherwise hide paragraph breaks.
_LINE_BREAK_SET = "\r\u2028\u2029\x0b\x0c\x85"
_LINE_BREAKS = re.compile(rf"\r\n|[{_LINE_BREAK_SET}]")
_LINE_BREAK_CHARS = re.compile(rf"[{_LINE_BREAK_SET}]")
# Control characters left after the translate table (keeps "\n").
_CONTROL_SET = "".join(
    map(chr, [*range(0x0A), *range(0x0E, 0x20), *range(0x7F, 0x85), *range(0x86, 0xA0)])
)
_CONTROL_CHARS = re.compile(f"[{re.escape(_CONTROL_SET)}]")
_SPACES = re.compile(r"[ \t]{2,}")
# a line at least this long is prose: the story has begun (a teasers' header above it is none)
_BODY_LINE = 80
_WORD = re.compile(r"[^\W_][\w'-]*")
_FIRST_WORD = re.compile(r"\w*")


@dataclass(frozen=True)
class ParagraphRule:
    """One `[[paragraph]]` rule: paragraphs matching `pattern` are removed."""

    kind: str
    pattern: re.Pattern[str]
    description: str = ""
    max_chars: int | None = None
    contains: tuple[str, ...] = ()  # case-folded; one must be in the paragraph
    # what follows the paragraph is other articles' teasers ("Related posts"): their dates are
    # not the article's (`Cleaned.teasers_at`)
    teasers_follow: bool = False

    def matches(self, paragraph: str) -> bool:
        if self.max_chars is not None and len(paragraph) > self.max_chars:
            return False
        if self.contains:
            folded = paragraph.casefold()
            if not any(word in folded for word in self.contains):
                return False
        return self.pattern.search(paragraph) is not None


@dataclass(frozen=True)
class ParagraphScan:
    """One Hyperscan pass for the paragraph rules it was built from (`paragraphs`, compared by
    identity: rules copied with other paragraphs try every rule)."""

    paragraphs: tuple[ParagraphRule, ...]
    scanner: Scanner
    rule_of: tuple[int, ...]  # the rule of each scanner pattern
    always: tuple[int, ...]  # rules Hyperscan cannot speak for: tried on every paragraph

    @classmethod
    def build(cls, paragraphs: tuple[ParagraphRule, ...]) -> ParagraphScan:
        loose = [loosened(rule.pattern.pattern) for rule in paragraphs]
        # A rule anchored at its paragraph's start keeps the anchor, at every line's start of
        # the joined lines: most rules are, and unanchored, "x" (a share button) would match
        # in every other line.
        anchored = [anchored_at_start(rule.pattern.pattern) for rule in paragraphs]
        patterns = [
            Pattern(at_line_start(p) if at_start else p, prefilter=True, multiline=at_start)
            for p, at_start in zip(loose, anchored, strict=True)
            if p is not None
        ]
        return cls(
            paragraphs=paragraphs,
            scanner=Scanner(patterns),
            rule_of=tuple(index for index, p in enumerate(loose) if p is not None),
            always=tuple(index for index, p in enumerate(loose) if p is None),
        )


@dataclass(frozen=True)
class CharacterScan:
    """Which characters `_normalize_characters` replaces occur in a raw text, in one Hyperscan
    pass, and whether `glued_sentence_end` may match the normalised text, in another: Python's
    `re` reads every character to say that a text has none, a third of the cleaning of a
    news article. For the `translate` table and glued pattern it was built from (compared by
    identity)."""

    translate: dict[int, str]
    glued_sentence_end: re.Pattern[str] | None
    # first-only patterns: line breaks, control characters, each translated character
    characters: Scanner
    # Replacing the translated characters one after another gives what one pass does: no
    # replacement holds a character that is translated or a control character.
    one_by_one: bool
    glued: Scanner | None  # a prefilter of the glued pattern; None: no prefilter, try it

    @classmethod
    def build(
        cls, translate: dict[int, str], glued_sentence_end: re.Pattern[str] | None = None
    ) -> CharacterScan:
        translated = [chr(code) for code in translate]
        # (a control character in the table is translated instead)
        controls = "".join(c for c in _CONTROL_SET if ord(c) not in translate)
        classes = [_LINE_BREAK_SET, controls, *translated]
        replacements = "".join(translate.values())
        glued = glued_sentence_end and loosened(_lookahead_consumed(glued_sentence_end.pattern))
        return cls(
            translate=translate,
            glued_sentence_end=glued_sentence_end,
            characters=Scanner(
                [Pattern(character_class(c), first_only=True) for c in classes if c]
            ),
            one_by_one=not any(c in replacements for c in [*translated, *_CONTROL_SET]),
            glued=Scanner([Pattern(glued, prefilter=True, first_only=True)]) if glued else None,
        )


def _lookahead_consumed(pattern: str) -> str:
    """`pattern` with the look-ahead that ends it, if one does, made part of the match:
    `x(?=[A-Z])` -> `x(?:[A-Z])`. It matches where the pattern does, so its prefilter tells
    whether the pattern can match, and Hyperscan's prefilter mode, which drops look-arounds,
    keeps the look-ahead's test. (Verbose patterns, whose comments may hold brackets, are left
    as they are.)"""
    if re.compile(pattern).flags & re.VERBOSE or "(?#" in pattern:
        return pattern
    depth, opened, in_class, index = 0, [], False, 0
    while index < len(pattern):
        character = pattern[index]
        if character == "\\":
            index += 2
            continue
        if in_class:
            in_class = character != "]"
        elif character == "[":
            in_class = True
            # ("[]...]" and "[^]...]": a bracket first in a class is a character)
            index += 1
            index += pattern.startswith("^", index)
            index += pattern.startswith("]", index)
            continue
        elif character == "(":
            opened.append(index)
            depth += 1
        elif character == ")" and opened:
            start = opened.pop()
            depth -= 1
            if depth == 0 and index == len(pattern) - 1 and pattern.startswith("(?=", start):
                return f"{pattern[:start]}(?:{pattern[start + 3 :]}"
        index += 1
    return pattern


@dataclass(frozen=True)
class CleaningRules:
    """The parsed contents of a cleaning TOML file."""

    translate: dict[int, str]
    header: re.Pattern[str]
    paragraphs: tuple[ParagraphRule, ...]
    link_list_punctuation: re.Pattern[str]
    link_list_min_capitalised_share: float
    link_list_min_words: int
    # [unwrap]: a hard-wrapped line goes on with the next when it is at least this long, ends
    # with none of `unwrap_line_ends` and the next line starts in lower case (0: never)
    unwrap_min_chars: int = 0
    unwrap_line_ends: str = ""
    unwrap_not_before: frozenset[str] = frozenset()  # first words of lines that start anew
    # The characters of `translate` as one class (derived, for speed).
    translated: re.Pattern[str] | None = None
    # Where a paragraph rule may match, all rules in one pass (derived, for speed)
    paragraph_ends: ParagraphScan | None = None
    # [normalize].glued_sentence_end: a sentence end that the next sentence follows with no
    # space ("the company said.In April"); a space goes after each match
    glued_sentence_end: re.Pattern[str] | None = None
    # Which characters to replace, in one pass (derived, for speed)
    character_scan: CharacterScan | None = None


def load_rules(source: str | Path | None = None) -> CleaningRules:
    """Load cleaning rules from a TOML file path or TOML text (default: `data/cleaning.toml`).

    Raises `ValueError` naming the faulty rule when the file is not valid.
    """
    if source is None:
        return _default_rules()
    if isinstance(source, Path) or (isinstance(source, str) and "\n" not in source):
        text = Path(source).read_text(encoding="utf-8")
    else:
        text = source
    return _parse_rules(text)


@functools.cache
def _default_rules() -> CleaningRules:
    return _parse_rules(DEFAULT_RULES_PATH.read_text(encoding="utf-8"))


def _parse_rules(toml_text: str) -> CleaningRules:
    try:
        data = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"cleaning rules are not valid TOML: {error}") from error

    translate_table = data.get("normalize", {}).get("translate", {})
    if not isinstance(translate_table, dict):
        raise ValueError("[normalize].translate must be a table of character = replacement")
    translate: dict[int, str] = {}
    for char, replacement in translate_table.items():
        if len(char) != 1 or not isinstance(replacement, str):
            raise ValueError(f"[normalize].translate: bad entry {char!r} = {replacement!r}")
        translate[ord(char)] = replacement

    glued = data.get("normalize", {}).get("glued_sentence_end")
    glued_sentence_end = None if not glued else _compile(glued, "[normalize].glued_sentence_end")
    header = _compile(data.get("header", {}).get("pattern", r"(?!)(?P<date>)"), "[header]")
    if "date" not in header.groupindex:
        raise ValueError("[header].pattern needs a named group `date`")

    paragraphs = []
    for index, rule in enumerate(data.get("paragraph", []), start=1):
        where = f"[[paragraph]] #{index}"
        if not isinstance(rule, dict) or "pattern" not in rule:
            raise ValueError(f"{where} needs a `pattern`")
        max_chars = rule.get("max_chars")
        if max_chars is not None and (not isinstance(max_chars, int) or max_chars <= 0):
            raise ValueError(f"{where}: max_chars must be a positive integer")
        contains = rule.get("contains", [])
        if not isinstance(contains, list) or not all(
            isinstance(word, str) and word.strip() for word in contains
        ):
            raise ValueError(f"{where}: contains must be a list of non-empty words")
        paragraphs.append(
            ParagraphRule(
                kind=str(rule.get("kind", "furniture")),
                pattern=_compile(rule["pattern"], where),
                description=str(rule.get("description", "")),
                max_chars=max_chars,
                contains=tuple(word.strip().casefold() for word in contains),
                teasers_follow=bool(rule.get("teasers_follow", False)),
            )
        )

    paragraph_rules = tuple(paragraphs)
    link_list: dict[str, Any] = data.get("trailing_link_list", {})
    unwrap: dict[str, Any] = data.get("unwrap", {})
    translated = (
        re.compile("[" + "".join(re.escape(chr(char)) for char in translate) + "]")
        if translate
        else None
    )
    return CleaningRules(
        glued_sentence_end=glued_sentence_end,
        character_scan=CharacterScan.build(translate, glued_sentence_end),
        translated=translated,
        paragraph_ends=ParagraphScan.build(paragraph_rules),
        translate=translate,
        header=header,
        paragraphs=paragraph_rules,
        link_list_punctuation=_compile(
            link_list.get("sentence_punctuation", r"[.!?;](?:\s|$)"), "[trailing_link_list]"
        ),
        link_list_min_capitalised_share=float(link_list.get("min_capitalised_share", 0.6)),
        link_list_min_words=int(link_list.get("min_words", 8)),
        unwrap_min_chars=_non_negative_int(unwrap.get("min_chars", 0), "[unwrap].min_chars"),
        unwrap_line_ends=str(unwrap.get("not_after", "")),
        unwrap_not_before=frozenset(str(word).casefold() for word in unwrap.get("not_before", [])),
    )


def _non_negative_int(value: Any, where: str) -> int:
    if not isinstance(value, int) or value < 0:
        raise ValueError(f"{where} must be a whole number, 0 or more")
    return value


def _wrapped(line: str, next_line: str, rules: CleaningRules) -> bool:
    """Whether `next_line` goes on with the sentence `line` left open, as hard-wrapped text
    does ("... handled 7.8 million" / "tonnes of cargo ...")."""
    return (
        0 < rules.unwrap_min_chars <= len(line)
        and line[-1] not in rules.unwrap_line_ends
        and next_line[0].islower()
        and _FIRST_WORD.match(next_line).group().casefold() not in rules.unwrap_not_before
    )


def _compile(pattern: Any, where: str) -> re.Pattern[str]:
    if not isinstance(pattern, str):
        raise ValueError(f"{where}: pattern must be a string")
    try:
        return re.compile(pattern)
    except re.error as error:
        raise ValueError(f"{where}: bad regular expression {pattern!r}: {error}") from error


def clean_text(raw: str, *, rules: CleaningRules | None = None) -> Cleaned:
    """Return the cleaned text of an article and what was removed from it.

    `Cleaned.removed` holds one entry per removal, `"<kind>: <text>"`, with kind `header`,
    `caption`, `furniture`, `duplicate` or `link list`.
    """
    rules = rules or _default_rules()
    if not isinstance(raw, str) or not raw:
        return Cleaned(text="")
    text = _normalize_characters(raw, rules)

    removed: list[str] = []
    header_date = ""
    header = rules.header.search(text)
    if header:
        header_date = header.group("date")
        removed.append(f"header: {header.group(0).strip()}")
        text = text[header.end() :]

    # Paragraphs are non-empty lines; `gaps[i]` is True when a blank line preceded line i, so the
    # original layout (single newlines vs blank lines) survives the removals.
    lines: list[str] = []
    gaps: list[bool] = []
    blank_before = False
    for line in text.split("\n"):
        if "  " in line or "\t" in line:
            line = _SPACES.sub(" ", line)
        line = line.strip()
        if not line:
            blank_before = bool(lines)
            continue
        lines.append(line)
        gaps.append(blank_before)
        blank_before = False

    kept: list[int] = []
    teasers_after = len(lines)  # the line of the first header of other articles' teasers
    body_begun = False  # whether a line of prose came before
    seen: set[str] = set()
    may_match = _rules_that_may_match(lines, rules)
    for index, line in enumerate(lines):
        candidates = (
            rules.paragraphs
            if may_match is None
            else [rules.paragraphs[rule] for rule in may_match[index]]
        )
        rule = next((rule for rule in candidates if rule.matches(line)), None)
        if rule is not None:
            removed.append(f"{rule.kind}: {line}")
            if rule.teasers_follow and index < teasers_after and body_begun:
                teasers_after = index  # (a header above the story is no end of it)
            continue
        # (a printable line holds no space but " ", never two in a row nor at either end: its
        # words are joined as they are, and splitting it, a sixth of the cleaning, is skipped)
        key = line.casefold() if line.isprintable() else " ".join(line.casefold().split())
        if key in seen:
            removed.append(f"duplicate: {line}")
            continue
        seen.add(key)
        kept.append(index)
        body_begun = body_begun or len(line) >= _BODY_LINE

    tail = _trailing_link_list(lines, kept, rules)
    for index in tail:
        removed.append(f"link list: {lines[index]}")
    if tail:
        kept = kept[: -len(tail)]

    parts: list[str] = []
    teasers_at = -1
    previous: int | None = None
    for index in kept:
        if previous is not None:
            if (
                index == previous + 1
                and not gaps[index]
                and _wrapped(lines[previous], lines[index], rules)
            ):
                # a word broken at its hyphen is whole again: "long-" + "term"
                line = lines[previous]
                parts.append("" if line[-1] == "-" and line[-2:-1].isalpha() else " ")
            else:
                gap = any(gaps[previous + 1 : index + 1])
                parts.append("\n\n" if gap else "\n")
        if index > teasers_after and teasers_at < 0:
            teasers_at = len("".join(parts))  # (where the first teaser starts)
        parts.append(lines[index])
        previous = index
    return Cleaned(
        text="".join(parts).strip(),
        header_date=header_date,
        removed=tuple(removed),
        teasers_at=teasers_at,
    )


def _rules_that_may_match(lines: list[str], rules: CleaningRules) -> list[list[int]] | None:
    """Per line, the paragraph rules that may match it (a superset, in rule order), found in
    one Hyperscan pass over all lines; None when that cannot be said: try every rule."""
    scan = rules.paragraph_ends
    if scan is None or scan.paragraphs is not rules.paragraphs or not lines:
        return None
    joined = "\n".join(lines)
    # Python's case-insensitive rules fold 'ſ' and the Kelvin sign onto ASCII letters
    if has_case_twins(joined):
        return None
    found = scan.scanner.scan(joined) if scan.rule_of else []
    if found is None:
        return None
    starts = []
    position = 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    may_match = [set(scan.always) for _ in lines]
    for pattern, end in found:
        # a match ends after its line starts: its last character lies in that line
        may_match[bisect.bisect_right(starts, end - 1) - 1].add(scan.rule_of[pattern])
    return [sorted(rules_of_line) for rules_of_line in may_match]


def _normalize_characters(raw: str, rules: CleaningRules) -> str:
    """Line breaks as "\n", the translate table applied, NFC, glued sentences apart, control
    characters as spaces: what `_normalize_characters_everywhere` does, each only where the
    Hyperscan passes of `CharacterScan` found work."""
    scan = rules.character_scan
    if (
        scan is None
        or scan.translate is not rules.translate
        or scan.glued_sentence_end is not rules.glued_sentence_end
        or (found := scan.characters.scan(raw)) is None
    ):
        return _normalize_characters_everywhere(raw, rules)
    table = rules.translate
    present = {raw[end - 1] for _, end in found}  # (first-only patterns report their end)
    text = _LINE_BREAKS.sub("\n", raw) if not present.isdisjoint(_LINE_BREAK_SET) else raw
    translated = [character for character in present if ord(character) in table]
    if translated and scan.one_by_one:
        for character in translated:
            text = text.replace(character, table[ord(character)])
    elif translated and rules.translated is not None:
        text = rules.translated.sub(lambda match: table[ord(match.group())], text)
    text = unicodedata.normalize("NFC", text)
    if rules.glued_sentence_end is not None and (scan.glued is None or scan.glued.scan(text) != []):
        text = rules.glued_sentence_end.sub(r"\g<0> ", text)
    controls = any(c in _CONTROL_SET and ord(c) not in table for c in present)
    if controls or (translated and not scan.one_by_one):
        return _CONTROL_CHARS.sub(" ", text)
    return text


def _normalize_characters_everywhere(raw: str, rules: CleaningRules) -> str:
    # (each `sub` only where a `search` for one character class, scanned in C, finds work:
    # most texts have neither odd line breaks nor control characters)
    text = _LINE_BREAKS.sub("\n", raw) if _LINE_BREAK_CHARS.search(raw) else raw
    if rules.translated is not None and rules.translated.search(text):
        # `str.translate` looks every character up in the table: slow on non-ASCII text.
        table = rules.translate
        text = rules.translated.sub(lambda match: table[ord(match.group())], text)
    text = unicodedata.normalize("NFC", text)
    if rules.glued_sentence_end is not None:
        text = rules.glued_sentence_end.sub(r"\g<0> ", text)
    return _CONTROL_CHARS.sub(" ", text) if _CONTROL_CHARS.search(text) else text


def _trailing_link_list(lines: list[str], kept: list[int], rules: CleaningRules) -> list[int]:
    """Indexes of the trailing headline-like lines to remove (empty when it is not a link list)."""
    run: list[int] = []
    words_in_run = 0
    for index in reversed(kept):
        # (punctuation first: a paragraph of prose ends the run before its words are listed)
        if rules.link_list_punctuation.search(lines[index]):
            break
        words = _WORD.findall(lines[index])
        if not words:
            break
        capitalised = sum(1 for word in words if word[0].isupper() or word[0].isdigit())
        if capitalised / len(words) < rules.link_list_min_capitalised_share:
            break
        run.append(index)
        words_in_run += len(words)
    # Never empty an article: a text that is only a headline stays as it is.
    if words_in_run < rules.link_list_min_words or len(run) == len(kept):
        return []
    return sorted(run)
