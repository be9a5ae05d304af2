"""Engines for SQLite files and PostgreSQL URLs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa


def normalise_url(db: str) -> str:
    """A plain path becomes a SQLite URL; postgres URLs get the psycopg 3 driver."""
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser().resolve()}"
    for prefix in ("postgres://", "postgresql://"):
        if db.startswith(prefix):
            return "postgresql+psycopg://" + db[len(prefix) :]
    return db


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(db: str) -> sa.Engine:
    """One engine per process; SQLite gets WAL and a busy timeout."""
    url = normalise_url(db)
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"check_same_thread": False, "timeout": 10})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return sa.create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)
