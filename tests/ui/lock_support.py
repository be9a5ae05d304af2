"""What the lock, unlock-screen and profile tests share: clocks, a passphrase window, the
D-Bus session bus, and a start-up."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from desktop.core.autolock import IdleTimer
from desktop.ui import settings as keys
from desktop.ui.lock import LockController
from desktop.ui.main_window import MainWindow

PASSPHRASE_TEXT = "the operator's own passphrase"


class Clock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def controller(window: MainWindow) -> LockController:
    assert window.lock is not None
    return window.lock


def with_clocks(window: MainWindow, clock: Clock, wall: Clock | None = None) -> LockController:
    ctl = controller(window)
    ctl.clock = clock
    ctl.wall_clock = wall or clock
    ctl.idle = IdleTimer(window.settings.get_int(keys.LOCK_IDLE_SECONDS), clock())
    return ctl


def reopen_vault(window: MainWindow) -> Any:
    from desktop.core.vault import open_vault

    store, _ = window.session.keystore_factory()
    return open_vault(window.session.path, keystore=store)


def session_bus() -> Any:
    from PySide6.QtDBus import QDBusConnection

    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.skip("no D-Bus session (run inside scripts/with-keyring.sh, as make test does)")
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        pytest.skip("the D-Bus session bus is not reachable")
    return bus


def emit_signal(path: str, interface: str, name: str, *args: object) -> None:
    """A signal from another connection on the bus: what the desktop's screen saver does."""
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    sender = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, "test-sender")
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments(list(args))
    assert sender.send(message)


def start_app(home: Path, outcome: Any, **options: Any) -> Any:
    import time
    from concurrent.futures import Future

    from PySide6.QtWidgets import QApplication

    from desktop.ui.startup import Startup

    future: Future[Any] | None = None
    if outcome is not None:
        future = Future()
        future.set_result(outcome)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    startup = Startup(
        app, home, future, self_check=False, timeline={"entered": time.perf_counter()}, **options
    )
    startup.begin()
    return startup


def close_app(startup: Any) -> None:
    window = startup.window
    if window.tray is not None:
        window.tray.icon.hide()
    window.quitting = True
    window.hide()
    window.deleteLater()
    startup.setParent(None)
