"""PySide6 6.12 on Python 3.11 drops a reference to None per void Qt call; the GUI must survive."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QPainter, QPixmap

import desktop.ui


def test_many_void_calls_do_not_kill_none(qapp: object) -> None:
    desktop.ui.keep_none_alive()
    pixmap = QPixmap(8, 8)
    painter = QPainter(pixmap)
    font = QFont()
    for _ in range(100_000):
        painter.setFont(font)
    painter.end()
    assert sys.getrefcount(None) > 1_000_000
