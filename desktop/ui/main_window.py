"""The main window: search, add menu, group chips, the accounts list, the empty state.

It is built in two steps. The constructor builds what the first frame shows (search field,
buttons, chips, the list); :meth:`MainWindow.complete` adds menus, actions, shortcuts, notices,
the banner and the clock tick. Start-up calls ``complete`` right after the codes are on screen;
everyone else gets a complete window from the constructor.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QPushButton,
    QVBoxLayout,
)

from desktop.ui import settings as keys
from desktop.ui.filtering import AccountFilter
from desktop.ui.icons import app_icon, icon
from desktop.ui.model import AccountsModel
from desktop.ui.session import VaultSession
from desktop.ui.settings import Settings
from desktop.ui.style import window_style
from desktop.ui.theme import is_dark
from desktop.ui.timekeeper import Clock
from desktop.ui.widgets import order_tabs
from desktop.ui.window_completion import complete_window, load_issuer_icons
from desktop.ui.window_frame import build_first_frame

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QLineEdit, QStackedWidget, QToolButton, QWidget

    from desktop.core.profiles import Profile
    from desktop.ui.account_actions import AccountActions
    from desktop.ui.add_menu import AddMenu
    from desktop.ui.app_menu import AppMenu
    from desktop.ui.banner import DriftBanner
    from desktop.ui.blink import CursorBlinkLimit
    from desktop.ui.chips import GroupChips
    from desktop.ui.clipboard import ClipboardGuard
    from desktop.ui.delegate import AccountDelegate
    from desktop.ui.empty_state import EmptyState
    from desktop.ui.keyboard import TypeToFilter
    from desktop.ui.lock import LockController
    from desktop.ui.notice import Notice
    from desktop.ui.operator_keys import OperatorKeys
    from desktop.ui.ticker import Ticker
    from desktop.ui.tray import Tray
    from desktop.ui.vault_watch import VaultWatcher
    from desktop.ui.view import AccountsView

LIST_PAGE, EMPTY_PAGE, NO_MATCH_PAGE = 0, 1, 2


class MainWindow(QMainWindow):
    #: The window was shown (its QWindow exists from here on) or minimised.
    shown = Signal()
    minimised = Signal()

    # Built for the first frame (desktop.ui.window_frame).
    search: QLineEdit
    add_button: QToolButton
    menu_button: QToolButton
    chips: GroupChips
    stack: QStackedWidget
    empty_page: QWidget
    pages: QStackedWidget
    view: AccountsView
    delegate: AccountDelegate
    _central: QWidget
    _layout: QVBoxLayout
    _search_icon: QAction
    # Built by complete() (desktop.ui.window_completion): declared here for readers and type
    # checkers.
    vault_watch: VaultWatcher
    guard: ClipboardGuard
    ticker: Ticker
    add_menu: AddMenu
    account_actions: AccountActions
    app_menu: AppMenu
    banner: DriftBanner
    no_match: QLabel
    hint: QLabel
    notice: Notice
    filter_keys: TypeToFilter
    blink_limit: CursorBlinkLimit
    operator_keys: OperatorKeys

    def __init__(
        self,
        settings: Settings,
        session: VaultSession,
        clock: Clock | None = None,
        *,
        complete: bool = True,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.session = session
        self.clock = clock or Clock()
        self.completed = False
        self.quitting = False
        self.tray: Tray | None = None
        self.lock: LockController | None = None
        self.profile: Profile | None = None  # set by start-up; None: the session's folder
        self.empty: EmptyState | None = None
        self.setWindowTitle(self.tr("Keydesk"))
        self.setWindowIcon(app_icon())
        self.setStyleSheet(window_style("dark" if is_dark() else "light"))
        self.model = AccountsModel(self.clock, self)
        self.proxy = AccountFilter(self)
        self.proxy.setSourceModel(self.model)
        build_first_frame(self)
        if settings.get_bool(keys.ALWAYS_ON_TOP):  # before the first show: no flicker
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.apply_settings()
        if complete:
            self.complete()
        if self.session.is_open or not self.session.path.exists():
            # While a vault is still unlocking, Startup reloads once it is open; building the
            # list (or the empty state) before that too would double the start-up's work.
            self.reload_accounts()

    def complete(self) -> None:
        """Menus, shortcuts, drag and drop, notices, the banner and the clock tick."""
        complete_window(self)

    def load_issuer_icons(self) -> None:
        load_issuer_icons(self)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @property
    def locked(self) -> bool:
        return self.lock is not None and self.lock.is_locked

    # --- state ------------------------------------------------------------------------------

    def reload_accounts(self) -> None:
        accounts = self.session.accounts()
        current = self.account_actions.current_id() if self.completed else ""
        self.model.set_accounts(accounts)
        groups = sorted({a.group for a in accounts if a.group}, key=str.casefold)
        self.chips.set_groups(groups)
        # The chips sit above the list: Tab reaches them first (new buttons go last otherwise).
        order_tabs([self.menu_button, *self.chips.findChildren(QPushButton), self.view])
        if self.proxy.group not in groups:
            self.proxy.set_group("")
        # No refilter(): the model's reset has just made the proxy filter every row again.
        self._update_page()
        if self.completed:
            self.account_actions.select_id(current)
        if self.tray is not None:
            self.tray.refresh()

    def _update_page(self) -> None:
        if self.model.rowCount() == 0:
            page = EMPTY_PAGE
        elif self.proxy.rowCount() == 0:
            page = NO_MATCH_PAGE
        else:
            page = LIST_PAGE
        if page == EMPTY_PAGE:
            self._build_empty_state()
        self.stack.setCurrentIndex(page)
        if self.completed:
            self.hint.setVisible(page == LIST_PAGE and bool(self.search.text()))
            self.view.setDragEnabled(not self.proxy.active)

    def _build_empty_state(self) -> None:
        if self.empty is not None:
            return
        self.complete()  # its buttons are the Add menu's actions
        from desktop.ui import empty_state

        self.empty = empty_state.EmptyState(self.add_menu.can_scan, self.empty_page)
        self.empty.manualRequested.connect(self.add_menu.add_manually)
        self.empty.pasteRequested.connect(self.add_menu.paste)
        self.empty.scanRequested.connect(self.add_menu.scan_camera)
        layout = QVBoxLayout(self.empty_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._after_filter()

    def _group_selected(self, group: str) -> None:
        self.proxy.set_group(group)
        self._after_filter()

    def _after_filter(self) -> None:
        self._update_page()
        if self.proxy.rowCount():
            self.select_proxy_row(0)

    def select_proxy_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def top_index(self) -> QModelIndex:
        current = self.view.currentIndex()
        return current if current.isValid() else self.proxy.index(0, 0)

    def apply_settings(self) -> None:
        self.model.hide_codes = self.settings.get_bool(keys.HIDE_CODES)
        self.delegate.show_next = self.settings.get_bool(keys.SHOW_NEXT)
        if self.completed:  # before that nothing was painted; viewport() costs 8 ms of enums
            self.view.viewport().update()

    def _backup_failed(self, detail: str) -> None:
        self.notice.show_message(
            self.tr("The automatic backup failed: %1").replace("%1", detail), 15
        )

    def _reloaded(self) -> None:
        self.reload_accounts()
        self.notice.show_message(
            self.tr("The vault was changed outside this window; the list was reloaded."), 5
        )

    def quit(self) -> None:
        self.quitting = True
        if self.completed:
            self.app_menu.close_admin()
        self.close()

    def restyle(self) -> None:
        """A new theme: the style sheet, the icons drawn in the text colour, the empty state."""
        self.setStyleSheet(window_style("dark" if is_dark() else "light"))
        palette = QGuiApplication.palette()
        self._search_icon.setIcon(icon("search", palette.placeholderText().color()))
        for button in (self.add_button, self.menu_button):
            button.setIcon(icon(str(button.property("iconName")), palette.text().color()))
        if self.empty is not None:
            self.empty.restyle()
        self.view.viewport().update()

    # --- events -----------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ThemeChange:
            self.restyle()
        elif kind == QEvent.Type.WindowStateChange and self.isMinimized():
            self.minimised.emit()
        return super().event(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()
        if self.completed:
            self.model.tick()
            self.ticker.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        # Nothing to repaint while hidden: no timer wake-ups at all.
        if self.completed:
            self.ticker.stop()

    if sys.platform == "win32":  # elsewhere no Python call per native event

        def nativeEvent(self, event_type: object, message: object) -> object:
            if self.lock is not None:  # session lock and suspend (desktop.ui.session_watch)
                self.lock.watch.windows_event(bytes(event_type), int(message))  # type: ignore[call-overload]
            return super().nativeEvent(event_type, message)  # type: ignore[arg-type]

    def closeEvent(self, event: QCloseEvent) -> None:
        tray = self.tray
        if (
            not self.quitting
            and tray is not None
            and tray.available
            and self.settings.get_bool(keys.CLOSE_TO_TRAY)
        ):
            event.ignore()
            self.hide()
            return
        if self.completed:
            self.guard.clear_if_ours()
        self.settings.set_raw(keys.GEOMETRY, self.saveGeometry())
        event.accept()
        app = QGuiApplication.instance()
        if app is not None:
            app.quit()
