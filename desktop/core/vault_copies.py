"""Copies of a vault's accounts: portable encrypted backups, and earlier versions of a vault."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core import crypto
from desktop.core.envelope import open_content, parse_envelope, seal_envelope
from desktop.core.errors import VaultCorrupt
from desktop.core.otp import Account
from desktop.core.slots import Slot, new_passphrase_slot
from desktop.core.vault import unlock_master

if TYPE_CHECKING:
    from desktop.core.vault import Vault


def seal_portable(
    accounts: list[Account], passphrase: str, kdf: crypto.KdfParams | None = None
) -> bytes:
    """A standalone encrypted copy: a vault file of its own with one passphrase slot."""
    import uuid

    vault_id = str(uuid.uuid4())
    master = crypto.new_key()
    slots = [new_passphrase_slot(vault_id, master, passphrase, kdf)]
    return seal_envelope(vault_id, master, slots, accounts)


def open_portable(raw: bytes, passphrase: str, source: Path) -> list[Account]:
    """The accounts of a vault file (a portable backup), opened with its passphrase."""
    header = parse_envelope(source, raw)
    slots = [Slot.from_json(item) for item in header["slots"]]
    master = unlock_master(header["vault_id"], slots, passphrase, None)
    return open_content(header, master)


def open_copy(vault: Vault, raw: bytes, source: Path) -> list[Account]:
    """The accounts of an earlier copy of this same vault, opened with its master key."""
    header = parse_envelope(source, raw)
    if header["vault_id"] != vault.vault_id:
        raise VaultCorrupt(f"{source.name} is a copy of another vault")
    return open_content(header, vault._master)
