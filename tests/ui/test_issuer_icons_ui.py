"""Issuer icons on the avatars: after the first frame, a pack before simple-icons, the user's own
picture before both, the letter when nothing matches; never the network."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage

from desktop.core import icon_packs
from desktop.ui import avatar, brand
from tests.core.test_icon_packs import make_pack

PACK_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
    b'<rect width="10" height="10" fill="#ff0000"/></svg>'
)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network call attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture(autouse=True)
def fresh_icons(qapp: Any) -> Any:
    yield
    brand._packs = None
    avatar.clear_cache()


def draw(issuer: str, icon: str = "") -> QImage:
    return avatar.avatar_pixmap(issuer, "someone", icon, 40, 1.0).toImage()


def centre(image: QImage) -> QColor:
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_letters_until_loaded_then_brands(home: Path) -> None:
    brand._packs = None
    avatar.clear_cache()
    letter = draw("GitHub")
    brand.load(home)
    assert brand.loaded()
    github = draw("GitHub")
    assert github != letter
    assert draw("Chat2Desk") == draw("Chat2Desk")  # no match: still a letter, drawn the same
    brand._packs = None
    avatar.clear_cache()
    assert draw("Chat2Desk") == draw("Chat2Desk")


def test_a_pack_icon_wins_over_simple_icons_and_a_custom_icon_over_both(
    home: Path, tmp_path: Path
) -> None:
    brand.load(home)
    glyph = draw("GitHub")
    manifest = {
        "uuid": "0b5f1a7e-1111-4222-8333-944455556666",
        "name": "Red",
        "version": 1,
        "icons": [{"filename": "github.svg", "issuer": ["GitHub"]}],
    }
    icon_packs.import_pack(make_pack(tmp_path / "p.zip", manifest, {"github.svg": PACK_SVG}), home)
    brand.load(home)
    from_pack = draw("GitHub")
    assert from_pack != glyph
    assert centre(from_pack).red() > 200 and centre(from_pack).green() < 60
    blue = QImage(8, 8, QImage.Format.Format_ARGB32)
    blue.fill(QColor("#0000ff"))
    custom = draw("GitHub", avatar.image_to_icon(blue))
    assert centre(custom).blue() > 200 and centre(custom).red() < 60


def test_the_window_paints_icons_once_complete(open_window: Any, qtbot: Any) -> None:
    window = open_window()  # complete: icons loaded
    assert brand.loaded()
    window.view.viewport().grab()
    assert window.delegate.painted_rows > 0


def test_the_first_frame_does_not_import_the_icon_set() -> None:
    probe = (
        "import sys\n"
        "import desktop.ui.app, desktop.ui.startup, desktop.ui.main_window, desktop.ui.delegate\n"
        "print('simple_icons_pack' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "False"
