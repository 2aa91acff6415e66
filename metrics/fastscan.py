"""One pass over a text for many simple patterns at once, in C, with Hyperscan.

Python's `re` tries a pattern at every character of a text, so finding the few places where
something *may* start (a digit, "million", a theme term) costs more than reading them closely.
Hyperscan compiles a set of simple patterns into one automaton and reports every match of every
pattern in a single pass, at hundreds of megabytes a second. Callers use it as a prefilter: it
says where to look, and their own Python code decides, so results never depend on it.

Hyperscan is optional (`hyperscan` on PyPI, wheels for Linux x86-64, macOS and Windows). Without
it, `Scanner.available` is False and callers take their pure-Python path.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

try:  # an accelerator, never a requirement: callers fall back to Python's `re`
    import hyperscan
except ImportError:  # pragma: no cover - exercised where the wheel is not installed
    hyperscan = None

__all__ = [
    "ASCII_CASE_TWINS",
    "HYPERSCAN_AVAILABLE",
    "TWINS_OF_ASCII",
    "Pattern",
    "Scanner",
    "anchored_at_start",
    "at_line_start",
    "character_class",
    "has_case_twins",
    "literal",
    "loosened",
]

logger = logging.getLogger(__name__)

HYPERSCAN_AVAILABLE = hyperscan is not None
# Characters outside ASCII that a case-insensitive Python regex matches to an ASCII letter
# ("İran" is "iran" to `re.IGNORECASE`), which Hyperscan's ASCII case folding does not;
# tests/test_themes.py checks this table against the `re` module.
ASCII_CASE_TWINS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
# ... and the other way round: an ASCII letter -> its twins ("s" -> "ſ")
TWINS_OF_ASCII: dict[str, str] = {}
for _twin, _letter in ASCII_CASE_TWINS.items():
    TWINS_OF_ASCII[_letter] = TWINS_OF_ASCII.get(_letter, "") + _twin


def has_case_twins(text: str) -> bool:
    """Whether `text` holds one of `ASCII_CASE_TWINS` (cheap: a few substring searches)."""
    return not text.isascii() and any(twin in text for twin in ASCII_CASE_TWINS)


@dataclass(frozen=True)
class Pattern:
    """One Hyperscan pattern (PCRE syntax without lookaround or backreferences)."""

    expression: str
    caseless: bool = False
    unicode: bool = False  # Unicode properties for `\w`, `\b`, `\d` and case folding
    # Prefilter mode: any PCRE (lookarounds too) compiled loosely, so that it matches wherever
    # the pattern does and maybe more. Reports where matches end, not where they start.
    prefilter: bool = False
    # Only the first match is reported (where it ends): enough to tell that a pattern occurs.
    first_only: bool = False
    # `^` and `$` match at every line's start and end too, not only the text's
    multiline: bool = False
    # Every match reported where it ends, exactly: cheaper than where it starts, which
    # Hyperscan must track (for a literal, its start is its end less its length)
    ends: bool = False

    @property
    def reports_end(self) -> bool:
        return self.prefilter or self.first_only or self.ends


class Scanner:
    """Patterns compiled together: `scan(text)` gives `(pattern index, offset)` of each match.

    The offset is where a match starts, or where it ends for prefilter and first-only patterns
    (`Pattern.reports_end`); offsets are Python string indices (the text is scanned as UTF-8
    and mapped back). Every match is reported, overlapping ones included (the first only, for
    first-only patterns). The automaton is compiled on first use in each
    process, and each thread scans with its own scratch space, so one scanner serves a whole
    Streamlit server. A scanner that cannot be used (no Hyperscan, a pattern Hyperscan
    rejects) returns None, and callers take their pure-Python path.
    """

    def __init__(self, patterns: Sequence[Pattern], *, ascii_only: bool = False) -> None:
        # ascii_only: the patterns match ASCII only, so the text is scanned with every other
        # character as "?": one byte per character, offsets need no mapping back.
        self.patterns = tuple(patterns)
        self.ascii_only = ascii_only
        self._reports_end = tuple(pattern.reports_end for pattern in self.patterns)
        # (whether every pattern, or none, reports where it ends: known once, not per scan)
        self._all_report_end = all(self._reports_end)
        self._none_report_end = not any(self._reports_end)
        self._lock = threading.Lock()
        self._local = threading.local()
        self._database: Any = None
        self._failed = False

    @property
    def available(self) -> bool:
        return HYPERSCAN_AVAILABLE and bool(self.patterns) and not self._failed

    def scan(self, text: str, data: bytes | None = None) -> list[tuple[int, int]] | None:
        """Every match as `(pattern index, offset)`, sorted by offset then pattern.

        `data`: the text as this scanner reads it, if the caller has it already (for an
        ASCII-only scanner, `text.encode("ascii", "replace")`). None when this scanner cannot
        read the text (no Hyperscan, or lone surrogates, which have no UTF-8 form).
        """
        if not self.available:
            return None
        if data is None:
            try:
                data = text.encode("ascii", "replace") if self.ascii_only else text.encode("utf-8")
            except UnicodeEncodeError:
                return None
        found = self._matches(data)
        if found is None:
            return None
        if len(data) != len(text):  # some characters take more than one byte
            try:
                found = _to_string_offsets(data, found)
            except UnicodeDecodeError:  # an offset inside a character: never seen, but be safe
                return None
        return [(pattern, offset) for offset, pattern in found]

    def scan_ascii(self, data: bytes) -> tuple[list[int], list[int]] | None:
        """For an ASCII-only scanner, `scan` of a text's ASCII reading (`data`, or a slice of
        it), whose offsets are the text's own: every match's offset, sorted, and its pattern.
        """
        if not (self.ascii_only and self.available):
            return None
        found = self._matches(data)
        if found is None:
            return None
        return [offset for offset, _ in found], [pattern for _, pattern in found]

    def _matches(self, data: bytes) -> list[tuple[int, int]] | None:
        """`(byte offset, pattern index)` of every match in `data`, sorted."""
        database = self._compiled()
        if database is None:
            return None
        found: list[tuple[int, int]] = []
        append = found.append
        reports_end = self._reports_end
        length = len(data)
        on_match: Callable[[int, int, int, int, object], None]
        # (a callback per match: the plainest one that records where each match is; a match
        # that takes in the newline added below is none of the text's)
        if self._all_report_end:

            def on_match(pattern: int, start: int, end: int, flags: int, context: object) -> None:
                if end <= length:
                    append((end, pattern))

        elif self._none_report_end:

            def on_match(pattern: int, start: int, end: int, flags: int, context: object) -> None:
                if end <= length:
                    append((start, pattern))

        else:

            def on_match(pattern: int, start: int, end: int, flags: int, context: object) -> None:
                if end <= length:
                    append((end if reports_end[pattern] else start, pattern))

        # Scanned with a newline after the text: Hyperscan 5.4 (the `hyperscan` wheel) can miss
        # a match that ends where the data ends ("President Xi" with two key words, an "X" on
        # the last line for a pattern anchored at a line's start, for buffers of some lengths).
        # A newline reads as the end does to `\b` and `$`, and matches past the text are dropped.
        database.scan(data + b"\n", match_event_handler=on_match, scratch=self._scratch(database))
        found.sort()
        return found

    def _compiled(self) -> Any:
        if self._database is None and not self._failed:
            with self._lock:
                if self._database is None and not self._failed:
                    try:
                        self._database = _compile(self.patterns)
                    except hyperscan.error as error:
                        logger.warning("Hyperscan cannot compile these patterns: %s", error)
                        self._failed = True
        return self._database

    def _scratch(self, database: Any) -> Any:
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(database)
        return scratch

    def __getstate__(self) -> dict[str, Any]:
        # Compiled databases, locks and scratch spaces stay in their process.
        return {"patterns": self.patterns, "ascii_only": self.ascii_only}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["patterns"], ascii_only=state["ascii_only"])  # type: ignore[misc]


def _compile(patterns: Sequence[Pattern]) -> Any:
    flags = []
    for pattern in patterns:
        flag = hyperscan.HS_FLAG_UTF8
        if pattern.prefilter:
            flag |= hyperscan.HS_FLAG_PREFILTER
        if pattern.first_only:
            flag |= hyperscan.HS_FLAG_SINGLEMATCH
        if not pattern.reports_end:
            flag |= hyperscan.HS_FLAG_SOM_LEFTMOST
        if pattern.caseless:
            flag |= hyperscan.HS_FLAG_CASELESS
        if pattern.multiline:
            flag |= hyperscan.HS_FLAG_MULTILINE
        if pattern.unicode:
            flag |= hyperscan.HS_FLAG_UCP
        flags.append(flag)
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=[pattern.expression.encode("utf-8") for pattern in patterns],
        ids=list(range(len(patterns))),
        elements=len(patterns),
        flags=flags,
    )
    logger.debug("compiled %d Hyperscan patterns", len(patterns))
    return database


def _to_string_offsets(data: bytes, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Byte offsets of sorted matches as string indices, decoding each stretch once."""
    mapped = []
    byte_position = character_position = 0
    for offset, pattern in found:
        if offset != byte_position:
            character_position += len(data[byte_position:offset].decode("utf-8"))
            byte_position = offset
        mapped.append((character_position, pattern))
    return mapped


