"""The main menu (☰): the account actions, the admin console, settings and quit, with shortcuts.

It also owns the admin console window: one per app, raised when already open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class AppMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.admin_window: QWidget | None = None
        self.menu = QMenu(window)
        self.settings_action = self._action(self.tr("&Settings…"), "Ctrl+,", self.open_settings)
        self.admin_action = self._action(
            self.tr("&Admin console…"), "Ctrl+Shift+A", self.open_admin
        )
        self.quit_action = self._action(
            self.tr("&Quit"), QKeySequence.StandardKey.Quit, window.quit
        )
        self._action(self.tr("Find"), QKeySequence.StandardKey.Find, window.focus_search)
        self.export_action = self._action(
            self.tr("E&xport accounts…"), "Ctrl+Shift+E", self.open_export
        )
        self.backups_action = self._action(self.tr("&Backups…"), "", self.open_backups)
        self.usage_action = self._action(self.tr("&Usage record…"), "", self.open_usage)
        self.menu.addActions(window.account_actions.menu_actions())
        self.menu.addSeparator()
        self.menu.addActions([self.export_action, self.backups_action, self.usage_action])
        self.menu.addSeparator()
        self.menu.addActions([self.admin_action, self.settings_action, self.quit_action])
        self.menu.aboutToShow.connect(window.account_actions.follow_current)

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey, slot: object) -> QAction:
        action = QAction(text, self.w)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.w.addAction(action)  # the shortcut works with the menu closed
        return action

    def open_admin(self) -> None:
        """The security console: one window per app, raised when already open."""
        from desktop.core.errors import PolicyRefused
        from desktop.ui.policy_gate import refuse

        try:
            self.w.settings.policy.require("admin_console")
        except PolicyRefused as exc:
            refuse(self.w, exc)
            return
        if self.admin_window is None:
            from desktop.ui.admin.window import AdminWindow

            self.admin_window = AdminWindow(
                self.w.session.home,
                self.w.session.accounts,
                add_account=lambda account: self.w.add_menu.add_accounts([account]),
            )
            # Closing it stops its sync workers; a later open starts a fresh one.
            self.admin_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.admin_window.destroyed.connect(self._admin_closed)
        self.admin_window.show()
        self.admin_window.raise_()
        self.admin_window.activateWindow()

    def close_admin(self) -> None:
        if self.admin_window is not None:
            self.admin_window.close()

    def _admin_closed(self) -> None:
        self.admin_window = None

    def open_export(self) -> QWidget | None:
        from desktop.core.errors import PolicyRefused
        from desktop.ui.export_dialog import ExportDialog
        from desktop.ui.policy_gate import refuse

        policy = self.w.settings.policy
        try:
            policy.require("allow_export")
        except PolicyRefused as exc:
            refuse(self.w, exc)
            return None  # no dialog, so no file dialog either
        dialog = ExportDialog(self.w, self.w.session.accounts(), policy)
        dialog.open()
        return dialog

    def open_usage(self) -> QWidget | None:
        """The profile's usage record, verified (the policy may turn the record off)."""
        from desktop.ui.policy_gate import usage_log_of
        from desktop.ui.usage_dialog import UsageDialog

        record = usage_log_of(self.w.settings.policy, self.w.session.vault)
        if record is None:
            return None
        dialog = UsageDialog(record, self.w)
        dialog.open()
        return dialog

    def open_backups(self) -> QWidget:
        from desktop.core.backups import BackupVersion, restore
        from desktop.ui.backups_dialog import BackupsDialog

        session = self.w.session

        def restore_version(version: BackupVersion) -> int:
            if session.vault is None:
                raise RuntimeError("the vault is not open")
            return restore(session.vault, version, self.w.settings.policy)

        dialog = BackupsDialog(self.w, session.home, session.vault, restore_version)
        policy = self.w.settings.policy  # a restore adds, edits and removes accounts at once
        allowed = all(policy.allows(k) for k in ("allow_add", "allow_edit", "allow_remove"))
        dialog.restore_button.setVisible(allowed)
        dialog.restored.connect(self._restored)
        dialog.open()
        return dialog

    def _restored(self, count: int) -> None:
        self.w.session.written.emit()
        self.w.reload_accounts()
        self.w.notice.show_message(self.tr("Restored %n accounts from the backup", "", count), 5)

    def open_settings(self) -> None:
        from desktop.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.w.settings, self.w).exec()
