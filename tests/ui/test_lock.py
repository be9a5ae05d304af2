"""Locking the main window: what a lock removes, and every trigger (manual, idle with an injected
clock and idle source, the OS session over D-Bus, sleep, minimise), the unlock screen's
passphrase, privacy-screen and backoff behaviour, and the profile picker."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.core.autolock import IdleTimer
from desktop.core.backoff import UnlockBackoff
from desktop.core.otp import code_at
from desktop.core.vault import create_vault, vault_path
from desktop.ui import settings as keys
from desktop.ui.lock import LockController
from desktop.ui.lock_screen import PASSPHRASE, PRIVACY
from desktop.ui.main_window import MainWindow
from desktop.ui.tray import Tray
from desktop.ui.workers import pending
from tests.support import fast_kdf
from tests.ui.conftest import FakeClock, sample_accounts

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


@pytest.fixture
def passphrase_window(home: Path, qtbot: Any, fake_clock: FakeClock) -> Callable[[], MainWindow]:
    from desktop.core.vault import open_vault
    from desktop.ui.session import VaultSession
    from desktop.ui.settings import Settings
    from desktop.ui.timekeeper import Clock as CodeClock

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
    qtbot.keyClick(window.search, Qt.Key.Key_A)  # input to Keydesk: the idle source
    clock.now += 200
    ctl.check_idle()  # 200 s idle: not yet, the timer is re-armed for the rest
    assert not window.locked
    assert ctl.idle_timer.isActive() and 99_000 <= ctl.idle_timer.interval() <= 101_000
    clock.now += 101
    ctl.check_idle()
    assert window.locked

    ctl.adopt(window.session.vault or _reopen(window))
    window.settings.set(keys.LOCK_IDLE_SECONDS, 0)  # 0: never
    clock.now += 10**6
    ctl.check_idle()
    assert not window.locked and not ctl.idle_timer.isActive()


def _reopen(window: MainWindow) -> Any:
    from desktop.core.vault import open_vault

    store, _ = window.session.keystore_factory()
    return open_vault(window.session.path, keystore=store)


def _bus() -> Any:
    from PySide6.QtDBus import QDBusConnection

    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        pytest.skip("no D-Bus session (run inside scripts/with-keyring.sh, as make test does)")
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        pytest.skip("the D-Bus session bus is not reachable")
    return bus


def _emit(path: str, interface: str, name: str, *args: object) -> None:
    """A signal from another connection on the bus: what the desktop's screen saver does."""
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    sender = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, "test-sender")
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments(list(args))
    assert sender.send(message)


