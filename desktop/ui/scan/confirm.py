"""What was scanned, for the user to check, rename and group before anything is saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.otp import Account, OtpType, code_at, format_code

COLUMNS = ("issuer", "name", "type", "digits", "period", "algorithm", "code")
EDITABLE = {0, 1}


class ConfirmPage(QWidget):
    """A table of the scanned accounts (issuer and name editable) with a live code each."""

    def __init__(self, clock: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._accounts: list[Account] = []
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(self._column_titles())
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in EDITABLE
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        self.snapshot = QLabel()
        self.snapshot.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.snapshot.setMinimumHeight(120)
        self.snapshot.setAccessibleName(self.tr("The scanned code"))
        self._snapshot = QPixmap()
        self.group = QComboBox()
        self.group.setEditable(True)
        self.group.setPlaceholderText(self.tr("No group"))
        line_edit = self.group.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("No group"))
        form = QFormLayout()
        form.addRow(self.tr("&Group:"), self.group)
        hint = QLabel(self.tr("Check the details; double-click an issuer or name to change it."))
        hint.setWordWrap(True)
        hint.setProperty("tone", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addWidget(self.snapshot, 1)
        layout.addLayout(form)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh_codes)
        self._timer.setInterval(1000)

    def _column_titles(self) -> list[str]:
        return [
            self.tr("Issuer"),
            self.tr("Name"),
            self.tr("Type"),
            self.tr("Digits"),
            self.tr("Period"),
            self.tr("Algorithm"),
            self.tr("Code now"),
        ]

    def set_groups(self, groups: list[str]) -> None:
        self.group.clear()
        self.group.addItems(groups)
        self.group.setCurrentIndex(-1)

    def set_snapshot(self, picture: QPixmap) -> None:
        """The picture the code was read from, shown under the table."""
        self._snapshot = picture
        self._fit_snapshot()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_snapshot()

    def _fit_snapshot(self) -> None:
        if self._snapshot.isNull() or self.snapshot.height() < 10:
            self.snapshot.clear()
            return
        size = self.snapshot.size()
        self.snapshot.setPixmap(
            self._snapshot.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def _fit_table(self) -> None:
        rows = min(self.table.rowCount(), 8)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(rows))
        self.table.setFixedHeight(height + (0 if self.table.rowCount() <= 8 else 4))

    def show_accounts(self, accounts: list[Account], heading: str) -> None:
        self._accounts = list(accounts)
        self.heading.setText(heading)
        self.table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            for column, text in enumerate(self._cells(account)):
                item = QTableWidgetItem(text)
                if column not in EDITABLE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.refresh_codes()
        self._fit_table()
        self._timer.start()

    def _cells(self, account: Account) -> list[str]:
        types = {OtpType.TOTP: "TOTP", OtpType.HOTP: "HOTP", OtpType.STEAM: "Steam"}
        period = self.tr("%1 s").replace("%1", str(account.period)) if account.is_timed else "—"
        return [
            account.issuer,
            account.name,
            types[account.type],
            str(account.digits),
            period,
            account.algorithm.value,
            "",
        ]

    def refresh_codes(self) -> None:
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setWeight(QFont.Weight.DemiBold)
        now = self._clock()
        for row, account in enumerate(self._accounts):
            item = self.table.item(row, len(COLUMNS) - 1)
            if item is not None:
                item.setText(format_code(code_at(account, now)))
                item.setFont(mono)

    def stop(self) -> None:
        self._timer.stop()

    def confirmed_accounts(self) -> list[Account]:
        """The accounts with the user's edits and the chosen group."""
        group = self.group.currentText().strip()
        result = []
        for row, account in enumerate(self._accounts):
            issuer = self._text(row, 0, account.issuer)
            name = self._text(row, 1, account.name)
            result.append(account.edited(issuer=issuer, name=name, group=group or account.group))
        return result

    def _text(self, row: int, column: int, fallback: str) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else fallback
