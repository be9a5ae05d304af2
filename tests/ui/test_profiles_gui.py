"""Profiles in the app: the picker, what each profile starts on, a damaged one, deleting and
naming profiles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.vault import create_vault
from desktop.ui.lock_screen import PASSPHRASE
from desktop.ui.main_window import MainWindow
from tests.support import fast_kdf
from tests.ui.conftest import sample_accounts
from tests.ui.lock_support import (
    PASSPHRASE_TEXT,
    close_app,
    controller,
    start_app,
)


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


def test_a_passphrase_profile_starts_on_its_lock_screen(home: Path, qtbot: Any) -> None:
    from desktop.core.profiles import ProfileStore
    from desktop.ui.unlock import Outcome, State

    profile = ProfileStore(home).create("Anna")
    create_vault(profile.vault_path, passphrase=PASSPHRASE_TEXT, kdf=fast_kdf())
    startup = start_app(home, Outcome(State.PASSPHRASE), profile=profile)
    window = startup.window
    qtbot.waitUntil(lambda: window.isVisible() and window.completed)
    assert window.locked and window.lock.screen.mode == PASSPHRASE
    assert window.lock.screen.name.text() == "Anna"
    window.lock._try_passphrase(PASSPHRASE_TEXT)
    qtbot.waitUntil(lambda: not window.locked)
    close_app(startup)


def test_several_profiles_start_on_the_picker(home: Path, qtbot: Any) -> None:
    from desktop.core.profiles import ProfileStore

    store = ProfileStore(home)
    store.create("Anna")
    store.create("Boris")
    startup = start_app(home, None)
    window = startup.window
    qtbot.waitUntil(window.isVisible)
    assert window.locked and window.pages.currentWidget() is window.picker
    assert window.picker.list.count() == 2
    close_app(startup)


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
    startup = start_app(home, unlock_automatically(profile.folder), profile=profile)
    window = startup.window
    qtbot.waitUntil(lambda: window.isVisible() and window.completed)
    screen = window.lock.screen
    assert window.locked and screen.mode == ERROR
    assert str(profile.folder) in screen.error.text()
    assert not screen.switch.isHidden()  # the other profiles still open
    close_app(startup)


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
