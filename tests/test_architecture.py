"""The house rules of DESIGN §2 that a test can hold."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PURE = [REPO / "desktop" / "core", REPO / "desktop" / "admin"]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_and_admin_never_import_qt() -> None:
    offenders = [
        f"{path.relative_to(REPO)} imports {name}"
        for folder in PURE
        if folder.exists()
        for path in folder.rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
    ]
    assert offenders == []


def test_core_never_imports_the_ui_admin_or_server() -> None:
    offenders = [
        f"{path.relative_to(REPO)} imports {name}"
        for path in (REPO / "desktop" / "core").rglob("*.py")
        for name in imported_modules(path)
        if name.startswith(("desktop.ui", "desktop.admin", "desktop.commands", "server"))
    ]
    assert offenders == []


def test_server_and_desktop_meet_only_over_http() -> None:
    offenders = [
        f"{path.relative_to(REPO)} imports {name}"
        for path in (REPO / "server").rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] == "desktop"
    ]
    offenders += [
        f"{path.relative_to(REPO)} imports {name}"
        for path in (REPO / "desktop").rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] == "server"
    ]
    assert offenders == []


def test_the_qt_check_would_catch_an_offender(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import QObject\n")
    assert "PySide6.QtCore" in imported_modules(sample)
