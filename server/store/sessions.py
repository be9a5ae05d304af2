"""Tokens, challenges and per-account throttling."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server.db.schema import challenges, throttle, tokens


def add_token(
    conn: sa.Connection, digest: str, user_id: str, *, now: float, expires: float, ip: str
) -> None:
    conn.execute(
        tokens.insert().values(
            token_hash=digest, user_id=user_id, created_at=now, expires_at=expires, ip=ip
        )
    )


def find_token(conn: sa.Connection, digest: str) -> dict[str, Any] | None:
    row = conn.execute(sa.select(tokens).where(tokens.c.token_hash == digest)).mappings().first()
    return dict(row) if row else None


def revoke_token(conn: sa.Connection, digest: str, now: float) -> None:
    conn.execute(tokens.update().where(tokens.c.token_hash == digest).values(revoked_at=now))


def revoke_user_tokens(conn: sa.Connection, user_id: str, now: float) -> None:
    conn.execute(
        tokens.update()
        .where(tokens.c.user_id == user_id, tokens.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def add_challenge(conn: sa.Connection, **values: Any) -> None:
    conn.execute(challenges.insert().values(attempts=0, state="open", **values))


def get_challenge(conn: sa.Connection, challenge_id: str) -> dict[str, Any] | None:
    query = sa.select(challenges).where(challenges.c.id == challenge_id)
    row = conn.execute(query).mappings().first()
    return dict(row) if row else None


def update_challenge(conn: sa.Connection, challenge_id: str, **values: Any) -> None:
    conn.execute(challenges.update().where(challenges.c.id == challenge_id).values(**values))


def locked_until(conn: sa.Connection, key: str) -> float:
    row = conn.execute(sa.select(throttle.c.locked_until).where(throttle.c.key == key)).first()
    return float(row[0]) if row else 0.0


def note_failure(conn: sa.Connection, key: str, now: float, free: int, cap: float) -> int:
    """Count a failure; from the `free`-th on, lock for a doubling delay. Returns the count."""
    row = conn.execute(sa.select(throttle.c.failures).where(throttle.c.key == key)).first()
    failures = (row[0] if row else 0) + 1
    delay = min(2.0 ** (failures - free + 1), cap) if failures >= free else 0.0
    values = {"failures": failures, "locked_until": now + delay}
    if row:
        conn.execute(throttle.update().where(throttle.c.key == key).values(**values))
    else:
        conn.execute(throttle.insert().values(key=key, **values))
    return failures


def clear_failures(conn: sa.Connection, key: str) -> None:
    conn.execute(throttle.delete().where(throttle.c.key == key))
