"""Add, replace and remove list entries that carry client-made ids.

If-Match rules (docs/api.md): POST (create only) takes `*` or the area's ETag; PUT and DELETE
take `*`, the entry's own ETag, or the area's current ETag. So two clients adding different
entries never conflict, while editing an entry someone else changed does (412)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from server import views, weakening
from server.api.writes import Outcome, WriteRequest, etag_matches, stale
from server.errors import ApiError, not_found
from server.store import areas, audit, entries

EntryView = Callable[[entries.Entry], dict[str, Any]]
AfterChange = Callable[[sa.Connection, WriteRequest, float], None]


Weakens = Callable[[dict[str, Any] | None, dict[str, Any] | None], list[str]]


def _nothing(_conn: sa.Connection, _write: WriteRequest, _now: float) -> None:
    return None


def _never(_old: dict[str, Any] | None, _new: dict[str, Any] | None) -> list[str]:
    return []


@dataclass(frozen=True)
class EntrySpec:
    area: str
    table: sa.Table
    view: EntryView
    audit_prefix: str
    after_change: AfterChange = _nothing
    weakens: Weakens = _never  # reasons a change needs a recent step-up (server.weakening)


def write_entry(
    write: WriteRequest,
    conn: sa.Connection,
    now: float,
    spec: EntrySpec,
    entry_id: str,
    *,
    document: dict[str, Any] | None,
    create_only: bool = False,
) -> Outcome:
    """Create/replace (document given) or delete (document None) one entry."""
    area = areas.get_area(conn, spec.area, for_update=True)
    old = entries.get_entry(conn, spec.table, entry_id)
    _check_preconditions(
        write, conn, now, spec, Target(area, old, entry_id, create_only, document is None)
    )
    reasons = spec.weakens(old.document if old else None, document)
    weakening.require_confirmed(write.principal, now, reasons)
    new_area = areas.save_area(conn, area, now)
    if document is None:
        entries.delete_entry(conn, spec.table, entry_id)
        data: dict[str, Any] = {"id": entry_id, "deleted": True}
        etag, status, verb = None, 200, "removed"
    else:
        stored = entries.put_entry(
            conn, spec.table, old, entry_id, document=document, version=new_area.version, now=now
        )
        data = spec.view(stored)
        etag, status = data["etag"], 201 if old is None else 200
        verb = "added" if old is None else "replaced"
    spec.after_change(conn, write, now)
    audit.record(
        conn,
        now,
        write.principal.actor,
        f"{spec.audit_prefix}.{verb}",
        f"{spec.audit_prefix.replace('.', '/')}/{entry_id}",
        before=old.document if old else None,
        after=document,
    )
    return Outcome(data, etag, status, {"Area-ETag": areas.area_etag(new_area)})


@dataclass(frozen=True)
class Target:
    area: areas.Area
    old: entries.Entry | None
    entry_id: str
    create_only: bool
    deleting: bool


def _check_preconditions(
    write: WriteRequest, conn: sa.Connection, now: float, spec: EntrySpec, target: Target
) -> None:
    header = write.if_match or ""
    area_tag = areas.area_etag(target.area)
    old, entry_id = target.old, target.entry_id
    if target.create_only and old is not None:
        raise ApiError(
            409, "already_exists", f"an entry with id {entry_id!r} exists", data=spec.view(old)
        )
    if old is None and target.deleting:
        raise not_found(f"entry {entry_id!r}")
    if old is None:
        if etag_matches(header, area_tag):
            return
        if target.create_only:
            raise stale(views.area_view(conn, spec.area, now), area_tag)
        raise ApiError(412, "stale_version", f"entry {entry_id!r} no longer exists")
    old_tag = views.entry_etag(spec.area, old)
    if not etag_matches(header, old_tag, area_tag):
        raise stale(spec.view(old), old_tag)
