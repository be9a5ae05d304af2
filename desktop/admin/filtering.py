"""The content filter's rules evaluated locally, so "test a message" works offline too.

Same semantics as the server: word rules match whole words (case-insensitive), regex rules are
case-insensitive, PII rules find cards (Luhn-checked), e-mail addresses and phone numbers; the
strongest action wins (block > mask > flag > allow) and masked spans become asterisks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

PII = {
    "card": re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)"),
    "email": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    "phone": re.compile(r"(?<![\w+])\+?\d[\d ()-]{8,17}\d(?!\d)"),
}
STRENGTH = {"allow": 0, "flag": 1, "mask": 2, "block": 3}


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


def pattern_of(rule: dict[str, Any]) -> re.Pattern[str]:
    if rule["kind"] == "word":
        return re.compile(rf"(?<!\w){re.escape(str(rule['pattern']).strip())}(?!\w)", re.IGNORECASE)
    if rule["kind"] == "regex":
        return re.compile(str(rule["pattern"]), re.IGNORECASE)
    return PII[str(rule["pii_type"])]


def _hits(rule: dict[str, Any], text: str) -> list[Hit]:
    try:
        pattern = pattern_of(rule)
    except (re.error, KeyError):
        return []
    found = []
    for match in pattern.finditer(text):
        if match.end() == match.start():
            continue
        if rule["kind"] == "pii" and rule.get("pii_type") == "card":
            digits = re.sub(r"\D", "", match.group())
            if not (13 <= len(digits) <= 19 and luhn(digits)):
                continue
        found.append(Hit(str(rule.get("id", "")), str(rule["action"]), match.start(), match.end()))
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
