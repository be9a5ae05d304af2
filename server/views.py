"""Resource representations as the API returns them (JSON-ready dicts with version and etag)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server import policy
from server.catalog import permission_matrix
from server.clock import from_epoch
from server.db.schema import filter_rules, ip_entries
from server.models import admin as admin_models
from server.models import security as models
from server.store import areas, entries
from server.store.areas import Area, make_etag

ENTRY_KINDS = {"ip_allowlist": "ip_entry", "content_filter": "filter_rule", "roles": "role"}


def entry_etag(area_name: str, entry: entries.Entry) -> str:
    return make_etag(ENTRY_KINDS[area_name], entry.id, entry.version)


def _stamped(area_name: str, entry: entries.Entry) -> dict[str, Any]:
    return {
        **entry.document,
        "id": entry.id,
        "version": entry.version,
        "etag": entry_etag(area_name, entry),
        "created_at": from_epoch(entry.created_at),
        "updated_at": from_epoch(entry.updated_at),
    }


def ip_entry(entry: entries.Entry) -> dict[str, Any]:
    return models.IpEntry.model_validate(_stamped("ip_allowlist", entry)).model_dump(mode="json")


def rule(entry: entries.Entry) -> dict[str, Any]:
    return models.Rule.model_validate(_stamped("content_filter", entry)).model_dump(mode="json")


def role(entry: entries.Entry) -> dict[str, Any]:
    stamped = _stamped("roles", entry)
    # roles stored before a catalogue section existed show it switched off
    full = permission_matrix(everything=not stamped["editable"])
    for section, functions in (stamped.get("permissions") or {}).items():
        if section in full:
            full[section].update({k: v for k, v in functions.items() if k in full[section]})
    stamped["permissions"] = full
    return admin_models.Role.model_validate(stamped).model_dump(mode="json")


def _head(area: Area) -> dict[str, Any]:
    return {"version": area.version, "etag": areas.area_etag(area)}


def two_factor(area: Area) -> dict[str, Any]:
    document = dict(area.document)
    since = document.get("enforced_since")
    document["enforced_since"] = from_epoch(since) if since else None
    return models.TwoFactorArea.model_validate({**document, **_head(area)}).model_dump(mode="json")


def ip_allowlist(conn: sa.Connection, area: Area) -> dict[str, Any]:
    items = [ip_entry(e) for e in entries.list_entries(conn, ip_entries)]
    return {**_head(area), "enabled": area.document["enabled"], "entries": items}


def content_filter(conn: sa.Connection, area: Area) -> dict[str, Any]:
    items = [rule(e) for e in entries.list_entries(conn, filter_rules)]
    return {
        **_head(area),
        "enabled": area.document["enabled"],
        "attachments": area.document["attachments"],
        "rules": items,
    }


def support_access(area: Area, now: float) -> dict[str, Any]:
    document = area.document
    times = {
        key: from_epoch(document[key]) if document.get(key) else None
        for key in ("expires_at", "granted_at", "ended_at")
    }
    value = {
        **document,
        **times,
        **_head(area),
        "active": policy.support_active(document, now),
    }
    return models.SupportAccess.model_validate(value).model_dump(mode="json")


def area_view(conn: sa.Connection, name: str, now: float) -> dict[str, Any]:
    """The representation of one settings area, by name."""
    area = areas.get_area(conn, name)
    if name == "two_factor":
        return two_factor(area)
    if name == "ip_allowlist":
        return ip_allowlist(conn, area)
    if name == "content_filter":
        return content_filter(conn, area)
    return support_access(area, now)


def security_document(conn: sa.Connection, now: float) -> dict[str, Any]:
    names = ("two_factor", "ip_allowlist", "content_filter", "support_access")
    return {name: area_view(conn, name, now) for name in names}


def security_etag(document: dict[str, Any]) -> str:
    return make_etag("security", *(document[name]["version"] for name in sorted(document)))
