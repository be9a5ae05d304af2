"""Message content rules: words, regular expressions and PII (cards with Luhn, e-mail, phone).

Every pattern runs on RE2, whose time is linear in the text: a rule like ``(a+)+$`` cannot
freeze the server. RE2 has no look-around, so the PII patterns and word rules carry their
"not preceded by" condition as a character class checked by hand, and their "not followed by"
condition as a consumed guard after the captured match. The desktop's preview
(desktop/admin/filtering.py) implements the same semantics, so both give equal verdicts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import re2

#: Longest text a filter test may send; most rules a filter may hold (both per request).
MAX_TEXT_CHARS = 10_000
MAX_RULES = 200
MAX_PATTERN_CHARS = 300

WORD_CHAR = r"[\pL\pN_]"
NOT_WORD_CHAR = r"(?:[^\pL\pN_]|$)"
NOT_DIGIT = r"(?:\D|$)"
PII_TYPES = ("card", "email", "phone")
ACTION_ORDER = {"block": 3, "mask": 2, "flag": 1}


class PatternError(ValueError):
    """A pattern RE2 cannot run; the message says why."""


@dataclass(frozen=True)
class Matcher:
    regex: Any  # re2 pattern: group 1 is the match, a guard may follow it
    before: Any | None  # re2 class the character before a match must not be in


@dataclass(frozen=True)
class Match:
    rule_id: str
    action: str
    start: int
    end: int


def _options() -> Any:
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    options.max_mem = 8 << 20
    return options


@lru_cache(maxsize=1024)
def _compile(pattern: str) -> Any:
    try:
        return re2.compile(pattern, _options())
    except re2.error as error:
        reason = error.args[0] if error.args else error
        text = reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)
        raise PatternError(f"RE2 cannot use this pattern: {text}") from None


def _matcher(core: str, after: str = "", before: str | None = None) -> Matcher:
    return Matcher(_compile(f"({core}){after}"), _compile(before) if before else None)


PII = {
    "card": (r"(?:\d[ -]?){12,18}\d", NOT_DIGIT, r"\d"),
    "email": (r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", "", None),
    "phone": (r"\+?\d[\d ()-]{8,17}\d", NOT_DIGIT, r"[\pL\pN_+]"),
}


def luhn_valid(digits: str) -> bool:
    """The Luhn checksum used by payment card numbers."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def compile_rule(rule: dict[str, Any]) -> Matcher:
    """The matcher of a rule; raises PatternError (a ValueError) when it is unusable."""
    kind = rule["kind"]
    if kind == "word":
        word = str(rule["pattern"]).strip()
        if not word:
            raise PatternError("a word rule needs a word")
        return _matcher(re2.escape(word), NOT_WORD_CHAR, WORD_CHAR)
    if kind == "regex":
        pattern = str(rule["pattern"])
        if len(pattern) > MAX_PATTERN_CHARS:
            raise PatternError(f"a pattern has at most {MAX_PATTERN_CHARS} characters")
        _compile(pattern)  # its own error message, not one about the wrapping group
        return _matcher(pattern)
    core, after, before = PII[rule["pii_type"]]
    return _matcher(core, after, before)


def spans(matcher: Matcher, text: str) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) character spans, left to right, as Python's finditer with
    the look-arounds would give. Runs on UTF-8 bytes so each search costs only what it scans."""
    data = text.encode("utf-8")
    char_at, byte_at = _offsets(text)
    found: list[tuple[int, int]] = []
    position = 0
    while position <= len(data):
        hit = matcher.regex.search(data, position)
        if hit is None:
            break
        start, end = char_at[hit.start(1)], char_at[hit.end(1)]
        if start == end or _preceded(matcher, text, start):
            if start >= len(text):
                break
            position = byte_at[start + 1]  # try again one character further on
            continue
        found.append((start, end))
        position = byte_at[end]
    return found


def _offsets(text: str) -> tuple[dict[int, int], list[int]]:
    """Byte offset -> character index, and character index -> byte offset."""
    byte_at = [0]
    for char in text:
        byte_at.append(byte_at[-1] + len(char.encode("utf-8")))
    return {offset: index for index, offset in enumerate(byte_at)}, byte_at


def _preceded(matcher: Matcher, text: str, start: int) -> bool:
    if matcher.before is None or start == 0:
        return False
    return matcher.before.fullmatch(text[start - 1]) is not None


def applies(rule: dict[str, Any], direction: str) -> bool:
    return bool(rule["enabled"]) and rule["direction"] in ("both", direction)


def find_matches(rule: dict[str, Any], text: str) -> list[Match]:
    found = []
    for start, end in spans(compile_rule(rule), text):
        if rule["kind"] == "pii" and rule["pii_type"] == "card":
            digits = "".join(c for c in text[start:end] if c.isdigit())
            if not 13 <= len(digits) <= 19 or not luhn_valid(digits):
                continue
        found.append(Match(rule["id"], rule["action"], start, end))
    return found


def mask(text: str, matches: Iterable[Match]) -> str:
    """Replace every masked span with asterisks, keeping separators' positions."""
    chars = list(text)
    for match in matches:
        if match.action != "mask":
            continue
        for index in range(match.start, match.end):
            if not chars[index].isspace():
                chars[index] = "*"
    return "".join(chars)


def evaluate(rules: Iterable[dict[str, Any]], text: str, direction: str) -> dict[str, Any]:
    """The verdict for a message: block beats mask beats flag beats allow."""
    matches: list[Match] = []
    for rule in rules:
        if applies(rule, direction):
            matches.extend(find_matches(rule, text))
    strongest = max((ACTION_ORDER[m.action] for m in matches), default=0)
    verdict = {3: "block", 2: "mask", 1: "flag", 0: "allow"}[strongest]
    return {
        "verdict": verdict,
        "text": mask(text, matches),
        "matches": [
            {"rule_id": m.rule_id, "action": m.action, "start": m.start, "end": m.end}
            for m in sorted(matches, key=lambda m: (m.start, m.end))
        ],
    }
