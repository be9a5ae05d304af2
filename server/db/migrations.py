"""Versioned migrations. Each step runs once, in order, inside one transaction."""

from __future__ import annotations

import time
from collections.abc import Callable

import sqlalchemy as sa

from server.catalog import default_roles
from server.db import schema
from server.defaults import COUNTER_AREAS, SETTINGS_AREAS, default_area

Step = Callable[[sa.Connection], None]

V1_TABLES = [
    schema.users,
    schema.challenges,
    schema.tokens,
    schema.throttle,
    schema.areas,
    schema.ip_entries,
    schema.filter_rules,
    schema.roles,
    schema.audit_events,
    schema.idempotency,
]


def create_tables(conn: sa.Connection) -> None:
    schema.metadata.create_all(conn, tables=V1_TABLES)


def insert_defaults(conn: sa.Connection) -> None:
    """Settings areas at version 1 and the built-in roles."""
    now = time.time()
    for name in (*SETTINGS_AREAS, *COUNTER_AREAS):
        conn.execute(
            schema.areas.insert().values(
                name=name, version=1, document=default_area(name), updated_at=now
            )
        )
    for index, (role_id, document) in enumerate(default_roles().items()):
        conn.execute(
            schema.roles.insert().values(
                id=role_id,
                document=document,
                version=1,
                position=index,
                created_at=now,
                updated_at=now,
            )
        )


def add_missing_columns(table: sa.Table, names: list[str]) -> Step:
    """A step adding columns that a database made before them lacks (new ones have them)."""

    def step(conn: sa.Connection) -> None:
        present = {column["name"] for column in sa.inspect(conn).get_columns(table.name)}
        for name in names:
            if name in present:
                continue
            column = table.c[name]
            kind = column.type.compile(dialect=conn.dialect)
            default = f" DEFAULT {column.server_default.arg}" if column.server_default else ""  # type: ignore[attr-defined]
            null = "" if column.nullable else " NOT NULL"
            conn.execute(
                sa.text(f"ALTER TABLE {table.name} ADD COLUMN {name} {kind}{default}{null}")
            )

    return step


MIGRATIONS: list[tuple[int, str, Step]] = [
    (1, "tables", create_tables),
    (2, "default settings and built-in roles", insert_defaults),
    (3, "throttle windows", add_missing_columns(schema.throttle, ["last_failure_at"])),
    (4, "token step-up", add_missing_columns(schema.tokens, ["confirmed_at"])),
]


def current_version(conn: sa.Connection) -> int:
    schema.metadata.create_all(conn, tables=[schema.schema_version])
    found = conn.execute(sa.select(sa.func.max(schema.schema_version.c.version))).scalar()
    return int(found or 0)


def migrate(engine: sa.Engine) -> int:
    """Bring the database up to the newest version; returns that version."""
    with engine.begin() as conn:
        version = current_version(conn)
    for number, name, step in MIGRATIONS:
        if number <= version:
            continue
        with engine.begin() as conn:
            step(conn)
            conn.execute(
                schema.schema_version.insert().values(
                    version=number, name=name, applied_at=time.time()
                )
            )
        version = number
    return version
