"""The admin replica is never created afresh over a write-ahead log that still holds edits."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.admin import errors
from desktop.admin.edits import Editor
from desktop.admin.store import Store


def test_a_lone_write_ahead_log_is_not_discarded(tmp_path: Path) -> None:
    store = Store.in_home(tmp_path)
    Editor(store).add_ip("203.0.113.0/24", name="queued")
    wal = store.path.with_name(store.path.name + "-wal")
    assert wal.stat().st_size > 0  # the edit is in the log, not yet in the database file
    kept = tmp_path / "kept-wal"
    shutil.copy2(wal, kept)
    store.path.unlink()  # the database is lost (a careless clean-up), its log is left
    shutil.copy2(kept, wal)

    with pytest.raises(errors.ReplicaDamaged, match=r"admin-replica\.sqlite3-wal"):
        Store.in_home(tmp_path)
    assert not store.path.exists() and wal.read_bytes() == kept.read_bytes()
