"""What a first-time user sees: how to add the first account, following the service's own steps."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.icons import icon, render_svg


class EmptyState(QWidget):
    scanRequested = Signal()
    pasteRequested = Signal()
    manualRequested = Signal()

    def __init__(self, can_scan: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 28, 36, 28)
        outer.addStretch(1)
        logo = QLabel(self)
        logo.setPixmap(_logo(self.devicePixelRatioF()))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(logo)
        title = QLabel(self.tr("Add your first account"), self)
        title.setObjectName("emptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(title)
        intro = QLabel(
            self.tr(
                "Keydesk shows the one-time codes you need to sign in. To connect your account:"
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setObjectName("emptyIntro")
        outer.addWidget(intro)
        outer.addWidget(self._steps())
        outer.addLayout(self._buttons(can_scan))
        outer.addStretch(2)

    def _steps(self) -> QWidget:
        steps = [
            self.tr("Sign in to the service and open <b>Account → Two-factor authentication</b>."),
            self.tr("Choose the authenticator app and press <b>Activate</b>."),
            self.tr("Enter the confirmation code sent to your e-mail."),
            self.tr("A QR code appears: scan it with Keydesk, or copy its link and paste it here."),
            self.tr("Type the code Keydesk shows and press <b>Complete the setup</b>."),
        ]
        items = "".join(f"<li style='margin-bottom:6px'>{step}</li>" for step in steps)
        label = QLabel(f"<ol style='margin-left:-12px'>{items}</ol>", self)
        label.setObjectName("emptySteps")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setMaximumWidth(460)
        wrapper = QWidget(self)
        row = QHBoxLayout(wrapper)
        row.setContentsMargins(0, 6, 0, 6)
        row.addStretch(1)
        row.addWidget(label)
        row.addStretch(1)
        return wrapper

    def _buttons(self, can_scan: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addStretch(1)
        if can_scan:
            scan = QPushButton(icon("camera", "#ffffff"), self.tr("Scan QR code"), self)
            scan.setObjectName("primary")
            scan.clicked.connect(self.scanRequested)
            row.addWidget(scan)
        paste = self._paste = QPushButton(
            icon("paste", self.palette().text().color()), self.tr("Paste link"), self
        )
        paste.clicked.connect(self.pasteRequested)
        manual = QPushButton(
            icon("keyboard", "#ffffff" if not can_scan else self.palette().text().color()),
            self.tr("Enter key manually"),
            self,
        )
        if not can_scan:
            manual.setObjectName("primary")
        self._manual = manual
        manual.clicked.connect(self.manualRequested)
        row.addWidget(paste)
        row.addWidget(manual)
        row.addStretch(1)
        return row

    def restyle(self) -> None:
        """A new theme: the icons drawn in the text colour follow it."""
        text = QGuiApplication.palette().text().color()
        self._paste.setIcon(icon("paste", text))
        if self._manual.objectName() != "primary":
            self._manual.setIcon(icon("keyboard", text))


def _logo(ratio: float) -> QPixmap:
    pixmap = render_svg("keydesk", round(72 * ratio))
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
