"""The local replica and the outbox: one SQLite file (WAL) in the profile folder.

The replica holds what the server last showed (settings, never credentials); the outbox holds
the admin's edits until the server has them. Several threads and processes (the GUI and a
``keydesk admin sync``) may use the file at once: each thread has its own connection and every
change is one short IMMEDIATE transaction.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.admin import errors
from desktop.admin.model import OPEN, AreaState, EntryState, JsonDict, Op, OutboxItem, Status

FILENAME = "admin-replica.sqlite3"
SCHEMA = """
CREATE TABLE IF NOT EXISTS areas (
  name TEXT PRIMARY KEY, etag TEXT, version INTEGER NOT NULL, document TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
  area TEXT NOT NULL, id TEXT NOT NULL, etag TEXT, document TEXT NOT NULL,
  position INTEGER NOT NULL, PRIMARY KEY (area, id));
CREATE TABLE IF NOT EXISTS outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, area TEXT NOT NULL,
  resource TEXT NOT NULL, op TEXT NOT NULL, payload TEXT NOT NULL, base_etag TEXT,
  base_snapshot TEXT, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT, created_at REAL NOT NULL, weakening TEXT, confirmed_at REAL,
  conflict TEXT, request TEXT, outcome TEXT);
CREATE INDEX IF NOT EXISTS outbox_status ON outbox (status, seq);
CREATE INDEX IF NOT EXISTS outbox_resource ON outbox (resource, status);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
ITEM_COLUMNS = (
    "seq, id, resource, op, payload, base_etag, base_snapshot, status, attempts, last_error, "
    "created_at, weakening, confirmed_at, conflict, request, outcome"
)
UPDATABLE = {
    "payload", "base_etag", "base_snapshot", "status", "attempts", "last_error",
    "weakening", "confirmed_at", "conflict", "request", "outcome", "op",
}  # fmt: skip
JSON_FIELDS = {"payload", "base_snapshot", "conflict", "request"}


def _refuse_orphaned_log(path: Path) -> None:
    """A write-ahead log without its database holds queued edits that a new, empty database
    would discard: never create one over it."""
    wal = path.with_name(path.name + "-wal")
    if not path.exists() and wal.exists() and wal.stat().st_size > 0:
        raise errors.ReplicaDamaged(
            f"the admin replica {path} is missing but its log {wal.name} is still there; put "
            f"the database back (or move {wal.name} away to start afresh)"
        )


