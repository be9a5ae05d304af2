"""Helpers shared by the settings-area routers."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server import views
from server.api.writes import WriteRequest, etag_matches, stale
from server.store import areas
from server.store.areas import Area


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
