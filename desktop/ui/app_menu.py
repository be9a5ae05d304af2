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
        self.menu.addActions(window.account_actions.menu_actions())
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

    def open_settings(self) -> None:
        from desktop.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.w.settings, self.w).exec()
