"""What every editor page shares: a title, an intro, and a note about edits not yet synced."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.admin.controller import AdminController, Snapshot
from desktop.ui.admin.texts import status_text


class EditorPage(QWidget):
    """Subclasses fill ``body`` and implement :meth:`show_snapshot`."""

    #: Resource prefixes this page edits (for the pending note).
    resources: tuple[str, ...] = ()

    def __init__(self, controller: AdminController, title: str, intro: str) -> None:
        super().__init__()
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        heading = QLabel(title, self)
        heading.setObjectName("pageTitle")
        self.intro = QLabel(intro, self)
        self.intro.setObjectName("pageIntro")
        self.intro.setWordWrap(True)
        self.pending_note = PendingNote(self)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.pending_note)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        layout.addLayout(self.body, 1)
        controller.snapshot_changed.connect(self._on_snapshot)

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        self._note_pending(snapshot.get("pending", {}))
        self.show_snapshot(snapshot)

    def show_snapshot(self, snapshot: Snapshot) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def mine(self, pending: dict[str, str]) -> dict[str, str]:
        return {k: v for k, v in pending.items() if k.startswith(self.resources)}

    def _note_pending(self, pending: dict[str, str]) -> None:
        mine = self.mine(pending)
        if not mine:
            self.pending_note.clear_counts()
            return
        held = sum(1 for s in mine.values() if s == "held")
        conflicts = sum(1 for s in mine.values() if s == "conflict")
        self.pending_note.show_counts(len(mine), held, conflicts)


class PendingNote(QLabel):
    """ "⟳ 2 changes here are not on the server yet. …" — its own class, so that tr() finds the
    plural forms (PySide's tr() in a base class misses them for a subclass's instance)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingNote")
        # Its line is kept while empty, so the form below does not jump when it comes and goes.
        self.setMinimumHeight(self.fontMetrics().lineSpacing() + 2)

    @property
    def shown(self) -> bool:
        return bool(self.text())

    def clear_counts(self) -> None:
        self.clear()

    def show_counts(self, count: int, held: int, conflicts: int) -> None:
        text = (
            self.tr("%n change here is not on the server yet.", "", count)
            if count == 1
            else self.tr("%n changes here are not on the server yet.", "", count)
        )
        if held:
            text += " " + (
                self.tr("%n waits for your re-confirmation.", "", held)
                if held == 1
                else self.tr("%n wait for your re-confirmation.", "", held)
            )
        if conflicts:
            text += " " + (
                self.tr("%n conflict needs a decision.", "", conflicts)
                if conflicts == 1
                else self.tr("%n conflicts need a decision.", "", conflicts)
            )
        self.setText("⟳ " + text)


def status_cell(status: str | None) -> QTableWidgetItem:
    item = QTableWidgetItem(status_text(status) if status else "")
    item.setData(Qt.ItemDataRole.UserRole, status or "")
    return item


def read_only(text: Any) -> QTableWidgetItem:
    item = QTableWidgetItem("" if text is None else str(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def prepare_table(table: QTableWidget, headers: list[str], stretch: int = 0) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    # The modes above size the columns on every change; resizeColumnsToContents() would also
    # shrink the stretched one, leaving the header short until the next resize.
    header.setStretchLastSection(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.verticalHeader().setDefaultSectionSize(28)
