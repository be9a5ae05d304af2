"""Users (admins, supervisors, operators, the support account)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server.db.schema import users

User = dict[str, Any]


def by_login(conn: sa.Connection, login: str) -> User | None:
    row = conn.execute(sa.select(users).where(users.c.login == login.lower())).mappings().first()
    return dict(row) if row else None


def by_id(conn: sa.Connection, user_id: str, *, for_update: bool = False) -> User | None:
    """A user; ``for_update`` locks the row (TOTP steps and enrollment state change on it)."""
    query = sa.select(users).where(users.c.id == user_id)
    if for_update:
        query = query.with_for_update()
    row = conn.execute(query).mappings().first()
    return dict(row) if row else None


def create(
    conn: sa.Connection,
    *,
    user_id: str,
    login: str,
    email: str,
    name: str,
    role: str,
    password_hash: str,
    now: float,
    version: int = 1,
) -> None:
    conn.execute(
        users.insert().values(
            id=user_id,
            login=login.lower(),
            email=email,
            name=name,
            role=role,
            password_hash=password_hash,
            created_at=now,
            version=version,
        )
    )


def update(conn: sa.Connection, user_id: str, **values: Any) -> None:
    conn.execute(users.update().where(users.c.id == user_id).values(**values))


def page(conn: sa.Connection, limit: int, offset: int, role: str | None) -> tuple[list[User], int]:
    conditions = [users.c.role == role] if role else []
    total = conn.execute(
        sa.select(sa.func.count()).select_from(users).where(*conditions)
    ).scalar_one()
    rows = conn.execute(
        sa.select(users).where(*conditions).order_by(users.c.login).limit(limit).offset(offset)
    ).mappings()
    return [dict(row) for row in rows], int(total)


def method_of(user: User) -> str:
    return "totp" if user["totp_secret"] else "email"
