"""A data folder of the old one-vault layout becomes the profile "default", losing nothing.

Before profiles, the vault and the admin console's files sat directly in the data folder. They
move to ``profiles/default/`` in steps that each leave a readable state behind:

1. every old file is hard-linked (or copied and fsynced) into ``profiles/.migrating-default/``,
   with a ``profile.json``; a crash here leaves the old layout untouched and the half-made
   folder is thrown away by the next run;
2. that folder is renamed to ``profiles/default`` (atomic): from now on the profile exists;
3. each old file is removed only once the copy in the profile is byte-for-byte the same.

Running it again after a crash at any point finishes the job. An old file that differs from the
profile's copy (an older Keydesk wrote it after the move) is left in place and reported.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.profiles import (
    DEFAULT_NAME,
    META_FILENAME,
    VAULT_FILENAME,
    Profile,
    ProfileStore,
    _meta,
    _write_json,
    fsync_directory,
    read_profile,
)

if TYPE_CHECKING:
    import logging

#: What belonged to the one profile of the old layout (settings.ini and the log stay shared).
LEGACY_FILES = (
    VAULT_FILENAME,
    VAULT_FILENAME + ".bak",
    "admin.json",
    "admin.json.bak",
    "admin-replica.sqlite3",
    "admin-replica.sqlite3-wal",
    "admin-replica.sqlite3-shm",
    "backups.json",
)
#: Folders that belonged to it (the automatic encrypted backups).
LEGACY_FOLDERS = ("backups",)
STAGING = ".migrating-" + DEFAULT_NAME
Step = Callable[[str], None]


# shutil, filecmp and logging (4 ms) are imported by a migration, which almost never runs: every
# start (and a second launch handing over to the running window) only checks for old files.


def _log() -> logging.Logger:
    import logging

    return logging.getLogger("keydesk.profiles")


def legacy_files(home: Path) -> list[Path]:
    """The old layout's files present in ``home`` (an empty list: nothing to migrate)."""
    found = [home / name for name in LEGACY_FILES if (home / name).is_file()]
    found += [home / name for name in LEGACY_FOLDERS if (home / name).is_dir()]
    found += sorted(home.glob(".tmp-" + VAULT_FILENAME + "*"))  # an interrupted vault write
    return found


def migrate_legacy(home: Path, *, after_step: Step | None = None) -> Profile | None:
    """Move an old layout into the profile "default"; None when there was nothing to move."""
    if not legacy_files(home):
        return None  # the common case: a few stat calls, no lock
    store = ProfileStore(home)
    step = after_step or (lambda _name: None)
    with store.locked():
        files = legacy_files(home)
        if not files:
            return None  # another process migrated while we waited for the lock
        target = store.root / DEFAULT_NAME
        if not target.exists():
            _stage(store, files, step)
            os.replace(store.root / STAGING, target)
            fsync_directory(store.root)
            step("installed")
        _retire(home, target, files, step)
        _log().info("migrated the one-vault layout of %s to the profile '%s'", home, DEFAULT_NAME)
        return read_profile(target)


def _stage(store: ProfileStore, files: list[Path], step: Step) -> None:
    import shutil

    staging = store.root / STAGING
    if staging.exists():
        shutil.rmtree(staging)  # left by a crash before the rename: the old files are intact
    staging.mkdir(mode=0o700)
    for source in files:
        _link_or_copy(source, staging / source.name)
        step(f"staged {source.name}")
    _write_json(staging / META_FILENAME, _meta(DEFAULT_NAME, time.time()))
    fsync_directory(staging)
    step("staged")


def _retire(home: Path, target: Path, files: list[Path], step: Step) -> None:
    import shutil

    for source in files:
        copy = target / source.name
        if not copy.exists():
            _link_or_copy(source, copy)  # the profile existed already (made before the file)
            fsync_directory(target)
        if _same(source, copy):
            if source.is_dir():
                shutil.rmtree(source)
            else:
                source.unlink()
            step(f"removed {source.name}")
        else:
            _log().warning(
                "%s differs from the profile's copy %s; both are kept, nothing was overwritten",
                source,
                copy,
            )
    fsync_directory(home)


def _link_or_copy(source: Path, destination: Path) -> None:
    import shutil

    if source.is_dir():
        if destination.exists():
            shutil.rmtree(destination)  # a partial copy: made again from the intact source
        shutil.copytree(source, destination, copy_function=_link_or_copy_file)
        return
    _link_or_copy_file(source, destination)


def _link_or_copy_file(source: str | Path, destination: str | Path) -> None:
    import shutil

    try:
        os.link(source, destination)
    except OSError:  # no hard links on this file system
        shutil.copy2(source, destination)
        with open(destination, "rb") as handle:
            os.fsync(handle.fileno())


def _same(first: Path, second: Path) -> bool:
    import filecmp

    try:
        if first.is_dir():
            return _same_tree(first, second)
        return os.path.samefile(first, second) or filecmp.cmp(first, second, shallow=False)
    except OSError:
        return False


def _same_tree(source: Path, copy: Path) -> bool:
    """Every file of ``source`` is in ``copy``, identical (a removal cut short leaves fewer)."""
    names = [p.relative_to(source) for p in source.rglob("*") if p.is_file()]
    return all((copy / name).is_file() and _same(source / name, copy / name) for name in names)
