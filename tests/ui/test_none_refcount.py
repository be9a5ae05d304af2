"""PySide6 6.12.0 drops a reference to None per void Qt call on Python 3.11, which aborts the
interpreter within minutes of painting. pyproject excludes that release; this test catches any
other release with the same fault before users do."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QPainter, QPixmap


def test_void_qt_calls_keep_none_balanced(qapp: object) -> None:
    pixmap = QPixmap(8, 8)
    painter = QPainter(pixmap)
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        painter.setFont(font)
    painter.end()
    # Unrelated code may hold or drop a few references meanwhile; a leak drops 10,000.
    assert abs(sys.getrefcount(None) - before) < 1_000
