"""Fixtures for the GUI tests: a vault on an in-memory key store, a clock the test moves."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.base32 import decode_secret
from desktop.core.otp import Account, OtpType
from desktop.core.vault import Vault, create_vault, open_vault, vault_path
from tests.support import MemoryKeyStore

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

#: A wait's timeout is only a safety net for a broken run: a test waits for a condition, and on a
#: busy 2-core machine "a few seconds" is not enough for one. So no wait gives up sooner.
SAFETY_NET_MS = 30_000
_wait_until, _wait_signal = QtBot.waitUntil, QtBot.waitSignal


def _patient_wait_until(
    self: QtBot, callback: Callable[[], object], *, timeout: int = 5000
) -> None:
    _wait_until(self, callback, timeout=max(timeout, SAFETY_NET_MS))  # type: ignore[arg-type]


def _patient_wait_signal(
    self: QtBot, *args: object, timeout: int = 5000, **kwargs: object
) -> object:
    return _wait_signal(self, *args, timeout=max(timeout, SAFETY_NET_MS), **kwargs)  # type: ignore[arg-type]


QtBot.waitUntil = _patient_wait_until  # type: ignore[method-assign]
QtBot.waitSignal = _patient_wait_signal  # type: ignore[method-assign,assignment]

#: 10 s into a 30 s (and a 60 s) period.
START = 1_767_225_610.0


class FakeClock:
    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def account(issuer: str, name: str = "", **fields: object) -> Account:
    secret = decode_secret(fields.pop("secret", "JBSWY3DPEHPK3PXP"))  # type: ignore[arg-type]
    return Account(secret=secret, issuer=issuer, name=name, **fields)  # type: ignore[arg-type]


def sample_accounts() -> list[Account]:
    return [
        account(
            "Chat2Desk", "operator@example.com", group="Work", secret="JBSWY3DPEHPK3PXPAAAAAAAA"
        ),
        account("GitHub", "octo", group="Work", secret="JBSWY3DPEHPK3PXPBBBBBBBB"),
        account("Google", "me@gmail.com", period=60, secret="JBSWY3DPEHPK3PXPCCCCCCCC"),
        account("VPN", "office", type=OtpType.HOTP, counter=3, secret="JBSWY3DPEHPK3PXPDDDDDDDD"),
        account("Steam", "gamer", type=OtpType.STEAM, digits=5, secret="JBSWY3DPEHPK3PXPEEEEEEEE"),
    ]


@pytest.fixture
def keystore() -> MemoryKeyStore:
    return MemoryKeyStore()


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_vault(home: Path, keystore: MemoryKeyStore) -> Callable[[list[Account]], Vault]:
    def make(accounts: list[Account]) -> Vault:
        vault = create_vault(vault_path(home), keystore=keystore)
        for item in accounts:
            vault.add(item)
        vault.save()
        return vault

    return make


@pytest.fixture
def reopen(home: Path, keystore: MemoryKeyStore) -> Callable[[], Vault]:
    return lambda: open_vault(vault_path(home), keystore=keystore)


@pytest.fixture
def open_window(
    qtbot: object,
    home: Path,
    keystore: MemoryKeyStore,
    fake_clock: FakeClock,
    make_vault: Callable[[list[Account]], Vault],
    reopen: Callable[[], Vault],
) -> Iterator[Callable[..., object]]:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import VaultSession
    from desktop.ui.settings import Settings
    from desktop.ui.timekeeper import Clock

    windows: list[MainWindow] = []

    def open_(accounts: list[Account] | None = None, *, create: bool = True) -> MainWindow:
        session = VaultSession(home, keystore_factory=lambda: (keystore, ""))
        if create and not vault_path(home).exists():
            session.adopt(make_vault(sample_accounts() if accounts is None else accounts), reopen)
        elif vault_path(home).exists():
            session.adopt(reopen(), reopen)
        window = MainWindow(Settings(home), session, Clock(fake_clock))
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.show()
        windows.append(window)
        return window

    yield open_
    for window in windows:
        window.guard.clear_if_ours()
        window.ticker.stop()
        window.notice.dismiss()


def begin_startup(home: Path, outcome: object) -> object:
    """A Startup (as run_gui makes it) handed ``outcome`` as the unlock's answer, begun."""
    import time
    from concurrent.futures import Future

    from PySide6.QtWidgets import QApplication

    from desktop.ui.startup import Startup

    future: Future[object] = Future()
    future.set_result(outcome)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    startup = Startup(
        app, home, future, self_check=False, timeline={"entered": time.perf_counter()}
    )  # type: ignore[arg-type]
    startup.begin()
    return startup


def close_startup(startup: object) -> None:
    """Stop what a test's Startup left running: timers, the tray icon, the window."""
    from desktop.ui.main_window import MainWindow
    from desktop.ui.startup import Startup

    assert isinstance(startup, Startup)
    window = startup.window
    assert isinstance(window, MainWindow)
    if window.completed:
        window.ticker.stop()
        window.guard.clear_if_ours()
    if window.tray is not None:
        window.tray.icon.hide()
    window.quitting = True
    window.hide()
    window.deleteLater()
    offer = getattr(startup, "restore_offer", None)
    if offer is not None:
        offer.deleteLater()  # type: ignore[attr-defined]
    startup.setParent(None)


@pytest.fixture
def passphrase_window(home: Path, qtbot: QtBot, fake_clock: FakeClock) -> Callable[[], MainWindow]:
    """A window on a passphrase-only vault (the lock, unlock-screen and profile tests)."""
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import VaultSession
    from desktop.ui.settings import Settings
    from desktop.ui.timekeeper import Clock as CodeClock
    from tests.support import fast_kdf
    from tests.ui.lock_support import PASSPHRASE_TEXT

    def make() -> MainWindow:
        if not vault_path(home).exists():
            vault = create_vault(vault_path(home), passphrase=PASSPHRASE_TEXT, kdf=fast_kdf())
            for account in sample_accounts():
                vault.add(account)
            vault.save()
        session = VaultSession(home)
        opened = open_vault(vault_path(home), passphrase=PASSPHRASE_TEXT)
        session.adopt(opened, opened.reopen)
        window = MainWindow(Settings(home), session, CodeClock(fake_clock))
        qtbot.addWidget(window)
        window.show()
        return window

    return make
