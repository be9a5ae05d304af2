"""The rest of the main window, added once the codes are on screen (:meth:`complete`): menus,
actions and shortcuts, drag and drop, the notice, the drift banner, the clock tick, the lock,
the policy's limits and the issuer icons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
)

from desktop.ui.vault_watch import VaultWatcher

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def complete_window(window: MainWindow) -> None:
    """Menus, shortcuts, drag and drop, notices, the banner and the clock tick."""
    if window.completed:
        return
    window.completed = True
    from desktop.ui.account_actions import AccountActions
    from desktop.ui.add_menu import AddMenu
    from desktop.ui.blink import CursorBlinkLimit
    from desktop.ui.clipboard import ClipboardGuard
    from desktop.ui.keyboard import TypeToFilter
    from desktop.ui.notice import Notice
    from desktop.ui.operator_keys import OperatorKeys
    from desktop.ui.ticker import Ticker

    window.guard = ClipboardGuard(QGuiApplication.clipboard(), window)
    window.ticker = Ticker(window.clock, window.model.tick, window)
    window.add_menu = AddMenu(window)
    window.account_actions = AccountActions(window)
    _complete_layout(window)
    _complete_buttons(window)
    _complete_view(window)
    window.notice = Notice(window._central, above=window.hint)
    window.filter_keys = TypeToFilter(window)
    window.blink_limit = CursorBlinkLimit(window.search)
    window.operator_keys = OperatorKeys(window)
    load_issuer_icons(window)
    window.search.textChanged.connect(window._filter_changed)
    window.chips.groupSelected.connect(window._group_selected)
    window.settings.changed.connect(lambda _key: window.apply_settings())
    window.session.reloaded.connect(window._reloaded)
    window.vault_watch = VaultWatcher(window.session, window)
    window.session.failed.connect(lambda text: window.notice.show_message(text, 6))
    window.session.backup_failed.connect(window._backup_failed)
    from desktop.ui.lock import LockController
    from desktop.ui.policy_gate import apply_policy

    window.lock = LockController(window)
    apply_policy(window)
    if window.isVisible():
        window.model.tick()
        window.ticker.start()


def _complete_layout(window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    from desktop.ui.banner import DriftBanner

    central = window._central
    window.banner = DriftBanner(central)  # hidden, and without margins then: nothing moves
    window._layout.insertWidget(2, window.banner)
    window.no_match = QLabel(window.tr("No account matches your search."), window.stack)
    window.no_match.setObjectName("noMatches")
    window.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.stack.addWidget(window.no_match)
    window.hint = QLabel(
        window.tr("Enter copies the selected code · ↑ ↓ choose · Esc clears"), central
    )
    window.hint.setObjectName("hint")
    window.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.hint.hide()
    window._layout.addWidget(window.hint)


def _complete_buttons(window: MainWindow) -> None:
    from desktop.ui.app_menu import AppMenu

    window.add_button.setMenu(window.add_menu.menu)
    window.app_menu = AppMenu(window)
    window.menu_button.setMenu(window.app_menu.menu)


def _complete_view(window: MainWindow) -> None:
    view = window.view
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setDropIndicatorShown(True)
    view.setDragEnabled(not window.proxy.active)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(window.account_actions.context_menu)
    view.clicked.connect(window.account_actions.copy_index)
    view.activated.connect(window.account_actions.copy_index)
    window.delegate.nextCodeRequested.connect(window.account_actions.next_hotp_code)


def load_issuer_icons(window: MainWindow) -> None:
    """After the first frame: the icon set's import is kept off the start-up path."""
    from desktop.ui import brand

    brand.load(window.session.home)
    if window.isVisible():
        window.view.viewport().update()
