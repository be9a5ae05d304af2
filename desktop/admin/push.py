"""One outbox item as an HTTP write: what to send (after merging with the newest server state
the replica knows), and how the server's answer updates the replica."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.admin.merge import (
    FieldConflict,
    MergeResult,
    merge_entry,
    merge_support,
    three_way,
)
from desktop.admin.model import (
    COLLECTIONS,
    AreaState,
    EntryState,
    JsonDict,
    Op,
    OutboxItem,
    split_entry,
)
from desktop.admin.store import Store

AREA_PATHS = {
    "two_factor": "/v1/security/two_factor",
    "ip_allowlist": "/v1/security/ip_allowlist",
    "content_filter": "/v1/security/content_filter",
    "support_access": "/v1/security/support_access",
}
AREA_LISTS = {"ip_allowlist": "entries", "content_filter": "rules"}
AREA_META = ("version", "etag", "entries", "rules")


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    body: JsonDict | None
    if_match: str


@dataclass(frozen=True)
class Plan:
    """Either a request to send, or a decision without sending (done, or a conflict)."""

    request: Request | None = None
    merge: MergeResult | None = None
    theirs: JsonDict | None = None
    theirs_etag: str | None = None

    @property
    def done(self) -> bool:
        return self.request is None and not (self.merge and self.merge.conflicts)


def plan(item: OutboxItem, store: Store) -> Plan:
    """Merge the edit with the replica's newest server state and build the request."""
    if item.op in (Op.PATCH, Op.SUPPORT):
        return _plan_area(item, store)
    return _plan_entry(item, store)


def _plan_area(item: OutboxItem, store: Store) -> Plan:
    state = store.area(item.resource)
    theirs = state.document if state else {}
    etag = (state.etag if state else None) or item.base_etag or "*"
    base = item.base_snapshot or {}
    if item.op is Op.SUPPORT:
        result = merge_support(base, item.payload, theirs)
        method = "PUT"
    else:
        result = three_way(base, item.payload, theirs)
        method = "PATCH"
    if not result.patch or result.conflicts:
        return Plan(merge=result, theirs=theirs, theirs_etag=etag)
    return Plan(Request(method, AREA_PATHS[item.resource], result.patch, etag), result)


def _plan_entry(item: OutboxItem, store: Store) -> Plan:
    state = store.entry(item.area, item.entry_id)
    if item.op is Op.ADD:
        if state is not None and state.document == item.payload:
            return Plan()  # already there (an earlier attempt went through)
        body = {"id": item.entry_id, **item.payload}
        return Plan(Request("POST", COLLECTIONS[item.area], body, "*"))
    if state is None:
        return _plan_missing(item)
    planner = {Op.REMOVE: _plan_remove, Op.RESET_2FA: _plan_reset, Op.ROLE: _plan_role}
    return planner.get(item.op, _plan_update)(item, state)


def _entry_path(item: OutboxItem) -> str:
    return f"{COLLECTIONS[item.area]}/{item.entry_id}"


def _plan_remove(item: OutboxItem, state: EntryState) -> Plan:
    etag = state.etag or "*"
    if item.base_snapshot is not None and state.document != item.base_snapshot:
        conflict = FieldConflict("entry", item.base_snapshot, None, state.document)
        return Plan(
            merge=MergeResult(conflicts=(conflict,)), theirs=state.document, theirs_etag=etag
        )
    return Plan(Request("DELETE", _entry_path(item), None, etag))


def _plan_reset(item: OutboxItem, state: EntryState) -> Plan:
    if state.document.get("two_factor_method") != "totp":
        return Plan()  # already back on e-mail codes
    return Plan(Request("POST", f"{_entry_path(item)}/2fa:reset", None, state.etag or "*"))


def _plan_role(item: OutboxItem, state: EntryState) -> Plan:
    result = three_way(item.base_snapshot or {}, item.payload, state.document)
    etag = state.etag or "*"
    if result.conflicts or not result.patch:
        return Plan(merge=result, theirs=state.document, theirs_etag=etag)
    return Plan(Request("PATCH", _entry_path(item), result.patch, etag), result)


def _plan_update(item: OutboxItem, state: EntryState) -> Plan:
    document, result = merge_entry(item.base_snapshot or {}, item.payload, state.document)
    etag = state.etag or "*"
    if result.conflicts or not result.patch:
        return Plan(merge=result, theirs=state.document, theirs_etag=etag)
    return Plan(Request("PUT", _entry_path(item), document, etag), result)


def _plan_missing(item: OutboxItem) -> Plan:
    """The entry is gone from the server: a removal is done, an edit is a conflict."""
    if item.op is Op.REMOVE or item.op is Op.RESET_2FA:
        return Plan()
    conflict = FieldConflict(item.entry_id, item.base_snapshot, item.payload, None)
    return Plan(merge=MergeResult(conflicts=(conflict,)), theirs=None)


# --- answers into the replica ---------------------------------------------------------------


def store_area(store: Store, name: str, data: JsonDict) -> None:
    """A full area view (GET, PATCH/PUT answer, or a 412 body) into the replica."""
    document = {k: v for k, v in data.items() if k not in AREA_META}
    with store.atomic():
        store.save_area(AreaState(name, data.get("etag"), int(data.get("version", 0)), document))
        listed = AREA_LISTS.get(name)
        if listed is not None and isinstance(data.get(listed), list):
            store.replace_entries(name, [split_entry(e) for e in data[listed]])


def store_answer(store: Store, item: OutboxItem, data: Any) -> None:
    """What the server answered to a successful write, into the replica."""
    if item.op in (Op.PATCH, Op.SUPPORT):
        if isinstance(data, dict):
            store_area(store, item.resource, data)
    elif item.op is Op.REMOVE:
        store.delete_entry(item.area, item.entry_id)
    elif isinstance(data, dict) and "id" in data:
        store.upsert_entry(item.area, split_entry(data))


def store_current(store: Store, item: OutboxItem, data: Any) -> None:
    """The current version a 412 carried, into the replica (None: the entry is gone)."""
    if item.op in (Op.PATCH, Op.SUPPORT):
        if isinstance(data, dict):
            store_area(store, item.resource, data)
    elif isinstance(data, dict) and "id" in data:
        store.upsert_entry(item.area, split_entry(data))
    elif data is None and item.entry_id:
        store.delete_entry(item.area, item.entry_id)
