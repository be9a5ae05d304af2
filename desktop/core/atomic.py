"""Crash-safe file replacement that keeps the previous version.

At every instant ``path`` holds either the old or the new content, never a partial file: the new
bytes go to a temp file in the same directory (mode 0600 from creation), are fsynced, the current
file is hard-linked to ``<path>.bak`` and the temp file is renamed over ``path``; then the
directory is fsynced so the rename survives a power cut.
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


def write_atomic(path: Path, data: bytes) -> None:
    import tempfile  # here, not at the top: opening a vault at start-up does not need it

    directory = path.parent
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    _remove_stale_temps(path)
    fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX + path.name, dir=directory)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            _keep_previous(path)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_directory(directory)


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
    for stale in path.parent.glob(TEMP_PREFIX + path.name + "*"):
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
