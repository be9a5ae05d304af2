"""Keydesk's own encrypted backups (a vault file with a passphrase slot), and vault files."""

from __future__ import annotations

from pathlib import Path

from desktop.core.errors import (
    CorruptImport,
    PasswordRequired,
    VaultError,
    VaultLocked,
    WrongImportPassword,
)
from desktop.core.importers.base import Format, Record, Sniff

VAULT_FORMAT = "keydesk-vault"


def _detect(sniff: Sniff) -> bool:
    doc = sniff.json_object()
    return doc is not None and doc.get("format") == VAULT_FORMAT


def _read(sniff: Sniff, password: str | None) -> list[Record]:
    from desktop.core.vault_copies import open_portable

    if password is None:
        raise PasswordRequired("this Keydesk backup is encrypted; give its password")
    try:
        return list(open_portable(sniff.data, password, Path("backup")))
    except VaultLocked:
        raise WrongImportPassword(
            "the password does not open this Keydesk backup (a vault that opens only "
            "through the OS keyring cannot be imported; restore it instead)"
        ) from None
    except VaultError as exc:
        raise CorruptImport(f"the Keydesk backup cannot be read: {exc.message}") from None


FORMAT = Format(
    name="keydesk",
    label="Keydesk encrypted backup",
    detect=_detect,
    read=_read,
    encrypted=lambda _sniff: True,
)