def test_a_session_lock_on_dbus_locks(open_window: Callable[..., MainWindow], qtbot: Any) -> None:
    bus = _bus()
    window = open_window()
    ctl = controller(window)
    sources = ctl.start_watching(session_bus=bus, system_bus=bus)
    assert "org.freedesktop.ScreenSaver.ActiveChanged" in sources
    _emit("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", False)
    _emit("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)
    ctl.adopt(_reopen(window))
    _emit("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)


def test_logind_sleep_and_lock_of_our_session_lock(
    open_window: Callable[..., MainWindow], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    bus = _bus()  # stands in for the system bus: logind's signals, emitted by the test
    monkeypatch.setenv("XDG_SESSION_ID", "c2")
    window = open_window()
    ctl = controller(window)
    reasons: list[str] = []
    ctl.locked.connect(reasons.append)
    sources = ctl.start_watching(session_bus=bus, system_bus=bus)
    assert {"org.freedesktop.login1.Manager.PrepareForSleep"} <= set(sources)
    _emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", True)
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)
    ctl.adopt(_reopen(window))
    _emit("/org/freedesktop/login1/session/c3", "org.freedesktop.login1.Session", "Lock")
    _emit("/org/freedesktop/login1/session/c2", "org.freedesktop.login1.Session", "Lock")
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)
    assert reasons == ["sleep", "session_locked"]  # another session's Lock did nothing


def test_minimising_locks_when_chosen(open_window: Callable[..., MainWindow], qtbot: Any) -> None:
    window = open_window()
    window.showMinimized()
    qtbot.wait(20)
    assert not window.locked  # off by default
    window.showNormal()
    window.settings.set(keys.LOCK_ON_MINIMISE, True)
    window.showMinimized()
    qtbot.waitUntil(lambda: window.locked)


def test_wrong_passphrases_back_off_and_survive_a_restart(
    passphrase_window: Callable[[], MainWindow], qtbot: Any, home: Path
) -> None:
    window = passphrase_window()
    wall = Clock(1_800_000_000.0)
    ctl = with_clocks(window, Clock(), wall)
    ctl.lock()
    screen = ctl.screen
    assert screen is not None and screen.mode == PASSPHRASE and not screen.field.isHidden()
    for expected in (1, 2, 4):
        screen.field.setText("not it")
        ctl._try_passphrase("not it")
        qtbot.waitUntil(lambda: pending() == 0)
        assert "Wrong passphrase" in screen.error.text()
        assert UnlockBackoff(home).wait(wall()) == expected
        assert screen.waiting and not screen.field.isEnabled()
        assert str(expected) in screen.countdown.text()
        wall.now += expected
    assert window.locked and window.model.rowCount() == 0

    wall.now -= 4  # still waiting: an attempt is refused before any KDF runs
    ctl._try_passphrase(PASSPHRASE_TEXT)
    assert pending() == 0 and window.locked

    restarted = passphrase_window()  # a new window reads the same file
    again = with_clocks(restarted, Clock(), wall)
    again.lock()
    assert again.screen is not None and again.screen.waiting
    wall.now += 4
    again._try_passphrase(PASSPHRASE_TEXT)
    qtbot.waitUntil(lambda: not restarted.locked)
    assert restarted.model.rowCount() == 5 and UnlockBackoff(home).wait(wall()) == 0


def test_a_keyring_only_profile_is_a_privacy_screen(
    open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = open_window()
    ctl = controller(window)
    ctl.lock()
    screen = ctl.screen
    assert screen is not None and screen.mode == PRIVACY
    assert screen.field.isHidden() and not screen.add_passphrase.isHidden()
    assert "only hides the codes" in screen.privacy_note.text()
    assert "with a click" in screen.privacy_note.text()
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: not window.locked)
    assert window.model.rowCount() == 5


def test_the_picker_lists_profiles_and_names_a_damaged_one(
    open_window: Callable[..., MainWindow], qtbot: Any, home: Path
) -> None:
    from desktop.core.profiles import ProfileStore
    from desktop.ui.profile_picker import open_profile, show_picker

    data = home.parent / "data"
    store = ProfileStore(data)
    anna, boris = store.create("Anna"), store.create("Boris")
    vault = create_vault(boris.vault_path, passphrase=PASSPHRASE_TEXT, kdf=fast_kdf())
    vault.add(sample_accounts()[0])
    vault.save()
    broken = data / "profiles" / "broken"
    broken.mkdir()
    window = open_window()
    window.data_home = data  # type: ignore[attr-defined] # what start-up sets
    picker = show_picker(controller(window))
    assert window.locked and window.model.rowCount() == 0  # switching locks first
    texts = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert texts[:2] == ["Anna", "Boris"] and str(broken) in texts[2]
    assert not picker.list.item(2).flags() & Qt.ItemFlag.ItemIsEnabled
    open_profile(controller(window), boris)
    screen = controller(window).screen
    assert screen is not None and screen.name.text() == "Boris" and screen.mode == PASSPHRASE
    controller(window)._try_passphrase(PASSPHRASE_TEXT)
    qtbot.waitUntil(lambda: not window.locked)
    assert [a.issuer for a in window.model.accounts()] == ["Chat2Desk"]
    assert window.session.home == boris.folder and anna.folder != boris.folder


def _startup(home: Path, outcome: Any, **options: Any) -> Any:
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


def _close(startup: Any) -> None:
    window = startup.window
    if window.tray is not None:
        window.tray.icon.hide()
    window.quitting = True
    window.hide()
    window.deleteLater()
    startup.setParent(None)


def test_a_passphrase_profile_starts_on_its_lock_screen(home: Path, qtbot: Any) -> None:
    from desktop.core.profiles import ProfileStore
    from desktop.ui.unlock import Outcome, State

    profile = ProfileStore(home).create("Anna")
    create_vault(profile.vault_path, passphrase=PASSPHRASE_TEXT, kdf=fast_kdf())
    startup = _startup(home, Outcome(State.PASSPHRASE), profile=profile)
    window = startup.window
    qtbot.waitUntil(lambda: window.isVisible() and window.completed)
    assert window.locked and window.lock.screen.mode == PASSPHRASE
    assert window.lock.screen.name.text() == "Anna"
    window.lock._try_passphrase(PASSPHRASE_TEXT)
    qtbot.waitUntil(lambda: not window.locked)
    _close(startup)


def test_several_profiles_start_on_the_picker(home: Path, qtbot: Any) -> None:
    from desktop.core.profiles import ProfileStore

    store = ProfileStore(home)
    store.create("Anna")
    store.create("Boris")
    startup = _startup(home, None)
    window = startup.window
    qtbot.waitUntil(window.isVisible)
    assert window.locked and window.pages.currentWidget() is window.picker
    assert window.picker.list.count() == 2
    _close(startup)


def test_the_quick_pick_shortcut_shows_the_unlock_screen_while_locked(
    open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    from desktop.ui.quick_access import QuickAccess

    window = open_window()
    controller(window).lock()
    quick = QuickAccess(window)
    quick.open("git")
    assert quick.popup is None and window.isVisible() and window.locked


def test_a_corrupt_profile_opens_on_an_error_naming_its_folder(home: Path, qtbot: Any) -> None:
    from desktop.core.profiles import ProfileStore
    from desktop.ui.lock_screen import ERROR
    from desktop.ui.unlock import unlock_automatically

    profile = ProfileStore(home).create("Anna")
    profile.vault_path.write_text("{ not a vault")
    startup = _startup(home, unlock_automatically(profile.folder), profile=profile)
    window = startup.window
    qtbot.waitUntil(lambda: window.isVisible() and window.completed)
    screen = window.lock.screen
    assert window.locked and screen.mode == ERROR
    assert str(profile.folder) in screen.error.text()
    assert not screen.switch.isHidden()  # the other profiles still open
    _close(startup)


def test_deleting_a_profile_needs_its_name_and_passphrase_and_asks_twice_for_the_last(
    home: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.core.profiles import ProfileStore
    from desktop.ui.profile_dialogs import DeleteProfileDialog

    store = ProfileStore(home)
    anna = store.create("Anna")
    create_vault(anna.vault_path, passphrase=PASSPHRASE_TEXT, kdf=fast_kdf())
    asked: list[str] = []

    def answer(*args: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = DeleteProfileDialog(store, anna)
    qtbot.addWidget(dialog)
    now = [1_800_000_000.0]
    dialog.wall_clock = lambda: now[0]
    dialog.confirm.setText("Ann")
    dialog.passphrase.setText(PASSPHRASE_TEXT)
    dialog.ok.click()
    # Refused before any key derivation: the dialog never started its proof (the global
    # pending() count would also see workers an earlier test left finishing).
    assert "exactly" in dialog.error.text() and dialog.ok.isEnabled() and dialog.passphrase.text()
    dialog.confirm.setText("anna")
    dialog.passphrase.setText("not it")
    dialog.ok.click()
    qtbot.waitUntil(dialog.ok.isEnabled)
    assert dialog.error.text() == "Wrong passphrase." and anna.folder.exists()
    dialog.passphrase.setText(PASSPHRASE_TEXT)
    dialog.ok.click()  # within the profile's backoff: refused before any key derivation
    assert "Try again in 1 s" in dialog.error.text()
    assert dialog.ok.isEnabled() and dialog.passphrase.text()  # no proof started
    now[0] += 1
    dialog.ok.click()
    qtbot.waitUntil(lambda: bool(asked))
    assert "last profile" in asked[0] and anna.folder.exists()  # "No" the second time
    store.create("Boris")
    again = DeleteProfileDialog(store, anna)
    qtbot.addWidget(again)
    again.wall_clock = lambda: now[0]
    again.confirm.setText("Anna")
    again.passphrase.setText(PASSPHRASE_TEXT)
    deleted: list[bool] = []
    again.deleted.connect(lambda: deleted.append(True))
    again.ok.click()
    qtbot.waitUntil(lambda: bool(deleted))
    assert not anna.folder.exists() and [p.name for p in store.profiles()] == ["Boris"]
    assert len(asked) == 1  # not the last one: asked once


def test_profile_names_are_checked_in_the_gui(
    home: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

    from desktop.core.profiles import ProfileStore
    from desktop.ui.profile_dialogs import ask_new_profile

    store = ProfileStore(home)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(str(a[2])))
    parent = QWidget()
    qtbot.addWidget(parent)
    for typed in ("a/b", "..", "x" * 65, "ok name"):
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, t=typed: (t, True))
        ask_new_profile(parent, store)
    assert warnings == [
        "A profile name cannot contain / or \\.",
        "A profile name cannot contain '..'.",
        "A profile name can have at most 64 characters.",
    ]
    assert [p.name for p in store.profiles()] == ["ok name"]


def test_a_privacy_screen_offers_a_passphrase_that_makes_the_lock_real(
    open_window: Callable[..., MainWindow], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.slots import SlotKind
    from desktop.ui.passphrase import PassphraseDialog

    monkeypatch.setattr(PassphraseDialog, "exec", lambda self: 1)
    monkeypatch.setattr(PassphraseDialog, "passphrase", property(lambda self: PASSPHRASE_TEXT))
    window = open_window()
    ctl = controller(window)
    ctl.lock()
    assert ctl.screen is not None and ctl.screen.mode == PRIVACY
    ctl.screen.add_passphrase.click()
    qtbot.waitUntil(lambda: not window.locked, timeout=30_000)
    vault = window.session.vault
    assert vault is not None and SlotKind.PASSPHRASE in {s.kind for s in vault.slots}
    ctl.lock()
    assert ctl.screen.mode == PASSPHRASE  # from now on the lock needs the passphrase
