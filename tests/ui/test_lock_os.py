"""The OS locks the window: the session's screen saver over D-Bus, and logind's lock and sleep."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from desktop.ui.main_window import MainWindow
from tests.ui.lock_support import (
    controller,
    emit_signal,
    reopen_vault,
    session_bus,
)


def test_a_session_lock_on_dbus_locks(open_window: Callable[..., MainWindow], qtbot: Any) -> None:
    bus = session_bus()
    window = open_window()
    ctl = controller(window)
    sources = ctl.start_watching(session_bus=bus, system_bus=bus)
    assert "org.freedesktop.ScreenSaver.ActiveChanged" in sources
    emit_signal(
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", False
    )
    emit_signal("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)
    ctl.adopt(reopen_vault(window))
    emit_signal(
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True
    )
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)


def test_logind_sleep_and_lock_of_our_session_lock(
    open_window: Callable[..., MainWindow], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    bus = session_bus()  # stands in for the system bus: logind's signals, emitted by the test
    monkeypatch.setenv("XDG_SESSION_ID", "c2")
    window = open_window()
    ctl = controller(window)
    reasons: list[str] = []
    ctl.locked.connect(reasons.append)
    sources = ctl.start_watching(session_bus=bus, system_bus=bus)
    assert {"org.freedesktop.login1.Manager.PrepareForSleep"} <= set(sources)
    emit_signal(
        "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", True
    )
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)
    ctl.adopt(reopen_vault(window))
    emit_signal("/org/freedesktop/login1/session/c3", "org.freedesktop.login1.Session", "Lock")
    emit_signal("/org/freedesktop/login1/session/c2", "org.freedesktop.login1.Session", "Lock")
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)
    assert reasons == ["sleep", "session_locked"]  # another session's Lock did nothing
