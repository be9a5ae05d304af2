"""Locking the main window: what a lock removes, and the triggers in the window itself (manual,
idle with an injected clock and idle source, minimise)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.core.otp import code_at
from desktop.ui import settings as keys
from desktop.ui.main_window import MainWindow
from desktop.ui.tray import Tray
from tests.ui.conftest import FakeClock
from tests.ui.lock_support import (
    Clock,
    controller,
    reopen_vault,
    with_clocks,
)


def test_lock_empties_the_model_wipes_the_key_and_clears_the_clipboard(
    open_window: Callable[..., MainWindow], fake_clock: FakeClock, qtbot: Any
) -> None:
    window = open_window()
    window.tray = Tray(window)
    account = window.model.accounts()[0]
    window.account_actions.copy(account)
    code = code_at(account, fake_clock())
    assert QGuiApplication.clipboard().text() == code
    vault = window.session.vault
    assert vault is not None and window.model.rowCount() == 5
    key = vault._master

    window.lock.lock_action.trigger()  # type: ignore[union-attr]

    assert window.locked and window.model.rowCount() == 0
    assert window.session.vault is None and not any(key) and vault.accounts == []
    assert QGuiApplication.clipboard().text() != code
    assert window.pages.currentWidget() is controller(window).screen
    tray_items = [a.text() for a in window.tray.menu.actions() if a.text()]
    assert tray_items == ["&Unlock Keydesk…", "&Quit"]
    assert controller(window).lock_action.shortcut().toString() == "Ctrl+L"
    assert controller(window).lock_action in window.app_menu.menu.actions()
    window.tray.icon.hide()


def test_auto_lock_fires_with_an_injected_clock_and_idle_source(
    open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_window()
    clock = Clock()
    ctl = with_clocks(window, clock)
    assert window.settings.get_int(keys.LOCK_IDLE_SECONDS) == 300  # the default: 5 min
    clock.now += 200
    # Input to Keydesk, through its window as the platform delivers it: the idle source.
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_A)
    clock.now += 200
    ctl.check_idle()  # 200 s idle: not yet, the timer is re-armed for the rest
    assert not window.locked
    assert ctl.idle_timer.isActive() and 99_000 <= ctl.idle_timer.interval() <= 101_000
    clock.now += 101
    ctl.check_idle()
    assert window.locked

    ctl.adopt(window.session.vault or reopen_vault(window))
    window.settings.set(keys.LOCK_IDLE_SECONDS, 0)  # 0: never
    clock.now += 10**6
    ctl.check_idle()
    assert not window.locked and not ctl.idle_timer.isActive()


def test_minimising_locks_when_chosen(open_window: Callable[..., MainWindow], qtbot: Any) -> None:
    window = open_window()
    window.showMinimized()
    qtbot.wait(20)
    assert not window.locked  # off by default
    window.showNormal()
    window.settings.set(keys.LOCK_ON_MINIMISE, True)
    window.showMinimized()
    qtbot.waitUntil(lambda: window.locked)
