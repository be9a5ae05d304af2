"""List entries with client-supplied ids (IP allowlist entries, content filter rules, roles)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa


@dataclass(frozen=True)
class Entry:
    id: str
    document: dict[str, Any]
    version: int
    created_at: float
    updated_at: float


def _entry(row: Any) -> Entry:
    return Entry(
        row["id"], dict(row["document"]), row["version"], row["created_at"], row["updated_at"]
    )


def list_entries(conn: sa.Connection, table: sa.Table) -> list[Entry]:
    rows = conn.execute(sa.select(table).order_by(table.c.position, table.c.id)).mappings()
    return [_entry(row) for row in rows]


def get_entry(conn: sa.Connection, table: sa.Table, entry_id: str) -> Entry | None:
    row = conn.execute(sa.select(table).where(table.c.id == entry_id)).mappings().first()
    return _entry(row) if row else None


def put_entry(
    conn: sa.Connection,
    table: sa.Table,
    old: Entry | None,
    entry_id: str,
    *,
    document: dict[str, Any],
    version: int,
    now: float,
) -> Entry:
    """Insert or replace an entry; returns the stored entry."""
    if old is None:
        conn.execute(
            table.insert().values(
                id=entry_id,
                document=document,
                version=version,
                position=version,
                created_at=now,
                updated_at=now,
            )
        )
        return Entry(entry_id, document, version, now, now)
    conn.execute(
        table.update()
        .where(table.c.id == entry_id)
        .values(document=document, version=version, updated_at=now)
    )
    return Entry(entry_id, document, version, old.created_at, now)


def delete_entry(conn: sa.Connection, table: sa.Table, entry_id: str) -> None:
    conn.execute(table.delete().where(table.c.id == entry_id))
