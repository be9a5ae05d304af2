"""Copying: marked for clipboard managers, cleared after the delay only if still ours."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.core.otp import code_at
from desktop.ui.clipboard import KDE_HINT, WIN_EXCLUDE, WIN_HISTORY, ClipboardGuard, secret_mime


def test_copied_data_is_marked_secret() -> None:
    mime = secret_mime("123456")
    assert mime.text() == "123456"
    assert bytes(mime.data(KDE_HINT).data()) == b"secret"
    assert bytes(mime.data(WIN_HISTORY).data()) == b"\x00\x00\x00\x00"
    assert mime.hasFormat(WIN_EXCLUDE)


def test_clears_after_the_delay(qtbot: Any) -> None:
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard(clipboard)
    with qtbot.waitSignal(guard.cleared, timeout=3000):
        guard.copy("654321", 1)
        assert clipboard.text() == "654321"
    assert clipboard.text() == ""


def test_leaves_what_the_user_copied_since(qtbot: Any) -> None:
    clipboard = QGuiApplication.clipboard()
    guard = ClipboardGuard(clipboard)
    guard.copy("654321", 1)
    clipboard.setText("the user's own text")
    qtbot.waitUntil(lambda: not guard.pending, timeout=3000)
    assert clipboard.text() == "the user's own text"
    clipboard.clear()


def test_enter_copies_and_says_when_it_clears(
    open_window: Any, fake_clock: Any, qtbot: Any
) -> None:
    window = open_window()
    window.view.setFocus()
    window.select_proxy_row(1)
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    expected = code_at(window.model.account_at(1), fake_clock.now)
    assert QGuiApplication.clipboard().text() == expected
    assert window.notice.isVisible()
    assert window.notice.text == "Copied — clipboard clears in 30 s"
    assert window.guard.pending
