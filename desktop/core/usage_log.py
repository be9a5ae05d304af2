"""The per-profile usage record: who unlocked, copied, revealed or changed what, and when.

It never holds a code or a secret: an event, a time and an account's label. Records live in
``usage.log`` beside the vault, one JSON line each::

    {"seq": 7, "prev": "<sha256 of line 6>", "nonce": "b64", "data": "b64"}

``data`` is the record sealed with AES-256-GCM under a key derived from the vault's master key
(so the record opens exactly when the vault does); ``seq`` and ``prev`` are its associated data.
Each line carries the hash of the one before, so an edited, removed or reordered record breaks
the chain; ``usage.head`` holds the last sequence number and hash under an HMAC, so records cut
off the end are detected too. Retention drops old records and starts the file with an
authenticated ``pruned`` record that carries the hash of the last one dropped; the records kept
are not touched, so their hashes never change.

The vault holds an anchor of where the record ended (:mod:`desktop.core.usage_anchor`), so
the record and its head rolled back together are detected as well.

Failed unlocks happen without the key: they wait in ``usage.pending`` (time and event only) and
are sealed into the record at the next successful unlock.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import crypto
from desktop.core.atomic import write_atomic
from desktop.core.errors import KeydeskError, UsageLogBroken
from desktop.core.usage_anchor import (
    Anchor,
    AnchorStore,
    VaultAnchor,
    anchor_problem,
    hashes_by_seq,
    line_hash,
    seq_of,
)

if TYPE_CHECKING:
    from desktop.core.policy import Policy
    from desktop.core.vault import Vault

__all__ = [
    "UsageLog",
    "UsageLogBroken",
    "UsageRecord",
    "note_failed_unlock",
    "record_unlock",
    "record_unlock_under",
    "usage_log_for",
]
log = logging.getLogger("keydesk")

LOG_FILENAME = "usage.log"
HEAD_FILENAME = "usage.head"
PENDING_FILENAME = "usage.pending"
GENESIS = "0" * 64
DAY_S = 86400

EVENTS = frozenset(
    {"unlock", "unlock_failed", "copy", "reveal", "add", "edit", "remove", "import", "export",
     "pruned"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class UsageRecord:
    seq: int
    time: float
    event: str
    account: str = ""
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "time": self.time,
            "event": self.event,
            "account": self.account,
            "detail": self.detail,
        }


def usage_log_for(vault: Vault) -> UsageLog:
    """The record of ``vault``'s profile: sealed with a key from the vault's, anchored in it."""
    return UsageLog(vault.path.parent, vault.subkey("usage log"), VaultAnchor(vault))


class UsageLog:
    """The usage record of the profile in ``folder``, sealed with ``key``."""

    def __init__(self, folder: Path, key: bytes, anchor: AnchorStore | None = None) -> None:
        self.folder = folder
        self._key = key
        self._anchor = anchor

    @property
    def path(self) -> Path:
        return self.folder / LOG_FILENAME

    # --- writing -----------------------------------------------------------------------------

    def record(self, event: str, account: str = "", detail: str = "", *, now: float) -> None:
        if event not in EVENTS:
            raise ValueError(f"unknown usage event {event!r}")
        lines = self._lines()
        seq = seq_of(lines[-1], len(lines) - 1) + 1 if lines else 0
        prev = line_hash(lines[-1]) if lines else GENESIS
        line = self._append(UsageRecord(seq, now, event, account, detail), prev)
        self._move_anchor([*lines, line], (seq, line_hash(line)))

    def absorb_pending(self) -> int:
        """Seal the failed unlocks noted while locked; returns how many there were."""
        pending = self.folder / PENDING_FILENAME
        try:
            lines = pending.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return 0
        for line in lines:
            try:
                item = json.loads(line)
                self.record(
                    "unlock_failed", detail=str(item.get("detail", "")), now=float(item["time"])
                )
            except (ValueError, KeyError, TypeError):
                self.record("unlock_failed", detail="unreadable note", now=0.0)
        pending.unlink()
        return len(lines)

    def prune(self, days: int, *, now: float) -> int:
        """Drop records older than ``days``; returns how many. The file then starts with an
        authenticated ``pruned`` record (the number dropped; as its ``prev``, the hash of the
        last one, which the first kept record also names). The kept lines stay as they were.
        A broken record is never pruned: that would hide the break."""
        lines = self._lines()
        records = self.verify()
        cutoff = now - days * DAY_S
        drop = 0
        while drop < len(records) and records[drop].time < cutoff:
            drop += 1
        if drop == 0 or (drop == 1 and records[0].event == "pruned"):
            return 0
        last = records[drop - 1]
        marker = UsageRecord(last.seq, now, "pruned", detail=str(drop))
        self._rewrite([self._seal(marker, line_hash(lines[drop - 1])), *lines[drop:]])
        return drop

    def _rewrite(self, lines: list[bytes]) -> None:
        write_atomic(self.path, b"".join(line + b"\n" for line in lines), keep_previous=False)
        self._write_head(self._open(lines[-1]).seq, line_hash(lines[-1]))

    def _append(self, record: UsageRecord, prev: str) -> bytes:
        line = self._seal(record, prev)
        self.folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, line + b"\n")
            os.fsync(fd)
        finally:
            os.close(fd)
        self._write_head(record.seq, line_hash(line))
        return line

    def _move_anchor(self, lines: list[bytes], anchor: Anchor) -> None:
        """Move the vault's anchor to the new last record, unless the record no longer holds
        what the anchor points at: then the anchor stays, and so does the evidence."""
        if self._anchor is None:
            return
        try:
            held = self._anchor.load()
            if held is None:
                fits = len(lines) == 1  # the first record; an anchor gone later stays gone
            else:
                fits = anchor_problem(hashes_by_seq(lines), held) is None
            if fits:
                self._anchor.store(anchor)
        except (KeydeskError, OSError) as exc:  # never in the way of the work itself
            log.warning("usage record: the vault's anchor was not moved: %s", exc)

    def _seal(self, record: UsageRecord, prev: str) -> bytes:
        body = {k: v for k, v in record.to_json().items() if k != "seq"}
        nonce, data = crypto.seal(self._key, crypto.canonical(body), _aad(record.seq, prev))
        line = {
            "seq": record.seq,
            "prev": prev,
            "nonce": crypto.b64(nonce),
            "data": crypto.b64(data),
        }
        return json.dumps(line, separators=(",", ":")).encode()

    def _write_head(self, seq: int, digest: str) -> None:
        head = {"seq": seq, "hash": digest, "mac": self._mac(seq, digest)}
        write_atomic(self.folder / HEAD_FILENAME, json.dumps(head).encode(), keep_previous=False)

    def _mac(self, seq: int, digest: str) -> str:
        return hmac.new(self._key, f"head {seq} {digest}".encode(), hashlib.sha256).hexdigest()

    # --- reading and verifying ---------------------------------------------------------------

    def _lines(self) -> list[bytes]:
        try:
            return [line for line in self.path.read_bytes().split(b"\n") if line.strip()]
        except FileNotFoundError:
            return []

    def _open(self, line: bytes) -> UsageRecord:
        outer = json.loads(line)
        plain = crypto.open_sealed(
            self._key,
            crypto.unb64(outer["nonce"]),
            crypto.unb64(outer["data"]),
            _aad(int(outer["seq"]), str(outer["prev"])),
        )
        body = json.loads(plain)
        return UsageRecord(int(outer["seq"]), float(body["time"]), str(body["event"]),
                           str(body.get("account", "")), str(body.get("detail", "")))  # fmt: skip

    def records(self, since: float | None = None) -> list[UsageRecord]:
        """Every record (after ``since``), verified: a broken chain raises instead of lying."""
        found = self.verify()
        return [r for r in found if since is None or r.time >= since]

    def verify(self) -> list[UsageRecord]:
        """The records, or :class:`UsageLogBroken` naming the first record that breaks."""
        lines = self._lines()
        records: list[UsageRecord] = []
        allowed_prev, expected_seq = {GENESIS}, 0
        for index, line in enumerate(lines):
            record = self._checked(line, index)
            outer = json.loads(line)
            # Only the first record may start a chain: it is the genesis, or what pruning left.
            first_anchor = index == 0 and record.event == "pruned"
            if not first_anchor and (
                outer["prev"] not in allowed_prev or record.seq != expected_seq
            ):
                raise _broken(record.seq, "a record before it was removed, changed or moved")
            records.append(record)
            allowed_prev, expected_seq = {line_hash(line)}, record.seq + 1
            if first_anchor:  # the kept record names the last one dropped, as the marker does
                allowed_prev.add(str(outer["prev"]))  # (an older Keydesk sealed it again)
        self._check_head(records, line_hash(lines[-1]) if lines else GENESIS)
        self._check_anchor(lines)
        return records

    def _check_anchor(self, lines: list[bytes]) -> None:
        if self._anchor is None:
            return
        held = self._anchor.load()
        if held is None:
            if lines:  # every record is anchored from the first: none means a swapped vault
                raise _broken(
                    seq_of(lines[-1], len(lines) - 1),
                    "this profile's vault holds no anchor for the record: the vault file was "
                    "replaced by an older one or changed",
                )
            return
        problem = anchor_problem(hashes_by_seq(lines), held)
        if problem is not None:
            raise _broken(held[0], problem)

    def _checked(self, line: bytes, index: int) -> UsageRecord:
        try:
            return self._open(line)
        except (ValueError, KeyError, TypeError, crypto.AuthenticationFailed):
            seq = seq_of(line, index)
            raise _broken(seq, "it was changed or does not belong to this profile") from None

    def _check_head(self, records: list[UsageRecord], last_hash: str) -> None:
        try:
            head = json.loads((self.folder / HEAD_FILENAME).read_bytes())
            seq, digest, mac = int(head["seq"]), str(head["hash"]), str(head["mac"])
        except FileNotFoundError:
            if records:
                raise _broken(records[-1].seq, "the record's head is missing") from None
            return
        except (ValueError, KeyError, TypeError):
            raise _broken(-1, "the record's head is unreadable") from None
        if not hmac.compare_digest(mac, self._mac(seq, digest)):
            raise _broken(seq, "the record's head was changed")
        last_seq = records[-1].seq if records else -1
        if seq != last_seq or digest != last_hash:
            raise _broken(seq, f"records after #{last_seq} were removed")


def record_unlock(record: UsageLog, days: int, detail: str, *, now: float) -> None:
    """An unlock: seal the failed unlocks noted while locked, apply retention, note this one.
    A record that cannot be pruned is still written to ('keydesk log verify' reports it)."""
    record.absorb_pending()
    try:
        record.prune(days, now=now)
    except UsageLogBroken as exc:
        log.warning("usage record not pruned: %s", exc.message)
    record.record("unlock", detail=detail, now=now)


def record_unlock_under(policy: Policy, vault: Vault, detail: str) -> bool:
    """:func:`record_unlock` as ``policy`` says; whether the entry was written (not when the
    policy turns the record off; a failure is logged, never in the way of the unlock)."""
    if not policy.allows("usage_log"):
        return False
    days = int(policy.value("usage_log_days"))
    try:
        record_unlock(usage_log_for(vault), days, detail, now=time.time())
    except (OSError, UsageLogBroken) as exc:
        log.warning("usage record: %s", exc)
        return False
    return True


def note_failed_unlock(folder: Path, *, now: float, detail: str = "") -> None:
    """A failed unlock, noted without the key; sealed into the record at the next unlock."""
    folder.mkdir(parents=True, exist_ok=True)
    line = json.dumps({"time": now, "event": "unlock_failed", "detail": detail}) + "\n"
    fd = os.open(folder / PENDING_FILENAME, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line.encode())
    finally:
        os.close(fd)


def _aad(seq: int, prev: str) -> bytes:
    return crypto.canonical({"seq": seq, "prev": prev, "format": "keydesk-usage-1"})


def _broken(seq: int, why: str) -> UsageLogBroken:
    where = f"record #{seq}" if seq >= 0 else "the record"
    return UsageLogBroken(f"the usage record is broken at {where}: {why}", value=str(seq))
