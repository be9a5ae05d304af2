"""The main window opens the security console from its menu, once, and forgets it when closed."""

from __future__ import annotations

from typing import Any

from desktop.ui.admin.window import AdminWindow


def test_admin_console_opens_from_the_menu_and_closes(open_window: Any, qtbot: Any) -> None:
    window = open_window([])
    menu = window.app_menu
    assert menu.admin_action in menu.menu.actions()
    menu.admin_action.trigger()
    admin = menu.admin_window
    assert isinstance(admin, AdminWindow) and admin.isVisible()
    menu.admin_action.trigger()
    assert menu.admin_window is admin  # raised, not opened twice
    admin.close()
    qtbot.waitUntil(lambda: menu.admin_window is None, timeout=5000)
