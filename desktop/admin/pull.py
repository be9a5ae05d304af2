"""Pull: the server's current state into the replica (settings, roles, catalogue, operators)."""

from __future__ import annotations

from typing import Any

from desktop.admin import errors
from desktop.admin.api import ApiClient
from desktop.admin.model import AREAS, split_entry
from desktop.admin.push import store_area
from desktop.admin.store import Store

PAGE = 200


def pull(store: Store, client: ApiClient, now: float) -> None:
    security = client.get("/v1/security").data
    roles = client.get("/v1/roles").data
    catalog = client.get("/v1/permissions/catalog").data
    operators = _all_pages(client, "/v1/operators")
    me = client.get("/v1/account").data
    my_ip = _my_address(client, me)
    with store.atomic():
        for name in AREAS:
            if isinstance(security, dict) and isinstance(security.get(name), dict):
                store_area(store, name, security[name])
        store.replace_entries("roles", [split_entry(r) for r in roles or []])
        store.replace_entries("operators", [split_entry(o) for o in operators])
        store.set_meta("catalog", catalog)
        store.set_meta("me", me)
        if my_ip:
            store.set_meta("my_ip", my_ip)
        store.set_meta("last_pull", now)


def _all_pages(client: ApiClient, path: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    while True:
        answer = client.get(path, {"limit": PAGE, "offset": len(found)})
        page = answer.data if isinstance(answer.data, list) else []
        found += page
        total = (answer.meta or {}).get("total", len(found))
        if not page or len(found) >= total:
            return found


def _my_address(client: ApiClient, me: Any) -> str | None:
    """The address the server sees for us: ``GET /v1/account`` says so; older servers did not,
    and then the newest audit event of ours carries it."""
    if isinstance(me, dict) and isinstance(me.get("ip"), str) and me["ip"]:
        return str(me["ip"])
    login = me.get("login") if isinstance(me, dict) else None
    if not login:
        return None
    try:
        events = client.get("/v1/audit_events", {"actor": login, "limit": 1}).data
    except errors.Forbidden:
        return None
    if isinstance(events, list) and events and events[0].get("ip"):
        return str(events[0]["ip"])
    return None
