"""The main window: search, add menu, group chips, the accounts list, the empty state.

It is built in two steps. The constructor builds what the first frame shows (search field,
buttons, chips, the list); :meth:`MainWindow.complete` adds menus, actions, shortcuts, notices,
the banner and the clock tick. Start-up calls ``complete`` right after the codes are on screen;
everyone else gets a complete window from the constructor.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import settings as keys
from desktop.ui.chips import GroupChips
from desktop.ui.filtering import AccountFilter
from desktop.ui.icons import app_icon, icon
from desktop.ui.model import AccountsModel
from desktop.ui.session import VaultSession
from desktop.ui.settings import Settings
from desktop.ui.style import window_style
from desktop.ui.theme import is_dark
from desktop.ui.timekeeper import Clock
from desktop.ui.vault_watch import VaultWatcher
from desktop.ui.view import AccountsView
from desktop.ui.widgets import name_clear_button, order_tabs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from desktop.core.profiles import Profile
    from desktop.ui.account_actions import AccountActions
    from desktop.ui.add_menu import AddMenu
    from desktop.ui.app_menu import AppMenu
    from desktop.ui.banner import DriftBanner
    from desktop.ui.blink import CursorBlinkLimit
    from desktop.ui.clipboard import ClipboardGuard
    from desktop.ui.empty_state import EmptyState
    from desktop.ui.keyboard import TypeToFilter
    from desktop.ui.lock import LockController
    from desktop.ui.notice import Notice
    from desktop.ui.operator_keys import OperatorKeys
    from desktop.ui.ticker import Ticker
    from desktop.ui.tray import Tray

LIST_PAGE, EMPTY_PAGE, NO_MATCH_PAGE = 0, 1, 2


class MainWindow(QMainWindow):
    # Built by complete(): declared here for readers and type checkers.
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
        self._build()
        if settings.get_bool(keys.ALWAYS_ON_TOP):  # before the first show: no flicker
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.apply_settings()
        if complete:
            self.complete()
        if self.session.is_open or not self.session.path.exists():
            # While a vault is still unlocking, Startup reloads once it is open; building the
            # list (or the empty state) before that too would double the start-up's work.
            self.reload_accounts()

    # --- the first frame --------------------------------------------------------------------

    def _build(self) -> None:
        central = self._central = QWidget(self)
        self._layout = QVBoxLayout(central)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self._top_bar(central))
        self.chips = GroupChips(central)
        self.chips.hide()
        self._layout.addWidget(self.chips)
        self.stack = QStackedWidget(central)
        self.stack.addWidget(self._list_view())
        self.empty_page = QWidget(self.stack)  # the empty state is built when first needed
        self.stack.addWidget(self.empty_page)
        self._layout.addWidget(self.stack, 1)
        # Page 0 is the window's content; the lock screen and the profile picker join later.
        self.pages = QStackedWidget(self)
        self.pages.addWidget(central)
        self.setCentralWidget(self.pages)
        self.resize(460, 640)

    def _top_bar(self, parent: QWidget) -> QWidget:
        bar = QWidget(parent)
        bar.setObjectName("topBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 12, 12, 8)
        row.setSpacing(8)
        self.search = QLineEdit(bar)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Type to search accounts"))
        self.search.setAccessibleName(self.tr("Search accounts"))
        self.search.setClearButtonEnabled(True)
        self._search_icon = self.search.addAction(
            icon("search", self.palette().placeholderText().color()),
            QLineEdit.ActionPosition.LeadingPosition,
        )
        self._search_icon.setText(self.tr("Search"))  # the screen reader's name of the icon
        name_clear_button(self.search)
        row.addWidget(self.search, 1)
        # complete() gives the buttons their menus.
        self.add_button = self._bar_button(bar, "add", self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add account"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        row.addWidget(self.add_button)
        self.menu_button = self._bar_button(bar, "menu", "")
        self.menu_button.setAccessibleName(self.tr("Main menu"))
        self.menu_button.setToolTip(self.tr("Main menu"))
        row.addWidget(self.menu_button)
        return bar

    def _bar_button(self, parent: QWidget, name: str, text: str) -> QToolButton:
        button = QToolButton(parent)
        button.setObjectName("barButton")
        button.setIcon(icon(name, self.palette().text().color()))
        button.setProperty("iconName", name)
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    def _list_view(self) -> QListView:
        self.view = AccountsView(self)
        self.view.setObjectName("accounts")
        self.view.setAccessibleName(self.tr("Accounts"))
        self.view.setModel(self.proxy)
        self.delegate = self.view.delegate
        self.view.setUniformItemSizes(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return self.view

    # --- everything else --------------------------------------------------------------------

    def complete(self) -> None:
        """Menus, shortcuts, drag and drop, notices, the banner and the clock tick."""
        if self.completed:
            return
        self.completed = True
        from desktop.ui.account_actions import AccountActions
        from desktop.ui.add_menu import AddMenu
        from desktop.ui.blink import CursorBlinkLimit
        from desktop.ui.clipboard import ClipboardGuard
        from desktop.ui.keyboard import TypeToFilter
        from desktop.ui.notice import Notice
        from desktop.ui.operator_keys import OperatorKeys
        from desktop.ui.ticker import Ticker

        self.guard = ClipboardGuard(QGuiApplication.clipboard(), self)
        self.ticker = Ticker(self.clock, self.model.tick, self)
        self.add_menu = AddMenu(self)
        self.account_actions = AccountActions(self)
        self._complete_layout()
        self._complete_buttons()
        self._complete_view()
        self.notice = Notice(self._central, above=self.hint)
        self.filter_keys = TypeToFilter(self)
        self.blink_limit = CursorBlinkLimit(self.search)
        self.operator_keys = OperatorKeys(self)
        self.load_issuer_icons()
        self.search.textChanged.connect(self._filter_changed)
        self.chips.groupSelected.connect(self._group_selected)
        self.settings.changed.connect(lambda _key: self.apply_settings())
        self.session.reloaded.connect(self._reloaded)
        self.vault_watch = VaultWatcher(self.session, self)
        self.session.failed.connect(lambda text: self.notice.show_message(text, 6))
        self.session.backup_failed.connect(self._backup_failed)
        from desktop.ui.lock import LockController
        from desktop.ui.policy_gate import apply_policy

        self.lock = LockController(self)
        apply_policy(self)
        if self.isVisible():
            self.model.tick()
            self.ticker.start()

    def _complete_layout(self) -> None:
        from PySide6.QtWidgets import QLabel

        from desktop.ui.banner import DriftBanner

        central = self._central
        self.banner = DriftBanner(central)  # hidden, and without margins then: nothing moves
        self._layout.insertWidget(2, self.banner)
        self.no_match = QLabel(self.tr("No account matches your search."), self.stack)
        self.no_match.setObjectName("noMatches")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.no_match)
        self.hint = QLabel(
            self.tr("Enter copies the selected code · ↑ ↓ choose · Esc clears"), central
        )
        self.hint.setObjectName("hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.hide()
        self._layout.addWidget(self.hint)

    def _complete_buttons(self) -> None:
        from desktop.ui.app_menu import AppMenu

        self.add_button.setMenu(self.add_menu.menu)
        self.app_menu = AppMenu(self)
        self.menu_button.setMenu(self.app_menu.menu)

    def _complete_view(self) -> None:
        view = self.view
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDropIndicatorShown(True)
        view.setDragEnabled(not self.proxy.active)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.account_actions.context_menu)
        view.clicked.connect(self.account_actions.copy_index)
        view.activated.connect(self.account_actions.copy_index)
        self.delegate.nextCodeRequested.connect(self.account_actions.next_hotp_code)

    def load_issuer_icons(self) -> None:
        """After the first frame: the icon set's import is kept off the start-up path."""
        from desktop.ui import brand

        brand.load(self.session.home)
        if self.isVisible():
            self.view.viewport().update()

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
        if event.type() == QEvent.Type.ThemeChange:
            self.restyle()
        return super().event(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
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
