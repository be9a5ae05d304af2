"""Where the app's resource files (icons, translations) are: source tree, bundle or override."""

from __future__ import annotations

from pathlib import Path

from desktop.core.resources import RESOURCES_ENV, resource_dir

__all__ = ["RESOURCES_ENV", "icon_path", "resource_dir", "translations_dir"]


def icon_path(name: str) -> Path:
    return resource_dir() / "icons" / f"{name}.svg"


def translations_dir() -> Path:
    return resource_dir() / "translations"
