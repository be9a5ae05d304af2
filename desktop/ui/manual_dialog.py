"""Adding an account by typing its key: validated as you type, with a live preview of the code."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.base32 import decode_secret, encode_secret
from desktop.core.errors import InvalidInput
from desktop.core.otp import (
    MAX_DIGITS,
    MIN_DIGITS,
    Account,
    Algorithm,
    OtpType,
    code_at,
    format_code,
    seconds_left,
    steam_account,
)
from desktop.ui.buttons import follow_platform
from desktop.ui.errors_text import describe
from desktop.ui.timekeeper import Clock
from desktop.ui.widgets import name_editable_combo


class ManualDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, prefill: Account | None, groups: list[str], clock: Clock
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._prefill = prefill
        self.setWindowTitle(self.tr("Add account"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.issuer = self._line(self.tr("Service, e.g. Chat2Desk"), self.tr("Service"))
        self.name = self._line(self.tr("Login or e-mail"), self.tr("Account name"))
        self.secret = self._line(
            self.tr("Key from the service, e.g. JBSW Y3DP EHPK 3PXP"), self.tr("Key")
        )
        self.secret.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.group = QComboBox(self)
        self.group.setEditable(True)
        self.group.addItems(["", *groups])
        self.group.setAccessibleName(self.tr("Group"))
        name_editable_combo(self.group)
        form.addRow(self.tr("&Service:"), self.issuer)
        form.addRow(self.tr("&Account:"), self.name)
        form.addRow(self.tr("&Key:"), self.secret)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setProperty("tone", "error")
        # Three lines are kept for it, so the dialog does not grow when a problem appears.
        self.error.setText("M\nM\nM")
        self.error.setMinimumHeight(self.error.sizeHint().height())
        self.error.clear()
        self.error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow("", self.error)
        form.addRow(self.tr("&Group:"), self.group)
        layout.addLayout(form)
        layout.addWidget(self._advanced())
        layout.addWidget(self._preview_box())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add account"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        follow_platform(self.buttons)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._update)
        self._timer.start(1000)
        for field in (self.issuer, self.name, self.secret):
            field.textChanged.connect(self._update)
        if prefill is not None:
            self._fill(prefill)
        self._update()

    def _line(self, placeholder: str, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setPlaceholderText(placeholder)
        field.setAccessibleName(name)
        return field

    def _advanced(self) -> QGroupBox:
        box = QGroupBox(self.tr("Advanced"), self)
        form = QFormLayout(box)
        self.type = QComboBox(box)
        self.type.addItem(self.tr("Time-based (TOTP)"), OtpType.TOTP)
        self.type.addItem(self.tr("Counter-based (HOTP)"), OtpType.HOTP)
        self.type.addItem(self.tr("Steam Guard"), OtpType.STEAM)
        self.type.setAccessibleName(self.tr("Type"))
        self.algorithm = QComboBox(box)
        self.algorithm.addItems([a.value for a in Algorithm])
        self.algorithm.setAccessibleName(self.tr("Algorithm"))
        self.digits = self._spin(MIN_DIGITS, MAX_DIGITS, 6, self.tr("Digits"))
        self.period = self._spin(1, 3600, 30, self.tr("Period"))
        self.period.setSuffix(self.tr(" s"))
        self.counter = self._spin(0, 2**31 - 1, 0, self.tr("Counter"))
        form.addRow(self.tr("&Type:"), self.type)
        form.addRow(self.tr("Al&gorithm:"), self.algorithm)
        form.addRow(self.tr("&Digits:"), self.digits)
        form.addRow(self.tr("&Period:"), self.period)
        form.addRow(self.tr("&Counter:"), self.counter)
        for combo in (self.type, self.algorithm):
            combo.currentIndexChanged.connect(self._update)
        return box

    def _spin(self, low: int, high: int, value: int, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setAccessibleName(name)
        spin.valueChanged.connect(self._update)
        return spin

    def _preview_box(self) -> QWidget:
        self.preview = QLabel("—", self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPixelSize(28)
        font.setWeight(QFont.Weight.DemiBold)
        self.preview.setFont(font)
        self.preview.setAccessibleName(self.tr("Preview of the code"))
        self.preview_note = QLabel(self)
        self.preview_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QGroupBox(self.tr("Preview"), self)
        column = QVBoxLayout(box)
        column.addWidget(self.preview)
        column.addWidget(self.preview_note)
        return box

    def _fill(self, account: Account) -> None:
        self.issuer.setText(account.issuer)
        self.name.setText(account.name)
        self.secret.setText(encode_secret(account.secret))
        self.type.setCurrentIndex(self.type.findData(account.type))
        self.algorithm.setCurrentText(account.algorithm.value)
        self.digits.setValue(account.digits)
        self.period.setValue(account.period)
        self.counter.setValue(account.counter)
        self.group.setCurrentText(account.group)

    # --- validation and preview -------------------------------------------------------------

    def result_account(self) -> Account | None:
        try:
            secret = decode_secret(self.secret.text())
            kind = OtpType(self.type.currentData())
            fields: dict[str, Any] = {
                "issuer": self.issuer.text().strip(),
                "name": self.name.text().strip(),
                "group": self.group.currentText().strip(),
            }
            if self._prefill is not None:
                fields["note"] = self._prefill.note
            if kind is OtpType.STEAM:
                return steam_account(secret, **fields)
            return Account(
                secret=secret,
                type=kind,
                algorithm=Algorithm(self.algorithm.currentText()),
                digits=self.digits.value(),
                period=self.period.value(),
                counter=self.counter.value(),
                **fields,
            )
        except InvalidInput as exc:
            self._problem = describe(exc)
            return None

    def _update(self) -> None:
        kind = OtpType(self.type.currentData())
        self.digits.setEnabled(kind is not OtpType.STEAM)
        self.period.setEnabled(kind is OtpType.TOTP)
        self.algorithm.setEnabled(kind is not OtpType.STEAM)
        self.counter.setEnabled(kind is OtpType.HOTP)
        self._problem = ""
        account = self.result_account()
        if account is not None and not (account.issuer or account.name):
            account, self._problem = None, self.tr("Name the service or the account.")
        typed = bool(self.secret.text().strip())
        self.error.setText(self._problem if typed or self.issuer.text() else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(account is not None)
        self._show_preview(account)

    def _show_preview(self, account: Account | None) -> None:
        if account is None:
            self.preview.setText("—")
            self.preview_note.setText(self.tr("The code appears here once the key is valid."))
            return
        now = self._clock.now()
        self.preview.setText(format_code(code_at(account, now)))
        if account.type is OtpType.HOTP:
            note = self.tr("Counter-based: a new code each time you ask for one.")
        else:
            note = self.tr("Changes in %n s", "", int(seconds_left(account, now) + 0.999))
        if account.is_weak:
            note += "\n" + self.tr(
                "This key is shorter than recommended; the service may be outdated."
            )
        self.preview_note.setText(note)
