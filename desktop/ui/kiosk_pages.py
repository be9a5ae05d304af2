"""The three pages of kiosk mode, in large type: pick your profile, passphrase, codes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.otp import Account, OtpType, code_at, seconds_left


class KioskProfile(NamedTuple):
    name: str
    folder: Path


def type_size(screen_height: int) -> int:
    """The body text's pixel size: large, and still fitting a 1366×768 screen."""
    return max(18, screen_height // 36)


def big_font(base: QFont, pixels: int, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def grouped(code: str) -> str:
    """123456 -> 123 456: easier to read aloud and to type."""
    return f"{code[: len(code) // 2]} {code[len(code) // 2 :]}" if len(code) >= 6 else code


class Page(QWidget):
    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(title, self)
        self.title.setObjectName("kioskTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.layout_.addWidget(self.title)


class PickerPage(Page):
    chosen = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(self.tr("Who is working here?"), parent)
        self.layout_.insertStretch(0, 1)  # the few names sit mid-screen, not under the top edge
        self.hint = QLabel(self.tr("Choose your profile"), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(self.hint)
        self.buttons: list[QPushButton] = []
        self.box = QVBoxLayout()
        self.box.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.layout_.addLayout(self.box)
        self.layout_.addStretch(1)

    def show_profiles(self, profiles: list[KioskProfile]) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for profile in profiles:
            button = QPushButton(profile.name, self)
            button.setObjectName("kioskProfile")
            button.clicked.connect(lambda _c=False, p=profile: self.chosen.emit(p))
            self.box.addWidget(button)
            self.buttons.append(button)
        if self.buttons:
            self.buttons[0].setFocus()


class PassphrasePage(Page):
    submitted = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__("", parent)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.returnPressed.connect(self._submit)
        self.error = QLabel(self)
        self.error.setObjectName("kioskError")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setWordWrap(True)
        self.unlock = QPushButton(self.tr("Unlock"), self)
        self.unlock.clicked.connect(self._submit)
        self.cancel = QPushButton(self.tr("Back"), self)
        self.cancel.clicked.connect(self.back.emit)
        row = QHBoxLayout()
        row.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        row.addWidget(self.cancel)
        row.addWidget(self.unlock)
        self.layout_.addWidget(self.field, 0, Qt.AlignmentFlag.AlignHCenter)
        self.layout_.addWidget(self.error)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)

    def ask(self, profile: KioskProfile, error: str = "") -> None:
        self.title.setText(self.tr("Passphrase for %1").replace("%1", profile.name))
        self.error.setText(error)
        self.field.clear()
        self.set_busy(False)
        self.field.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.field.setEnabled(not busy)
        self.unlock.setEnabled(not busy)
        self.unlock.setText(self.tr("Unlocking…") if busy else self.tr("Unlock"))

    def _submit(self) -> None:
        if self.field.text():
            self.set_busy(True)
            self.submitted.emit(self.field.text())


class Tile(QPushButton):
    """An account's tile: its label (elided to the tile's width, never cut off) over its code.
    The columns share the screen's width whatever the labels' lengths."""

    def __init__(self, label: str, padding: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("kioskTile")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(label)
        self.setAccessibleName(label)
        self.label = label
        self.padding = padding
        self.code_text = ""

    def show_code(self, code_text: str) -> None:
        self.code_text = code_text
        self._fill()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fill()

    def _fill(self) -> None:
        room = max(40, self.width() - 2 * self.padding - 8)  # 8: the button's frame
        label = self.fontMetrics().elidedText(self.label, Qt.TextElideMode.ElideRight, room)
        self.setText(f"{label}\n{self.code_text}")


class CodesPage(Page):
    copied = Signal(object)
    done = Signal()
    scan = Signal(str)

    def __init__(self, parent: QWidget, clock: Callable[[], float], columns: int = 2) -> None:
        super().__init__("", parent)
        self.clock = clock
        self.columns = columns
        self.hide_codes = False
        #: The tiles' left and right padding in pixels (the kiosk's stylesheet sets it).
        self.tile_padding = 0
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type to find an account"))
        self.search.setAccessibleName(self.tr("Find an account"))
        self.search.textChanged.connect(self._filter)
        self.layout_.addWidget(self.search)
        self.area = area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tiles_widget = QWidget(area)
        self.grid = QGridLayout(self.tiles_widget)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        area.setWidget(self.tiles_widget)
        self.layout_.addWidget(area, 1)
        self.action_row = QHBoxLayout()
        self.scan_camera = QPushButton(self.tr("Scan QR code with the camera"), self)
        self.scan_camera.clicked.connect(lambda: self.scan.emit("camera"))
        self.scan_screen = QPushButton(self.tr("Scan QR code on the screen"), self)
        self.scan_screen.clicked.connect(lambda: self.scan.emit("screen"))
        self.finish = QPushButton(self.tr("Done — lock"), self)
        self.finish.setObjectName("kioskDone")
        self.finish.clicked.connect(self.done.emit)
        for button in (self.scan_camera, self.scan_screen, self.finish):
            self.action_row.addWidget(button)
        self.layout_.addLayout(self.action_row)
        self.tiles: list[tuple[Account, Tile]] = []

    def show_accounts(self, profile: str, accounts: list[Account], can_scan: bool) -> None:
        self.title.setText(self.tr("%1: tap an account to copy its code").replace("%1", profile))
        self.scan_camera.setVisible(can_scan)
        self.scan_screen.setVisible(can_scan)
        for _account, tile in self.tiles:
            tile.deleteLater()
        self.tiles = []
        for index, account in enumerate(sorted(accounts, key=lambda a: a.position)):
            tile = Tile(account.label, self.tile_padding, self.tiles_widget)
            tile.clicked.connect(lambda _c=False, a=account: self.copied.emit(a))
            self.grid.addWidget(tile, index // self.columns, index % self.columns)
            self.tiles.append((account, tile))
        self.search.clear()
        self.refresh()
        self.search.setFocus()

    def refresh(self) -> None:
        now = self.clock()
        for account, tile in self.tiles:
            tile.show_code(self._code_text(account, now))

    def _code_text(self, account: Account, now: float) -> str:
        if self.hide_codes or account.type is OtpType.HOTP:
            return "••• •••"
        left = int(seconds_left(account, now))
        seconds = self.tr("(%1 s)").replace("%1", str(left))
        return f"{grouped(code_at(account, now))}   {seconds}"

    def _filter(self, text: str) -> None:
        needle = text.casefold()
        for account, tile in self.tiles:
            tile.setVisible(needle in account.label.casefold())

    def first_visible(self) -> Account | None:
        return next((a for a, tile in self.tiles if not tile.isHidden()), None)
