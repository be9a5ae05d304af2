"""Step-up: weakening writes need a second factor proven in the last 5 minutes."""

from __future__ import annotations

from typing import Any

from tests.server.client import Api

TWO_FACTOR = "/v1/security/two_factor"
RECONFIRM = "/v1/auth/reconfirm"
ENTRIES = "/v1/security/ip_allowlist/entries"


def _stale(api: Api) -> None:
    api.token("admin")
    api.clock.advance(301)  # the login's own confirmation is now older than 5 minutes


def _confirm(api: Api) -> None:
    assert api.call("POST", RECONFIRM, as_user="admin", json={}).status_code == 200
    code = api.inbox.last_code(api.people["admin"].email)
    assert api.call("POST", RECONFIRM, as_user="admin", json={"code": code}).status_code == 200


def _refused(answer: Any, reason: str) -> None:
    assert answer.status_code == 403, answer.text
    body = answer.json()
    assert body["code"] == "reconfirm_required"
    assert reason in body["data"]["reasons"]


def test_a_fresh_login_counts_then_runs_out(api: Api) -> None:
    assert api.write("PATCH", TWO_FACTOR, {"grace_hours": 80}).status_code == 200
    api.clock.advance(301)
    _refused(api.write("PATCH", TWO_FACTOR, {"grace_hours": 90}), "two_factor_longer_grace")
    # a change that weakens nothing needs no step-up
    assert api.write("PATCH", TWO_FACTOR, {"grace_hours": 10}).status_code == 200
    assert api.data(TWO_FACTOR)["grace_hours"] == 10


def test_reconfirm_with_an_emailed_code(api: Api) -> None:
    _stale(api)
    offered = api.call("POST", RECONFIRM, as_user="admin", json={})
    assert offered.status_code == 200, offered.text
    assert offered.json()["data"]["method"] == "email" and offered.json()["data"]["code_sent"]
    code = api.inbox.last_code(api.people["admin"].email)
    wrong = "000000" if code != "000000" else "111111"
    assert api.call("POST", RECONFIRM, as_user="admin", json={"code": wrong}).status_code == 401
    done = api.call("POST", RECONFIRM, as_user="admin", json={"code": code})
    assert done.status_code == 200, done.text
    assert done.json()["data"]["confirmed_until"]
    grant = {"enabled": True, "hours": 1, "reason": "ticket", "ticket_ref": "T"}
    assert api.write("PUT", "/v1/security/support_access", grant).status_code == 200
    again = api.call("POST", RECONFIRM, as_user="admin", json={"code": code})
    assert again.status_code == 409  # the code was used up
    api.clock.advance(301)
    _refused(api.write("PUT", "/v1/security/support_access", grant), "support_access_on")
    events = api.data("/v1/audit_events?action=auth.reconfirm")
    assert {e["outcome"] for e in events} >= {"success"}


def test_reconfirm_with_the_authenticator(api: Api) -> None:
    api.enroll("admin")
    _stale(api)
    offered = api.call("POST", RECONFIRM, as_user="admin", json={}).json()["data"]
    assert offered == {
        "method": "totp",
        "code_sent": False,
        "expires_at": None,
        "confirmed_until": None,
    }
    code = api.totp_code("admin")
    assert api.call("POST", RECONFIRM, as_user="admin", json={"code": code}).status_code == 200
    replay = api.call("POST", RECONFIRM, as_user="admin", json={"code": code})
    assert replay.status_code == 401  # a used step is never accepted again
    assert api.write("PATCH", "/v1/security/ip_allowlist", {"enabled": False}).status_code == 200


def test_wrong_codes_are_throttled(api: Api) -> None:
    api.enroll("admin")
    _stale(api)
    statuses = [
        api.call("POST", RECONFIRM, as_user="admin", json={"code": "12345x"}).status_code
        for _ in range(6)
    ]
    assert statuses == [401] * 5 + [429]


def test_every_weakening_kind_is_held(api: Api) -> None:
    body = {"kind": "cidr", "value": "127.0.0.0/8", "name": "loopback"}
    assert api.write("PUT", f"{ENTRIES}/lo", body).status_code == 201
    assert api.write("PUT", f"{ENTRIES}/wide", {**body, "value": "10.0.0.0/8"}).status_code == 201
    _stale(api)
    _refused(api.write("PATCH", "/v1/security/ip_allowlist", {"enabled": True}), "allowlist_on")
    _refused(api.write("DELETE", f"{ENTRIES}/wide"), "allowlist_entry_removed")
    narrowed = {**body, "value": "10.1.0.0/16"}
    _refused(api.write("PUT", f"{ENTRIES}/wide", narrowed), "allowlist_entry_narrowed")
    off = {**body, "value": "10.0.0.0/8", "is_active": False}
    _refused(api.write("PUT", f"{ENTRIES}/wide", off), "allowlist_entry_deactivated")
    _refused(api.write("PATCH", TWO_FACTOR, {"totp": {"period": 60}}), "totp_longer_period")
    # stronger settings need no step-up
    assert api.write("PATCH", TWO_FACTOR, {"totp": {"digits": 8}}).status_code == 200
    # widening and adding weaken nothing
    wider = {**body, "value": "10.0.0.0/7"}
    assert api.write("PUT", f"{ENTRIES}/wide", wider).status_code == 200
    assert api.write("PUT", f"{ENTRIES}/new", {**body, "value": "192.0.2.0/24"}).status_code == 201


def test_removing_someones_authenticator_needs_a_fresh_code(api: Api) -> None:
    api.enroll("oper1")
    target = f"/v1/operators/{api.people['oper1'].user_id}/2fa:reset"
    _stale(api)
    _refused(api.write("POST", target), "operator_2fa_reset")
    assert api.start_login("oper1").json()["data"]["method"] == "totp"  # nothing changed
    _confirm(api)
    assert api.write("POST", target).status_code == 200
    assert api.start_login("oper1").json()["data"]["method"] == "email"
