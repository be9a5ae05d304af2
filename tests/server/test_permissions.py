"""Who may do what: support reads and is audited; supervisors get exactly their role's functions."""

from __future__ import annotations

from typing import Any

from tests.server.client import Api

SUPPORT = "/v1/security/support_access"
TWO_FACTOR = "/v1/security/two_factor"


def _grant_support(api: Api, hours: int = 1) -> None:
    grant = {"enabled": True, "hours": hours, "reason": "widget broken", "ticket_ref": "SUP-1"}
    assert api.write("PUT", SUPPORT, grant).status_code == 200


def _set_role(api: Api, role: str, permissions: dict[str, Any]) -> None:
    answer = api.write("PATCH", f"/v1/roles/{role}", {"permissions": permissions})
    assert answer.status_code == 200, answer.text


def test_support_reads_settings_and_the_audit_log(api: Api) -> None:
    _grant_support(api)
    assert api.get("/v1/security", as_user="support").status_code == 200
    assert api.get("/v1/audit_events", as_user="support").status_code == 200
    assert api.get("/v1/security/content_filter/rules", as_user="support").status_code == 200


def test_support_cannot_widen_its_grant_or_touch_2fa_and_roles(api: Api) -> None:
    """The attack from the probe: extend own grant, raise grace_hours, reset the admin's 2FA."""
    _grant_support(api)
    api.enroll("admin")
    admin_id = api.people["admin"].user_id
    before = api.data(SUPPORT)
    attempts = [
        ("PUT", SUPPORT, {"enabled": True, "hours": 720, "reason": "more", "ticket_ref": "x"}),
        ("PATCH", TWO_FACTOR, {"grace_hours": 720}),
        ("POST", f"/v1/operators/{admin_id}/2fa:reset", None),
        ("PATCH", "/v1/roles/supervisor", {"name": "Mine"}),
        ("PUT", "/v1/security/ip_allowlist/entries/x", {"kind": "cidr", "value": "0.0.0.0/0"}),
        ("PATCH", "/v1/security/content_filter", {"enabled": False}),
    ]
    for method, path, body in attempts:
        answer = api.write(method, path, body, as_user="support")
        assert answer.status_code == 403, (path, answer.text)
        assert answer.json()["code"] == "forbidden"
    assert api.data(SUPPORT) == before
    assert api.data(TWO_FACTOR)["grace_hours"] == 72
    admin = next(o for o in api.data("/v1/operators") if o["login"] == "admin")
    assert admin["two_factor_method"] == "totp"
    refused = api.data("/v1/audit_events?action=access.forbidden&actor=support&limit=50")
    assert len(refused) == len(attempts)


def test_every_support_request_is_audited(api: Api) -> None:
    _grant_support(api)
    api.get("/v1/security/two_factor", as_user="support")
    api.get("/v1/audit_events?action=auth.*", as_user="support")
    seen = api.data("/v1/audit_events?action=support.request&actor=support")
    paths = {event["resource"] for event in seen}
    assert {"/v1/security/two_factor", "/v1/audit_events"} <= paths
    assert all(event["details"]["method"] == "GET" for event in seen)


def test_supervisor_functions_follow_the_role(api: Api) -> None:
    # the built-in supervisor sees operators (operators.view) and nothing of the security console
    assert api.get("/v1/operators", as_user="super1").status_code == 200
    assert api.get("/v1/audit_events", as_user="super1").status_code == 403
    assert api.get("/v1/security", as_user="super1").status_code == 403
    _set_role(api, "supervisor", {"operators": {"view": False}, "audit": {"view": True}})
    assert api.get("/v1/operators", as_user="super1").status_code == 403
    assert api.get("/v1/audit_events", as_user="super1").status_code == 200
    _set_role(api, "supervisor", {"security": {"view": True}})
    assert api.get("/v1/security", as_user="super1").status_code == 200
    refused = api.write(
        "PATCH", "/v1/security/content_filter", {"enabled": False}, as_user="super1"
    )
    assert refused.status_code == 403
    _set_role(api, "supervisor", {"security": {"edit": True}})
    allowed = api.write(
        "PATCH", "/v1/security/content_filter", {"enabled": False}, as_user="super1"
    )
    assert allowed.status_code == 200, allowed.text


def test_only_the_admin_role_edits_roles(api: Api) -> None:
    _set_role(api, "supervisor", {"security": {"view": True, "edit": True}})
    escalate = {"permissions": {"audit": {"view": True}}}
    answer = api.write("PATCH", "/v1/roles/supervisor", escalate, as_user="super1")
    assert answer.status_code == 403


def test_manage_2fa_gates_the_reset(api: Api) -> None:
    api.enroll("oper1")
    target = f"/v1/operators/{api.people['oper1'].user_id}/2fa:reset"
    assert api.write("POST", target, as_user="super1").status_code == 403
    _set_role(api, "supervisor", {"operators": {"manage_2fa": True}})
    assert api.write("POST", target, as_user="super1").status_code == 200


def test_operators_reach_nothing_of_the_console(api: Api) -> None:
    for path in ("/v1/security", "/v1/audit_events", "/v1/operators", "/v1/roles"):
        assert api.get(path, as_user="oper1").status_code == 403, path
