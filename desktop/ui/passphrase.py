"""Asking for the vault passphrase: to unlock, or to choose one when no keyring can hold the key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.buttons import follow_platform
from desktop.ui.icons import app_icon

MIN_PASSPHRASE = 8


class PassphraseDialog(QDialog):
    """``choose=True`` asks twice and explains why (``reason``); otherwise one field to unlock."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        choose: bool = False,
        reason: str = "",
        min_length: int = 0,
    ) -> None:
        super().__init__(parent)
        self._choose = choose
        #: The policy's min_passphrase_length may ask for more than Keydesk's own minimum.
        self.min_length = max(MIN_PASSPHRASE, min_length)
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self.tr("Choose a passphrase") if choose else self.tr("Unlock Keydesk"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        intro = QLabel(self._intro(reason), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setMinimumWidth(380)
        layout.addWidget(intro)
        form = QFormLayout()
        self.field = self._password_field(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase:"), self.field)
        self.repeat = self._password_field(self.tr("Repeat the passphrase"))
        if choose:
            form.addRow(self.tr("&Repeat:"), self.repeat)
        else:
            self.repeat.hide()  # outside any layout it would sit at the top, read and tabbed to
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setProperty("tone", "error")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create vault") if choose else self.tr("Unlock"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        follow_platform(self.buttons)
        layout.addWidget(self.buttons)
        self.field.setFocus()

    def _intro(self, reason: str) -> str:
        if not self._choose:
            return self.tr("Enter the passphrase that protects this Keydesk vault.")
        text = self.tr(
            "Keydesk keeps your accounts in an encrypted vault. The system keyring cannot hold "
            "its key on this computer, so protect the vault with a passphrase instead. Keep it "
            "safe: without it the accounts cannot be recovered."
        )
        if reason:
            text += "\n\n" + self.tr("Why: %1").replace("%1", reason)
        return text

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(name)
        field.setMinimumWidth(260)
        return field

    @property
    def passphrase(self) -> str:
        return self.field.text()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.field.selectAll()
        self.field.setFocus()

    def _check(self) -> None:
        if not self._choose:
            if self.passphrase:
                self.accept()
            return
        if len(self.passphrase) < self.min_length:
            self.show_error(self.tr("Use at least %n characters.", "", self.min_length))
        elif self.passphrase != self.repeat.text():
            self.show_error(self.tr("The two passphrases differ."))
        else:
            self.accept()