def dumps(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


class Store:
    """The replica and outbox of one profile."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        path.parent.mkdir(parents=True, exist_ok=True)
        _refuse_orphaned_log(path)
        self._conn().executescript(SCHEMA)

    @classmethod
    def in_home(cls, home: Path) -> Store:
        return cls(home / FILENAME)

    # --- connections and transactions ---------------------------------------------------

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA busy_timeout=30000")
            self._local.conn = conn
            self._local.depth = 0
        return conn

    @contextmanager
    def atomic(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; nested uses join the outer one."""
        conn = self._conn()
        if self._local.depth:
            self._local.depth += 1
            try:
                yield conn
            finally:
                self._local.depth -= 1
            return
        conn.execute("BEGIN IMMEDIATE")
        self._local.depth = 1
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")
        finally:
            self._local.depth = 0

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # --- replica: areas and entries -----------------------------------------------------

    def area(self, name: str) -> AreaState | None:
        row = (
            self._conn()
            .execute("SELECT etag, version, document FROM areas WHERE name = ?", (name,))
            .fetchone()
        )
        return AreaState(name, row[0], row[1], json.loads(row[2])) if row else None

    def save_area(self, state: AreaState) -> None:
        with self.atomic() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO areas (name, etag, version, document) VALUES (?,?,?,?)",
                (state.name, state.etag, state.version, dumps(state.document)),
            )

    def entries(self, area: str) -> list[EntryState]:
        rows = self._conn().execute(
            "SELECT id, etag, document FROM entries WHERE area = ? ORDER BY position, id", (area,)
        )
        return [EntryState(r[0], r[1], json.loads(r[2])) for r in rows]

    def entry(self, area: str, entry_id: str) -> EntryState | None:
        row = (
            self._conn()
            .execute(
                "SELECT etag, document FROM entries WHERE area = ? AND id = ?", (area, entry_id)
            )
            .fetchone()
        )
        return EntryState(entry_id, row[0], json.loads(row[1])) if row else None

    def replace_entries(self, area: str, states: Iterable[EntryState]) -> None:
        with self.atomic() as conn:
            conn.execute("DELETE FROM entries WHERE area = ?", (area,))
            conn.executemany(
                "INSERT INTO entries (area, id, etag, document, position) VALUES (?,?,?,?,?)",
                ((area, s.id, s.etag, dumps(s.document), i) for i, s in enumerate(states)),
            )

    def upsert_entry(self, area: str, state: EntryState) -> None:
        with self.atomic() as conn:
            updated = conn.execute(
                "UPDATE entries SET etag = ?, document = ? WHERE area = ? AND id = ?",
                (state.etag, dumps(state.document), area, state.id),
            ).rowcount
            if not updated:
                conn.execute(
                    "INSERT INTO entries (area, id, etag, document, position) VALUES "
                    "(?, ?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM entries "
                    "WHERE area = ?))",
                    (area, state.id, state.etag, dumps(state.document), area),
                )

    def delete_entry(self, area: str, entry_id: str) -> None:
        with self.atomic() as conn:
            conn.execute("DELETE FROM entries WHERE area = ? AND id = ?", (area, entry_id))

    # --- meta ---------------------------------------------------------------------------

    def meta(self, key: str, default: Any = None) -> Any:
        row = self._conn().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_meta(self, key: str, value: Any) -> None:
        with self.atomic() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, dumps(value))
            )

    # --- outbox -------------------------------------------------------------------------

    def enqueue(self, item: OutboxItem) -> OutboxItem:
        with self.atomic() as conn:
            cursor = conn.execute(
                "INSERT INTO outbox (id, area, resource, op, payload, base_etag, base_snapshot, "
                "status, attempts, last_error, created_at, weakening, confirmed_at, conflict) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    item.id, item.area, item.resource, item.op.value, dumps(item.payload),
                    item.base_etag, _json_or_none(item.base_snapshot), item.status.value,
                    item.attempts, item.last_error, item.created_at, item.weakening,
                    item.confirmed_at, _json_or_none(item.conflict),
                ),
            )  # fmt: skip
            item.seq = int(cursor.lastrowid or 0)
        return item

    def item(self, item_id: str) -> OutboxItem | None:
        row = (
            self._conn()
            .execute(
                f"SELECT {ITEM_COLUMNS} FROM outbox WHERE id = ?",  # noqa: S608 - fixed column list
                (item_id,),
            )
            .fetchone()
        )
        return _item(row) if row else None

    def items(
        self,
        statuses: Iterable[Status] = OPEN,
        *,
        area: str | None = None,
        resource: str | None = None,
        after_seq: int = 0,
        limit: int = -1,
    ) -> list[OutboxItem]:
        wanted = [s.value for s in statuses]
        where = f"status IN ({','.join('?' * len(wanted))}) AND seq > ?"
        params: list[Any] = [*wanted, after_seq]
        if area is not None:
            where += " AND area = ?"
            params.append(area)
        if resource is not None:
            where += " AND resource = ?"
            params.append(resource)
        rows = self._conn().execute(
            f"SELECT {ITEM_COLUMNS} FROM outbox WHERE {where} ORDER BY seq LIMIT ?",  # noqa: S608
            (*params, limit),
        )
        return [_item(row) for row in rows]

    def update_item(self, item_id: str, **changes: Any) -> None:
        unknown = set(changes) - UPDATABLE
        if unknown:
            raise ValueError(f"cannot update {sorted(unknown)}")
        values = [
            _json_or_none(v) if k in JSON_FIELDS else (v.value if isinstance(v, StrEnum) else v)
            for k, v in changes.items()
        ]
        assignments = ", ".join(f"{k} = ?" for k in changes)
        with self.atomic() as conn:
            conn.execute(
                f"UPDATE outbox SET {assignments} WHERE id = ?",  # noqa: S608 - checked names
                (*values, item_id),
            )

    def counts(self) -> dict[str, int]:
        rows = self._conn().execute("SELECT status, COUNT(*) FROM outbox GROUP BY status")
        return {status: count for status, count in rows}

    def prune_done(self, keep: int = 500) -> None:
        """Forget finished items beyond the newest ``keep`` (they are on the server)."""
        with self.atomic() as conn:
            conn.execute(
                "DELETE FROM outbox WHERE status IN ('done', 'discarded') AND seq NOT IN "
                "(SELECT seq FROM outbox WHERE status IN ('done', 'discarded') "
                "ORDER BY seq DESC LIMIT ?)",
                (keep,),
            )


def _json_or_none(value: JsonDict | None) -> str | None:
    return None if value is None else dumps(value)


def _item(row: tuple[Any, ...]) -> OutboxItem:
    return OutboxItem(
        seq=row[0],
        id=row[1],
        resource=row[2],
        op=Op(row[3]),
        payload=json.loads(row[4]),
        base_etag=row[5],
        base_snapshot=_loads(row[6]),
        status=Status(row[7]),
        attempts=row[8],
        last_error=row[9],
        created_at=row[10],
        weakening=row[11],
        confirmed_at=row[12],
        conflict=_loads(row[13]),
        request=_loads(row[14]),
        outcome=row[15],
    )
