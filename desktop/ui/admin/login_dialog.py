"""Log in as in the seed: server, login and password, then the one-time code. When the server
asks for an authenticator code and the vault has a matching account, its code is one click
away (and filled in when there is exactly one). Also used to re-confirm held edits: with a
token it is a step-up (a fresh code on the same token, POST /v1/auth/reconfirm), without one (or
once the server no longer takes it) the full login."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.admin.errors import AuthRequired, WrongCode
from desktop.admin.login import LoggedIn, Reconfirmation, code_from
from desktop.admin.service import AdminService, PendingLogin
from desktop.core.otp import Account
from desktop.ui.admin.controller import AdminController
from desktop.ui.admin.texts import error_text
from desktop.ui.buttons import follow_platform

AccountsProvider = Callable[[], list[Account]]


class LoginDialog(QDialog):
    def __init__(
        self,
        controller: AdminController,
        accounts_provider: AccountsProvider | None = None,
        *,
        reconfirm: list[str] | None = None,
        clock: Callable[[], float] = time.time,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.accounts_provider = accounts_provider
        self.clock = clock
        self.pending: PendingLogin | None = None
        self.matches: list[Account] = []
        self.prefilled = ""
        self.prefilled_account: Account | None = None
        self.setWindowTitle(
            self.tr("Re-confirm with a fresh code") if reconfirm else self.tr("Log in")
        )
        self.setMinimumWidth(460)
        settings = controller.service.settings
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._password_page(settings.server_url, settings.login, reconfirm))
        self.stack.addWidget(self._code_page())
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.next_button = self.buttons.addButton(
            self.tr("Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.next_button.setObjectName("primary")
        self.buttons.accepted.connect(self._next)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if reconfirm:
            self._held_edits(reconfirm, layout)
        layout.addWidget(self.stack)
        layout.addWidget(self.error)
        follow_platform(self.buttons)
        layout.addWidget(self.buttons)
        self.stepping_up = bool(reconfirm and settings.server_url and settings.login)
        if self.stepping_up:
            self._ask_for_step_up()

    def _pin_server(self, form: QFormLayout, page: QWidget) -> None:
        """admin_server_url: the server is IT's choice, shown and not editable."""
        from desktop.ui.policy_gate import managed_text, policy_in_force

        policy = policy_in_force()
        if not policy.pinned("admin_server_url"):
            return
        self.server.setText(str(policy.value("admin_server_url")))
        self.server.setReadOnly(True)
        self.server.setToolTip(managed_text())
        note = QLabel(managed_text(), page)
        note.setObjectName("managed")
        form.addRow("", note)

    def _held_edits(self, reconfirm: list[str], layout: QVBoxLayout) -> None:
        """What is being confirmed, above both pages (the step-up shows only the code page)."""
        intro = QLabel(
            self.tr("These edits weaken security, so they wait until you confirm them with a fresh code:"),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)
        listing = QLabel("\n".join(f"• {line}" for line in reconfirm), self)
        listing.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(listing)

    def _password_page(self, server: str, login: str, reconfirm: list[str] | None) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.server = QLineEdit(server or "https://", page)
        self.login = QLineEdit(login, page)
        self.password = QLineEdit(page)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.server.setReadOnly(bool(reconfirm and server))
        self.login.setReadOnly(bool(reconfirm and login))
        form.addRow(self.tr("Server"), self.server)
        self._pin_server(form, page)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        return page

    def _code_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.code_intro = QLabel(page)
        self.code_intro.setWordWrap(True)
        self.code = QLineEdit(page)
        self.code.setMaxLength(16)
        self.code.setPlaceholderText(self.tr("6-digit code"))
        self.vault_row = QHBoxLayout()
        layout.addWidget(self.code_intro)
        layout.addWidget(self.code)
        layout.addLayout(self.vault_row)
        layout.addStretch(1)
        return page

    def _ask_for_step_up(self) -> None:
        self.stack.setCurrentIndex(1)
        self.next_button.setText(self.tr("Confirm"))
        self._busy(True)
        self.controller.on_network(
            lambda service: service.request_reconfirm(), self._offered, self._step_up_failed
        )

    def _offered(self, offer: Reconfirmation) -> None:
        self._busy(False)
        self.error.clear()
        settings = self.controller.service.settings
        self._ask_code(offer.method, settings.server_url, settings.login)

    def _step_up_failed(self, exc: Exception) -> None:
        """Without a usable token the step-up is the full login (password, then the code)."""
        self._busy(False)
        if isinstance(exc, AuthRequired) and not isinstance(exc, WrongCode):
            self.stepping_up = False
            self.stack.setCurrentIndex(0)
            self.next_button.setText(self.tr("Continue"))
        self.error.setText(error_text(exc))

    def _busy(self, busy: bool) -> None:
        self.next_button.setEnabled(not busy)
        if busy:
            self.error.setText(self.tr("Talking to the server…"))

    def _next(self) -> None:
        if self.stack.currentIndex() == 0:
            self._send_password()
        else:
            self._send_code()

    def _send_password(self) -> None:
        server, login, password = self.server.text(), self.login.text(), self.password.text()
        if not (server.strip() and login.strip() and password):
            self.error.setText(self.tr("Fill in the server, your login and your password."))
            return
        self._busy(True)

        def start(service: AdminService) -> PendingLogin:
            return service.begin_login(server, login, password)

        self.controller.on_network(start, self._challenge, self._failed)

    def _challenge(self, pending: PendingLogin) -> None:
        self.pending = pending
        self.password.clear()
        self._busy(False)
        self.error.clear()
        self.stack.setCurrentIndex(1)
        self.next_button.setText(self.tr("Log in"))
        self._ask_code(pending.challenge.method, pending.server_url, pending.login)

    def _ask_code(self, method: str, server_url: str, login: str) -> None:
        if method == "totp":
            self.code_intro.setText(self.tr("Enter the code from your authenticator app."))
            self._offer_vault_codes(server_url, login)
        else:
            self.code_intro.setText(
                self.tr(
                    "We sent a 6-digit code to your e-mail address. "
                    "Enter it here (it is valid for 10 minutes)."
                )
            )
        self.code.setFocus()

    def _offer_vault_codes(self, server_url: str, login: str) -> None:
        accounts = self.accounts_provider() if self.accounts_provider else []
        self.matches = self.controller.service.vault_matches(accounts, server_url, login)
        for account in self.matches:
            button = QPushButton(self.tr("Use code from %1").replace("%1", account.label), self)
            button.clicked.connect(lambda _c=False, a=account: self._fill(a))
            self.vault_row.addWidget(button)
        if len(self.matches) == 1:
            self._fill(self.matches[0])

    def _fill(self, account: Account) -> None:
        self.prefilled_account = account
        self.prefilled = code_from(account, self.clock())
        self.code.setText(self.prefilled)

    def _send_code(self) -> None:
        if self.pending is None and not self.stepping_up:
            return
        code = self.code.text().strip()
        if code and code == self.prefilled and self.prefilled_account is not None:
            code = code_from(self.prefilled_account, self.clock())  # never a stale one
        if not code:
            self.error.setText(self.tr("Enter the code."))
            return
        pending = self.pending
        self._busy(True)

        def finish(service: AdminService) -> LoggedIn | Reconfirmation:
            if pending is None:
                return service.reconfirm(code)  # the step-up: same token, fresh code
            return service.finish_login(pending, code)

        failed = self._step_up_failed if pending is None else self._failed
        self.controller.on_network(finish, self._done, failed)

    def _done(self, _result: LoggedIn | Reconfirmation) -> None:
        self._busy(False)
        self.code.clear()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        self.error.setText(error_text(exc))
