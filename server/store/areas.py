"""Settings areas: one row per area with a version and a JSON document."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from server.db.schema import areas


@dataclass(frozen=True)
class Area:
    name: str
    version: int
    document: dict[str, Any]
    updated_at: float


def make_etag(*parts: object) -> str:
    """An opaque strong ETag derived from a resource's identity and version."""
    digest = hashlib.sha256("/".join(str(part) for part in parts).encode()).hexdigest()
    return f'"{digest[:20]}"'


def area_etag(area: Area) -> str:
    return make_etag("area", area.name, area.version)


def get_area(conn: sa.Connection, name: str, *, for_update: bool = False) -> Area:
    query = sa.select(areas).where(areas.c.name == name)
    if for_update:
        query = query.with_for_update()
    row = conn.execute(query).mappings().one()
    return Area(row["name"], row["version"], dict(row["document"]), row["updated_at"])


def get_areas(conn: sa.Connection, *names: str) -> dict[str, Area]:
    """Several areas in one round trip (every request's checks read three of them)."""
    rows = conn.execute(sa.select(areas).where(areas.c.name.in_(names))).mappings()
    found = {r["name"]: Area(r["name"], r["version"], dict(r["document"]), r["updated_at"])
             for r in rows}  # fmt: skip
    missing = set(names) - set(found)
    if missing:
        raise LookupError(f"settings areas missing: {sorted(missing)}")
    return found


def save_area(
    conn: sa.Connection, area: Area, now: float, document: dict[str, Any] | None = None
) -> Area:
    """Store a new version of the area (same document when only entries changed)."""
    new = Area(
        area.name, area.version + 1, document if document is not None else area.document, now
    )
    conn.execute(
        areas.update()
        .where(areas.c.name == area.name)
        .values(version=new.version, document=new.document, updated_at=now)
    )
    return new
