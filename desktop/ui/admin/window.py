"""The admin window: sync status always on top, the support-access banner, and one tab per
editor. Self-contained: the main window opens it with ``AdminWindow(home, accounts_provider)``."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from desktop.admin.model import Status
from desktop.admin.service import AdminService
from desktop.admin.sync import SyncReport
from desktop.core.otp import Account
from desktop.ui.admin.allowlist import AllowlistEditor
from desktop.ui.admin.audit import AuditLogView
from desktop.ui.admin.conflict_dialog import ConflictDialog
from desktop.ui.admin.content_filter import ContentFilterEditor
from desktop.ui.admin.controller import AdminController, Snapshot
from desktop.ui.admin.enroll_dialog import EnrollDialog
from desktop.ui.admin.login_dialog import LoginDialog
from desktop.ui.admin.operators import OperatorsView
from desktop.ui.admin.permissions import PermissionsEditor
from desktop.ui.admin.status_bar import SupportBanner, SyncStatusBar
from desktop.ui.admin.style import STYLE
from desktop.ui.admin.support import SupportAccessEditor
from desktop.ui.admin.texts import error_text, weakening_text
from desktop.ui.admin.two_factor import TwoFactorEditor
from desktop.ui.admin.values import entry_names, resource_text

AccountsProvider = Callable[[], list[Account]]
AccountSink = Callable[[Account], None]


class AdminWindow(QMainWindow):
    def __init__(
        self,
        home: Path,
        accounts_provider: AccountsProvider | None = None,
        parent: QWidget | None = None,
        *,
        add_account: AccountSink | None = None,
        service: AdminService | None = None,
        clock: Callable[[], float] = time.time,
        auto_sync: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keydesk — Security settings"))
        self.setObjectName("adminWindow")
        self.setStyleSheet(STYLE)
        self.resize(1040, 720)
        self.accounts_provider = accounts_provider
        self.add_account = add_account
        self.clock = clock
        self.service = service or AdminService(home, clock=clock)
        self.controller = AdminController(self.service, self)
        self.syncing = False
        self.asked_to_sync = False
        self.status_bar = SyncStatusBar(self)
        self.support_banner = SupportBanner(self)
        self.tabs = QTabWidget(self)
        self.pages = {
            "two_factor": TwoFactorEditor(self.controller),
            "ip_allowlist": AllowlistEditor(self.controller),
            "permissions": PermissionsEditor(self.controller),
            "content_filter": ContentFilterEditor(self.controller),
            "support_access": SupportAccessEditor(self.controller),
            "operators": OperatorsView(self.controller),
            "audit": AuditLogView(self.controller),
        }
        titles = [
            self.tr("Two-factor"),
            self.tr("IP allowlist"),
            self.tr("Permissions"),
            self.tr("Content filter"),
            self.tr("Support access"),
            self.tr("Operators"),
            self.tr("Audit log"),
        ]
        for page, title in zip(self.pages.values(), titles, strict=True):
            self.tabs.addTab(page, title)
        self._layout()
        self._menu()
        self._connect()
        self.controller.start(auto_sync=auto_sync)

    def _layout(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.status_bar)
        banner_box = QVBoxLayout()
        banner_box.setContentsMargins(12, 8, 12, 0)
        banner_box.addWidget(self.support_banner)
        layout.addLayout(banner_box)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def _menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Account"))
        actions = [
            (self.tr("&Log in…"), "Ctrl+L", self.open_login),
            (self.tr("&Sync now"), "F5", self.controller.sync_now),
            (self.tr("Set up my &authenticator…"), "", self.open_enroll),
            (self.tr("Log &out"), "", self.log_out),
            (self.tr("&Close"), "Ctrl+W", self.close),
        ]
        for text, shortcut, slot in actions:
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            menu.addAction(action)
            if slot == self.open_enroll:
                action.setEnabled(self.add_account is not None)
                self.enroll_action = action

    def _connect(self) -> None:
        self.controller.snapshot_changed.connect(self._show)
        self.controller.syncing.connect(self._syncing)
        self.controller.synced.connect(self._synced)
        self.controller.failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.status_bar.sync_requested.connect(self.sync_now)
        self.status_bar.login_requested.connect(self.open_login)
        self.status_bar.reconfirm_requested.connect(self.open_reconfirm)
        self.status_bar.conflicts_requested.connect(self.open_conflicts)
        self.support_banner.revoke_requested.connect(
            lambda: self.controller.edit(lambda editor: editor.revoke_support())
        )

    def _show(self, snapshot: Snapshot) -> None:
        self.status_bar.show_status(snapshot["status"], snapshot["logged_in"], self.syncing)
        self.support_banner.show_grant(snapshot.get("server_support", {}), self.clock())

    def _syncing(self, busy: bool) -> None:
        self.syncing = busy
        if self.controller.snapshot:
            self._show(self.controller.snapshot)

    def sync_now(self) -> None:
        """Sync now (the button): it also probes the server, and always says what it found."""
        self.asked_to_sync = True
        self.statusBar().showMessage(self.tr("Contacting the server…"))
        self.controller.sync_now()

    def _synced(self, report: SyncReport) -> None:
        asked, self.asked_to_sync = self.asked_to_sync, False
        if report.offline:
            self.statusBar().showMessage(
                self.tr("The server did not answer; your edits are kept and go out later."),
                10000,
            )
        elif report.refusals:
            names = entry_names(self.controller.snapshot)
            refused = "; ".join(
                f"{resource_text(where, names)}: {error_text(exc)}"
                for where, exc in report.refusals
            )
            self.statusBar().showMessage(
                self.tr("The server refused: %1").replace("%1", refused), 15000
            )
        elif report.pushed:
            pushed = report.pushed
            self.statusBar().showMessage(
                self.tr("%n edit synced", "", pushed)
                if pushed == 1
                else self.tr("%n edits synced", "", pushed),
                5000,
            )
        elif asked:
            self.statusBar().showMessage(self._sync_outcome(report), 8000)

    def _sync_outcome(self, report: SyncReport) -> str:
        if report.auth_required:
            return self.tr("Log in again to sync.")
        if report.retry_at:
            return self.tr("The server is busy; Keydesk tries again later.")
        if report.server_error:
            return self.tr("The server answered with an error; your edits are kept.")
        return self.tr("Up to date with the server.")

    # --- dialogs ------------------------------------------------------------------------

    def open_login(self) -> None:
        LoginDialog(self.controller, self.accounts_provider, clock=self.clock, parent=self).exec()
        self.controller.refresh()
        self.controller.sync_now()

    def open_reconfirm(self) -> None:
        held = [i for i in self.controller.snapshot.get("items", []) if i.status is Status.HELD]
        names = entry_names(self.controller.snapshot)
        lines = [f"{resource_text(i.resource, names)}: {weakening_text(i.weakening)}" for i in held]
        dialog = LoginDialog(
            self.controller, self.accounts_provider, reconfirm=lines, clock=self.clock, parent=self
        )
        if dialog.exec():
            self.controller.refresh()
            self.controller.sync_now()

    def open_conflicts(self) -> None:
        for item in self.controller.snapshot.get("items", []):
            if item.status is not Status.CONFLICT:
                continue
            dialog = ConflictDialog(item, self)
            if not dialog.exec() or dialog.choice is None:
                return
            decide = partial(_resolve, item.id, dialog.choice.value)
            self.controller.on_replica(decide, lambda _r: self.controller.sync_now())

    def open_enroll(self) -> None:
        if self.add_account is None:
            return
        EnrollDialog(self.controller, self.add_account, clock=self.clock, parent=self).exec()
        self.controller.refresh()

    def log_out(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Log out"), self.tr("Log out of the server? Queued edits are kept.")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.on_network(lambda s: s.logout(), lambda _r: self.controller.refresh())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.shutdown()
        super().closeEvent(event)


def _resolve(item_id: str, choice: str, service: AdminService) -> None:
    service.resolve(item_id, choice)
