"""The usage record: sealed, hash-chained, and a removed, edited or cut record is detected."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from desktop.core.usage_log import (
    DAY_S,
    UsageLog,
    UsageLogBroken,
    note_failed_unlock,
)

KEY = bytes(range(32))
T0 = 1_800_000_000.0


def filled(tmp_path: Path, count: int = 5) -> UsageLog:
    log = UsageLog(tmp_path, KEY)
    for n in range(count):
        log.record("copy", f"ACME (user{n})", now=T0 + n)
    return log


def lines(log: UsageLog) -> list[str]:
    return log.path.read_text().splitlines()


def test_records_round_trip_and_hold_no_plain_text(tmp_path: Path) -> None:
    log = filled(tmp_path)
    log.record("reveal", "Bank (bob)", now=T0 + 10)
    got = log.verify()
    assert [(r.seq, r.event, r.account) for r in got][-2:] == [
        (4, "copy", "ACME (user4)"),
        (5, "reveal", "Bank (bob)"),
    ]
    raw = log.path.read_bytes() + (tmp_path / "usage.head").read_bytes()
    assert b"ACME" not in raw and b"Bank" not in raw and b"copy" not in raw
    assert oct(log.path.stat().st_mode & 0o777) == "0o600"
    assert [r.seq for r in log.records(since=T0 + 3)] == [3, 4, 5]


@pytest.mark.parametrize("victim", [0, 2])
def test_a_deleted_record_is_detected_and_named(tmp_path: Path, victim: int) -> None:
    log = filled(tmp_path)
    kept = lines(log)
    del kept[victim]
    log.path.write_text("\n".join(kept) + "\n")
    with pytest.raises(UsageLogBroken, match=f"record #{victim + 1}: a record before it"):
        log.verify()


def test_an_altered_record_is_detected(tmp_path: Path) -> None:
    log = filled(tmp_path)
    rows = lines(log)
    outer = json.loads(rows[3])
    data = bytearray(outer["data"].encode())
    data[5] = ord("A") if data[5] != ord("A") else ord("B")
    outer["data"] = data.decode()
    rows[3] = json.dumps(outer, separators=(",", ":"))
    log.path.write_text("\n".join(rows) + "\n")
    with pytest.raises(UsageLogBroken, match="record #3: it was changed"):
        log.verify()


def test_a_record_moved_or_given_a_new_number_is_detected(tmp_path: Path) -> None:
    log = filled(tmp_path)
    rows = lines(log)
    rows[1], rows[2] = rows[2], rows[1]
    log.path.write_text("\n".join(rows) + "\n")
    with pytest.raises(UsageLogBroken):
        log.verify()


def test_records_cut_off_the_end_are_detected(tmp_path: Path) -> None:
    log = filled(tmp_path)
    log.path.write_text("\n".join(lines(log)[:-2]) + "\n")
    with pytest.raises(UsageLogBroken, match="records after #2 were removed"):
        log.verify()
    log.path.write_text("")
    with pytest.raises(UsageLogBroken):
        log.verify()


def test_another_profiles_key_does_not_open_it(tmp_path: Path) -> None:
    filled(tmp_path)
    with pytest.raises(UsageLogBroken, match="record #0: it was changed or does not belong"):
        UsageLog(tmp_path, bytes(32)).verify()


def test_retention_keeps_the_chain_verifiable(tmp_path: Path) -> None:
    log = UsageLog(tmp_path, KEY)
    for day in range(10):
        log.record("copy", f"A{day}", now=T0 + day * DAY_S)
    assert log.prune(3, now=T0 + 10 * DAY_S) == 7
    records = log.verify()
    assert records[0].event == "pruned" and records[0].detail == "7"
    assert [r.account for r in records[1:]] == ["A7", "A8", "A9"]
    assert [r.seq for r in records] == [6, 7, 8, 9]
    log.record("add", "B", now=T0 + 11 * DAY_S)
    assert log.verify()[-1].seq == 10
    # Without the key, the first kept record cannot pass for the start of the record.
    log.path.write_text("\n".join(lines(log)[1:]) + "\n")
    with pytest.raises(UsageLogBroken):
        log.verify()


def test_failed_unlocks_wait_then_are_sealed(tmp_path: Path) -> None:
    note_failed_unlock(tmp_path, now=T0, detail="wrong passphrase")
    note_failed_unlock(tmp_path, now=T0 + 1)
    log = UsageLog(tmp_path, KEY)
    assert log.absorb_pending() == 2
    assert not (tmp_path / "usage.pending").exists()
    assert [(r.event, r.time) for r in log.verify()] == [
        ("unlock_failed", T0),
        ("unlock_failed", T0 + 1),
    ]


def test_empty_record_verifies(tmp_path: Path) -> None:
    assert UsageLog(tmp_path, KEY).verify() == []
    assert not os.path.exists(tmp_path / "usage.log")
