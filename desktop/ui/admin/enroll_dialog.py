"""Enroll my own authenticator: the server e-mails a code; with it the server's otpauth URI goes
straight into the vault (no camera), and a fresh code from it completes the setup."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.admin.login import enrollment_account, enrollment_complete, enrollment_start
from desktop.admin.service import AdminService
from desktop.core.otp import Account
from desktop.ui.admin.controller import AdminController
from desktop.ui.admin.texts import error_text
from desktop.ui.buttons import follow_platform

AccountSink = Callable[[Account], None]


class EnrollDialog(QDialog):
    def __init__(
        self,
        controller: AdminController,
        add_account: AccountSink,
        *,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.add_account = add_account
        self.clock = clock
        self.challenge_id = ""
        self.setWindowTitle(self.tr("Set up my authenticator"))
        self.setMinimumWidth(440)
        self.intro = QLabel(
            self.tr(
                "Keydesk will become your authenticator for this server. "
                "First we send a confirmation code to your e-mail."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("Code from the e-mail"))
        self.code.hide()
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.go = self.buttons.addButton(
            self.tr("Send the code"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.go.setObjectName("primary")
        self.buttons.accepted.connect(self._step)
        self.buttons.rejected.connect(self.reject)
        follow_platform(self.buttons)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.code, self.error, self.buttons):
            layout.addWidget(widget)

    def _step(self) -> None:
        self.go.setEnabled(False)
        self.error.clear()
        if not self.challenge_id:
            self.controller.on_network(
                lambda s: enrollment_start(s.client()), self._sent, self._failed
            )
        else:
            code = self.code.text().strip()
            cid = self.challenge_id
            self.controller.on_network(
                lambda s: enrollment_account(s.client(), cid, code), self._got_account, self._failed
            )

    def _sent(self, challenge_id: str) -> None:
        self.challenge_id = challenge_id
        self.intro.setText(
            self.tr(
                "Enter the code we e-mailed you. The new account goes straight "
                "into your vault and the setup completes by itself."
            )
        )
        self.code.show()
        self.code.setFocus()
        self.go.setText(self.tr("Confirm"))
        self.go.setEnabled(True)

    def _got_account(self, account: Account) -> None:
        try:
            self.add_account(account)
        except Exception as exc:  # noqa: BLE001 - shown to the user; the setup is not completed
            self._failed(exc)
            return

        def complete(service: AdminService) -> None:
            enrollment_complete(service.client(), account, self.clock())

        self.controller.on_network(complete, lambda _r: self._finished(account), self._failed)

    def _finished(self, account: Account) -> None:
        self.intro.setText(
            self.tr("Done: your logins now ask for the code of %1 in your vault.").replace(
                "%1", account.label
            )
        )
        self.code.hide()
        self.buttons.clear()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        follow_platform(self.buttons)

    def _failed(self, exc: Exception) -> None:
        self.go.setEnabled(True)
        self.error.setText(error_text(exc))
