"""Message content rules: words, regular expressions and PII (cards with Luhn, e-mail, phone)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

PII_PATTERNS = {
    "card": re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)"),
    "email": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    "phone": re.compile(r"(?<![\w+])\+?\d[\d ()-]{8,17}\d(?!\d)"),
}
PII_TYPES = tuple(PII_PATTERNS)
ACTION_ORDER = {"block": 3, "mask": 2, "flag": 1}


@dataclass(frozen=True)
class Match:
    rule_id: str
    action: str
    start: int
    end: int


def luhn_valid(digits: str) -> bool:
    """The Luhn checksum used by payment card numbers."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def compile_rule(rule: dict[str, Any]) -> re.Pattern[str]:
    """The pattern of a word/regex rule; raises re.error or ValueError when it is unusable."""
    kind = rule["kind"]
    if kind == "word":
        word = rule["pattern"].strip()
        if not word:
            raise ValueError("a word rule needs a word")
        return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.IGNORECASE)
    if kind == "regex":
        return re.compile(rule["pattern"], re.IGNORECASE)
    return PII_PATTERNS[rule["pii_type"]]


def applies(rule: dict[str, Any], direction: str) -> bool:
    return bool(rule["enabled"]) and rule["direction"] in ("both", direction)


def find_matches(rule: dict[str, Any], text: str) -> list[Match]:
    pattern = compile_rule(rule)
    found = []
    for hit in pattern.finditer(text):
        if hit.end() == hit.start():
            continue
        if rule["kind"] == "pii" and rule["pii_type"] == "card":
            digits = re.sub(r"\D", "", hit.group())
            if not 13 <= len(digits) <= 19 or not luhn_valid(digits):
                continue
        found.append(Match(rule["id"], rule["action"], hit.start(), hit.end()))
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
