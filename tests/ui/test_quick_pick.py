"""The global shortcut and the quick-pick: the key goes through a real X server (Xvfb, sent with
XTEST by xdotool) to Keydesk's grab; the popup opens, Enter copies, Shift+Enter copies the next
code, Esc closes."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from desktop.core.errors import InvalidInput
from desktop.core.otp import code_at
from desktop.core.shortcut import parse_shortcut
from desktop.ui import settings as keys
from desktop.ui.hotkey import HotkeyUnavailable, X11Hotkey
from desktop.ui.model import Role
from desktop.ui.quick_access import QuickAccess
from tests.ui.a11y import unnamed_controls


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A private X server; its display name."""
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must run the hotkey test: install xvfb and xdotool")
        pytest.skip("Xvfb or xdotool missing (apt: xvfb xdotool)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()  # Xvfb writes its display number once it is ready
    assert number, "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=30)


def press(display: str, keys_: str) -> None:
    subprocess.run(
        ["xdotool", "key", keys_], env={**os.environ, "DISPLAY": display}, check=True, timeout=30
    )


def test_the_hotkey_opens_the_quick_pick_and_enter_copies(
    open_window: Any, qtbot: Any, xvfb: str, fake_clock: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    window.hide()  # from anywhere on the desktop: the main window is not even shown
    monkeypatch.setenv("DISPLAY", xvfb)
    quick = QuickAccess(window)
    quick.hotkey = X11Hotkey(parse_shortcut("Ctrl+Alt+K"), xvfb, quick)
    quick.hotkey.triggered.connect(quick.open_from_key)
    try:
        press(xvfb, "ctrl+alt+k")
        qtbot.waitUntil(lambda: quick.popup is not None and quick.popup.isVisible(), timeout=10_000)
        popup = quick.popup
        assert popup is not None and popup.last_latency_ms is not None
        assert unnamed_controls(popup) == []
        qtbot.keyClicks(popup.search, "git")
        assert popup.selected() is not None and popup.selected().issuer == "GitHub"
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)
        github = popup.selected()
        assert not popup.isVisible()
        assert QGuiApplication.clipboard().text() == code_at(github, fake_clock.now)
        # Again: Shift+Enter copies the next code; Esc closes without copying.
        press(xvfb, "ctrl+alt+k")
        qtbot.waitUntil(popup.isVisible, timeout=10_000)
        qtbot.keyClicks(popup.search, "git")
        qtbot.keyClick(popup.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
        row = window.model.row_of(github.id)
        assert QGuiApplication.clipboard().text() == window.model.index(row).data(Role.NEXT_CODE)
        press(xvfb, "ctrl+alt+k")
        qtbot.waitUntil(popup.isVisible, timeout=10_000)
        qtbot.keyClick(popup.search, Qt.Key.Key_Escape)
        assert not popup.isVisible()
    finally:
        quick.release()


def test_a_shortcut_taken_by_another_client_is_reported(xvfb: str, qapp: Any) -> None:
    first = X11Hotkey(parse_shortcut("Ctrl+Alt+J"), xvfb)
    try:
        with pytest.raises(HotkeyUnavailable, match="already uses"):
            X11Hotkey(parse_shortcut("Ctrl+Alt+J"), xvfb)
    finally:
        first.close()


def test_wayland_says_plainly_that_the_desktop_decides(
    open_window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With or without a session bus here, no desktop portal answers: the plain message.
    # The portal itself is tested in test_portal_shortcut.py.
    window = open_window()
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "wayland"))
    quick = QuickAccess(window)
    quick.register()
    qtbot.waitUntil(lambda: "Wayland" in quick.status, timeout=20_000)
    assert "keydesk --quick-pick" in quick.status
    quick.release()


def test_the_user_can_turn_it_off_and_bad_shortcuts_are_explained(open_window: Any) -> None:
    window = open_window()
    quick = QuickAccess(window)
    window.settings.set(keys.QUICK_PICK_HOTKEY, "")
    assert quick.hotkey is None and "off" in quick.status
    window.settings.set(keys.QUICK_PICK_HOTKEY, "Shift+K")
    assert quick.hotkey is None and "needs Ctrl, Alt or Meta" in quick.status
    with pytest.raises(InvalidInput):
        parse_shortcut("Ctrl+Alt+Tab")


def test_the_popup_stays_on_its_screen(open_window: Any, qtbot: Any) -> None:
    window = open_window()
    quick = QuickAccess(window)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    quick.open(started=None)
    popup = quick.popup
    assert popup is not None
    popup.open_at(QPoint(screen.right() - 5, screen.bottom() - 5))
    assert screen.contains(popup.frameGeometry())
    assert popup.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    popup.hide()


def test_a_policy_turns_the_shortcut_off(open_window: Any, tmp_path: Any) -> None:
    import json

    from desktop.core.policy import load_policy

    window = open_window()
    file = tmp_path / "policy.json"
    file.write_text(json.dumps({"version": 1, "global_hotkey": ""}), encoding="utf-8")
    window.settings.policy = load_policy(file)
    assert window.settings.pinned(keys.QUICK_PICK_HOTKEY)
    quick = QuickAccess(window)
    quick.register()
    assert quick.hotkey is None and "off" in quick.status
