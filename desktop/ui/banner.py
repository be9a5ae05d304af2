"""The clock-drift banner: says how far off the clock is and offers to correct the codes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.icons import render_svg


class DriftBanner(QFrame):
    accepted = Signal(float)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.offset = 0.0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        layout.setSpacing(10)
        self.symbol = QLabel(self)  # drawn when first shown: most windows never show it
        self.symbol.setFixedSize(20, 20)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.fix = QPushButton(self.tr("Correct codes"), self)
        self.fix.clicked.connect(lambda: self.accepted.emit(self.offset))
        self.close_button = QPushButton(self.tr("Dismiss"), self)
        self.close_button.clicked.connect(self._dismiss)
        layout.addWidget(self.symbol)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.fix)
        layout.addWidget(self.close_button)
        self.setAccessibleName(self.tr("Clock warning"))
        self.hide()

    def show_offset(self, offset: float) -> None:
        self.offset = offset
        seconds = round(abs(offset))
        if offset > 0:
            text = self.tr(
                "This computer's clock is %n s behind; codes may be rejected.", "", seconds
            )
        else:
            text = self.tr(
                "This computer's clock is %n s ahead; codes may be rejected.", "", seconds
            )
        self.label.setText(text)
        self.setAccessibleDescription(text)
        if self.symbol.pixmap().isNull():
            ratio = self.devicePixelRatioF()
            pixmap = render_svg("warning", round(20 * ratio), QColor("#8a5a00"))
            pixmap.setDevicePixelRatio(ratio)
            self.symbol.setPixmap(pixmap)
        self.show()

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
