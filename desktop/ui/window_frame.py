"""What the main window's first frame shows: the search field, the Add and menu buttons, the
group chips and the list of codes. Nothing here waits for the vault or builds a menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.chips import GroupChips
from desktop.ui.icons import icon
from desktop.ui.view import AccountsView
from desktop.ui.widgets import name_clear_button

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def build_first_frame(window: MainWindow) -> None:
    central = window._central = QWidget(window)
    window._layout = QVBoxLayout(central)
    window._layout.setContentsMargins(0, 0, 0, 0)
    window._layout.setSpacing(0)
    window._layout.addWidget(_top_bar(window, central))
    window.chips = GroupChips(central)
    window.chips.hide()
    window._layout.addWidget(window.chips)
    window.stack = QStackedWidget(central)
    window.stack.addWidget(_list_view(window))
    window.empty_page = QWidget(window.stack)  # the empty state is built when first needed
    window.stack.addWidget(window.empty_page)
    window._layout.addWidget(window.stack, 1)
    # Page 0 is the window's content; the lock screen and the profile picker join later.
    window.pages = QStackedWidget(window)
    window.pages.addWidget(central)
    window.setCentralWidget(window.pages)
    window.resize(460, 640)


def _top_bar(window: MainWindow, parent: QWidget) -> QWidget:
    bar = QWidget(parent)
    bar.setObjectName("topBar")
    row = QHBoxLayout(bar)
    row.setContentsMargins(12, 12, 12, 8)
    row.setSpacing(8)
    window.search = QLineEdit(bar)
    window.search.setObjectName("search")
    window.search.setPlaceholderText(window.tr("Type to search accounts"))
    window.search.setAccessibleName(window.tr("Search accounts"))
    window.search.setClearButtonEnabled(True)
    window._search_icon = window.search.addAction(
        icon("search", window.palette().placeholderText().color()),
        QLineEdit.ActionPosition.LeadingPosition,
    )
    window._search_icon.setText(window.tr("Search"))  # the screen reader's name of the icon
    name_clear_button(window.search)
    row.addWidget(window.search, 1)
    # complete() gives the buttons their menus.
    window.add_button = _bar_button(window, bar, "add", window.tr("Add"))
    window.add_button.setAccessibleName(window.tr("Add account"))
    window.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    row.addWidget(window.add_button)
    window.menu_button = _bar_button(window, bar, "menu", "")
    window.menu_button.setAccessibleName(window.tr("Main menu"))
    window.menu_button.setToolTip(window.tr("Main menu"))
    row.addWidget(window.menu_button)
    return bar


def _bar_button(window: MainWindow, parent: QWidget, name: str, text: str) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName("barButton")
    button.setIcon(icon(name, window.palette().text().color()))
    button.setProperty("iconName", name)
    button.setText(text)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


def _list_view(window: MainWindow) -> QListView:
    window.view = AccountsView(window)
    window.view.setObjectName("accounts")
    window.view.setAccessibleName(window.tr("Accounts"))
    window.view.setModel(window.proxy)
    window.delegate = window.view.delegate
    window.view.setUniformItemSizes(True)
    window.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    window.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    window.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return window.view
