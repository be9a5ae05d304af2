"""What operators asked for on top of the main window: always on top (a setting and a menu
toggle), Shift+Enter to copy the next code, and double-click to copy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent

from desktop.ui import settings as keys

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def apply_always_on_top(window: MainWindow) -> None:
    """Follow the setting; changing a window flag hides it, so a shown window is shown again."""
    wanted = window.settings.get_bool(keys.ALWAYS_ON_TOP)
    if bool(window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint) == wanted:
        return
    visible = window.isVisible()
    window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, wanted)
    if visible:
        window.show()


class OperatorKeys(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.on_top = QAction(self.tr("Always on &top"), window)
        self.on_top.setCheckable(True)
        self.on_top.setChecked(window.settings.get_bool(keys.ALWAYS_ON_TOP))
        self.on_top.toggled.connect(self._toggle_on_top)
        menu = window.app_menu.menu
        menu.insertAction(window.app_menu.settings_action, self.on_top)
        window.settings.changed.connect(self._setting_changed)
        # Installed after the type-to-filter keys, so Shift+Enter is seen here first.
        window.search.installEventFilter(self)
        window.view.installEventFilter(self)
        window.view.doubleClicked.connect(window.account_actions.copy_index)

    def _toggle_on_top(self, checked: bool) -> None:
        if self.w.settings.get_bool(keys.ALWAYS_ON_TOP) != checked:
            self.w.settings.set(keys.ALWAYS_ON_TOP, checked)

    def _setting_changed(self, key: str) -> None:
        if key == keys.ALWAYS_ON_TOP:
            self.on_top.setChecked(self.w.settings.get_bool(keys.ALWAYS_ON_TOP))
            apply_always_on_top(self.w)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        shifted = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if event.key() in _ENTER and shifted:
            account = self.w.account_actions.current()
            if account is not None:
                from desktop.ui.quick_pick import copy_next_code

                copy_next_code(self.w, account)
            return True
        return False
