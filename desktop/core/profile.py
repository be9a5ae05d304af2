"""Where a Keydesk profile lives: ``--home``, then ``$KEYDESK_HOME``, then the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

HOME_ENV = "KEYDESK_HOME"
APP_NAME = "keydesk"


def home_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(HOME_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_path(home: Path) -> Path:
    return home / "keydesk.log"
