"""A conflict: your edit and the server's version side by side (who changed it, when), with
"keep mine", "take theirs" and — for list entries — "keep both"."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.admin.model import OutboxItem
from desktop.admin.resolve import Choice, choices_for
from desktop.ui.admin.page import prepare_table, read_only
from desktop.ui.admin.values import resource_text
from desktop.ui.buttons import follow_platform


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "—"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


class ConflictDialog(QDialog):
    def __init__(self, item: OutboxItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.choice: Choice | None = None
        conflict = item.conflict or {}
        self.setWindowTitle(self.tr("Conflict: %1").replace("%1", resource_text(item.resource)))
        self.setMinimumWidth(620)
        who = conflict.get("who") or self.tr("someone")
        when = str(conflict.get("when") or "").replace("T", " ")[:16] or self.tr("recently")
        title = QLabel(
            self.tr("%1 changed this on the server (%2) while you were editing it.")
            .replace("%1", who)
            .replace("%2", when),
            self,
        )
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        hint = QLabel(
            self.tr(
                "Choose which version to keep. Changes to other settings were "
                "merged without asking."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.table = QTableWidget(self)
        prepare_table(
            self.table,
            [self.tr("Setting"), self.tr("Before"), self.tr("Yours"), self.tr("Server's")],
        )
        fields = conflict.get("fields", [])
        self.table.setRowCount(len(fields))
        for row, field in enumerate(fields):
            values = [
                self._label(str(field.get("path"))),
                _text(field.get("base")),
                _text(field.get("mine")),
                _text(field.get("theirs")),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, read_only(value))
        self.table.setMaximumHeight(60 + 30 * len(fields))
        buttons = QDialogButtonBox(self)
        labels = {
            Choice.MINE: self.tr("Keep mine"),
            Choice.THEIRS: self.tr("Take theirs"),
            Choice.BOTH: self.tr("Keep both"),
        }
        self.buttons: dict[Choice, QPushButton] = {}
        for choice in choices_for(item):
            button = buttons.addButton(labels[choice], QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _c=False, ch=choice: self._choose(ch))
            self.buttons[choice] = button
        buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        follow_platform(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _label(self, path: str) -> str:
        """A readable name for a setting's path (the path itself when we have none)."""
        names = {
            "default_method": self.tr("Default method"),
            "required_roles": self.tr("Authenticator required for"),
            "grace_hours": self.tr("Grace period (hours)"),
            "email_code.ttl_seconds": self.tr("E-mail code valid for (s)"),
            "email_code.max_attempts": self.tr("Wrong codes allowed"),
            "totp.issuer": self.tr("Issuer shown in the app"),
            "totp.digits": self.tr("Authenticator digits"),
            "totp.period": self.tr("Code lifetime (s)"),
            "totp.algorithm": self.tr("Algorithm"),
            "enabled": self.tr("On/off"),
            "name": self.tr("Name"),
            "value": self.tr("Address"),
            "comment": self.tr("Comment"),
            "is_active": self.tr("Active"),
            "support_access": self.tr("Support access grant"),
            "entry": self.tr("Entry (you removed it)"),
        }
        return names.get(path, path)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()
