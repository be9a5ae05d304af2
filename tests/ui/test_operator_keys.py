"""Small things operators asked for: always on top, Shift+Enter, double-click, tray middle-click,
and the settings for the window and the shortcut."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.core.otp import code_at, next_code
from desktop.ui import settings as keys
from desktop.ui.model import Role
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.tray import Tray

ON_TOP = Qt.WindowType.WindowStaysOnTopHint


def test_always_on_top_from_the_menu_and_kept(open_window: Any) -> None:
    window = open_window()
    assert not window.windowFlags() & ON_TOP
    toggle = window.operator_keys.on_top
    assert toggle in window.app_menu.menu.actions() and toggle.isCheckable()
    toggle.trigger()
    assert window.settings.get_bool(keys.ALWAYS_ON_TOP)
    assert window.windowFlags() & ON_TOP and window.isVisible()
    again = open_window()  # the same profile's settings: on top from the start
    assert again.windowFlags() & ON_TOP
    toggle.trigger()
    assert not window.windowFlags() & ON_TOP and window.isVisible()


def test_shift_enter_copies_the_next_code(open_window: Any, qtbot: Any, fake_clock: Any) -> None:
    window = open_window()
    window.search.setFocus()
    qtbot.keyClicks(window.search, "github")
    github = window.proxy.index(0, 0).data(Role.ACCOUNT)
    qtbot.keyClick(window.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == next_code(github, fake_clock.now)
    assert next_code(github, fake_clock.now) != code_at(github, fake_clock.now)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # plain Enter: the current code
    assert QGuiApplication.clipboard().text() == code_at(github, fake_clock.now)


def test_double_click_copies(open_window: Any, qtbot: Any, fake_clock: Any) -> None:
    window = open_window()
    QGuiApplication.clipboard().clear()
    index = window.proxy.index(1, 0)
    window.view.doubleClicked.emit(index)
    account = index.data(Role.ACCOUNT)
    assert QGuiApplication.clipboard().text() == code_at(account, fake_clock.now)


def test_tray_middle_click_asks_for_the_quick_pick(open_window: Any, qtbot: Any) -> None:
    window = open_window()
    tray = Tray(window)
    with qtbot.waitSignal(tray.quickPickRequested, timeout=1000):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.MiddleClick)
    tray.icon.hide()


def test_settings_save_the_shortcut_and_explain_a_bad_one(open_window: Any, qtbot: Any) -> None:
    window = open_window()
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.hotkey.setText("Shift+K")
    dialog._save()
    assert dialog.error.isVisibleTo(dialog) and "Ctrl+Alt+K" in dialog.error.text()
    assert window.settings.get_str(keys.QUICK_PICK_HOTKEY) == "Ctrl+Alt+K"  # unchanged
    dialog.hotkey.setText(" meta + f5 ")
    dialog.always_on_top.setChecked(True)
    dialog._save()
    assert window.settings.get_str(keys.QUICK_PICK_HOTKEY) == "Meta+F5"
    assert window.settings.get_bool(keys.ALWAYS_ON_TOP)
