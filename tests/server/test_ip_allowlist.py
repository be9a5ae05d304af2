"""The IP allowlist: entries, IPv4/IPv6 CIDR and ranges, enforcement, proxies, self-lockout."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.admin.netaddr import spans_of
from tests.server.client import Api

BASE = "/v1/security/ip_allowlist"


def _add(api: Api, entry_id: str, kind: str, value: str, **kw: Any) -> Any:
    body = {"kind": kind, "value": value, "name": entry_id}
    return api.write("PUT", f"{BASE}/entries/{entry_id}", body, **kw)


def _enable(api: Api, enabled: bool = True, **kw: Any) -> Any:
    return api.write("PATCH", BASE, {"enabled": enabled}, **kw)


def _check(api: Api, ip: str) -> dict[str, Any]:
    answer = api.call("POST", f"{BASE}/check", as_user="admin", json={"ip": ip})
    assert answer.status_code == 200, answer.text
    return dict(answer.json()["data"])


def test_entries_are_added_listed_and_removed(api: Api) -> None:
    assert _add(api, "office", "cidr", "192.0.2.0/24").status_code == 201
    assert _add(api, "branch", "range", "198.51.100.10-198.51.100.20").status_code == 201
    listed = api.get(f"{BASE}/entries?limit=1&offset=1").json()
    assert listed["meta"] == {"total": 2, "limit": 1, "offset": 1}
    assert [e["id"] for e in listed["data"]] == ["branch"]
    removed = api.write("DELETE", f"{BASE}/entries/office")
    assert removed.status_code == 200
    assert removed.json()["data"] == {"id": "office", "deleted": True}
    assert [e["id"] for e in api.data(BASE)["entries"]] == ["branch"]


def test_values_are_validated_and_normalised(api: Api) -> None:
    assert _add(api, "a", "cidr", "10.1.2.3/8").json()["data"]["value"] == "10.0.0.0/8"
    for kind, value in (
        ("cidr", "300.1.1.1/8"),
        ("range", "10.0.0.9-10.0.0.1"),
        ("range", "10.0.0.1-2001:db8::1"),
        ("range", "10.0.0.1"),
        ("cidr", "2001:db8::/129"),
    ):
        answer = _add(api, "bad", kind, value)
        assert answer.status_code == 422, (kind, value)
        assert answer.json()["status"] == "error"


@pytest.mark.parametrize(
    ("ip", "allowed"),
    [
        ("2001:db8:0:1::1", True),
        ("2001:db8:0:ffff:ffff:ffff:ffff:ffff", True),
        ("2001:db8:1::", False),
        ("2001:0db8:0000:0000:0000:0000:0000:0001", True),
        ("fd00::7", True),
        ("fd00::9", False),
        ("192.0.2.77", True),
        ("::ffff:192.0.2.77", True),
        ("192.0.3.1", False),
    ],
)
def test_check_ipv4_and_ipv6(api: Api, ip: str, allowed: bool) -> None:
    _add(api, "v6net", "cidr", "2001:db8::/48")
    _add(api, "v6range", "range", "fd00::1-fd00::8")
    _add(api, "v4", "cidr", "192.0.2.0/24")
    _add(api, "me", "cidr", "127.0.0.0/8")
    assert _enable(api).status_code == 200
    result = _check(api, ip)
    assert result["allowed"] is allowed
    assert result["enforced"] is True


def test_inactive_entries_do_not_count(api: Api) -> None:
    api.write(
        "PUT", f"{BASE}/entries/x", {"kind": "cidr", "value": "203.0.113.0/24", "is_active": False}
    )
    assert _check(api, "203.0.113.5")["matched"] == []


def test_self_lockout_is_refused(api: Api) -> None:
    _add(api, "elsewhere", "cidr", "203.0.113.0/24")
    refused = _enable(api)
    assert refused.status_code == 409
    assert refused.json()["code"] == "self_lockout"
    assert api.data(BASE)["enabled"] is False
    _add(api, "loopback", "cidr", "127.0.0.1/32")
    assert _enable(api).status_code == 200
    refused = api.write("DELETE", f"{BASE}/entries/loopback")
    assert refused.status_code == 409
    assert refused.json()["code"] == "self_lockout"
    deactivate = {"kind": "cidr", "value": "127.0.0.1/32", "is_active": False}
    assert api.write("PUT", f"{BASE}/entries/loopback", deactivate).status_code == 409


def test_enforced_at_login_and_on_every_token(api: Api) -> None:
    _add(api, "loopback", "cidr", "127.0.0.0/8")
    _add(api, "v6", "range", "2001:db8::10-2001:db8::20")
    operator_token = api.login("oper1")
    assert _enable(api).status_code == 200
    xff = {"X-Forwarded-For": "2001:db8::99"}
    blocked = api.start_login("oper2", via_proxy=True, headers=xff)
    assert blocked.status_code == 403
    assert blocked.json()["code"] == "ip_not_allowed"
    inside = api.start_login("oper2", via_proxy=True, headers={"X-Forwarded-For": "2001:db8::15"})
    assert inside.status_code == 200
    from_outside = api.call("GET", "/v1/account", token=operator_token, via_proxy=True, headers=xff)
    assert from_outside.status_code == 403
    assert api.call("GET", "/v1/account", token=operator_token).status_code == 200
    events = api.data("/v1/audit_events?action=auth.login&outcome=ip_not_allowed")
    assert events[0]["ip"] == "2001:db8::99"


def test_forwarded_for_ignored_from_untrusted_peers(api: Api) -> None:
    _add(api, "v6", "cidr", "2001:db8::/32")
    _add(api, "proxy", "cidr", "127.0.0.2/32")
    # 127.0.0.1 is not a trusted proxy: its X-Forwarded-For is ignored
    refused = api.write(
        "PATCH", BASE, {"enabled": True}, headers={"X-Forwarded-For": "2001:db8::1"}
    )
    assert refused.status_code == 409
    # through the trusted proxy the forwarded address counts
    assert (
        api.write(
            "PATCH",
            BASE,
            {"enabled": True},
            via_proxy=True,
            headers={"X-Forwarded-For": "2001:db8::1"},
        ).status_code
        == 200
    )
    spoofed = api.start_login("oper1", headers={"X-Forwarded-For": "2001:db8::1"})
    assert spoofed.status_code == 403
    chain = {"X-Forwarded-For": "2001:db8::1, 127.0.0.2"}
    assert api.start_login("oper1", via_proxy=True, headers=chain).status_code == 200


def test_account_reports_the_address_the_allowlist_sees(api: Api) -> None:
    token = api.login("oper1")
    direct = api.call("GET", "/v1/account", token=token).json()["data"]
    assert direct["ip"] == "127.0.0.1"
    xff = {"X-Forwarded-For": "2001:db8::15"}
    proxied = api.call("GET", "/v1/account", token=token, via_proxy=True, headers=xff)
    assert proxied.json()["data"]["ip"] == "2001:db8::15"


def test_forwarded_for_on_several_lines_is_read_as_one_list(api: Api) -> None:
    """A proxy that appends its own header line: the spoofed first line must not win."""
    token = api.login("oper1")
    headers = [
        ("Authorization", token),
        ("X-Forwarded-For", "2001:db8::66"),  # what the client claimed
        ("X-Forwarded-For", "198.51.100.7"),  # what the trusted proxy saw and appended
    ]
    answer = api.proxy.request("GET", "/v1/account", headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.json()["data"]["ip"] == "198.51.100.7"


def test_ipv4_mapped_blocks_are_stored_as_ipv4_and_match(api: Api) -> None:
    stored = _add(api, "mapped", "cidr", "::ffff:10.9.0.0/120")
    assert stored.status_code == 201, stored.text
    assert stored.json()["data"]["value"] == "10.9.0.0/24"
    assert _check(api, "10.9.0.77")["matched"] == ["mapped"]
    assert _check(api, "::ffff:10.9.0.77")["matched"] == ["mapped"]
    assert _check(api, "10.9.1.1")["matched"] == []
    # the local replica (desktop) reads the entry the same way
    assert spans_of([{"kind": "cidr", "value": "::ffff:10.9.0.0/120"}])[0].value == "10.9.0.0/24"
