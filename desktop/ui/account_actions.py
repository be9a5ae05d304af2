"""What the user does to accounts: copy, HOTP next code, edit, favourite, reorder, delete + undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from desktop.core.errors import PolicyRefused
from desktop.core.otp import Account, OtpType, advance_counter
from desktop.ui import settings as keys
from desktop.ui.model import Role
from desktop.ui.policy_gate import record_usage, refuse

if TYPE_CHECKING:
    from desktop.core.vault import Vault
    from desktop.ui.main_window import MainWindow

#: How long a delete can be undone, unless another change to the vault comes first.
UNDO_SECONDS = 10


def confirm_delete(parent: QWidget, label: str) -> bool:
    """Asks before a delete, with buttons that say what they do: Delete and Cancel."""
    # Imported here: QMessageBox's and QStyle's Python enums (5 ms) are built on first use,
    # and the window is completed without them.
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.buttons import follow_platform

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("AccountActions", "Delete account"))
    box.setText(
        QCoreApplication.translate(
            "AccountActions",
            "Delete “%1”? Its codes will no longer be available in Keydesk. Make sure you "
            "can still sign in to this service another way.",
        ).replace("%1", label)
    )
    text = QCoreApplication.translate("AccountActions", "Delete")
    delete = box.addButton(text, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    follow_platform(box)
    box.exec()
    return box.clickedButton() is delete


class AccountActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.copy_action = self._action(
            self.tr("&Copy code"), QKeySequence.StandardKey.Copy, self.copy_current
        )
        self.next_action = self._action(
            self.tr("&Next code"), QKeySequence("Ctrl+Shift+N"), self.next_current
        )
        self.edit_action = self._action(self.tr("&Edit…"), QKeySequence("F2"), self.edit_current)
        self.favourite_action = self._action(
            self.tr("&Favourite"), QKeySequence("Ctrl+D"), self.toggle_favourite
        )
        self.up_action = self._action(
            self.tr("Move &up"), QKeySequence("Ctrl+Shift+Up"), lambda: self.move_current(-1)
        )
        self.down_action = self._action(
            self.tr("Move &down"), QKeySequence("Ctrl+Shift+Down"), lambda: self.move_current(1)
        )
        self.delete_action = self._action(
            self.tr("&Delete…"), QKeySequence.StandardKey.Delete, self.delete_current
        )
        self.undo_action = self._action(
            self.tr("&Undo"), QKeySequence.StandardKey.Undo, self.w_undo
        )
        self.favourite_action.setCheckable(True)
        self.undo_action.setEnabled(False)
        self._undo: Callable[[], None] | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.timeout.connect(self.forget_undo)
        window.session.written.connect(self.forget_undo)  # the next change ends the undo
        window.model.reordered.connect(self.persist_order)
        self._follow_the_list()

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey, slot: object
    ) -> QAction:
        action = QAction(text, self.w)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.w.addAction(action)
        return action

    def menu_actions(self) -> list[QAction]:
        return [
            self.copy_action,
            self.next_action,
            self.edit_action,
            self.favourite_action,
            self.up_action,
            self.down_action,
            self.delete_action,
        ]

    # --- selection --------------------------------------------------------------------------

    def current(self) -> Account | None:
        index = self.w.top_index()
        account = index.data(Role.ACCOUNT) if index.isValid() else None
        return account if isinstance(account, Account) else None

    def current_id(self) -> str:
        account = self.current()
        return account.id if account else ""

    def select_id(self, account_id: str) -> None:
        row = self.w.model.row_of(account_id) if account_id else -1
        if row < 0:
            return
        proxy_index = self.w.proxy.mapFromSource(self.w.model.index(row))
        if proxy_index.isValid():
            self.w.select_proxy_row(proxy_index.row())

    def follow_current(self) -> None:
        """The actions describe the current row: its favourite tick, Next code for HOTP only.
        Called when the row or the list changes and before a menu opens."""
        account = self.current()
        self.favourite_action.setChecked(bool(account and account.favorite))
        self.next_action.setEnabled(account is not None and account.type is OtpType.HOTP)

    def _follow_the_list(self) -> None:
        proxy = self.w.proxy
        for signal in (
            proxy.modelReset,
            proxy.layoutChanged,
            proxy.rowsInserted,
            proxy.rowsRemoved,
        ):
            signal.connect(self.follow_current)
        self.w.view.selectionModel().currentChanged.connect(self.follow_current)

    def context_menu(self, point: QPoint) -> None:
        index = self.w.view.indexAt(point)
        if not index.isValid():
            return
        self.w.select_proxy_row(index.row())
        self.follow_current()
        account = self.current()
        self.next_action.setVisible(account is not None and account.type is OtpType.HOTP)
        menu = QMenu(self.w)
        menu.addActions(self.menu_actions())
        menu.exec(self.w.view.viewport().mapToGlobal(point))
        self.next_action.setVisible(True)

    # --- copy -------------------------------------------------------------------------------

    def copy_index(self, index: QModelIndex | QPersistentModelIndex) -> None:
        account = index.data(Role.ACCOUNT)
        if isinstance(account, Account):
            self.copy(account)

    def copy_current(self) -> None:
        account = self.current()
        if account is not None:
            self.copy(account)

    def copy(self, account: Account) -> None:
        delay = self.w.settings.get_int(keys.CLIPBOARD_CLEAR)
        self.w.guard.copy(self.w.model.code_of(account), delay)
        self.w.model.set_revealed(account.id)
        record_usage(self.w, "copy", account.label)
        if self.w.settings.policy.value("lock_after_copy"):
            self._lock_after_copy()
        self.w.notice.show_message(self.tr("Copied — clipboard clears in %n s", "", delay), 2.5)

    def _lock_after_copy(self) -> None:
        from desktop.ui.lock import lock_controller

        controller = lock_controller(self.w)
        if controller is not None:  # once this click is handled, the window locks
            QTimer.singleShot(0, lambda: controller.lock("after copy", keep_clipboard=True))

    # --- edits ------------------------------------------------------------------------------

    def next_current(self) -> None:
        account = self.current()
        if account is not None:
            self.next_hotp_code(account.id)

    def next_hotp_code(self, account_id: str) -> None:
        row = self.w.model.row_of(account_id)
        account = self.w.model.account_at(row) if row >= 0 else None
        if account is None or account.type is not OtpType.HOTP:
            return
        advanced = advance_counter(account)
        if self.w.session.apply(lambda v: v.update(advanced)):
            self.w.model.replace_account(advanced)

    def _permitted(self, key: str) -> bool:
        """The policy's allow_edit / allow_remove, checked again behind the hidden actions."""
        try:
            self.w.settings.policy.require(key)
        except PolicyRefused as exc:
            refuse(self.w, exc)
            return False
        return True

    def edit_current(self) -> None:
        account = self.current()
        if account is None or not self._permitted("allow_edit"):
            return
        from desktop.ui.edit_dialog import EditDialog

        groups = sorted({a.group for a in self.w.model.accounts() if a.group}, key=str.casefold)
        dialog = EditDialog(account, groups, self.w)
        if dialog.exec() and (edited := dialog.result_account()) != account:
            self._save(edited)
            record_usage(self.w, "edit", edited.label)

    def toggle_favourite(self) -> None:
        account = self.current()
        if account is not None and self._permitted("allow_edit"):
            self._save(account.edited(favorite=not account.favorite))

    def _save(self, account: Account) -> None:
        if self.w.session.apply(lambda v: v.update(account)):
            self.w.reload_accounts()
            self.select_id(account.id)

    def move_current(self, step: int) -> None:
        account = self.current()
        if account is None or self.w.proxy.active or not self._permitted("allow_edit"):
            return
        row = self.w.model.row_of(account.id)
        target = row + 2 if step > 0 else row - 1
        if self.w.model.move(row, target):
            self.select_id(account.id)

    def persist_order(self, ids: list[str]) -> None:
        def renumber(vault: Vault) -> None:
            for position, account_id in enumerate(ids):
                vault.update(vault.get(account_id).edited(position=position))

        moved = self.current_id()
        self.w.session.apply(renumber)
        self.w.reload_accounts()
        self.select_id(moved)

    # --- delete and undo --------------------------------------------------------------------

    def delete_current(self) -> None:
        account = self.current()
        if (
            account is not None
            and self._permitted("allow_remove")
            and confirm_delete(self.w, account.label)
        ):
            self.delete(account)

    def delete(self, account: Account) -> None:
        if not self._permitted("allow_remove"):
            return
        if not self.w.session.apply(lambda v: v.remove(account.id)):
            return
        record_usage(self.w, "remove", account.label)
        self.w.reload_accounts()
        self._undo = lambda: self.undo_delete(account)
        self._undo_timer.start(UNDO_SECONDS * 1000)
        self.undo_action.setEnabled(True)
        self.w.notice.show_message(
            self.tr("Deleted “%1”").replace("%1", account.label),
            UNDO_SECONDS,
            self.tr("Undo"),
            self.undo,
        )

    @property
    def can_undo(self) -> bool:
        return self._undo is not None

    def undo(self) -> None:
        """Undo the last delete (the notice's button and Ctrl+Z), while it can be undone."""
        action = self._undo
        if action is None:
            return
        self.forget_undo()
        self.w.notice.dismiss()
        action()

    def forget_undo(self) -> None:
        had_undo = self._undo is not None
        self._undo = None
        self._undo_timer.stop()
        self.undo_action.setEnabled(False)
        if had_undo:
            self.w.notice.withdraw(self.undo)  # no Undo button for what can no longer be undone

    def w_undo(self) -> None:
        self.undo()

    def undo_delete(self, account: Account) -> None:
        def restore(vault: Vault) -> None:
            vault.add(account)
            vault.update(account)  # add() appends; put it back where it was

        if self.w.session.apply(restore):
            self.w.reload_accounts()
            self.select_id(account.id)
