"""The IP allowlist: on/off, entries (CIDR, ranges, IPv4 and IPv6) checked as you type, "add my
current address", and a warning before an edit that would lock you out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
)

from desktop.admin.edits import Editor
from desktop.admin.model import OutboxItem
from desktop.admin.netaddr import Typing, parse_value, permits, typing_state
from desktop.core.errors import InvalidInput
from desktop.ui.admin.controller import AdminController, Snapshot
from desktop.ui.admin.input_errors import input_error_text
from desktop.ui.admin.page import EditorPage, prepare_table, read_only, status_cell
from desktop.ui.admin.values import code_text
from desktop.ui.buttons import follow_platform


class AllowlistEditor(EditorPage):
    resources = ("ip_allowlist",)

    def __init__(self, controller: AdminController) -> None:
        super().__init__(
            controller,
            self.tr("IP allowlist"),
            self.tr(
                "When the allowlist is on, only these addresses can log in and use the "
                "service. Use CIDR blocks (192.0.2.0/24), single addresses or ranges "
                "(192.0.2.10-192.0.2.20); IPv6 works the same way."
            ),
        )
        self.entries: list[dict[str, Any]] = []
        self.enabled_now = False
        self.my_ip: str | None = None
        self.enabled = QCheckBox(self.tr("Allow logins only from the addresses below"), self)
        self.enabled.clicked.connect(self._toggle)
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.tr("Address, CIDR block or range"))
        self.value.textChanged.connect(self._validate)
        self.value.returnPressed.connect(self.add)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Name (e.g. Main office)"))
        self.name.setMaxLength(200)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add)
        self.mine_button = QPushButton(self.tr("Add my current address"), self)
        self.mine_button.clicked.connect(self.add_mine)
        self.hint = QLabel(self)
        self.hint.setMinimumHeight(self.hint.fontMetrics().lineSpacing() + 2)  # no jump
        self.table = QTableWidget(self)
        prepare_table(
            self.table,
            [
                self.tr("Address"),
                self.tr("Kind"),
                self.tr("Name"),
                self.tr("Active"),
                self.tr("Sync"),
            ],
            stretch=2,
        )
        self.table.itemSelectionChanged.connect(self._selection)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove)
        self.active_button = QPushButton(self.tr("Deactivate"), self)
        self.active_button.clicked.connect(self.toggle_active)
        self._layout()
        self._validate()
        self._selection()

    def _layout(self) -> None:
        self.body.addWidget(self.enabled)
        form = QHBoxLayout()
        form.addWidget(self.value, 2)
        form.addWidget(self.name, 2)
        form.addWidget(self.add_button)
        form.addWidget(self.mine_button)
        self.body.addLayout(form)
        self.body.addWidget(self.hint)
        self.body.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.active_button)
        actions.addWidget(self.remove_button)
        self.body.addLayout(actions)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        area = snapshot["view"].get("ip_allowlist", {})
        self.enabled_now = bool(area.get("enabled"))
        self.enabled.setChecked(self.enabled_now)
        self.entries = list(area.get("entries", []))
        self.my_ip = snapshot.get("my_ip")
        self.mine_button.setEnabled(bool(self.my_ip))
        self.mine_button.setToolTip(self.my_ip or self.tr("Known after the first sync"))
        pending = snapshot.get("pending", {})
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = [
                entry.get("value"),
                code_text(entry.get("kind")),
                entry.get("name"),
                self.tr("Active") if entry.get("is_active", True) else self.tr("Inactive"),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, read_only(text))
            self.table.setItem(row, 4, status_cell(pending.get(f"ip_allowlist/{entry['id']}")))
        self._selection()

    # --- typing -------------------------------------------------------------------------

    def _validate(self) -> None:
        text = self.value.text()
        state = typing_state(text)
        self.add_button.setEnabled(state is Typing.VALID)
        self.value.setProperty("valid", {Typing.VALID: "true", Typing.INVALID: "false"}.get(state))
        self.value.style().polish(self.value)
        if state is Typing.VALID:
            span = parse_value(text)
            self.hint.setObjectName("fieldOk")
            self.hint.setText(
                self.tr("Will be stored as %1 (%2 to %3)")
                .replace("%1", span.value)
                .replace("%2", str(span.first))
                .replace("%3", str(span.last))
            )
        elif state is Typing.INVALID:
            self.hint.setObjectName("fieldError")
            try:
                parse_value(text)
            except InvalidInput as exc:
                self.hint.setText(input_error_text(exc))
        else:
            self.hint.setObjectName("")
            self.hint.setText("")
        self.hint.style().polish(self.hint)

    # --- edits --------------------------------------------------------------------------

    def _would_lock_out(self, enabled: bool, entries: list[dict[str, Any]]) -> bool:
        return bool(self.my_ip) and not permits(enabled, entries, str(self.my_ip))

    def _guarded(self, change: Callable[[Editor], OutboxItem], *, enabled: bool,
                 entries: list[dict[str, Any]]) -> None:  # fmt: skip
        """Queue ``change``; when it would shut out the admin's own address (the server refuses
        such a change), offer to add that address first instead."""
        if not self._would_lock_out(enabled, entries):
            self.controller.edit(change)
        elif self._ask_add_mine_first():
            ip, name = str(self.my_ip), self.tr("My address")
            self.controller.edit(
                lambda editor: editor.add_ip(ip, name=name),
                lambda _item: self.controller.edit(change),
            )

    def _ask_add_mine_first(self) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("You would lock yourself out"))
        box.setText(
            self.tr(
                "After this change your own address (%1) is no longer allowed: you could not "
                "log in or sync from here, and the server refuses such a change. Add your "
                "address to the list first, then make the change?"
            ).replace("%1", str(self.my_ip))
        )
        first = box.addButton(self.tr("Add my address first"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(first)
        box.setEscapeButton(cancel)
        follow_platform(box)
        box.exec()
        return box.clickedButton() is first

    def add(self) -> None:
        if typing_state(self.value.text()) is not Typing.VALID:
            return
        value, name = self.value.text(), self.name.text()
        self.controller.edit(
            lambda editor: editor.add_ip(value, name=name), lambda _i: self._clear()
        )

    def _clear(self) -> None:
        self.value.clear()
        self.name.clear()

    def add_mine(self) -> None:
        if self.my_ip:
            ip = str(self.my_ip)
            self.controller.edit(lambda editor: editor.add_ip(ip, name=self.tr("My address")))

    def _toggle(self, checked: bool) -> None:
        self.enabled.setChecked(self.enabled_now)  # the view decides, after the edit
        self._guarded(
            lambda editor: editor.set_allowlist_enabled(checked),
            enabled=checked,
            entries=self.entries,
        )

    def _selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows and rows[0].row() < len(self.entries) else None

    def _selection(self) -> None:
        entry = self._selected()
        self.remove_button.setEnabled(entry is not None)
        self.active_button.setEnabled(entry is not None)
        if entry is not None:
            active = entry.get("is_active", True)
            self.active_button.setText(self.tr("Deactivate") if active else self.tr("Activate"))

    def remove(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        rest = [e for e in self.entries if e["id"] != entry["id"]]
        entry_id = entry["id"]
        self._guarded(
            lambda editor: editor.remove_ip(entry_id), enabled=self.enabled_now, entries=rest
        )

    def toggle_active(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        active = not entry.get("is_active", True)
        changed = [
            {**e, "is_active": active} if e["id"] == entry["id"] else e for e in self.entries
        ]
        entry_id = entry["id"]
        self._guarded(
            lambda editor: editor.update_ip(entry_id, is_active=active),
            enabled=self.enabled_now,
            entries=changed,
        )

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Delete and self.table.hasFocus():
            self.remove()
            return
        super().keyPressEvent(event)
