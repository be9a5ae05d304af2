"""Two keystrokes to a code: typing anywhere filters, arrows move, Enter copies, Esc clears."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class TypeToFilter(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        window.search.installEventFilter(self)
        window.view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is self.w.search:
            return self._in_search(event)
        if watched is self.w.view:
            return self._in_list(event)
        return False

    def _in_search(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _ENTER:
            self.w.account_actions.copy_current()
            return True
        if key == Qt.Key.Key_Escape:
            self.clear()
            return True
        if key in _MOVES and self.w.proxy.rowCount():
            self._move(key)
            return True
        if event.matches(QKeySequence.StandardKey.Copy) and not self.w.search.hasSelectedText():
            self.w.account_actions.copy_current()
            return True
        # Ctrl+Z undoes a delete while one can be undone, even with the search field focused.
        if event.matches(QKeySequence.StandardKey.Undo) and self.w.account_actions.can_undo:
            self.w.account_actions.undo()
            return True
        return False

    def _in_list(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _ENTER:
            self.w.account_actions.copy_current()
            return True
        if key == Qt.Key.Key_Escape:
            self.clear()
            return True
        if key == Qt.Key.Key_Backspace and self.w.search.text():
            self.w.search.setFocus()
            self.w.search.backspace()
            return True
        text = event.text()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if plain and text and text.isprintable() and not text.isspace():
            self.w.search.setFocus()
            self.w.search.insert(text)
            return True
        return False

    def _move(self, key: int) -> None:
        rows = self.w.proxy.rowCount()
        current = self.w.view.currentIndex().row()
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -5,
            Qt.Key.Key_PageDown: 5,
        }
        target = min(max((current if current >= 0 else -1) + step[Qt.Key(key)], 0), rows - 1)
        self.w.select_proxy_row(target)

    def clear(self) -> None:
        if self.w.search.text():
            self.w.search.clear()
        elif self.w.chips.selected:
            self.w.chips.reset()
        self.w.search.setFocus()
