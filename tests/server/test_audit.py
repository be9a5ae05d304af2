"""The audit trail: security changes and login failures, filters, paging, no secrets."""

from __future__ import annotations

import json
from datetime import timedelta

import sqlalchemy as sa

from server.db.schema import audit_events
from tests.server.client import Api


def test_security_changes_have_before_and_after(api: Api) -> None:
    api.write("PATCH", "/v1/security/two_factor", {"grace_hours": 12})
    event = api.data("/v1/audit_events?action=security.two_factor.updated")[0]
    assert event["actor_login"] == "admin" and event["ip"] == "127.0.0.1"
    assert event["before"]["grace_hours"] == 72 and event["after"]["grace_hours"] == 12
    assert event["resource"] == "security/two_factor"


def test_login_failures_are_audited(api: Api) -> None:
    api.start_login("oper1", "bad")
    api.start_login("ghost", "bad")
    challenge = api.start_login("oper2").json()["data"]
    api.verify(challenge["id"], "12345x")
    failures = api.data("/v1/audit_events?action=auth.*")
    outcomes = {(e["action"], e["actor_login"], e["outcome"]) for e in failures}
    assert ("auth.login", "oper1", "bad_password") in outcomes
    assert ("auth.login", "ghost", "bad_password") in outcomes
    assert ("auth.verify", "oper2", "invalid_code") in outcomes


def test_filters_and_paging(api: Api) -> None:
    api.login("oper1")
    start = api.clock.now()
    api.clock.advance(60)
    for index in range(5):
        api.write(
            "PUT",
            f"/v1/security/ip_allowlist/entries/e{index}",
            {"kind": "cidr", "value": f"10.{index}.0.0/16"},
        )
    page = api.get("/v1/audit_events?resource=security/ip_allowlist/*&limit=2&offset=1").json()
    assert page["meta"] == {"total": 5, "limit": 2, "offset": 1}
    assert [e["resource"] for e in page["data"]] == [
        "security/ip_allowlist/entry/e3",
        "security/ip_allowlist/entry/e2",
    ]
    since = start.isoformat().replace("+00:00", "Z")
    recent = api.data(f"/v1/audit_events?since={since}&actor=admin&action=security.*")
    assert len(recent) == 5
    before = (start + timedelta(seconds=1)).isoformat().replace("+00:00", "Z")
    until = api.data(f"/v1/audit_events?until={before}&actor=oper1")
    assert {e["action"] for e in until} == {"auth.verify"}
    assert api.get("/v1/audit_events?limit=201").status_code == 422


def test_no_secrets_in_the_audit_trail(api: Api, backend) -> None:  # type: ignore[no-untyped-def]
    token = api.login("oper1")
    secret = api.enroll("oper2")
    api.start_login("oper1", "a-wrong-password")
    codes = [str(m["Subject"]).rsplit(" ", 1)[-1] for m in api.inbox.messages()]
    with backend.services.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(sa.select(audit_events)).mappings()]
    dump = json.dumps(rows, default=str)
    for value in [token, secret, "a-wrong-password", "pw-oper1-secret", *codes]:
        assert value not in dump