def literal(text: str) -> str:
    r"""`text` as a Hyperscan literal: every character but letters, digits and space escaped."""
    return "".join(
        character if character.isalnum() or character == " " else f"\\x{{{ord(character):x}}}"
        for character in text
    )


def character_class(characters: str) -> str:
    """A class matching exactly these characters."""
    if not characters:
        raise ValueError("a character class needs at least one character")
    return "[" + "".join(f"\\x{{{ord(character):x}}}" for character in characters) + "]"


# Characters that Python's `\w`, `\d` or `\s` may match and Hyperscan's ASCII classes never do:
# everything beyond ASCII, and the separators \x1c-\x1f (and \v) that Python counts as space.
_BEYOND_ASCII = r"\x{80}-\x{10ffff}"
_REPEAT_RE = re.compile(r"\{(\d*),(\d+)\}")  # a bounded repeat `{m,n}`, `{,n}`
_LONGEST_BOUND = 8
_PYTHON_ONLY_SPACE = r"\x0b\x1c-\x1f"


def loosened(python_regex: str, *, ascii_only: bool = False) -> str | None:
    r"""A Python regex as a Hyperscan prefilter pattern that matches wherever it matches, or
    None where that cannot be promised (callers then let Python search, as without Hyperscan).

    For Hyperscan's fast ASCII mode on UTF-8 text: `\w`, `\d` and `\s` also take what Python's
    Unicode-wide classes take beyond ASCII classes, and the word boundaries `\b`/`\B` are
    dropped (fewer conditions, more matches), as are the anchors `^`, `$`, `\A`, `\Z`: a
    search window's end is one to Python, and a scan may read many lines at once. A negated
    class holding `\W`, `\D` or `\S` (`[^\W\d_]`, a letter) also takes every character
    Python's might. `\uXXXX` escapes become `\x{XXXX}`, `{,n}` becomes `{0,n}`, and a bound
    above 8 is dropped (`{2,200}` becomes `{2,}`: long bounds take Hyperscan long to compile).
    Lookarounds, possessive runs and backreferences are left for Hyperscan's prefilter mode
    to loosen.

    None for what is not translated: verbose mode and comments, octal and named escapes, `[[`
    and `[:` in classes, and a case-insensitive pattern naming a cased letter beyond ASCII
    (Python folds 'İ' onto "i", Hyperscan does not).

    `ascii_only`: for a `Scanner(ascii_only=True)`, which reads every character beyond ASCII
    as "?": such characters in the pattern become "?" as well, a negated class also takes "?"
    (it may stand for a character the class lets through), and one holding a character beyond
    ASCII takes any character.
    """
    if _UNTRANSLATED_RE.search(python_regex):
        return None
    # whether case is ignored, per open group: "(?i)" at the start, "(?i:...)", "(?-i:...)"
    caseless = [bool((flags := _GLOBAL_FLAGS_RE.match(python_regex)) and "i" in flags.group(1))]
    beyond = r"\x3f" if ascii_only else _BEYOND_ASCII
    out: list[str] = []
    index = 0
    in_class = negated = class_start = False
    class_open = 0  # where the open class starts in `out`
    widen_class = False  # the open negated class holds an upper-case class escape
    any_character = False  # the open negated class holds a character beyond ASCII

    def literal_beyond_ascii(character: str, at: int, end: int) -> bool:
        """Write a character beyond ASCII found at `python_regex[at:end]`; False: give up."""
        nonlocal any_character
        if caseless[-1] and character.lower() != character.upper():
            return False
        if not ascii_only:
            out.append(rf"\x{{{ord(character):x}}}")
        elif in_class and (
            (python_regex[at - 1 : at] == "-" and _unescaped(python_regex, at - 1))
            or (python_regex[end : end + 1] == "-" and python_regex[end + 1 : end + 2] != "]")
        ):
            return False  # a range with an end beyond ASCII: not worth translating
        elif negated:
            any_character = True
        else:
            out.append(beyond)
        return True

    while index < len(python_regex):
        character = python_regex[index]
        if character == "\\" and index + 1 < len(python_regex):
            escape = python_regex[index + 1]
            at = index
            index += 2
            class_start = False
            if escape in "uUx":
                width = {"u": 4, "U": 8, "x": 2}[escape]
                code = int(python_regex[index : index + width], 16)
                index += width
                if code < 0x80:
                    out.append(rf"\x{{{code:x}}}")
                elif not literal_beyond_ascii(chr(code), at, index):
                    return None
            elif not escape.isascii():
                if not literal_beyond_ascii(escape, at, index):
                    return None
            elif escape in "bBAZz" and not in_class:
                pass  # a dropped condition only widens the match (see `$` below)
            elif escape in "wds" and not negated:
                wide = rf"\{escape}{beyond}" + (_PYTHON_ONLY_SPACE if escape == "s" else "")
                out.append(wide if in_class else f"[{wide}]")
            elif escape.isalnum() and escape not in _PLAIN_ESCAPES:
                return None  # octal, backreferences, \N{...}, \g<...>
            else:
                widen_class = widen_class or (negated and escape in "WDS")
                out.append("\\" + escape)
            continue
        if in_class:
            if character == "]" and not class_start:
                out.append(character)
                index += 1
                if any_character:
                    out[class_open:] = [r"[\x00-\x7f]"]  # all an ASCII-only scan can see
                elif widen_class or (negated and ascii_only):
                    # Python's class may take what the ASCII one cannot
                    extra = (_PYTHON_ONLY_SPACE if widen_class else "") + beyond
                    out[class_open:] = ["(?:", *out[class_open:], f"|[{extra}])"]
                in_class = negated = widen_class = any_character = False
                continue
            class_start = False
        elif character == "[":
            in_class, class_start, class_open = True, True, len(out)
            if python_regex.startswith("^", index + 1):
                negated = True
                out.append("[^")
                index += 2
                continue
        elif character == "(":
            scoped = _SCOPED_FLAGS_RE.match(python_regex, index)
            on, off = (scoped.group(1), scoped.group(2) or "") if scoped else ("", "")
            caseless.append(("i" in on or caseless[-1]) and "i" not in off)
        elif character == ")" and len(caseless) > 1:
            caseless.pop()
        elif character in "^$":
            # dropped too: Python's `$` also matches where a search window ends (`endpos`), and
            # callers may scan many lines joined where Python searches each alone
            index += 1
            continue
        elif character == "{" and (repeat := _REPEAT_RE.match(python_regex, index)):
            # `{,n}` is `{0,n}`; a long bound costs Hyperscan much compiling: none is looser
            low, high = repeat.group(1) or "0", repeat.group(2)
            out.append(f"{{{low},}}" if int(high) > _LONGEST_BOUND else f"{{{low},{high}}}")
            index = repeat.end()
            continue
        index += 1
        if character.isascii():
            out.append(character)
        elif not literal_beyond_ascii(character, index - 1, index):
            return None
    return "".join(out)


