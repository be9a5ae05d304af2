"""The two-factor policy: default method, roles that must use an authenticator, grace period,
e-mail code and authenticator parameters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.admin.merge import changed_fields
from desktop.ui.admin.controller import AdminController, Snapshot
from desktop.ui.admin.page import EditorPage
from desktop.ui.admin.values import role_name


class TwoFactorEditor(EditorPage):
    resources = ("two_factor",)

    def __init__(self, controller: AdminController) -> None:
        super().__init__(
            controller,
            self.tr("Two-factor authentication"),
            self.tr(
                "How people prove it is them after the password. E-mail codes are the "
                "default; an authenticator app is stronger."
            ),
        )
        self.current: dict[str, Any] = {}
        self.method = QComboBox(self)
        self.method.addItem(self.tr("E-mail code"), "email")
        self.method.addItem(self.tr("Authenticator app"), "totp")
        self.grace = QSpinBox(self)
        self.grace.setRange(0, 24 * 90)
        self.grace.setSuffix(self.tr(" h"))
        self.roles_box = QWidget(self)
        self.roles_layout = QHBoxLayout(self.roles_box)
        self.roles_layout.setContentsMargins(0, 0, 0, 0)
        self.role_checks: dict[str, QCheckBox] = {}
        self.ttl = QSpinBox(self)
        self.ttl.setRange(60, 600)
        self.ttl.setSingleStep(30)
        self.ttl.setSuffix(self.tr(" s"))
        self.attempts = QSpinBox(self)
        self.attempts.setRange(1, 5)
        self.issuer = QLineEdit(self)
        self.issuer.setMaxLength(60)
        self.issuer.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[^:]{1,60}"), self)
        )
        self.digits = QComboBox(self)
        for digits in (6, 8):
            self.digits.addItem(str(digits), digits)
        self.period = QComboBox(self)
        for seconds in (30, 60):
            self.period.addItem(self.tr("%1 s").replace("%1", str(seconds)), seconds)
        self.algorithm = QComboBox(self)
        for name in ("SHA1", "SHA256", "SHA512"):
            self.algorithm.addItem(name, name)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.apply_button = QPushButton(self.tr("Save changes"), self)
        self.apply_button.setObjectName("primary")
        self.apply_button.clicked.connect(self.apply)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.clicked.connect(lambda: self._fill(self.current))
        self._layout()
        for widget in (self.method, self.digits, self.period, self.algorithm):
            widget.currentIndexChanged.connect(self._changed)
        for spin in (self.grace, self.ttl, self.attempts):
            spin.valueChanged.connect(self._changed)
        self.issuer.textChanged.connect(self._changed)

    def _layout(self) -> None:
        policy = QGroupBox(self.tr("Policy"), self)
        form = QFormLayout(policy)
        form.addRow(self.tr("Default method"), self.method)
        form.addRow(self.tr("Authenticator required for"), self.roles_box)
        form.addRow(self.tr("Grace period to set it up"), self.grace)
        email = QGroupBox(self.tr("E-mail codes"), self)
        email_form = QFormLayout(email)
        email_form.addRow(self.tr("Valid for"), self.ttl)
        email_form.addRow(self.tr("Wrong codes allowed"), self.attempts)
        totp = QGroupBox(self.tr("Authenticator app"), self)
        totp_form = QFormLayout(totp)
        totp_form.addRow(self.tr("Issuer shown in the app"), self.issuer)
        totp_form.addRow(self.tr("Digits"), self.digits)
        totp_form.addRow(self.tr("Code lifetime"), self.period)
        totp_form.addRow(self.tr("Algorithm"), self.algorithm)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.revert_button)
        row.addWidget(self.apply_button)
        for field in (
            self.method,
            self.grace,
            self.ttl,
            self.attempts,
            self.issuer,
            self.digits,
            self.period,
            self.algorithm,
        ):
            field.setMaximumWidth(280)
        for widget in (policy, email, totp):
            self.body.addWidget(widget)
        self.body.addLayout(row)
        self.body.addStretch(1)

    def show_snapshot(self, snapshot: Snapshot) -> None:
        view = snapshot["view"]
        roles = [r["id"] for r in view.get("roles", [])] or ["admin", "supervisor", "operator"]
        if list(self.role_checks) != roles:
            self._make_role_checks(
                roles,
                {
                    r["id"]: role_name(r["id"], r.get("name", r["id"]))
                    for r in view.get("roles", [])
                },
            )
        self.current = view.get("two_factor", {})
        self._fill(self.current)

    def _make_role_checks(self, roles: list[str], names: dict[str, str]) -> None:
        for check in self.role_checks.values():
            check.deleteLater()
        self.role_checks = {}
        for role in roles:
            check = QCheckBox(names.get(role, role), self.roles_box)
            check.toggled.connect(self._changed)
            self.roles_layout.addWidget(check)
            self.role_checks[role] = check
        self.roles_layout.addStretch(1)

    def _fill(self, document: dict[str, Any]) -> None:
        widgets: list[QWidget] = [
            self.method,
            self.grace,
            self.ttl,
            self.attempts,
            self.issuer,
            self.digits,
            self.period,
            self.algorithm,
            *self.role_checks.values(),
        ]
        for widget in widgets:
            widget.blockSignals(True)
        self.method.setCurrentIndex(max(0, self.method.findData(document.get("default_method"))))
        self.grace.setValue(int(document.get("grace_hours", 0)))
        email, totp = document.get("email_code", {}), document.get("totp", {})
        self.ttl.setValue(int(email.get("ttl_seconds", 600)))
        self.attempts.setValue(int(email.get("max_attempts", 5)))
        self.issuer.setText(str(totp.get("issuer", "")))
        self.digits.setCurrentIndex(max(0, self.digits.findData(totp.get("digits", 6))))
        self.period.setCurrentIndex(max(0, self.period.findData(totp.get("period", 30))))
        self.algorithm.setCurrentIndex(
            max(0, self.algorithm.findData(totp.get("algorithm", "SHA1")))
        )
        required = set(document.get("required_roles") or [])
        for role, check in self.role_checks.items():
            check.setChecked(role in required)
        for widget in widgets:
            widget.blockSignals(False)
        self._changed()

    def form_document(self) -> dict[str, Any]:
        return {
            "default_method": self.method.currentData(),
            "required_roles": sorted(r for r, c in self.role_checks.items() if c.isChecked()),
            "grace_hours": self.grace.value(),
            "email_code": {"ttl_seconds": self.ttl.value(), "max_attempts": self.attempts.value()},
            "totp": {
                "issuer": self.issuer.text().strip(),
                "digits": self.digits.currentData(),
                "period": self.period.currentData(),
                "algorithm": self.algorithm.currentData(),
            },
        }

    def _patch(self) -> dict[str, Any]:
        form = self.form_document()
        base = {k: self.current.get(k) for k in form}
        base["email_code"] = {
            k: (self.current.get("email_code") or {}).get(k) for k in form["email_code"]
        }
        base["totp"] = {k: (self.current.get("totp") or {}).get(k) for k in form["totp"]}
        return changed_fields(base, form)

    def _changed(self) -> None:
        valid = bool(self.issuer.text().strip())
        # Only an edit shows the error: before login the form is empty, and nobody typed.
        shown = not valid and self.issuer.isModified()
        self.error.setText(self.tr("The issuer cannot be empty.") if shown else "")
        self.issuer.setProperty("valid", "false" if shown else None)
        self.issuer.style().polish(self.issuer)
        dirty = bool(self._patch())
        self.apply_button.setEnabled(valid and dirty)
        self.revert_button.setEnabled(dirty)

    def apply(self) -> None:
        patch = self._patch()
        if patch:
            self.controller.edit(lambda editor: editor.patch_two_factor(patch))
