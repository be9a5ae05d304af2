"""The lock keys of the policy in the main window: auto_lock_seconds, lock_on_session_lock,
lock_after_copy, and their settings shown as managed."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication

from desktop.ui import settings as keys
from desktop.ui.settings import Settings
from tests.ui.lock_support import Clock, controller, emit_signal, session_bus, with_clocks
from tests.ui.test_policy_gui import MANAGED, policy_window  # noqa: F401 - a fixture


def test_pinned_auto_lock_seconds_wins(policy_window: Any, home: Any) -> None:  # noqa: F811
    Settings(home).set(keys.LOCK_IDLE_SECONDS, 3600)
    window = policy_window(auto_lock_seconds=60)
    clock = Clock()
    ctl = with_clocks(window, clock)
    clock.now += 59
    ctl.check_idle()
    assert not window.locked
    clock.now += 2
    ctl.check_idle()
    assert window.locked


def test_pinned_lock_on_session_lock_false_keeps_it_open(
    policy_window: Any,  # noqa: F811
    home: Any,
    qtbot: Any,
) -> None:
    Settings(home).set(keys.LOCK_ON_SESSION_LOCK, True)
    window = policy_window(lock_on_session_lock=False)
    ctl = controller(window)
    bus = session_bus()
    ctl.start_watching(session_bus=bus, system_bus=bus)
    with qtbot.waitSignal(ctl.watch.lockRequested, timeout=10_000):
        emit_signal(
            "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True
        )
    assert not window.locked  # the request arrived; the policy said no


def test_lock_after_copy_locks_and_keeps_the_code_until_its_delay(
    policy_window: Any,  # noqa: F811
    qtbot: Any,
) -> None:
    window = policy_window(lock_after_copy=True, clipboard_clear_seconds=20)
    account = window.model.accounts()[0]
    window.account_actions.copy(account)
    code = QGuiApplication.clipboard().text()
    qtbot.waitUntil(lambda: window.locked)
    assert window.model.rowCount() == 0 and window.session.vault is None
    assert QGuiApplication.clipboard().text() == code and window.guard.pending


def test_lock_settings_are_shown_managed(policy_window: Any, qtbot: Any) -> None:  # noqa: F811
    from desktop.ui.settings_dialog import SettingsDialog

    window = policy_window(auto_lock_seconds=120, lock_on_session_lock=True)
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    for widget in (dialog.idle_minutes, dialog.lock_on_session):
        assert not widget.isEnabled() and widget.toolTip() == MANAGED
    assert dialog.idle_minutes.value() == 2


def test_require_passphrase_keeps_a_keyring_only_profile_shut_until_it_has_one(
    policy_window: Any,  # noqa: F811
    qtbot: Any,
    monkeypatch: Any,
) -> None:
    from desktop.ui.passphrase import PassphraseDialog

    asked: list[int] = []

    def answer(dialog: PassphraseDialog) -> int:
        asked.append(dialog.min_length)
        return 0  # the operator does not choose one

    monkeypatch.setattr(PassphraseDialog, "exec", answer)
    window = policy_window(require_passphrase=True, min_passphrase_length=16)
    ctl = controller(window)
    ctl.lock()
    assert ctl.screen is not None
    ctl.screen.unlock_button.click()  # the privacy screen's click
    assert asked == [16] and window.locked and window.model.rowCount() == 0


def test_profiles_create_false_hides_new_profile(qtbot: Any, home: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.core.policy import Policy
    from desktop.core.profiles import ProfileStore
    from desktop.ui.policy_gate import set_policy_in_force
    from desktop.ui.profile_picker import ProfilePicker

    set_policy_in_force(Policy({"profiles_create": False}))
    try:
        picker = ProfilePicker(ProfileStore(home))
        qtbot.addWidget(picker)
        assert not picker.new_button.isVisibleTo(picker)
        told: list[str] = []
        monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
        picker._new()  # even reached some other way, nothing is created
        assert ProfileStore(home).profiles() == []
        assert told == ["Managed by your organisation: Creating profiles is turned off."]
    finally:
        set_policy_in_force(Policy())
