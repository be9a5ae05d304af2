"""Putting a vault back from what is left of it: its backup or an interrupted write.

Restoring never loses anything either: whatever file it replaces is first kept beside it as
``<vault>.replaced-<time>``, and the backup it restores from stays where it is.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.core.atomic import backup_path, temp_files, write_atomic
from desktop.core.errors import KeydeskError, VaultCorrupt, VaultMissing
from desktop.core.vault import read_slots
from desktop.core.vault_file import read_vault_bytes

REPLACED_SUFFIX = ".replaced-"


@dataclass(frozen=True)
class Restored:
    source: Path
    #: Where the file that was in the vault's place now is; None when there was none.
    kept: Path | None


def restore_candidates(path: Path) -> list[Path]:
    """Files that hold a readable vault, the best first: the backup, then the newest temp."""
    backup = backup_path(path)
    temps = sorted(temp_files(path), key=_modified, reverse=True)
    return [candidate for candidate in [backup, *temps] if _is_vault(candidate)]


def restore_backup(path: Path, *, now: datetime) -> Restored:
    """Put the best candidate back at ``path``, keeping the file it replaces."""
    candidates = restore_candidates(path)
    if not candidates:
        raise VaultMissing(f"there is no readable backup of {path} to restore")
    source = candidates[0]
    data = read_vault_bytes(source)
    kept = _keep_current(path, now) if path.exists() else None
    # Not through the usual save: that would move the current file over the backup we read.
    write_atomic(path, data, keep_previous=False)
    return Restored(source=source, kept=kept)


def _keep_current(path: Path, now: datetime) -> Path:
    if path.is_dir():
        raise VaultCorrupt(f"{path} is a folder; move it away, then restore")
    stem = f"{path.name}{REPLACED_SUFFIX}{now:%Y%m%dT%H%M%S}"
    kept = path.with_name(stem)
    serial = 1
    while kept.exists():  # two restores in one second must not overwrite the first's copy
        kept = path.with_name(f"{stem}-{serial}")
        serial += 1
    os.replace(path, kept)
    return kept


def _modified(file: Path) -> float:
    try:
        return file.stat().st_mtime
    except OSError:
        return 0.0


def _is_vault(candidate: Path) -> bool:
    try:
        read_slots(candidate)
    except KeydeskError:
        return False
    return True
