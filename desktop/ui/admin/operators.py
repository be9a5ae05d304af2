"""Operators with their two-factor method; an admin can reset someone's authenticator."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QTableWidget

from desktop.ui.admin.controller import AdminController, Snapshot
from desktop.ui.admin.page import EditorPage, prepare_table, read_only, status_cell
from desktop.ui.admin.values import code_text


class OperatorsView(EditorPage):
    resources = ("operators/",)

    def __init__(self, controller: AdminController) -> None:
        super().__init__(
            controller,
            self.tr("Operators"),
            self.tr(
                "Everyone who can log in, with how they confirm their login. Resetting an "
                "authenticator sends the person back to e-mail codes and logs them out."
            ),
        )
        self.operators: list[dict[str, Any]] = []
        self.table = QTableWidget(self)
        prepare_table(
            self.table,
            [
                self.tr("Login"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Two-factor"),
                self.tr("Sync"),
            ],
            stretch=1,
        )
        self.table.itemSelectionChanged.connect(self._selection)
        self.reset_button = QPushButton(self.tr("Reset authenticator…"), self)
        self.reset_button.clicked.connect(self.reset)
        self.body.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reset_button)
        self.body.addLayout(row)
        self._selection()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.operators = list(snapshot["view"].get("operators", []))
        pending = snapshot.get("pending", {})
        methods = {"email": self.tr("E-mail code"), "totp": self.tr("Authenticator app")}
        self.table.setRowCount(len(self.operators))
        for row, person in enumerate(self.operators):
            cells = [
                person.get("login"),
                person.get("name"),
                code_text(person.get("role")),
                methods.get(str(person.get("two_factor_method")), ""),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, read_only(text))
            self.table.setItem(row, 4, status_cell(pending.get(f"operators/{person['id']}")))
        self._selection()

    def _selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return (
            self.operators[rows[0].row()] if rows and rows[0].row() < len(self.operators) else None
        )

    def _selection(self) -> None:
        person = self._selected()
        self.reset_button.setEnabled(
            person is not None and person.get("two_factor_method") == "totp"
        )

    def reset(self) -> None:
        person = self._selected()
        if person is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Reset authenticator"),
            self.tr(
                "%1 will log in with e-mail codes again and is logged out everywhere. Continue?"
            ).replace("%1", str(person.get("name") or person.get("login"))),
        )
        if answer == QMessageBox.StandardButton.Yes:
            person_id = person["id"]
            self.controller.edit(lambda editor: editor.reset_operator_2fa(person_id))
