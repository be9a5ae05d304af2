"""Automatic encrypted backups: a copy of the vault after every save, the last N kept.

Each backup is the vault file exactly as saved (so it is encrypted under the same key and opens
with the same slots), named ``keydesk-backup-<UTC time>.kdv`` in the chosen folder (by default
``backups/`` inside the profile). Writes are atomic: a temp file, fsync, rename; a failure
(a full disk…) removes the temp file, leaves older backups alone and raises
:class:`BackupFailed` for the front end to show. Old versions are pruned only after a new one
is safely written. Restoring replaces the accounts with a backup's in one vault save.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import BackupFailed, InvalidInput, KeydeskError, NotFound

if TYPE_CHECKING:
    from desktop.core.policy import Policy
    from desktop.core.vault import Vault

SETTINGS_FILE = "backups.json"
DEFAULT_FOLDER = "backups"
DEFAULT_KEEP = 10
MAX_KEEP = 1000
PREFIX, SUFFIX = "keydesk-backup-", ".kdv"
_TIME_FORMAT = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class BackupSettings:
    enabled: bool = True
    #: None: ``backups/`` inside the profile.
    folder: Path | None = None
    keep: int = DEFAULT_KEEP

    def folder_in(self, home: Path) -> Path:
        return self.folder if self.folder is not None else home / DEFAULT_FOLDER


@dataclass(frozen=True)
class BackupVersion:
    path: Path
    created: datetime
    #: None when the file cannot be opened with this vault's key.
    accounts: int | None
    problem: str = ""


def load_settings(home: Path) -> BackupSettings:
    try:
        data = json.loads((home / SETTINGS_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return BackupSettings()
    except (OSError, ValueError):
        raise InvalidInput(
            f"the backup settings in {home / SETTINGS_FILE} cannot be read"
        ) from None
    if not isinstance(data, dict):
        raise InvalidInput(f"the backup settings in {home / SETTINGS_FILE} are not an object")
    folder = data.get("folder")
    keep = data.get("keep", DEFAULT_KEEP)
    if not isinstance(keep, int) or not 1 <= keep <= MAX_KEEP:
        raise InvalidInput(f"the number of backups to keep must be 1 to {MAX_KEEP}")
    return BackupSettings(
        enabled=data.get("enabled", True) is not False,
        folder=Path(folder).expanduser() if isinstance(folder, str) and folder else None,
        keep=keep,
    )


def save_settings(home: Path, settings: BackupSettings) -> None:
    if not 1 <= settings.keep <= MAX_KEEP:
        raise InvalidInput(f"the number of backups to keep must be 1 to {MAX_KEEP}")
    from desktop.core.atomic import write_atomic

    data = {
        "enabled": settings.enabled,
        "folder": str(settings.folder) if settings.folder is not None else None,
        "keep": settings.keep,
    }
    write_atomic(home / SETTINGS_FILE, json.dumps(data, indent=1).encode("utf-8"))


def change_settings(home: Path, **changes: object) -> BackupSettings:
    settings = replace(load_settings(home), **changes)  # type: ignore[arg-type]
    save_settings(home, settings)
    return settings


# --- writing ----------------------------------------------------------------------------------


def write_backup(data: bytes, home: Path, settings: BackupSettings, now: datetime) -> Path:
    """Keep ``data`` (a saved vault) as the newest backup, then prune to ``settings.keep``."""
    folder = settings.folder_in(home)
    target = _name_after_newest(folder, now.astimezone(UTC))
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        _write_new_file(target, data)
    except OSError as exc:
        raise BackupFailed(
            f"the automatic backup could not be written to {folder}: {exc.strerror or exc}; "
            "the vault itself is saved and the older backups are untouched"
        ) from None
    _prune(folder, settings.keep)
    return target


def _name_after_newest(folder: Path, now: datetime) -> Path:
    """The new backup's path; named after the newest one even if the clock went back, so
    pruning (by name) never takes the backup just written for an old one."""
    existing = _backup_files(folder)
    newest = _created(existing[0]) if existing else None
    if newest is not None and newest >= now:
        now = newest + timedelta(microseconds=1)
    return folder / f"{PREFIX}{now.strftime(_TIME_FORMAT)}{SUFFIX}"


def _write_new_file(target: Path, data: bytes) -> None:
    temp = target.with_name(".tmp-" + target.name)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    os.close(fd)
    os.replace(temp, target)
    _fsync_directory(target.parent)


def _fsync_directory(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _prune(folder: Path, keep: int) -> None:
    for old in _backup_files(folder)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()


def _backup_files(folder: Path) -> list[Path]:
    """Backups in the folder, newest first (the names sort by time)."""
    try:
        found = [p for p in folder.iterdir() if _created(p) is not None]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name, reverse=True)


def _created(path: Path) -> datetime | None:
    name = path.name
    if not (name.startswith(PREFIX) and name.endswith(SUFFIX)):
        return None
    try:
        stamp = datetime.strptime(name[len(PREFIX) : -len(SUFFIX)], _TIME_FORMAT)
    except ValueError:
        return None
    return stamp.replace(tzinfo=UTC)


def install(vault: Vault, home: Path, on_failure: Callable[[BackupFailed], None]) -> None:
    """Back the vault up after every save; ``on_failure`` is told when a backup fails (the
    save itself has succeeded by then, so the error must not look like a failed save)."""

    vault.on_saved = lambda data: back_up_saved(data, home, on_failure)


def back_up_saved(data: bytes, home: Path, on_failure: Callable[[BackupFailed], None]) -> None:
    """The backup after one save of the vault (``data``, as written)."""
    try:
        settings = load_settings(home)
    except InvalidInput as exc:
        on_failure(BackupFailed(f"no automatic backup: {exc.message}"))
        return
    if not settings.enabled:
        return
    try:
        write_backup(data, home, settings, datetime.now(UTC))
    except BackupFailed as exc:
        on_failure(exc)


# --- listing and restoring ---------------------------------------------------------------------


def list_backups(vault: Vault, home: Path) -> list[BackupVersion]:
    """Every backup in the configured folder, newest first, with its account count."""
    from desktop.core.vault_copies import open_copy

    versions = []
    for path in _backup_files(load_settings(home).folder_in(home)):
        created = _created(path)
        assert created is not None
        try:
            count: int | None = len(open_copy(vault, path.read_bytes(), path))
            problem = ""
        except (KeydeskError, OSError) as exc:
            count, problem = None, str(exc)
        versions.append(BackupVersion(path, created, count, problem))
    return versions


def find_backup(vault: Vault, home: Path, which: str) -> BackupVersion:
    """A backup by its number in the list (1 = newest) or its file name."""
    versions = list_backups(vault, home)
    if which.isdigit() and 1 <= int(which) <= len(versions):
        return versions[int(which) - 1]
    for version in versions:
        if version.path.name == which or str(version.path) == which:
            return version
    raise NotFound(f"no backup '{which[:80]}' (see 'keydesk backup list')")


def require_restore_allowed(policy: Policy) -> None:
    for key in ("allow_edit", "allow_add", "allow_remove"):
        policy.require(key)


def restore(vault: Vault, version: BackupVersion, policy: Policy) -> int:
    """Replace the accounts with the backup's, in one save; on failure nothing changes.

    A restore adds, changes and removes accounts at once, so it needs all three allowed: it
    is no way around allow_add, allow_edit or allow_remove."""
    from desktop.core.vault_copies import open_copy

    require_restore_allowed(policy)

    try:
        accounts = open_copy(vault, version.path.read_bytes(), version.path)
    except OSError as exc:
        raise BackupFailed(f"cannot read {version.path}: {exc.strerror or exc}") from None
    before = list(vault.accounts)
    vault.accounts[:] = accounts
    try:
        vault.save()
    except BaseException:
        vault.accounts[:] = before
        raise
    return len(accounts)
