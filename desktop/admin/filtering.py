"""The content filter's rules evaluated locally, so "test a message" works offline too.

Same semantics and engine as the server (server/security/content.py): RE2, linear in the text,
so a rule like ``(a+)+$`` cannot freeze the preview; word rules match whole words
(case-insensitive), regex rules are case-insensitive, PII rules find cards (Luhn-checked),
e-mail addresses and phone numbers; the strongest action wins (block > mask > flag > allow) and
masked spans become asterisks. RE2 has no look-around: the "not preceded by" condition is a
character class checked by hand, the "not followed by" one a guard after the captured match."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import re2

WORD_CHAR = r"[\pL\pN_]"
NOT_WORD_CHAR = r"(?:[^\pL\pN_]|$)"
NOT_DIGIT = r"(?:\D|$)"
#: (match, guard after it, class the character before it must not be in)
PII: dict[str, tuple[str, str, str | None]] = {
    "card": (r"(?:\d[ -]?){12,18}\d", NOT_DIGIT, r"\d"),
    "email": (r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", "", None),
    "phone": (r"\+?\d[\d ()-]{8,17}\d", NOT_DIGIT, r"[\pL\pN_+]"),
}
STRENGTH = {"allow": 0, "flag": 1, "mask": 2, "block": 3}


class PatternError(ValueError):
    """A pattern RE2 cannot run (the server refuses it with the same reason)."""


@dataclass(frozen=True)
class Matcher:
    regex: Any  # group 1 is the match; a guard may follow it
    before: Any | None


@dataclass(frozen=True)
class Hit:
    rule_id: str
    action: str
    start: int
    end: int


@dataclass(frozen=True)
class Verdict:
    verdict: str
    text: str
    hits: tuple[Hit, ...]


def luhn(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


@lru_cache(maxsize=512)
def _compile(pattern: str) -> Any:
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    options.max_mem = 8 << 20
    try:
        return re2.compile(pattern, options)
    except re2.error as error:
        reason = error.args[0] if error.args else error
        text = reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)
        raise PatternError(f"RE2 cannot use this pattern: {text}") from None


def matcher_of(rule: dict[str, Any]) -> Matcher:
    """The rule's matcher; raises PatternError for a pattern RE2 refuses or an empty word."""
    if rule["kind"] == "word":
        word = str(rule["pattern"]).strip()
        if not word:
            raise PatternError("a word rule needs a word")
        return Matcher(_compile(f"({re2.escape(word)}){NOT_WORD_CHAR}"), _compile(WORD_CHAR))
    if rule["kind"] == "regex":
        pattern = str(rule["pattern"])
        _compile(pattern)  # its own error, not one about the wrapping group
        return Matcher(_compile(f"({pattern})"), None)
    core, after, before = PII[str(rule["pii_type"])]
    return Matcher(_compile(f"({core}){after}"), _compile(before) if before else None)


def spans(matcher: Matcher, text: str) -> list[tuple[int, int]]:
    """Non-overlapping character spans, left to right (searched on UTF-8 bytes, linear)."""
    data = text.encode("utf-8")
    byte_at = [0]
    for char in text:
        byte_at.append(byte_at[-1] + len(char.encode("utf-8")))
    char_at = {offset: index for index, offset in enumerate(byte_at)}
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
            position = byte_at[start + 1]
            continue
        found.append((start, end))
        position = byte_at[end]
    return found


def _preceded(matcher: Matcher, text: str, start: int) -> bool:
    if matcher.before is None or start == 0:
        return False
    return matcher.before.fullmatch(text[start - 1]) is not None


def _hits(rule: dict[str, Any], text: str) -> list[Hit]:
    try:
        matcher = matcher_of(rule)
    except (PatternError, KeyError):
        return []
    found = []
    for start, end in spans(matcher, text):
        if rule["kind"] == "pii" and rule.get("pii_type") == "card":
            digits = "".join(c for c in text[start:end] if c.isdigit())
            if not (13 <= len(digits) <= 19 and luhn(digits)):
                continue
        found.append(Hit(str(rule.get("id", "")), str(rule["action"]), start, end))
    return found


def evaluate(
    rules: Iterable[dict[str, Any]], text: str, direction: str, enabled: bool = True
) -> Verdict:
    hits: list[Hit] = []
    if enabled:
        for rule in rules:
            if rule.get("enabled", True) and rule.get("direction", "both") in ("both", direction):
                hits += _hits(rule, text)
    strongest = max((STRENGTH.get(h.action, 0) for h in hits), default=0)
    verdict = next(name for name, value in STRENGTH.items() if value == strongest)
    chars = list(text)
    for hit in hits:
        if hit.action == "mask":
            for index in range(hit.start, hit.end):
                if not chars[index].isspace():
                    chars[index] = "*"
    ordered = tuple(sorted(hits, key=lambda h: (h.start, h.end)))
    return Verdict(verdict, "".join(chars), ordered)
