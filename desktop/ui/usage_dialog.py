"""The usage record in the app: who did what with this profile, checked before it is shown."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UsageLogBroken

if TYPE_CHECKING:
    from desktop.core.usage_log import UsageLog, UsageRecord


class UsageDialog(QDialog):
    def __init__(self, record: UsageLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Usage record"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Account"), self.tr("Where")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load(record)

    def load(self, record: UsageLog) -> None:
        from desktop.ui.policy_gate import usage_writes

        try:
            with usage_writes:  # not half-way through the unlock's entry, written on a worker
                records = record.verify()
        except UsageLogBroken as exc:
            self.status.setText(
                self.tr("The record was changed: it breaks at record #%1. Tell your IT team.")
                .replace("%1", exc.value)
            )  # fmt: skip
            self.status.setStyleSheet("color: #d93a3a; font-weight: bold;")
            self.table.setRowCount(0)
            return
        self.status.setText(
            self.tr("%n records, checked: none was changed or removed.", "", len(records))
        )
        self.table.setRowCount(len(records))
        for row, item in enumerate(reversed(records)):  # the newest first
            self._fill(row, item)

    def _fill(self, row: int, item: UsageRecord) -> None:
        when = datetime.fromtimestamp(item.time).strftime("%Y-%m-%d %H:%M:%S")
        for column, text in enumerate(
            (when, self.event_text(item.event), item.account, item.detail)
        ):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def event_text(self, event: str) -> str:
        return {
            "unlock": self.tr("Unlocked"),
            "unlock_failed": self.tr("Failed unlock"),
            "copy": self.tr("Copied a code"),
            "reveal": self.tr("Showed a code"),
            "add": self.tr("Added"),
            "edit": self.tr("Edited"),
            "remove": self.tr("Removed"),
            "import": self.tr("Imported"),
            "export": self.tr("Exported"),
            "pruned": self.tr("Older records dropped"),
        }.get(event, event)
