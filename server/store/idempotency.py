"""Stored answers of writes, keyed by (user, Idempotency-Key)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server.db.schema import idempotency


def lookup(conn: sa.Connection, user_id: str, key: str) -> dict[str, Any] | None:
    row = (
        conn.execute(
            sa.select(idempotency).where(idempotency.c.user_id == user_id, idempotency.c.key == key)
        )
        .mappings()
        .first()
    )
    return dict(row) if row else None


def remember(
    conn: sa.Connection,
    *,
    user_id: str,
    key: str,
    fingerprint: str,
    status: int,
    body: dict[str, Any],
    etag: str | None,
    now: float,
) -> None:
    conn.execute(
        idempotency.insert().values(
            user_id=user_id,
            key=key,
            fingerprint=fingerprint,
            status=status,
            body=body,
            etag=etag,
            created_at=now,
        )
    )


def forget_older_than(conn: sa.Connection, user_id: str, cutoff: float) -> None:
    """Drop this user's expired keys (only theirs: concurrent writers of other users never
    contend for the same rows)."""
    conn.execute(
        idempotency.delete().where(
            idempotency.c.user_id == user_id, idempotency.c.created_at < cutoff
        )
    )
