"""The quick-pick: a small borderless popup at the pointer, from anywhere on the desktop.

The search field, then the top matches with their codes. Enter copies the selected (top) code
and closes; Shift+Enter copies the next code; Esc closes; ↑/↓ choose; a click or double-click
copies. It shares the main window's accounts model and copies through its clipboard guard.
:meth:`QuickPick.open_at` records how long the popup took to be painted (``last_latency_ms``)
from the moment the hotkey's key event arrived.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop.core.otp import Account
from desktop.ui.delegate import ROW_HEIGHT
from desktop.ui.filtering import AccountFilter
from desktop.ui.model import Role
from desktop.ui.view import AccountsView

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

ROWS = 5
WIDTH = 420
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_STEP = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}


class QuickPick(QDialog):
    """A dialog to screen readers (role and window events), a borderless popup to the eye."""

    def __init__(self, window: MainWindow) -> None:
        flags = (
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        super().__init__(None, flags)
        self.w = window
        #: Key event → the popup's rows on screen, for the last opening by the shortcut.
        self.last_latency_ms: float | None = None
        self._started: float | None = None
        self._was_active = False
        self.setObjectName("quickPick")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # its border and fill
        self.setWindowTitle(self.tr("Keydesk quick pick"))
        self.setAccessibleName(self.tr("Keydesk quick pick"))
        self.setStyleSheet(window.styleSheet() + QUICK_STYLE)
        self.proxy = AccountFilter(self)
        self.proxy.setSourceModel(window.model)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.setSpacing(4)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Type to find a code"))
        self.search.setAccessibleName(self.tr("Search accounts"))
        self.search.installEventFilter(self)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        self.view = AccountsView(self)
        self.view.setObjectName("accounts")
        self.view.setAccessibleName(self.tr("Matching accounts"))
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the search field
        self.view.clicked.connect(self._copy_index)
        self.view.doubleClicked.connect(self._copy_index)
        self.view.painted.connect(self._painted)
        layout.addWidget(self.view)
        self.hint = QLabel(self.tr("Enter copies · Shift+Enter the next code · Esc closes"), self)
        self.hint.setObjectName("hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hint)
        self.setFixedWidth(WIDTH)

    # --- opening ------------------------------------------------------------------------------

    def open_at(self, point: QPoint, text: str = "", started: float | None = None) -> None:
        """Show at ``point`` (kept on its screen) with ``text`` typed in, painted on return."""
        self.search.setText(text)
        self._filter(text)
        self.adjustSize()
        self.move(_fit(QRect(point, self.size()), point))
        self.show()
        self.raise_()
        self.activateWindow()
        self.search.setFocus()
        self._started = started

    def _painted(self) -> None:
        """The rows are on screen: the latency ends here (the first paint after opening)."""
        if self._started is not None:
            self.last_latency_ms = (time.perf_counter() - self._started) * 1000
            self._started = None

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        shown = min(max(self.proxy.rowCount(), 1), ROWS)
        self.view.setFixedHeight(shown * ROW_HEIGHT + 2)
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        self.adjustSize()

    # --- keys and copying ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.search or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key in _ENTER:
            shifted = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.copy_selected(next_code=shifted)
            return True
        if key == Qt.Key.Key_Escape:
            self.hide()
            return True
        if key in _STEP and self.proxy.rowCount():
            row = self.view.currentIndex().row() + _STEP[Qt.Key(key)]
            self.view.setCurrentIndex(
                self.proxy.index(max(min(row, self.proxy.rowCount() - 1), 0), 0)
            )
            return True
        return False

    def selected(self) -> Account | None:
        index = self.view.currentIndex()
        if not index.isValid() and self.proxy.rowCount():
            index = self.proxy.index(0, 0)
        account = index.data(Role.ACCOUNT) if index.isValid() else None
        return account if isinstance(account, Account) else None

    def copy_selected(self, *, next_code: bool = False) -> None:
        account = self.selected()
        if account is None:
            return
        if next_code:
            copy_next_code(self.w, account)
        else:
            self.w.account_actions.copy(account)
        self.hide()

    def _copy_index(self) -> None:
        self.copy_selected()

    # --- the codes keep counting while the popup is up ------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.w.completed and not self.w.ticker.running:
            self.w.model.tick()
            self.w.ticker.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.w.completed and not self.w.isVisible():
            self.w.ticker.stop()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Clicking elsewhere closes it, like a menu: once it has had the focus (a desktop may
        # never give it, and then it must not vanish at once).
        if event.type() != QEvent.Type.ActivationChange:
            return
        if self.isActiveWindow():
            self._was_active = True
        elif self._was_active:
            self._was_active = False
            self.hide()


def copy_next_code(window: MainWindow, account: Account) -> None:
    """Copy the code after the current one (for a login that will happen in a moment)."""
    from desktop.ui import settings as keys

    row = window.model.row_of(account.id)
    if row < 0:
        return
    code = window.model.index(row).data(Role.NEXT_CODE)
    delay = window.settings.get_int(keys.CLIPBOARD_CLEAR)
    window.guard.copy(str(code), delay)
    from desktop.ui.policy_gate import record_usage

    record_usage(window, "copy", account.label)
    text = QCoreApplication.translate(
        "QuickPick", "Next code copied — clipboard clears in %n s", "", delay
    )
    window.notice.show_message(text, 2.5)


def _fit(wanted: QRect, point: QPoint) -> QPoint:
    screen = QGuiApplication.screenAt(point) or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted.topLeft()
    area = screen.availableGeometry()
    x = min(max(wanted.left(), area.left()), area.right() - wanted.width())
    y = min(max(wanted.top(), area.top()), area.bottom() - wanted.height())
    return QPoint(x, y)


QUICK_STYLE = """
#quickPick { background: palette(window); border: 1px solid palette(mid); border-radius: 10px; }
"""
