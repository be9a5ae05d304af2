"""Table definitions (SQLAlchemy Core). Timestamps are UTC epoch seconds (floats)."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

ID = 64  # client-supplied ids: letters, digits, '.', '_', '~', '-'

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(120), nullable=False),
    sa.Column("applied_at", sa.Float, nullable=False),
)

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.String(ID), primary_key=True),
    sa.Column("login", sa.String(120), nullable=False, unique=True),
    sa.Column("email", sa.String(254), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("role", sa.String(ID), nullable=False),
    sa.Column("password_hash", sa.String(200), nullable=False),
    sa.Column("totp_secret", sa.String(128)),
    sa.Column("totp_digits", sa.Integer),
    sa.Column("totp_period", sa.Integer),
    sa.Column("totp_algorithm", sa.String(10)),
    sa.Column("totp_last_step", sa.BigInteger),
    sa.Column("totp_enrolled_at", sa.Float),
    sa.Column("pending_secret", sa.String(128)),
    sa.Column("pending_challenge", sa.String(ID)),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
)

challenges = sa.Table(
    "challenges",
    metadata,
    sa.Column("id", sa.String(ID), primary_key=True),
    sa.Column("user_id", sa.String(ID), sa.ForeignKey("users.id"), nullable=False),
    sa.Column("purpose", sa.String(20), nullable=False),  # login | enroll | disable
    sa.Column("method", sa.String(10), nullable=False),  # email | totp
    sa.Column("code_hash", sa.String(128)),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
    sa.Column("state", sa.String(12), nullable=False),  # open | confirmed | used | dead
    sa.Column("ip", sa.String(64)),
)

tokens = sa.Table(
    "tokens",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("user_id", sa.String(ID), sa.ForeignKey("users.id"), nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
    sa.Column("revoked_at", sa.Float),
    sa.Column("ip", sa.String(64)),
    sa.Column("confirmed_at", sa.Float),
)

throttle = sa.Table(
    "throttle",
    metadata,
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("locked_until", sa.Float, nullable=False),
    sa.Column("last_failure_at", sa.Float, nullable=False, server_default="0"),
)

areas = sa.Table(
    "areas",
    metadata,
    sa.Column("name", sa.String(40), primary_key=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("document", sa.JSON, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
)


def _entry_table(name: str) -> sa.Table:
    """A list area's entries: client-chosen ids, the entry as JSON, its own version, order."""
    return sa.Table(
        name,
        metadata,
        sa.Column("id", sa.String(ID), primary_key=True),
        sa.Column("document", sa.JSON, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
    )


ip_entries = _entry_table("ip_entries")
filter_rules = _entry_table("filter_rules")
roles = _entry_table("roles")


audit_events = sa.Table(
    "audit_events",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.Float, nullable=False, index=True),
    sa.Column("actor_id", sa.String(ID)),
    sa.Column("actor_login", sa.String(120)),
    sa.Column("ip", sa.String(64)),
    sa.Column("action", sa.String(80), nullable=False, index=True),
    sa.Column("resource", sa.String(200), nullable=False),
    sa.Column("outcome", sa.String(40), nullable=False),
    sa.Column("before", sa.JSON),
    sa.Column("after", sa.JSON),
    sa.Column("details", sa.JSON),
)

idempotency = sa.Table(
    "idempotency",
    metadata,
    sa.Column("user_id", sa.String(ID), primary_key=True),
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("fingerprint", sa.String(64), nullable=False),
    sa.Column("status", sa.Integer, nullable=False),
    sa.Column("body", sa.JSON, nullable=False),
    sa.Column("etag", sa.String(100)),
    sa.Column("created_at", sa.Float, nullable=False, index=True),
)
