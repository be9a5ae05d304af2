"""Content-filter rules run on RE2: no catastrophic backtracking, unsupported patterns refused,
text and rule counts capped."""

from __future__ import annotations

import sqlalchemy as sa

from server.db.schema import filter_rules
from server.security import content
from tests.server.client import Api
from tests.server.conftest import Backend

RULES = "/v1/security/content_filter/rules"
TEST = "/v1/security/content_filter/test"


def _rule(api: Api, rule_id: str, pattern: str, kind: str = "regex") -> object:
    body = {"name": rule_id, "kind": kind, "pattern": pattern, "action": "block"}
    return api.write("PUT", f"{RULES}/{rule_id}", body)


def test_nested_quantifier_answers_at_once(api: Api) -> None:
    """`(a+)+$` took 14 s on 29 characters and doubled per character; 5,000 would never end."""
    assert _rule(api, "redos", "(a+)+$").status_code == 201
    text = "a" * 5000 + "!"
    answer = api.call("POST", TEST, as_user="admin", json={"text": text, "direction": "out"})
    assert answer.status_code == 200
    assert answer.json()["data"]["verdict"] == "allow"
    blocked = api.call("POST", TEST, as_user="admin", json={"text": "aaaa", "direction": "out"})
    assert blocked.json()["data"]["verdict"] == "block"


def test_nested_quantifier_directly() -> None:
    rule = {"id": "r", "kind": "regex", "pattern": "(x+x+)+y", "action": "flag", "enabled": True}
    rule["direction"] = "both"
    assert content.evaluate([rule], "x" * 10_000, "out")["verdict"] == "allow"


def test_patterns_re2_cannot_run_are_refused_with_the_reason(api: Api) -> None:
    for pattern, reason in [
        ("(?<=a)b", "invalid perl operator"),
        (r"(a)\1", "invalid escape sequence"),
        ("(a", "missing )"),
    ]:
        answer = _rule(api, "bad", pattern)
        assert answer.status_code == 422, pattern
        body = answer.json()
        assert body["code"] == "invalid_value"
        assert "RE2" in body["message"] and reason in body["message"], body["message"]
    assert api.data(RULES) == []


def test_text_size_is_capped(api: Api) -> None:
    long = {"text": "x" * (content.MAX_TEXT_CHARS + 1), "direction": "out"}
    assert api.call("POST", TEST, as_user="admin", json=long).status_code == 422


def test_rule_count_is_capped(api: Api, backend: Backend) -> None:
    now = api.clock.now().timestamp()
    document = {"name": "w", "kind": "word", "pattern": "w", "pii_type": None}
    document |= {"direction": "both", "action": "flag", "enabled": True}
    with backend.services.engine.begin() as conn:
        conn.execute(
            sa.insert(filter_rules),
            [
                {"id": f"r{i}", "document": document, "version": 1, "position": i}
                | {"created_at": now, "updated_at": now}
                for i in range(content.MAX_RULES)
            ],
        )
    refused = _rule(api, "one-more", "x", kind="word")
    assert refused.status_code == 422
    assert refused.json()["code"] == "invalid_value"
    replaced = _rule(api, "r3", "y", kind="word")  # replacing an existing rule is fine
    assert replaced.status_code == 200, replaced.text
