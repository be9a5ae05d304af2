"""Shared test set-up. Qt must be told to render offscreen before anything imports it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KEYDESK_SHARED", REPO.parent / "shared"))
INTEROP = SHARED / "testdata" / "interop"
QR_PHOTOS = SHARED / "testdata" / "qr-photos"


@pytest.fixture
def interop() -> Path:
    """The public sample files from other authenticators; tests skip when they are absent."""
    if not INTEROP.is_dir():
        pytest.skip(f"public interop samples not found at {INTEROP} (set KEYDESK_SHARED)")
    return INTEROP


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty Keydesk home; KEYDESK_HOME points at it for code and subprocesses."""
    path = tmp_path / "home"
    path.mkdir()
    monkeypatch.setenv("KEYDESK_HOME", str(path))
    yield path
