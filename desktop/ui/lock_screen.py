"""The unlock screen: the only thing a locked window shows.

Three modes: *passphrase* (a real lock: the field, Unlock, the backoff countdown), *privacy*
(a keyring-only profile: one click opens it, and the screen says exactly that, with an offer to
add a passphrase) and *error* (the profile cannot be read: the message names its folder, and
Switch profile still works). Every control is a plain widget in a layout (no overlay or custom
painting), so it looks the same on a real X server as in an offscreen grab.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.avatar import avatar_colour, avatar_letter

PASSPHRASE, PRIVACY, ERROR = "passphrase", "privacy", "error"
AVATAR_SIZE = 72


def profile_avatar(name: str, size: int = AVATAR_SIZE) -> QPixmap:
    """A round avatar: the name's first letter on a colour that is stable per name."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(avatar_colour(name))
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setPixelSize(int(size * 0.45))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, avatar_letter(name, ""))
    painter.end()
    return pixmap


class LockScreen(QWidget):
    passphraseEntered = Signal(str)
    openRequested = Signal()
    switchRequested = Signal()
    addPassphraseRequested = Signal()

    def __init__(
        self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.clock = clock
        self.mode = PASSPHRASE
        self._deadline = 0.0
        self.countdown_timer = QTimer(self)
        self.countdown_timer.setInterval(1000)
        self.countdown_timer.timeout.connect(self._tick)
        self._build()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(10)
        self.avatar = QLabel(self)
        self.avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.avatar)
        self.name = self._label("lockName", bold=True, size_delta=4)
        column.addWidget(self.name)
        self.state = self._label("lockState")
        column.addWidget(self.state)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.returnPressed.connect(self._submit)
        column.addWidget(self.field)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        column.addWidget(self.unlock_button)
        self.error = self._label("lockError")
        self.error.setProperty("tone", "error")
        column.addWidget(self.error)
        self.countdown = self._label("lockCountdown")
        column.addWidget(self.countdown)
        self.privacy_note = self._label("privacyNote")
        column.addWidget(self.privacy_note)
        self.add_passphrase = QPushButton(self.tr("Add a passphrase…"), self)
        self.add_passphrase.clicked.connect(self.addPassphraseRequested)
        column.addWidget(self.add_passphrase)
        self.switch = QPushButton(self.tr("Switch profile…"), self)
        self.switch.setFlat(True)
        self.switch.clicked.connect(self.switchRequested)
        column.addWidget(self.switch)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _label(self, name: str, *, bold: bool = False, size_delta: int = 0) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if bold or size_delta:
            font = label.font()
            font.setBold(bold)
            font.setPointSize(font.pointSize() + size_delta)
            label.setFont(font)
        return label

    # --- what it shows -------------------------------------------------------------------

    def show_profile(self, name: str, mode: str, message: str = "") -> None:
        self.mode = mode
        self.avatar.setPixmap(profile_avatar(name))
        self.name.setText(name)
        self.field.clear()
        self._say(self.error, message)
        self._say(self.countdown, "")
        self.countdown_timer.stop()
        passphrase = mode == PASSPHRASE
        self.field.setVisible(passphrase)
        self.field.setEnabled(True)
        self.unlock_button.setEnabled(mode != ERROR)
        self.unlock_button.setVisible(mode != ERROR)
        self.add_passphrase.setVisible(mode == PRIVACY)
        self.privacy_note.setVisible(mode == PRIVACY)
        if passphrase:
            self.state.setText(self.tr("Locked. Enter this profile's passphrase."))
            self.unlock_button.setText(self.tr("Unlock"))
        elif mode == PRIVACY:
            self.state.setText(self.tr("Privacy screen"))
            self.unlock_button.setText(self.tr("Open"))
            self.privacy_note.setText(
                self.tr(
                    "This profile has no passphrase, so this screen only hides the codes: "
                    "anyone using this computer account can open it with a click. Add a "
                    "passphrase to make the lock real."
                )
            )
        else:
            self.state.setText(self.tr("This profile cannot be opened."))
        if passphrase:
            self.field.setFocus()

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        """An empty line takes no room: the screen stays centred without gaps."""
        label.setText(text)
        label.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        self.field.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if busy:
            self._say(self.error, "")

    def show_error(self, text: str) -> None:
        self._say(self.error, text)
        self.set_busy(False)
        self.field.selectAll()
        self.field.setFocus()

    def start_countdown(self, seconds: float) -> None:
        """Refuse attempts for ``seconds`` and show the time left, second by second."""
        if seconds <= 0:
            return
        self._deadline = self.clock() + seconds
        self.field.setEnabled(False)
        self.unlock_button.setEnabled(False)
        self.countdown_timer.start()
        self._tick()

    @property
    def waiting(self) -> bool:
        return self.countdown_timer.isActive()

    def _tick(self) -> None:
        left = max(0, round(self._deadline - self.clock()))
        if left <= 0:
            self.countdown_timer.stop()
            self._say(self.countdown, "")
            self.set_busy(False)
            self.field.setFocus()
            return
        self._say(
            self.countdown,
            self.tr("Too many failed attempts.\nTry again in %1 s.").replace("%1", str(left)),
        )

    def _submit(self) -> None:
        if self.waiting or not self.unlock_button.isEnabled():
            return
        if self.mode == PASSPHRASE:
            text = self.field.text()
            self.field.clear()  # the text leaves the widget at once
            if text:
                self.passphraseEntered.emit(text)
        else:
            self.openRequested.emit()
