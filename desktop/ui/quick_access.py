"""The quick-pick from anywhere: owns the popup and the global shortcut, following the settings.

Started once the main window is ready (never on the start-up path). The popup is built a moment
later, so that the first press of the shortcut only has to show it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication

from desktop.core.errors import InvalidInput
from desktop.core.shortcut import parse_shortcut
from desktop.ui import settings as keys
from desktop.ui.hotkey import Hotkey, HotkeyUnavailable, register

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.quick_pick import QuickPick

PREBUILD_MS = 1000


class QuickAccess(QObject):
    #: Why the shortcut is not active ("" when it is); for the settings and the notice.
    statusChanged = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.popup: QuickPick | None = None
        self.hotkey: Hotkey | None = None
        self.status = ""
        window.settings.changed.connect(self._setting_changed)

    def start(self) -> None:
        self.register()
        QTimer.singleShot(PREBUILD_MS, self.build_popup)

    def register(self) -> None:
        self.release()
        text = self.w.settings.get_str(keys.QUICK_PICK_HOTKEY).strip()
        if not text:
            self._set_status(self.tr("The global shortcut is off."))
            return
        try:
            self.hotkey = register(parse_shortcut(text), QGuiApplication.platformName(), self)
        except (InvalidInput, HotkeyUnavailable) as exc:
            self._set_status(str(exc))
            return
        self.hotkey.triggered.connect(self.open_from_key)
        self.hotkey.failed.connect(self._set_status)
        self._set_status("")

    def release(self) -> None:
        if self.hotkey is not None:
            self.hotkey.close()
            self.hotkey.deleteLater()
            self.hotkey = None

    def _set_status(self, text: str) -> None:
        self.status = text
        self.statusChanged.emit(text)

    def _setting_changed(self, key: str) -> None:
        if key == keys.QUICK_PICK_HOTKEY:
            self.register()

    def build_popup(self) -> QuickPick:
        if self.popup is None:
            from desktop.ui.quick_pick import QuickPick

            self.popup = QuickPick(self.w)
        return self.popup

    def open_from_key(self, arrived: float) -> None:
        self.open(started=arrived)

    def open(self, text: str = "", started: float | None = None) -> None:
        if self.w.locked:  # nothing to pick from: the unlock screen instead
            self.w.showNormal()
            self.w.raise_()
            self.w.activateWindow()
            return
        self.build_popup().open_at(QCursor.pos(), text, started)
