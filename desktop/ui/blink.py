"""The text cursor blinks for a while after input, then stays solid (as GTK does by default).

A blinking cursor repaints its field, and the styled bar behind it, twice a second for as long as
the window is open: most of an idle window's CPU. After :data:`BLINK_FOR_MS` without input to the
watched field the cursor stops blinking (it stays visible); a key, click or focus brings it back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

BLINK_FOR_MS = 10_000
_WAKING = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.FocusIn,
        QEvent.Type.InputMethod,
    }
)


def _platform_flash_ms() -> int:
    """The flash time the platform gave, read once per app: a window made after another one's
    limit stopped the blinking would otherwise read 0 and never blink again."""
    app = QGuiApplication.instance()
    saved = app.property("keydeskCursorFlashMs") if app is not None else None
    if saved is None:
        saved = QGuiApplication.styleHints().cursorFlashTime()
        if app is not None:
            app.setProperty("keydeskCursorFlashMs", saved)
    return int(saved)


class CursorBlinkLimit(QObject):
    def __init__(self, field: QWidget) -> None:
        super().__init__(field)
        self._flash_ms = _platform_flash_ms()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BLINK_FOR_MS)
        self._timer.timeout.connect(self.stop)
        field.installEventFilter(self)
        self._timer.start()

    @property
    def blinking(self) -> bool:
        return QGuiApplication.styleHints().cursorFlashTime() != 0

    def stop(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.setCursorFlashTime(0)  # a solid cursor, and no timer behind it

    def wake(self) -> None:
        from PySide6.QtWidgets import QApplication

        if self._flash_ms and not self.blinking:
            QApplication.setCursorFlashTime(self._flash_ms)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _WAKING:
            self.wake()
        return False
