"""The main window opens the security console from its menu, once, and forgets it when closed."""

from __future__ import annotations

from typing import Any

from desktop.ui.admin.window import AdminWindow


def test_admin_console_opens_from_the_menu_and_closes(open_window: Any, qtbot: Any) -> None:
    window = open_window([])
    assert window.admin_action in window.app_menu.actions()
    window.admin_action.trigger()
    admin = window.admin_window
    assert isinstance(admin, AdminWindow) and admin.isVisible()
    window.admin_action.trigger()
    assert window.admin_window is admin  # raised, not opened twice
    admin.close()
    qtbot.waitUntil(lambda: window.admin_window is None, timeout=5000)
