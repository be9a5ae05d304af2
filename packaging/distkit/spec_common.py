"""What the three PyInstaller specs (Linux, Windows, macOS) share.

Imported by the specs, inside PyInstaller's process; PyInstaller is imported lazily so the rest
of distkit works without it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from desktop.core import brand_store
from distkit.bundle_rules import EXCLUDED_MODULES, app_languages, collection_modes, keep_entry

__all__ = [
    "EXCLUDED_MODULES",
    "app_languages",
    "collection_modes",
    "drop_unused_qt_plugins",
    "filter_collected",
    "hidden_imports",
    "hooks_path",
    "resources",
]


def resources(root: Path) -> list[tuple[str, str]]:
    """The app's resources as (source, folder in the bundle): icons, compiled translations, the
    policy schema, and simple-icons as one compact file (written here from the installed wheel,
    which stays out; a checkout's own copy from ``make setup`` is not taken). Not the .ts
    sources, nor openapi.json (the server's contract, read by tests)."""
    if not list((root / "resources" / "translations").glob("*.qm")):
        raise SystemExit("no compiled translations: run `make translations` first")
    store = root / "build" / "brand-store" / brand_store.FILENAME
    store.parent.mkdir(parents=True, exist_ok=True)
    brand_store.write_store(brand_store.pack_icons(), store)
    return [
        *(
            (str(path), str(path.parent.relative_to(root)))
            for path in sorted((root / "resources").rglob("*"))
            if path.is_file()
            and path.suffix != ".ts"
            and path.name not in ("openapi.json", brand_store.FILENAME)
        ),
        (str(store), "resources"),
    ]


def hooks_path(root: Path) -> list[str]:
    """Our PyInstaller hooks: a lighter run-time hook for PySide6 (see its comment)."""
    return [str(root / "packaging" / "pyinstaller" / "hooks")]


def hidden_imports() -> list[str]:
    """The CLI finds its subcommands with pkgutil, and the UI imports some modules lazily."""
    from PyInstaller.utils.hooks import collect_submodules

    names = [*collect_submodules("desktop.commands"), *collect_submodules("desktop.ui")]
    if sys.platform.startswith("linux"):
        # The global shortcut: python-xlib imports its protocol extensions by name at run time.
        names += collect_submodules("Xlib")
    return names


def drop_unused_qt_plugins(languages: set[str]) -> None:
    """Filter Qt plugins as PyInstaller's Qt hooks collect them, before it follows their library
    dependencies: dropping the gtk3 theme afterwards would leave the GTK stack it pulled in."""
    from PyInstaller.utils.hooks.qt import QtLibraryInfo

    collect = QtLibraryInfo.collect_plugins

    def collect_used(self: Any, plugin_type: str) -> list[tuple[str, str]]:
        return [
            (source, folder)
            for source, folder in collect(self, plugin_type)
            if keep_entry(f"{folder}/{Path(source).name}", languages)
        ]

    QtLibraryInfo.collect_plugins = collect_used


def filter_collected(analysis: Any, languages: set[str]) -> None:
    """Drop the Qt libraries and translations the app does not use from what was collected."""
    analysis.binaries = [entry for entry in analysis.binaries if keep_entry(entry[0], languages)]
    analysis.datas = [entry for entry in analysis.datas if keep_entry(entry[0], languages)]
