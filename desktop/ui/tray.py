"""The tray icon: favourites (a click copies the code), Show and Quit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop.core.otp import Account
from desktop.ui.icons import app_icon

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class Tray(QObject):
    #: Middle click on the icon: open the quick-pick.
    quickPickRequested = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.available = self.available_here()
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("Keydesk tray menu"))
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setToolTip(self.tr("Keydesk"))
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.refresh()
        if self.available:
            self.icon.show()

    @staticmethod
    def available_here() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def refresh(self) -> None:
        self.menu.clear()
        if self.w.locked:  # nothing of the profile while locked: Unlock and Quit only
            unlock = self.menu.addAction(self.tr("&Unlock Keydesk…"))
            unlock.triggered.connect(self.show_window)
            self.menu.addAction(self.tr("&Quit")).triggered.connect(self.w.quit)
            return
        favourites = [a for a in self.w.model.accounts() if a.favorite]
        if favourites:
            heading = self.menu.addAction(self.tr("Favourites — click to copy"))
            heading.setEnabled(False)
            for account in favourites[:15]:
                action = QAction(account.label, self.menu)
                action.triggered.connect(lambda _=False, a=account: self._copy(a))
                self.menu.addAction(action)
            self.menu.addSeparator()
        show = self.menu.addAction(self.tr("&Show Keydesk"))
        show.triggered.connect(self.show_window)
        if self.w.lock is not None:
            self.menu.addAction(self.w.lock.lock_action)
        quit_action = self.menu.addAction(self.tr("&Quit"))
        quit_action.triggered.connect(self.w.quit)

    def _copy(self, account: Account) -> None:
        self.w.account_actions.copy(account)

    def show_window(self) -> None:
        self.w.showNormal()
        self.w.raise_()
        self.w.activateWindow()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.MiddleClick:
            self.quickPickRequested.emit()
            return
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            if self.w.isVisible():
                self.w.hide()
            else:
                self.show_window()
