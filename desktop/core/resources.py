"""Where the app's resource files are: the source tree, a PyInstaller bundle, or an override."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

RESOURCES_ENV = "KEYDESK_RESOURCES"


@cache
def resource_dir() -> Path:
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