def anchored_at_start(python_regex: str) -> bool:
    """Whether every match of `python_regex` starts where the searched text does: it opens
    with `^` (after global flags such as `(?i)`) and has no alternative outside a group
    ("^a|b" does not). Verbose and multiline patterns are never said to be."""
    flags = _GLOBAL_FLAGS_RE.match(python_regex)
    if flags and ("x" in flags.group(1) or "m" in flags.group(1)):
        return False
    body = python_regex[flags.end() if flags else 0 :]
    if not body.startswith("^") or _UNTRANSLATED_RE.search(python_regex):
        return False
    depth, index, in_class, class_start = 0, 1, False, False
    while index < len(body):
        character = body[index]
        index += 1
        if character == "\\":
            index += 1  # (an escaped character, in a class or not: "[\d]|x" ends at "]")
            class_start = False
        elif in_class:
            in_class = character != "]" or class_start  # ("[]a]" and "[^]a]" hold "]")
            class_start = False
        elif character == "[":
            in_class = class_start = True
            if body.startswith("^", index):
                index += 1
        elif character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        elif character == "|" and depth == 0:
            return False
    return True


def at_line_start(loose: str) -> str:
    """A loosened pattern (`loosened` drops every `^`) anchored at a line's start, after the
    global flags it opens with ("(?i)"), for a `Pattern(multiline=True)`."""
    flags = _GLOBAL_FLAGS_RE.match(loose)
    cut = flags.end() if flags else 0
    return f"{loose[:cut]}^(?:{loose[cut:]})"


def _unescaped(text: str, index: int) -> bool:
    """Whether `text[index]` is not escaped: an even run of backslashes before it."""
    backslashes = len(text[:index]) - len(text[:index].rstrip("\\"))
    return backslashes % 2 == 0


# Escapes `loosened` passes on as they are (class escapes are handled before)
_PLAIN_ESCAPES = frozenset("wdsWDSbBAZnrtfva")
# Verbose mode or a comment (whose text is no pattern), a POSIX-like class ("[:alpha:]" is
# literal to Python, a class to Hyperscan), nested "[[": not translated
_UNTRANSLATED_RE = re.compile(r"\(\?[aiLmsux-]*x|\(\?#|\[\[|\[:")
_GLOBAL_FLAGS_RE = re.compile(r"\(\?([aiLmsux]+)\)")
_SCOPED_FLAGS_RE = re.compile(r"\(\?([aiLmsux]*)(?:-([imsx]+))?:")
