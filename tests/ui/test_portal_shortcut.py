"""The Wayland global shortcut through the desktop portal's GlobalShortcuts, against a stand-in
portal (tests/ui/fake_portal.py) on the private session bus of scripts/with-keyring.sh: the
session is created, the configured trigger is the preferred one, a press opens the quick pick,
and a bus without the portal (or without the interface) gets the plain message."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from desktop.core.portal_shortcuts import SHORTCUT_ID, portal_trigger
from desktop.core.shortcut import parse_shortcut
from desktop.ui.portal_hotkey import PortalHotkey
from desktop.ui.quick_access import QuickAccess

NOT_ALLOWED = "This Wayland desktop does not let apps set global shortcuts"


@pytest.fixture
def session_bus() -> None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        if os.environ.get("CI"):
            pytest.fail("CI runs the tests inside scripts/with-keyring.sh (a private bus)")
        pytest.skip("no D-Bus session bus: run inside scripts/with-keyring.sh")


@pytest.fixture
def on_wayland(monkeypatch: pytest.MonkeyPatch, session_bus: None) -> None:
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "wayland"))


@pytest.fixture
def portal(session_bus: None) -> Iterator[Any]:
    from tests.ui.fake_portal import FakePortal

    made: list[FakePortal] = []

    def start(**options: Any) -> FakePortal:
        made.append(FakePortal(**options))
        return made[-1]

    yield start
    for each in made:
        each.stop()


def test_the_trigger_in_the_specification_form() -> None:
    assert portal_trigger(parse_shortcut("Ctrl+Alt+K")) == "CTRL+ALT+k"
    assert portal_trigger(parse_shortcut("Meta+Shift+F5")) == "SHIFT+LOGO+F5"
    assert portal_trigger(parse_shortcut("Ctrl+PageUp")) == "CTRL+Page_Up"


def test_the_portal_binds_the_trigger_and_a_press_opens_the_quick_pick(
    open_window: Any, qtbot: Any, on_wayland: None, portal: Any
) -> None:
    fake = portal()
    window = open_window()
    window.hide()
    quick = QuickAccess(window)
    quick.register()
    hotkey = quick.hotkey
    assert isinstance(hotkey, PortalHotkey)
    with qtbot.waitSignal(hotkey.bound, timeout=20_000) as bound:
        pass
    assert bound.args == ["CTRL+ALT+k"]  # as the stand-in describes the bound trigger
    assert len(fake.sessions) == 1
    session, wanted = fake.bindings[0]
    assert session == fake.sessions[0]
    assert wanted[0][0] == SHORTCUT_ID
    assert wanted[0][1]["preferred_trigger"] == "CTRL+ALT+k"  # the setting's Ctrl+Alt+K
    assert wanted[0][1]["description"]
    assert quick.status == ""
    fake.activate(session, SHORTCUT_ID)
    qtbot.waitUntil(lambda: quick.popup is not None and quick.popup.isVisible(), timeout=20_000)
    quick.release()  # the session is closed: the desktop releases the shortcut
    qtbot.waitUntil(lambda: fake.closed == [session], timeout=20_000)


@pytest.mark.parametrize("with_portal", [False, True], ids=["no portal", "no interface"])
def test_without_the_portal_or_its_interface_the_message_is_plain(
    open_window: Any, qtbot: Any, on_wayland: None, portal: Any, with_portal: bool
) -> None:
    if with_portal:
        portal(with_interface=False)
    window = open_window()
    quick = QuickAccess(window)
    quick.register()
    qtbot.waitUntil(lambda: NOT_ALLOWED in quick.status, timeout=20_000)
    assert "keydesk --quick-pick" in quick.status
    quick.release()


def test_a_declined_binding_is_said(
    open_window: Any, qtbot: Any, on_wayland: None, portal: Any
) -> None:
    portal(bind_response=1)  # the user cancelled the desktop's dialog
    window = open_window()
    quick = QuickAccess(window)
    quick.register()
    qtbot.waitUntil(lambda: "did not bind" in quick.status, timeout=20_000)
    quick.release()
