"""Role permissions: sections × functions (from the server's catalogue) against roles, with bulk
toggles — click a row header for a function across all roles, a column header for a role."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from desktop.admin.edits import Editor
from desktop.admin.model import OutboxItem
from desktop.ui.admin.controller import AdminController, Snapshot
from desktop.ui.admin.page import EditorPage
from desktop.ui.admin.values import function_title, role_name, section_title

Matrix = dict[str, dict[str, bool]]


class PermissionsEditor(EditorPage):
    resources = ("roles/",)

    def __init__(self, controller: AdminController) -> None:
        super().__init__(
            controller,
            self.tr("Role permissions"),
            self.tr(
                "Which sections and functions each role may use. Click a function's name "
                "to switch it for every role, or a role's name to switch a whole column."
            ),
        )
        self.rows: list[tuple[str, str] | None] = []
        self.roles: list[dict[str, Any]] = []
        self.saved: dict[str, Matrix] = {}
        self.table = QTableWidget(self)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().sectionClicked.connect(self.toggle_column)
        self.table.verticalHeader().sectionClicked.connect(self.toggle_row)
        self.table.itemChanged.connect(self._changed)
        self.summary = QLabel(self)
        self.locked_note = QLabel(
            self.tr(
                "Administrators always have every permission, so their column cannot be changed."
            ),
            self,
        )
        self.locked_note.setProperty("tone", "muted")
        self.locked_note.setWordWrap(True)
        self.body.addWidget(self.locked_note)
        self.apply_button = QPushButton(self.tr("Save changes"), self)
        self.apply_button.setObjectName("primary")
        self.apply_button.clicked.connect(self.apply)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.clicked.connect(self._rebuild)
        self.body.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.revert_button)
        row.addWidget(self.apply_button)
        self.body.addLayout(row)
        self.catalog: list[dict[str, Any]] = []

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.catalog = list(snapshot.get("catalog") or [])
        self.roles = list(snapshot["view"].get("roles", []))
        self.saved = {r["id"]: r.get("permissions", {}) for r in self.roles}
        self.pending = snapshot.get("pending", {})
        self._rebuild()

    def _rebuild(self) -> None:
        self.table.blockSignals(True)
        self.rows = []
        labels = []
        for section in self.catalog:
            self.rows.append(None)
            labels.append(section_title(section))
            for function in section["functions"]:
                self.rows.append((section["id"], function["id"]))
                labels.append("    " + function_title(section["id"], function))
        self.table.setRowCount(len(self.rows))
        self.table.setColumnCount(len(self.roles))
        headers = [self._role_header(r) for r in self.roles]
        self.table.setHorizontalHeaderLabels(headers)
        locked = self.tr("Administrators always have every permission.")
        for column, role in enumerate(self.roles):
            header = self.table.horizontalHeaderItem(column)
            if header is not None and not role.get("editable", True):
                header.setToolTip(locked)
        self.table.setVerticalHeaderLabels(labels)
        for row, key in enumerate(self.rows):
            for column, role in enumerate(self.roles):
                self.table.setItem(row, column, self._cell(key, role))
        self.table.blockSignals(False)
        self._changed()

    def _role_header(self, role: dict[str, Any]) -> str:
        mark = " ⟳" if f"roles/{role['id']}" in self.pending else ""
        return f"{role_name(role['id'], role.get('name', role['id']))}{mark}"

    def _cell(self, key: tuple[str, str] | None, role: dict[str, Any]) -> QTableWidgetItem:
        item = QTableWidgetItem()
        if key is None:
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setBackground(QBrush(QColor(0, 0, 0, 18)))
            font = QFont()
            font.setBold(True)
            item.setFont(font)
            return item
        allowed = bool(self.saved.get(role["id"], {}).get(key[0], {}).get(key[1]))
        flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
        item.setFlags(flags if role.get("editable", True) else Qt.ItemFlag.ItemIsUserCheckable)
        if not role.get("editable", True):
            item.setToolTip(self.tr("Administrators always have every permission."))
        item.setCheckState(Qt.CheckState.Checked if allowed else Qt.CheckState.Unchecked)
        return item

    def _checked(self, row: int, column: int) -> bool:
        item = self.table.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def _set_cells(self, cells: list[tuple[int, int]]) -> None:
        editable = [
            (r, c)
            for r, c in cells
            if self.rows[r] is not None and self.roles[c].get("editable", True)
        ]
        if not editable:
            return
        target = not all(self._checked(r, c) for r, c in editable)
        state = Qt.CheckState.Checked if target else Qt.CheckState.Unchecked
        self.table.blockSignals(True)
        for row, column in editable:
            item = self.table.item(row, column)
            if item is not None:
                item.setCheckState(state)
        self.table.blockSignals(False)
        self._changed()

    def toggle_row(self, row: int) -> None:
        if self.rows[row] is None:  # a section title: every function in it
            end = next(
                (i for i in range(row + 1, len(self.rows)) if self.rows[i] is None), len(self.rows)
            )
            rows = range(row + 1, end)
        else:
            rows = range(row, row + 1)
        self._set_cells([(r, c) for r in rows for c in range(len(self.roles))])

    def toggle_column(self, column: int) -> None:
        self._set_cells([(r, column) for r in range(len(self.rows))])

    def changes(self) -> dict[str, Matrix]:
        found: dict[str, Matrix] = {}
        for column, role in enumerate(self.roles):
            for row, key in enumerate(self.rows):
                if key is None:
                    continue
                now = self._checked(row, column)
                if now != bool(self.saved.get(role["id"], {}).get(key[0], {}).get(key[1])):
                    found.setdefault(role["id"], {}).setdefault(key[0], {})[key[1]] = now
        return found

    def _changed(self, *_args: object) -> None:
        count = sum(len(fns) for matrix in self.changes().values() for fns in matrix.values())
        self.summary.setText(
            (
                self.tr("%n unsaved change", "", count)
                if count == 1
                else self.tr("%n unsaved changes", "", count)
            )
            if count
            else ""
        )
        self.apply_button.setEnabled(count > 0)
        self.revert_button.setEnabled(count > 0)

    def apply(self) -> None:
        for role_id, matrix in self.changes().items():
            self.controller.edit(partial(_set_permissions, role_id, matrix))


def _set_permissions(role_id: str, matrix: Matrix, editor: Editor) -> OutboxItem:
    return editor.set_permissions(role_id, matrix)
