"""Where a Keydesk profile lives: ``--home``, then ``$KEYDESK_HOME``, then the user data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

HOME_ENV = "KEYDESK_HOME"
APP_NAME = "keydesk"


def home_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(HOME_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return user_data_dir()


def user_data_dir() -> Path:
    """The XDG data folder on Linux (read directly: platformdirs costs 6 ms of start-up)."""
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_DATA_HOME", "").strip()
        root = Path(base) if os.path.isabs(base) else Path.home() / ".local" / "share"
        return root / APP_NAME
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_path(home: Path) -> Path:
    return home / "keydesk.log"
