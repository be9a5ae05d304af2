"""Two-factor policy, content filter, support access."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from tests.server.client import Api

FILTER = "/v1/security/content_filter"
SUPPORT = "/v1/security/support_access"


def test_two_factor_merge_patch(api: Api) -> None:
    answer = api.write(
        "PATCH",
        "/v1/security/two_factor",
        {"email_code": {"ttl_seconds": 300}, "totp": {"digits": 8}},
    )
    assert answer.status_code == 200, answer.text
    data = answer.json()["data"]
    assert data["email_code"] == {"digits": 6, "ttl_seconds": 300, "max_attempts": 5}
    assert data["totp"]["digits"] == 8 and data["totp"]["period"] == 30
    assert data["default_method"] == "email"


@pytest.mark.parametrize(
    "patch",
    [
        {"email_code": {"ttl_seconds": 3600}},
        {"email_code": {"max_attempts": 10}},
        {"required_roles": ["no-such-role"]},
        {"default_method": "sms"},
        {"unknown": 1},
        {"grace_hours": None},
    ],
)
def test_two_factor_rejects_weak_or_unknown_values(api: Api, patch: dict[str, Any]) -> None:
    answer = api.write("PATCH", "/v1/security/two_factor", patch)
    assert answer.status_code == 422, answer.text
    assert api.data("/v1/security/two_factor")["version"] == 1


def test_null_resets_a_setting_to_its_default(api: Api) -> None:
    api.write("PATCH", "/v1/security/two_factor", {"totp": {"digits": 8}})
    answer = api.write("PATCH", "/v1/security/two_factor", {"totp": {"digits": None}})
    assert answer.status_code == 200
    assert answer.json()["data"]["totp"]["digits"] == 6


def test_shorter_email_code_lifetime_applies(api: Api) -> None:
    api.write("PATCH", "/v1/security/two_factor", {"email_code": {"ttl_seconds": 120}})
    challenge = api.start_login("oper1").json()["data"]
    code = api.inbox.last_code("oper1@example.com")
    api.clock.advance(121)
    assert api.verify(challenge["id"], code).status_code == 410


def _rule(api: Api, rule_id: str, **fields: Any) -> Any:
    answer = api.write("PUT", f"{FILTER}/rules/{rule_id}", fields)
    assert answer.status_code == 201, answer.text
    return answer.json()["data"]


def _test(api: Api, text: str, direction: str = "out") -> dict[str, Any]:
    answer = api.call(
        "POST", f"{FILTER}/test", as_user="admin", json={"text": text, "direction": direction}
    )
    assert answer.status_code == 200, answer.text
    return dict(answer.json()["data"])


def test_card_numbers_are_found_with_luhn(api: Api) -> None:
    _rule(api, "cards", kind="pii", pii_type="card", action="mask")
    result = _test(api, "pay with 4111 1111 1111 1111 or 4111 1111 1111 1112 please")
    assert result["verdict"] == "mask"
    assert result["text"] == "pay with **** **** **** **** or 4111 1111 1111 1112 please"
    assert len(result["matches"]) == 1


def test_email_phone_word_and_regex_rules(api: Api) -> None:
    _rule(api, "mail", kind="pii", pii_type="email", action="mask", direction="out")
    _rule(api, "phone", kind="pii", pii_type="phone", action="flag", direction="in")
    _rule(api, "swear", kind="word", pattern="darn", action="block", direction="both")
    _rule(api, "order", kind="regex", pattern=r"ORD-\d{4}", action="flag")
    out = _test(api, "write to a.b@example.org about ORD-1234", "out")
    assert out["verdict"] == "mask"
    assert out["text"] == "write to " + "*" * 15 + " about ORD-1234"
    assert {m["rule_id"] for m in out["matches"]} == {"mail", "order"}
    incoming = _test(api, "call +7 (912) 345-67-89 now", "in")
    assert incoming["verdict"] == "flag"
    assert _test(api, "Darn it")["verdict"] == "block"
    assert _test(api, "darnation")["verdict"] == "allow"


def test_disabled_rules_and_filter_do_nothing(api: Api) -> None:
    _rule(api, "w", kind="word", pattern="secret", action="block", enabled=False)
    assert _test(api, "a secret")["verdict"] == "allow"
    api.write("PUT", f"{FILTER}/rules/w", {"kind": "word", "pattern": "secret", "action": "block"})
    assert _test(api, "a secret")["verdict"] == "block"
    api.write("PATCH", FILTER, {"enabled": False})
    assert _test(api, "a secret")["verdict"] == "allow"


@pytest.mark.parametrize(
    "body",
    [
        {"kind": "regex", "pattern": "(unclosed"},
        {"kind": "pii"},
        {"kind": "word", "pattern": "  "},
        {"kind": "word", "pattern": "x", "action": "delete"},
    ],
)
def test_bad_rules_are_refused(api: Api, body: dict[str, Any]) -> None:
    assert api.write("PUT", f"{FILTER}/rules/r", body).status_code == 422


def test_attachments_policy_patch(api: Api) -> None:
    answer = api.write(
        "PATCH", FILTER, {"attachments": {"mode": "block", "blocked_extensions": [".EXE", "js"]}}
    )
    assert answer.status_code == 200, answer.text
    attachments = answer.json()["data"]["attachments"]
    assert attachments == {"mode": "block", "max_size_mb": 25, "blocked_extensions": ["exe", "js"]}


def test_support_access_ends_by_itself(api: Api) -> None:
    refused = api.start_login("support")
    assert refused.status_code == 403
    assert refused.json()["code"] == "support_access_inactive"
    grant = {"enabled": True, "hours": 2, "reason": "chat widget broken", "ticket_ref": "SUP-42"}
    answer = api.write("PUT", SUPPORT, grant)
    assert answer.status_code == 200, answer.text
    assert answer.json()["data"]["active"] is True
    token = api.login("support")
    assert api.call("GET", "/v1/security", token=token).status_code == 200
    api.clock.advance(2 * 3600 + 1)  # nobody does anything: the grant just runs out
    late = api.call("GET", "/v1/security", token=token)
    assert late.status_code == 403
    assert late.json()["code"] == "support_access_inactive"
    state = api.data(SUPPORT)
    assert state["enabled"] is False and state["active"] is False
    assert state["end_reason"] == "expired"
    events = api.data("/v1/audit_events?action=support_access.expired")
    assert len(events) == 1 and events[0]["actor_login"] == "system"
    assert api.start_login("support").status_code == 403


def test_support_access_with_expiry_time_and_revocation(api: Api) -> None:
    until = (api.clock.now() + timedelta(hours=1)).isoformat()
    grant = {"enabled": True, "expires_at": until, "reason": "audit", "ticket_ref": "T"}
    assert api.write("PUT", SUPPORT, grant).status_code == 200
    token = api.login("support")
    revoke = api.write("PUT", SUPPORT, {"enabled": False})
    assert revoke.json()["data"]["end_reason"] == "revoked"
    assert api.call("GET", "/v1/account", token=token).status_code == 403


@pytest.mark.parametrize(
    "grant",
    [
        {"enabled": True, "reason": "x"},
        {"enabled": True, "hours": 1},
        {"enabled": True, "hours": 1000, "reason": "x"},
        {"enabled": True, "expires_at": "2000-01-01T00:00:00Z", "reason": "x"},
    ],
)
def test_bad_grants_are_refused(api: Api, grant: dict[str, Any]) -> None:
    assert api.write("PUT", SUPPORT, grant).status_code == 422
