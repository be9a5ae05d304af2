"""The audit trail: who did what, when, from where, before/after with secrets redacted."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from server.db.schema import audit_events

SECRET_KEYS = {"password", "secret", "token", "code", "otp", "otpauth_uri", "qr_png_base64"}
SECRET_SUFFIXES = ("_password", "_secret", "_token", "_hash", "_code")
REDACTED = "[redacted]"


def redact(value: Any) -> Any:
    """A copy with every value under a secret-looking key replaced."""
    if isinstance(value, dict):
        return {
            key: REDACTED if _is_secret_key(key) and item is not None else redact(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact(item) for item in value]
    return value


def _is_secret_key(key: str) -> bool:
    lowered = key.lower()
    if lowered == "email_code":  # the e-mail code policy, not a code
        return False
    return lowered in SECRET_KEYS or lowered.endswith(SECRET_SUFFIXES)


@dataclass(frozen=True)
class Actor:
    id: str | None
    login: str | None
    ip: str | None


SYSTEM = Actor(None, "system", None)


def record(
    conn: sa.Connection,
    at: float,
    actor: Actor,
    action: str,
    resource: str,
    *,
    outcome: str = "success",
    before: Any = None,
    after: Any = None,
    details: Any = None,
) -> None:
    conn.execute(
        audit_events.insert().values(
            at=at,
            actor_id=actor.id,
            actor_login=actor.login,
            ip=actor.ip,
            action=action,
            resource=resource,
            outcome=outcome,
            before=redact(before),
            after=redact(after),
            details=redact(details),
        )
    )


@dataclass(frozen=True)
class AuditQuery:
    actor: str | None = None
    action: str | None = None
    resource: str | None = None
    outcome: str | None = None
    since: float | None = None
    until: float | None = None


def _conditions(query: AuditQuery) -> list[sa.ColumnElement[bool]]:
    table = audit_events.c
    found: list[sa.ColumnElement[bool]] = []
    if query.actor:
        found.append(sa.or_(table.actor_login == query.actor, table.actor_id == query.actor))
    if query.action:
        found.append(_exact_or_prefix(table.action, query.action))
    if query.resource:
        found.append(_exact_or_prefix(table.resource, query.resource))
    if query.outcome:
        found.append(table.outcome == query.outcome)
    if query.since is not None:
        found.append(table.at >= query.since)
    if query.until is not None:
        found.append(table.at < query.until)
    return found


def _exact_or_prefix(column: sa.ColumnElement[str], value: str) -> sa.ColumnElement[bool]:
    """`x.*` matches everything starting with `x.`; anything else matches exactly."""
    if value.endswith("*"):
        prefix = value[:-1]
        return sa.func.substr(column, 1, len(prefix)) == prefix
    return column == value


def search(
    conn: sa.Connection, query: AuditQuery, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    conditions = _conditions(query)
    total = conn.execute(
        sa.select(sa.func.count()).select_from(audit_events).where(*conditions)
    ).scalar_one()
    rows = conn.execute(
        sa.select(audit_events)
        .where(*conditions)
        .order_by(audit_events.c.id.desc())
        .limit(limit)
        .offset(offset)
    ).mappings()
    return [dict(row) for row in rows], int(total)
