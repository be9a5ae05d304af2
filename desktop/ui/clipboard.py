"""Copying codes: marked so clipboard managers skip them, and cleared after a delay if still ours."""

from __future__ import annotations

import sys

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard

KDE_HINT = "x-kde-passwordManagerHint"
WIN_EXCLUDE = "ExcludeClipboardContentFromMonitorProcessing"
WIN_HISTORY = "CanIncludeInClipboardHistory"
_DWORD_ZERO = b"\x00\x00\x00\x00"


def _windows(name: str) -> str:
    return f'application/x-qt-windows-mime;value="{name}"'


def secret_mime(text: str) -> QMimeData:
    """Plain text plus the formats that keep it out of clipboard managers and Windows history."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(KDE_HINT, QByteArray(b"secret"))
    formats = [WIN_EXCLUDE, WIN_HISTORY]
    if sys.platform == "win32":
        formats = [_windows(name) for name in formats]
    exclude, history = formats
    mime.setData(exclude, QByteArray(_DWORD_ZERO))
    mime.setData(history, QByteArray(_DWORD_ZERO))
    return mime


class ClipboardGuard(QObject):
    """Puts a code on the clipboard and takes it off again after ``delay`` seconds."""

    copied = Signal(int)
    cleared = Signal()

    def __init__(self, clipboard: QClipboard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def copy(self, code: str, delay_s: int) -> None:
        self._clipboard.setMimeData(secret_mime(code))
        self._ours = code
        self._timer.start(delay_s * 1000)
        self.copied.emit(delay_s)

    def clear_if_ours(self) -> bool:
        """Clear only if the clipboard still holds our code; the user may have copied since."""
        self._timer.stop()
        ours, self._ours = self._ours, None
        if ours is None or self._clipboard.text() != ours:
            return False
        self._clipboard.clear()
        self.cleared.emit()
        return True
