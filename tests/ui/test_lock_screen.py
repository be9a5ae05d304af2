"""The unlock screen: the backoff after wrong passphrases, a keyring-only profile's privacy
screen, and the passphrase that makes its lock real."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.core.backoff import UnlockBackoff
from desktop.ui.lock_screen import PASSPHRASE, PRIVACY
from desktop.ui.main_window import MainWindow
from desktop.ui.workers import pending
from tests.ui.lock_support import (
    PASSPHRASE_TEXT,
    Clock,
    controller,
    with_clocks,
)


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
