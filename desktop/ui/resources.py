"""Where the app's resource files (icons, translations) are: source tree, bundle or override."""

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


def icon_path(name: str) -> Path:
    return resource_dir() / "icons" / f"{name}.svg"


def translations_dir() -> Path:
    return resource_dir() / "translations"
