"""The vault's anchor of the usage record: where the record ended, kept apart from it.

``usage.head`` sits beside the record, so an older copy of both restored together would pass
its checks. The vault therefore holds an *anchor* — the last record's number and line hash —
sealed to the accounts' ciphertext (:func:`desktop.core.envelope.with_anchor`) and moved on with
every record. A record rolled back alone then ends before the anchor, or holds another line
where the anchor points. Rolling the vault file back too, to a copy from the same moment, still
passes: a user's files are that user's to replace, and only something outside them (a server,
a TPM counter) could tell.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from desktop.core.vault import Vault

Anchor = tuple[int, str]


class AnchorStore(Protocol):
    """Where the record's end is kept apart from it (the vault)."""

    def load(self) -> Anchor | None: ...

    def store(self, anchor: Anchor) -> None: ...


class VaultAnchor:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def load(self) -> Anchor | None:
        from desktop.core.errors import UsageLogBroken, VaultCorrupt, VaultTampered

        try:
            return self.vault.anchor_on_disk()
        except (VaultTampered, VaultCorrupt):
            raise UsageLogBroken(
                "the usage record is broken: this profile's vault holds an anchor for it that "
                "does not open (changed outside Keydesk)"
            ) from None

    def store(self, anchor: Anchor) -> None:
        self.vault.save_usage_anchor(anchor)


def hashes_by_seq(lines: list[bytes]) -> dict[int, set[str]]:
    """What identifies each record: its line's hash; for a leading ``pruned`` marker also the
    hash of the last record it stands for (its ``prev``)."""
    found: dict[int, set[str]] = {}
    for index, line in enumerate(lines):
        seq = seq_of(line, index)
        found.setdefault(seq, set()).add(line_hash(line))
        if index == 0:
            with contextlib.suppress(ValueError, KeyError, TypeError):
                found[seq].add(str(json.loads(line)["prev"]))
    return found


def anchor_problem(hashes: dict[int, set[str]], anchor: Anchor) -> str | None:
    """Why the record does not hold what the vault's anchor points at; None when it does."""
    seq, digest = anchor
    last = max(hashes, default=-1)
    if seq > last:
        end = f"ends at record #{last}" if last >= 0 else "is empty"
        return (
            f"it {end}, but this profile's vault shows record #{seq} was written: "
            "the record was rolled back (restored from an older copy)"
        )
    if seq in hashes and digest not in hashes[seq]:
        return (
            "it is not the record this profile's vault shows was written there: the record "
            "was rolled back and written again"
        )
    return None  # the anchored record was pruned away since, or is there as written


def line_hash(line: bytes) -> str:
    return hashlib.sha256(line.rstrip(b"\n")).hexdigest()


def seq_of(line: bytes, index: int) -> int:
    """A line's record number as written (authenticated later, when the line is opened)."""
    try:
        return int(json.loads(line)["seq"])
    except (ValueError, KeyError, TypeError):
        return index
