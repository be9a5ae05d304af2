"""The idle locks' input watch: input in any Keydesk window counts, other events do not."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from desktop.ui.input_watch import InputWatch


def _watch(owner: QWidget) -> list[str]:
    seen: list[str] = []
    InputWatch(lambda: seen.append("input"), owner)  # owned (and kept) by ``owner``
    return seen


def test_keys_and_the_pointer_in_a_window_count(qtbot: Any) -> None:
    window = QLineEdit()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    owner = QWidget()
    seen = _watch(owner)  # the window was open before the watch began
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_A)
    assert seen == ["input"]
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPoint(5, 5),
        window.mapToGlobal(QPoint(5, 5)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window.windowHandle(), move)
    assert seen == ["input", "input"]
    window.resize(300, 80)  # resizes, paints, timers: not someone being there
    window.update()
    qtbot.wait(1)
    assert seen == ["input", "input"]


def test_a_window_opened_later_counts_once_it_has_focus(qtbot: Any) -> None:
    owner = QWidget()
    seen = _watch(owner)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle())
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_Escape)
    assert seen == ["input"]
