"""Tokens and challenges."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server.db.schema import challenges, tokens


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


def confirm_token(conn: sa.Connection, digest: str, now: float) -> None:
    conn.execute(tokens.update().where(tokens.c.token_hash == digest).values(confirmed_at=now))


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


def get_challenge(
    conn: sa.Connection, challenge_id: str, *, for_update: bool = False
) -> dict[str, Any] | None:
    query = sa.select(challenges).where(challenges.c.id == challenge_id)
    if for_update:  # attempts are counted on the row: one checker at a time, in any process
        query = query.with_for_update()
    row = conn.execute(query).mappings().first()
    return dict(row) if row else None


def update_challenge(conn: sa.Connection, challenge_id: str, **values: Any) -> None:
    conn.execute(challenges.update().where(challenges.c.id == challenge_id).values(**values))
