"""The Add menu: scan (when the scanning module is installed), paste a link, or type a key.

The scan entries need :mod:`desktop.ui.scan` (``ScanDialog(source, parent)`` with an
``accountsConfirmed(list)`` signal carrying the confirmed accounts). When that module is absent
the entries are not shown at all.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop.core.errors import KeydeskError, PolicyRefused
from desktop.core.otp import Account
from desktop.ui.errors_text import describe
from desktop.ui.icons import icon
from desktop.ui.workers import run_async

if TYPE_CHECKING:
    from desktop.core.vault import Vault
    from desktop.ui.main_window import MainWindow

SCAN_SOURCES = ("camera", "screen", "file", "clipboard")


def scan_dialog_class() -> Any:
    """``desktop.ui.scan.ScanDialog`` if the scanning module is installed, else None."""
    try:
        if importlib.util.find_spec("desktop.ui.scan") is None:
            return None
        module = importlib.import_module("desktop.ui.scan")
    except ImportError:
        return None
    dialog = getattr(module, "ScanDialog", None)
    return dialog if dialog is not None and hasattr(dialog, "accountsConfirmed") else None


class AddMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self._scan_class: Any = None
        self.can_scan = importlib.util.find_spec("desktop.ui.scan") is not None
        self.menu = QMenu(window)
        self.menu.setAccessibleName(self.tr("Add account"))
        colour = window.palette().text().color()
        if self.can_scan:
            self._entry("camera", self.tr("Scan with &camera…"), self.scan_camera, colour)
            self._entry(
                "screen", self.tr("Scan &screen region…"), lambda: self.scan("screen"), colour
            )
            self._entry("image", self.tr("From &image file…"), lambda: self.scan("file"), colour)
        paste = self._entry("paste", self.tr("&Paste link or image"), self.paste, colour)
        paste.setShortcut(QKeySequence("Ctrl+Shift+V"))
        manual = self._entry("keyboard", self.tr("Enter key &manually…"), self.add_manually, colour)
        manual.setShortcut(QKeySequence.StandardKey.New)
        self.menu.addSeparator()
        self.import_action = self._entry(
            "import", self.tr("&Import from another app…"), self.import_file, colour
        )

    def _entry(self, name: str, text: str, slot: Any, colour: Any) -> QAction:
        action = QAction(icon(name, colour), text, self.w)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        self.w.addAction(action)
        return action

    # --- sources ----------------------------------------------------------------------------

    def scan_camera(self) -> None:
        self.scan("camera")

    def scan(self, source: str) -> None:
        dialog_class = scan_dialog_class()
        if dialog_class is None:
            self.w.notice.show_message(
                self.tr("Scanning is not available in this installation."), 4
            )
            return
        groups = sorted({a.group for a in self.w.model.accounts() if a.group}, key=str.casefold)
        dialog = dialog_class(source, self.w, clock=self.w.clock.now, groups=groups)
        # The dialog already asked the user to confirm: save without asking again.
        dialog.accountsConfirmed.connect(
            lambda accounts: self.with_vault(lambda: self._save(accounts))
        )
        if source == "screen":
            dialog.pick_screen_region_after([self.menu])
        elif source == "file" and not dialog.choose_image():
            dialog.deleteLater()
        else:
            dialog.open()

    def paste(self) -> None:
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text().strip()
        if not text and not clipboard.image().isNull() and self.can_scan:
            self.scan("clipboard")
            return
        if not text:
            self.w.notice.show_message(self.tr("The clipboard holds no authenticator link."), 4)
            return
        from desktop.core.payloads import read_payload

        try:
            payload = read_payload(text)
        except KeydeskError as exc:
            self.w.notice.show_message(describe(exc), 6)
            return
        if len(payload.accounts) == 1:
            self.add_manually(payload.accounts[0])
        else:
            self.add_accounts(list(payload.accounts))

    def add_manually(self, prefill: Account | None = None) -> None:
        from desktop.ui.manual_dialog import ManualDialog

        groups = sorted({a.group for a in self.w.model.accounts() if a.group}, key=str.casefold)
        dialog = ManualDialog(
            self.w, prefill if isinstance(prefill, Account) else None, groups, self.w.clock
        )
        if dialog.exec():
            account = dialog.result_account()
            if account is not None:
                self.add_accounts([account])

    def import_file(self, path: object = None) -> Any:
        """The import dialog; with ``path`` it reads that file at once, else it asks for one."""
        from pathlib import Path

        from desktop.ui.import_dialog import ImportDialog
        from desktop.ui.policy_gate import record_usage, refuse

        policy = self.w.settings.policy
        try:
            policy.require("allow_import")
        except PolicyRefused as exc:
            refuse(self.w, exc)
            return None

        def commit(accounts: list[Account]) -> int:
            from desktop.core.importers import commit_import

            for account in accounts:  # all or nothing, like the import itself
                policy.check_issuer(account.issuer)
            record_usage(self.w, "import", f"{len(accounts)} account(s)")
            vault = self.w.session.vault
            if vault is None:
                raise RuntimeError("the vault is not open")
            return commit_import(vault, accounts)

        dialog = ImportDialog(self.w, self.w.session.accounts(), commit, self.with_vault)
        dialog.imported.connect(self._imported)
        dialog.open()
        if isinstance(path, (str, Path)):
            dialog.open_file(Path(path))
        else:
            dialog.choose_file()
        return dialog

    def _imported(self, count: int) -> None:
        self.w.session.written.emit()
        self.w.reload_accounts()
        self.w.notice.show_message(self.tr("Imported %n accounts", "", count), 4)

    # --- saving -----------------------------------------------------------------------------

    def add_accounts(self, accounts: list[Account]) -> None:
        if not accounts or not self._allowed(accounts):
            return
        if len(accounts) > 1 and not self._confirm_many(len(accounts)):
            return
        self.with_vault(lambda: self._save(accounts))

    def _allowed(self, accounts: list[Account]) -> bool:
        """allow_add and allowed_issuers: refused as a whole, with the reason in a notice."""
        from desktop.ui.policy_gate import refuse

        policy = self.w.settings.policy
        try:
            policy.require("allow_add")
            for account in accounts:
                policy.check_issuer(account.issuer)
        except PolicyRefused as exc:
            refuse(self.w, exc)
            return False
        return True

    def _confirm_many(self, count: int) -> bool:
        from PySide6.QtWidgets import QMessageBox  # its enums: only when asked

        answer = QMessageBox.question(
            self.w,
            self.tr("Add accounts"),
            self.tr("Add %n accounts to Keydesk?", "", count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _save(self, accounts: list[Account]) -> None:
        if not self._allowed(accounts):  # the scan dialog's confirmations come straight here
            return

        def add_all(vault: Vault) -> None:
            for account in accounts:
                vault.add(account)

        if self.w.session.apply(add_all):
            from desktop.ui.policy_gate import record_usage

            for account in accounts:
                record_usage(self.w, "add", account.label)
            self.w.reload_accounts()
            self.w.account_actions.select_id(accounts[0].id)
            text = (
                self.tr("Added “%1”").replace("%1", accounts[0].label)
                if len(accounts) == 1
                else self.tr("Added %n accounts", "", len(accounts))
            )
            self.w.notice.show_message(text, 3)

    # --- the first vault --------------------------------------------------------------------

    def with_vault(self, then: Any) -> None:
        """Run ``then`` once the vault exists: create it on the first add (keyring, else passphrase)."""
        session = self.w.session
        if session.is_open:
            then()
            return
        from desktop.ui.policy_gate import managed_text, refuse
        from desktop.ui.session import create_with_keystore

        policy = self.w.settings.policy
        try:
            policy.require("profiles_create")
        except PolicyRefused as exc:
            refuse(self.w, exc)
            return
        if policy.value("require_passphrase"):  # no keyring-only vault, not even for a moment
            self._create_with_passphrase(managed_text(), then)
            return

        self.w.notice.show_message(self.tr("Creating your encrypted vault…"), 10)

        def create() -> object:
            store, reason = session.keystore_factory()
            return create_with_keystore(session.home, store) if store is not None else reason

        def created(result: object) -> None:
            if isinstance(result, tuple):
                session.adopt(*result)
                self.w.notice.dismiss()
                then()
            else:
                self._create_with_passphrase(str(result), then)

        run_async(create, created, self._failed)

    def _create_with_passphrase(self, reason: str, then: Any) -> None:
        from desktop.ui.passphrase import PassphraseDialog
        from desktop.ui.session import create_with_passphrase

        self.w.notice.dismiss()
        minimum = int(self.w.settings.policy.value("min_passphrase_length"))
        dialog = PassphraseDialog(self.w, choose=True, reason=reason, min_length=minimum)
        if not dialog.exec():
            return
        passphrase = dialog.passphrase
        self.w.notice.show_message(self.tr("Creating your encrypted vault…"), 30)

        def created(result: Any) -> None:
            self.w.session.adopt(*result)
            self.w.notice.dismiss()
            then()

        run_async(
            lambda: create_with_passphrase(self.w.session.home, passphrase), created, self._failed
        )

    def _failed(self, exc: Exception) -> None:
        text = describe(exc) if isinstance(exc, KeydeskError) else str(exc)
        self.w.notice.show_message(self.tr("Could not create the vault: %1").replace("%1", text), 8)
