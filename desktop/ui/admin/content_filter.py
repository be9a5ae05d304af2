"""The content filter: on/off, rules (words, regular expressions, personal data), and "test a
message" showing the verdict and the masked text — on the server when online, locally offline."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from desktop.admin.filtering import Verdict, evaluate
from desktop.core.errors import KeydeskError
from desktop.ui.admin.attachments import AttachmentsBox
from desktop.ui.admin.controller import AdminController, Snapshot
from desktop.ui.admin.page import EditorPage, prepare_table, read_only, status_cell
from desktop.ui.admin.values import code_text


class ContentFilterEditor(EditorPage):
    resources = ("content_filter",)

    def __init__(self, controller: AdminController) -> None:
        super().__init__(
            controller,
            self.tr("Content filter"),
            self.tr(
                "Rules applied to messages: block them, mask what matched, or flag them for "
                "review. Card numbers are checked with the Luhn digit."
            ),
        )
        self.rules: list[dict[str, Any]] = []
        self.filter_on = True
        self.enabled = QCheckBox(self.tr("Filter is on"), self)
        self.enabled.clicked.connect(self._toggle)
        self.table = QTableWidget(self)
        prepare_table(
            self.table,
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Pattern"),
                self.tr("Direction"),
                self.tr("Action"),
                self.tr("Sync"),
            ],
            stretch=2,
        )
        self.remove_button = QPushButton(self.tr("Remove rule"), self)
        self.remove_button.clicked.connect(self.remove)
        self.table.itemSelectionChanged.connect(self._selection)
        self.attachments = AttachmentsBox(self)
        self.attachments.changed.connect(self._patch_attachments)
        self._build_form()
        self._build_tester()
        self.body.addWidget(self.enabled)
        self.body.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        self.body.addLayout(actions)
        self.body.addWidget(self.form_box)
        bottom = QHBoxLayout()  # side by side, so the rules table keeps its height
        bottom.addWidget(self.attachments, 2)
        bottom.addWidget(self.tester, 3)
        self.body.addLayout(bottom)
        self._validate()
        self._selection()

    def _build_form(self) -> None:
        self.form_box = QGroupBox(self.tr("New rule"), self)
        layout = QHBoxLayout(self.form_box)
        self.rule_name = QLineEdit(self.form_box)
        self.rule_name.setPlaceholderText(self.tr("Name"))
        self.kind = QComboBox(self.form_box)
        for text, value in (
            (self.tr("Word"), "word"),
            (self.tr("Regular expression"), "regex"),
            (self.tr("Personal data"), "pii"),
        ):
            self.kind.addItem(text, value)
        self.pattern = QLineEdit(self.form_box)
        self.pattern.setPlaceholderText(self.tr("Word or pattern"))
        self.pii = QComboBox(self.form_box)
        for text, value in (
            (self.tr("Card number"), "card"),
            (self.tr("E-mail address"), "email"),
            (self.tr("Phone number"), "phone"),
        ):
            self.pii.addItem(text, value)
        self.direction = QComboBox(self.form_box)
        for text, value in (
            (self.tr("Both ways"), "both"),
            (self.tr("Incoming"), "in"),
            (self.tr("Outgoing"), "out"),
        ):
            self.direction.addItem(text, value)
        self.action = QComboBox(self.form_box)
        for text, value in (
            (self.tr("Flag"), "flag"),
            (self.tr("Mask"), "mask"),
            (self.tr("Block"), "block"),
        ):
            self.action.addItem(text, value)
        self.add_button = QPushButton(self.tr("Add rule"), self.form_box)
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add)
        self.rule_error = QLabel(self.form_box)
        self.rule_error.setObjectName("fieldError")
        for widget in (
            self.rule_name,
            self.kind,
            self.pattern,
            self.pii,
            self.direction,
            self.action,
            self.add_button,
        ):
            layout.addWidget(widget)
        self.kind.currentIndexChanged.connect(self._validate)
        self.pattern.textChanged.connect(self._validate)
        outer = QVBoxLayout()
        outer.addWidget(self.rule_error)
        layout.addLayout(outer)

    def _build_tester(self) -> None:
        self.tester = QGroupBox(self.tr("Test a message"), self)
        layout = QVBoxLayout(self.tester)
        self.sample = QPlainTextEdit(self.tester)
        self.sample.setPlaceholderText(
            self.tr("Type or paste a message to see what the filter does")
        )
        self.sample.setMaximumHeight(70)
        self.test_direction = QComboBox(self.tester)
        self.test_direction.addItem(self.tr("Outgoing"), "out")
        self.test_direction.addItem(self.tr("Incoming"), "in")
        self.test_button = QPushButton(self.tr("Test"), self.tester)
        self.test_button.clicked.connect(self.run_test)
        self.verdict = QLabel(self.tester)
        self.verdict.setObjectName("verdict")
        self.masked = QLabel(self.tester)
        self.masked.setWordWrap(True)
        self.where = QLabel(self.tester)
        self.where.setObjectName("pageIntro")
        row = QHBoxLayout()
        row.addWidget(self.test_direction)
        row.addWidget(self.test_button)
        row.addWidget(self.verdict, 1)
        row.addWidget(self.where)
        layout.addWidget(self.sample)
        layout.addLayout(row)
        layout.addWidget(self.masked)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        area = snapshot["view"].get("content_filter", {})
        self.filter_on = bool(area.get("enabled", True))
        self.enabled.setChecked(self.filter_on)
        self.rules = list(area.get("rules", []))
        pending = snapshot.get("pending", {})
        self.table.setRowCount(len(self.rules))
        for row, rule in enumerate(self.rules):
            pii = rule.get("kind") == "pii"
            pattern = code_text(rule.get("pii_type")) if pii else rule.get("pattern")
            cells = [
                rule.get("name"),
                code_text(rule.get("kind")),
                pattern,
                code_text(rule.get("direction")),
                code_text(rule.get("action")),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, read_only(text))
            self.table.setItem(row, 5, status_cell(pending.get(f"content_filter/{rule['id']}")))
        self.attachments.show_document(area.get("attachments") or {})
        self._selection()

    def _selection(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.remove_button.setEnabled(bool(rows) and rows[0].row() < len(self.rules))

    def _validate(self) -> None:
        kind = self.kind.currentData()
        self.pattern.setVisible(kind != "pii")
        self.pii.setVisible(kind == "pii")
        message = ""
        text = self.pattern.text()
        if kind == "regex" and text:
            try:
                re.compile(text)
            except re.error as exc:
                message = self.tr("Not a valid regular expression: %1").replace("%1", str(exc))
        valid = not message and (kind == "pii" or bool(text.strip()))
        self.pattern.setProperty("valid", "false" if message else None)
        self.pattern.style().polish(self.pattern)
        self.rule_error.setText(message)
        self.add_button.setEnabled(valid)

    def add(self) -> None:
        rule = {
            "name": self.rule_name.text(),
            "kind": self.kind.currentData(),
            "pattern": self.pattern.text(),
            "pii_type": self.pii.currentData(),
            "direction": self.direction.currentData(),
            "action": self.action.currentData(),
        }
        self.controller.edit(lambda editor: editor.add_rule(rule), lambda _i: self._clear())

    def _clear(self) -> None:
        self.rule_name.clear()
        self.pattern.clear()

    def remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            rule_id = self.rules[rows[0].row()]["id"]
            self.controller.edit(lambda editor: editor.remove_rule(rule_id))

    def _patch_attachments(self, patch: dict[str, Any]) -> None:
        self.controller.edit(lambda editor: editor.patch_content_filter(patch))

    def _toggle(self, checked: bool) -> None:
        self.enabled.setChecked(self.filter_on)
        self.controller.edit(lambda editor: editor.patch_content_filter({"enabled": checked}))

    # --- test a message -------------------------------------------------------------------

    def run_test(self) -> None:
        text, direction = self.sample.toPlainText(), str(self.test_direction.currentData())
        local = evaluate(self.rules, text, direction, self.filter_on)
        pending = any(
            k.startswith("content_filter") for k in self.controller.snapshot.get("pending", {})
        )
        if pending or not self.controller.snapshot.get("logged_in"):
            self._show(local, self.tr("Checked on this computer with your edits"))
            return

        def remote(service: Any) -> Verdict:
            data = (
                service.client()
                .query("/v1/security/content_filter/test", {"text": text, "direction": direction})
                .data
            )
            return Verdict(data["verdict"], data["text"], ())

        def failed(exc: Exception) -> None:
            if not isinstance(exc, KeydeskError):
                raise exc
            self._show(local, self.tr("Checked on this computer (server unreachable)"))

        self.controller.on_network(
            remote, lambda v: self._show(v, self.tr("Checked by the server")), failed
        )

    def _show(self, result: Verdict, where: str) -> None:
        names = {
            "allow": self.tr("Allowed"),
            "flag": self.tr("Flagged for review"),
            "mask": self.tr("Sent with parts masked"),
            "block": self.tr("Blocked"),
        }
        self.verdict.setText(names.get(result.verdict, result.verdict))
        self.masked.setText(result.text)
        self.where.setText(where)
