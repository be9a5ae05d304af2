"""The local view: what the server last showed with every open edit applied on top.

Editors show this view, so an admin sees their edits at once, online or not."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from desktop.admin.merge import apply_patch
from desktop.admin.model import AREAS, COLLECTIONS, OPEN, JsonDict, Op, OutboxItem
from desktop.admin.store import Store


def apply_area_edit(document: JsonDict, item: OutboxItem) -> JsonDict:
    """An area document after one edit (PATCH or SUPPORT)."""
    if item.op is Op.PATCH:
        patched: JsonDict = apply_patch(document, item.payload)
        return patched
    if item.op is Op.SUPPORT:
        return predicted_support(document, item)
    return document


def predicted_support(document: JsonDict, item: OutboxItem) -> JsonDict:
    payload = item.payload
    if not payload.get("enabled"):
        return {**document, "enabled": False, "active": False, "end_reason": "revoked"}
    expires = item.created_at + float(payload.get("hours") or 0) * 3600
    return {
        **document,
        "enabled": True,
        "active": True,
        "reason": payload.get("reason", ""),
        "ticket_ref": payload.get("ticket_ref", ""),
        "expires_at": datetime.fromtimestamp(expires, UTC).isoformat(),
        "ended_at": None,
        "end_reason": None,
    }


def apply_entry_edit(entries: dict[str, JsonDict], item: OutboxItem) -> None:
    """Apply one list edit in place to ``{id: document}`` (insertion order kept)."""
    entry_id = item.entry_id
    if item.op is Op.ADD or (item.op is Op.UPDATE and entry_id in entries):
        entries[entry_id] = dict(item.payload)
    elif item.op is Op.REMOVE:
        entries.pop(entry_id, None)
    elif item.op is Op.ROLE and entry_id in entries:
        entries[entry_id] = apply_patch(entries[entry_id], item.payload)
    elif item.op is Op.RESET_2FA and entry_id in entries:
        entries[entry_id] = {
            **entries[entry_id],
            "two_factor_method": "email",
            "totp_enrolled_at": None,
        }


def area_document(store: Store, name: str, items: Iterable[OutboxItem] | None = None) -> JsonDict:
    """One area's own values (without its list) as the admin sees them."""
    state = store.area(name)
    document: JsonDict = dict(state.document) if state else {}
    edits = items if items is not None else store.items(OPEN, resource=name)
    for item in edits:
        if item.resource == name:
            document = apply_area_edit(document, item)
    return document


def collection(
    store: Store, area: str, items: Iterable[OutboxItem] | None = None
) -> dict[str, JsonDict]:
    """``{id: document}`` of a list (IP entries, rules, roles, operators) as the admin sees it."""
    entries = {state.id: state.document for state in store.entries(area)}
    edits = items if items is not None else store.items(OPEN, area=area)
    for item in edits:
        if item.area == area and item.entry_id:
            apply_entry_edit(entries, item)
    return entries


def entry_document(store: Store, area: str, entry_id: str) -> JsonDict | None:
    state = store.entry(area, entry_id)
    entries = {entry_id: state.document} if state else {}
    for item in store.items(OPEN, resource=f"{area}/{entry_id}"):
        apply_entry_edit(entries, item)
    return entries.get(entry_id)


def full_view(store: Store) -> JsonDict:
    """Every area and list, as the admin sees them (the ``show`` command and the editors)."""
    items = store.items(OPEN)
    view: JsonDict = {}
    for name in AREAS:
        view[name] = area_document(store, name, items)
    for area in COLLECTIONS:
        listed = [{"id": key, **doc} for key, doc in collection(store, area, items).items()]
        if area in view:
            view[area]["entries" if area == "ip_allowlist" else "rules"] = listed
        else:
            view[area] = listed
    return view


def pending_by_resource(items: Iterable[OutboxItem]) -> dict[str, str]:
    """resource → the most pressing status of its open edits (conflict > held > pending)."""
    rank = {"conflict": 3, "held": 2, "pending": 1}
    found: dict[str, str] = {}
    for item in items:
        status = item.status.value
        if rank.get(status, 0) > rank.get(found.get(item.resource, ""), 0):
            found[item.resource] = status
    return found


def strip_server_fields(value: Any) -> Any:
    """Drop what only the server computes (versions, ETags, timestamps) for comparisons."""
    volatile = {"version", "etag", "created_at", "updated_at", "enforced_since"}
    if isinstance(value, dict):
        return {k: strip_server_fields(v) for k, v in value.items() if k not in volatile}
    if isinstance(value, list):
        return [strip_server_fields(v) for v in value]
    return value
