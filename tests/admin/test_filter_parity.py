"""The desktop's preview and the server give equal verdicts (both on RE2), and on ASCII text
both agree with the look-around patterns the filter was first written with."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.admin import filtering
from server.security import content

RULES: list[dict[str, Any]] = [
    {"id": "card", "kind": "pii", "pii_type": "card", "action": "mask"},
    {"id": "phone", "kind": "pii", "pii_type": "phone", "action": "flag"},
    {"id": "mail", "kind": "pii", "pii_type": "email", "action": "mask"},
    {"id": "bad", "kind": "word", "pattern": "bad", "action": "block"},
    {"id": "hi", "kind": "word", "pattern": "привет", "action": "flag"},
    {"id": "ord", "kind": "regex", "pattern": r"ORD-\d{4}", "action": "flag"},
]
RULES = [{**r, "direction": "both", "enabled": True} for r in RULES]

#: What the rules meant before RE2 (Python's re with look-around): the reference on ASCII text.
LOOKAROUND = {
    "card": re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)"),
    "phone": re.compile(r"(?<![\w+])\+?\d[\d ()-]{8,17}\d(?!\d)"),
    "mail": re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", re.IGNORECASE),
    "bad": re.compile(r"(?<!\w)bad(?!\w)", re.IGNORECASE),
    "ord": re.compile(r"ORD-\d{4}", re.IGNORECASE),
}
ASCII = st.text(alphabet="0123456789 -+()@._aBdDoOrRx\n", max_size=80)
ANY = st.text(alphabet="0123456789 -+@.badBAD_приветПРИВЕТé٣\t", max_size=80)


def _both(text: str) -> tuple[Any, Any]:
    server = content.evaluate(RULES, text, "out")
    desktop = filtering.evaluate(RULES, text, "out")
    local = {
        "verdict": desktop.verdict,
        "text": desktop.text,
        "matches": [
            {"rule_id": h.rule_id, "action": h.action, "start": h.start, "end": h.end}
            for h in desktop.hits
        ],
    }
    return server, local


@settings(max_examples=150, deadline=None)
@given(ANY)
def test_desktop_and_server_agree(text: str) -> None:
    server, desktop = _both(text)
    assert server == desktop


@settings(max_examples=150, deadline=None)
@given(ASCII)
def test_spans_equal_the_lookaround_reference_on_ascii(text: str) -> None:
    for rule in RULES:
        if rule["id"] not in LOOKAROUND:
            continue
        expected = [(m.start(), m.end()) for m in LOOKAROUND[rule["id"]].finditer(text)]
        expected = [(s, e) for s, e in expected if e > s]
        assert filtering.spans(filtering.matcher_of(rule), text) == expected, rule["id"]
        assert content.spans(content.compile_rule(rule), text) == expected, rule["id"]


def test_known_examples() -> None:
    server, desktop = _both("card 4111 1111 1111 1111, mail a@b.io, bad; привет! ORD-1234")
    assert server == desktop
    assert server["verdict"] == "block"
    assert server["text"].startswith("card **** **** **** ****, mail ******")
    assert [m["rule_id"] for m in server["matches"]] == [
        "card",
        "phone",
        "mail",
        "bad",
        "hi",
        "ord",
    ]
    assert filtering.evaluate(RULES, "badly приветствую", "out").verdict == "allow"


def test_a_nested_quantifier_cannot_freeze_the_preview() -> None:
    rule = {"id": "r", "kind": "regex", "pattern": "(a+)+$", "action": "flag"}
    assert filtering.evaluate([rule], "a" * 5000 + "!", "out").verdict == "allow"
