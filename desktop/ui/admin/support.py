"""Technical support access: grant for a while (reason and ticket), or revoke."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from desktop.ui.admin.controller import AdminController, Snapshot
from desktop.ui.admin.page import EditorPage


class SupportAccessEditor(EditorPage):
    resources = ("support_access",)

    def __init__(self, controller: AdminController) -> None:
        super().__init__(
            controller,
            self.tr("Technical support access"),
            self.tr(
                "Let the vendor's support team into this account for a limited time. The "
                "grant ends by itself; granting it needs your re-confirmation with a fresh "
                "code."
            ),
        )
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(0.5, 720)
        self.hours.setDecimals(1)
        self.hours.setValue(4)
        self.hours.setSuffix(self.tr(" h"))
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("Why support needs access"))
        self.ticket = QLineEdit(self)
        self.ticket.setMaxLength(100)
        self.ticket.setPlaceholderText(self.tr("e.g. SUP-1234"))
        self.grant_button = QPushButton(self.tr("Grant access"), self)
        self.grant_button.setObjectName("danger")
        self.grant_button.clicked.connect(self.grant)
        self.revoke_button = QPushButton(self.tr("Revoke access"), self)
        self.revoke_button.clicked.connect(self.revoke)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.reason.textChanged.connect(self._validate)
        self.hours.setMaximumWidth(160)
        self.reason.setMaximumWidth(520)
        self.ticket.setMaximumWidth(240)
        box = QGroupBox(self.tr("Grant"), self)
        form = QFormLayout(box)
        form.addRow(self.tr("Duration"), self.hours)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Ticket"), self.ticket)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.revoke_button)
        row.addWidget(self.grant_button)
        self.body.addWidget(self.state)
        self.body.addWidget(box)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.active = False
        self._validate()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        support: dict[str, Any] = snapshot["view"].get("support_access", {})
        self.active = bool(support.get("active"))
        if self.active:
            until = _local_time(support.get("expires_at"))
            text = self.tr("Support has access until %1. Reason: %2").replace("%1", until)
            self.state.setText(text.replace("%2", str(support.get("reason") or "—")))
        else:
            self.state.setText(self.tr("Support has no access."))
        waiting = snapshot.get("pending", {}).get("support_access")
        if waiting == "held":
            self.state.setText(
                self.tr(
                    "The grant waits for your re-confirmation with a fresh code "
                    "(use “re-confirm” at the top)."
                )
            )
        elif waiting:
            self.state.setText(self.state.text() + " " + self.tr("(change not on the server yet)"))
        self.revoke_button.setEnabled(self.active)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.reason.text().strip())
        # Said once the admin typed and cleared it, not on a page nobody has touched yet.
        touched = self.reason.isModified()
        self.error.setText("" if ok or not touched else self.tr("A reason is required."))
        self.grant_button.setEnabled(ok)

    def grant(self) -> None:
        hours, reason, ticket = self.hours.value(), self.reason.text(), self.ticket.text()
        self.controller.edit(lambda editor: editor.grant_support(hours, reason, ticket))

    def revoke(self) -> None:
        self.controller.edit(lambda editor: editor.revoke_support())


def _local_time(value: Any) -> str:
    if not value:
        return "—"
    moment = datetime.fromisoformat(str(value).replace("Z", "+00:00")).astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")
