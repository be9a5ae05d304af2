"""Crash-safe file replacement that keeps the previous version.

At every instant ``path`` holds either the old or the new content, never a partial file: the new
bytes go to a temp file in the same directory (mode 0600 from creation), are fsynced, the current
file is hard-linked to ``<path>.bak`` and the temp file is renamed over ``path``; then the
directory is fsynced so the rename survives a power cut.

:func:`write_new` creates a file that must not exist yet: the temp file is hard-linked into place,
which fails instead of replacing anything another process (or a crash) left there.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

BACKUP_SUFFIX = ".bak"
TEMP_PREFIX = ".tmp-"
#: A temp file older than this was left by a crash, not by a writer still at work.
STALE_AFTER_S = 600.0


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def temp_files(path: Path) -> list[Path]:
    """Temp files of writes to ``path`` that never finished (a crash, a full disk)."""
    return sorted(path.parent.glob(TEMP_PREFIX + path.name + "*"))


def write_atomic(path: Path, data: bytes, *, keep_previous: bool = True) -> None:
    """Replace ``path`` with ``data``; the replaced version becomes ``<path>.bak`` unless
    ``keep_previous`` is false (a restore, which must not overwrite the backup it restores)."""
    temp = _write_temp(path, data)
    try:
        if keep_previous and path.exists():
            _keep_previous(path)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_directory(path.parent)


def write_new(path: Path, data: bytes) -> None:
    """Create ``path`` with ``data``; :class:`FileExistsError` if anything is there already."""
    temp = _write_temp(path, data)
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError:  # file systems without hard links: an exclusive create is still atomic
        _write_exclusive(path, data)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    _fsync_directory(path.parent)


def _write_temp(path: Path, data: bytes) -> Path:
    import tempfile  # here, not at the top: opening a vault at start-up does not need it

    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    _remove_stale_temps(path)
    fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX + path.name, dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return temp


def _write_exclusive(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _keep_previous(path: Path) -> None:
    backup = backup_path(path)
    staging = backup.with_name(TEMP_PREFIX + backup.name)
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    try:
        os.link(path, staging)
    except OSError:  # file systems without hard links
        import shutil

        shutil.copy2(path, staging)
    os.replace(staging, backup)


def _remove_stale_temps(path: Path) -> None:
    # Left by a crash mid-write; they only ever hold ciphertext, but should not pile up.
    cutoff = time.time() - STALE_AFTER_S
    for stale in temp_files(path):
        with contextlib.suppress(OSError):
            if stale.stat().st_mtime < cutoff:
                stale.unlink()


def _fsync_directory(directory: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
