"""Helpers shared by the settings-area routers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from fastapi.responses import JSONResponse

from server import views
from server.api.writes import WriteRequest, etag_matches, stale
from server.context import Services
from server.errors import not_found, success_body
from server.store import areas, entries
from server.store.areas import Area
from server.store.entries import Entry

EntryView = Callable[[Entry], dict[str, Any]]


def locked_area(write: WriteRequest, conn: sa.Connection, name: str, now: float) -> Area:
    """The area, locked for this transaction, after checking If-Match against its ETag."""
    area = areas.get_area(conn, name, for_update=True)
    current = areas.area_etag(area)
    if not etag_matches(write.if_match or "", current):
        raise stale(views.area_view(conn, name, now), current)
    return area


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7396 JSON merge patch."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def page_meta(total: int, limit: int, offset: int) -> dict[str, int]:
    return {"total": total, "limit": limit, "offset": offset}


def entry_page(
    services: Services, table: sa.Table, view: EntryView, limit: int, offset: int
) -> dict[str, Any]:
    """One page of a list area's entries, in the envelope."""
    with services.read() as conn:
        found = entries.list_entries(conn, table)
    data = [view(entry) for entry in found[offset : offset + limit]]
    return success_body(data, page_meta(len(found), limit, offset))


def one_entry(
    services: Services, table: sa.Table, view: EntryView, entry_id: str, what: str
) -> JSONResponse:
    """A single entry with its own ETag, or 404 naming it."""
    with services.read() as conn:
        entry = entries.get_entry(conn, table, entry_id)
    if entry is None:
        raise not_found(f"{what} {entry_id!r}")
    data = view(entry)
    return JSONResponse(success_body(data), headers={"ETag": data["etag"]})
