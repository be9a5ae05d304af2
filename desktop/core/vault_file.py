"""Reading a vault file safely, and knowing what is left of one whose file is gone.

A vault file can be missing while its previous version (``.bak``) or the temp file of an
interrupted write is still there. Creating a new vault then would overwrite the ``.bak`` at its
second save — the last copy of the accounts. So nothing creates a vault where any of these
exists, and every front end says how to restore instead (``keydesk restore-backup``).
"""

from __future__ import annotations

import stat
from pathlib import Path

from desktop.core.atomic import backup_path, temp_files
from desktop.core.errors import (
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultMissing,
    VaultRecoverable,
    VaultTooLarge,
)

#: No real vault comes near this (10,000 accounts with notes are ~5 MiB); a larger file is
#: refused before it is read, so a wrong or hostile file cannot fill the memory.
MAX_VAULT_BYTES = 64 * 1024 * 1024
RESTORE_COMMAND = "keydesk restore-backup"


def leftovers(path: Path) -> list[Path]:
    """Files that may hold the accounts when ``path`` itself is gone: the backup, then temps."""
    backup = backup_path(path)
    found = [backup] if backup.exists() else []
    return found + temp_files(path)


def missing_vault_error(path: Path) -> VaultMissing:
    """The error for a missing vault file: recoverable when something of it is left."""
    left = leftovers(path)
    if not left:
        return VaultMissing(
            f"no vault in {path.parent}; create one with 'keydesk init' or 'keydesk add'"
        )
    return VaultRecoverable(
        f"the vault file {path} is missing, but {left[0]} is still there; restore it with "
        f"'{RESTORE_COMMAND}' (a new vault is never created over it)"
    )


def ensure_nothing_there(path: Path) -> None:
    """Refuse to create a vault where a vault, its backup or an interrupted write exists."""
    if path.exists() or path.is_symlink():
        raise VaultExists(f"a vault already exists at {path}; nothing was changed")
    error = missing_vault_error(path)
    if isinstance(error, VaultRecoverable):
        raise error


def read_vault_bytes(path: Path) -> bytes:
    """The file's bytes, or a typed error: missing, a folder, too large, unreadable."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise missing_vault_error(path) from None
    except OSError as exc:
        raise VaultError(f"cannot read the vault {path}: {exc.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise VaultCorrupt(f"{path} is a folder, not a vault file; move it away and try again")
    if info.st_size > MAX_VAULT_BYTES:
        raise VaultTooLarge(
            f"{path} is {info.st_size // (1024 * 1024)} MiB; a vault is never larger than "
            f"{MAX_VAULT_BYTES // (1024 * 1024)} MiB, so this is not one; it was not read"
        )
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_VAULT_BYTES + 1)
    except FileNotFoundError:
        raise missing_vault_error(path) from None
    except OSError as exc:
        raise VaultError(f"cannot read the vault {path}: {exc.strerror}") from None
