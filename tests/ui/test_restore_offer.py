"""Start-up with a lost or damaged vault file offers to restore its backup, never a new vault."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core.atomic import backup_path
from desktop.core.vault import create_vault, vault_path
from desktop.ui.main_window import MainWindow
from desktop.ui.restore_offer import RestoreOffer
from desktop.ui.startup import Startup
from desktop.ui.unlock import State, unlock_automatically
from tests.support import MemoryKeyStore
from tests.ui.conftest import begin_startup, close_startup, sample_accounts


@pytest.fixture
def store(home: Path) -> MemoryKeyStore:
    """A vault whose .bak holds every sample account (saved twice)."""
    keys = MemoryKeyStore()
    vault = create_vault(vault_path(home), keystore=keys)
    for account in sample_accounts():
        vault.add(account)
    vault.save()
    vault.save()
    return keys


@pytest.fixture
def start(home: Path, store: MemoryKeyStore) -> Iterator[Any]:
    startups: list[Startup] = []

    def start_() -> Startup:
        factory = lambda: (store, "")  # noqa: E731
        startup = begin_startup(home, unlock_automatically(home, factory))
        assert isinstance(startup, Startup)
        startup.keystore_factory = factory
        startups.append(startup)
        return startup

    yield start_
    for startup in startups:
        close_startup(startup)


def offer_of(startup: Startup, qtbot: Any) -> RestoreOffer:
    qtbot.waitUntil(lambda: isinstance(startup.restore_offer, RestoreOffer), timeout=5000)
    offer = startup.restore_offer
    assert isinstance(offer, RestoreOffer)
    qtbot.waitUntil(offer.isVisible, timeout=5000)
    return offer


def test_a_lost_vault_file_is_restored_from_its_backup(start: Any, home: Path, qtbot: Any) -> None:
    vault_path(home).unlink()
    backup = backup_path(vault_path(home)).read_bytes()
    startup = start()
    offer = offer_of(startup, qtbot)
    assert "vault.kdv.bak" in offer.informativeText()

    offer.restore_button.click()

    window = startup.window
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(sample_accounts()), timeout=10_000)
    assert backup_path(vault_path(home)).read_bytes() == backup
    # The accounts are the backup's byte for byte (the unlock may have moved the usage anchor).
    restored = json.loads(vault_path(home).read_bytes())["content"]["data"]
    assert restored == json.loads(backup)["content"]["data"]
    # The notice comes after the first frame of the codes; `completed` is already true earlier,
    # since the window was completed for the empty state while the vault file was missing.
    qtbot.waitUntil(lambda: "Restored the vault" in window.notice.text, timeout=10_000)
    assert "Restored the vault from vault.kdv.bak" in window.notice.text


def test_quitting_the_offer_changes_nothing(start: Any, home: Path, qtbot: Any) -> None:
    vault_path(home).unlink()
    before = sorted((p.name, p.read_bytes()) for p in home.iterdir() if p.is_file())
    startup = start()
    offer = offer_of(startup, qtbot)

    offer.quit_button.click()

    qtbot.waitUntil(lambda: startup.exit_status == 1, timeout=5000)
    assert sorted((p.name, p.read_bytes()) for p in home.iterdir() if p.is_file()) == before
    assert not vault_path(home).exists()


def test_a_damaged_vault_is_offered_its_backup_and_kept(start: Any, home: Path, qtbot: Any) -> None:
    vault_path(home).write_bytes(b"{ damaged")
    startup = start()
    offer_of(startup, qtbot).restore_button.click()

    window = startup.window
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(sample_accounts()), timeout=10_000)
    kept = [p for p in home.iterdir() if p.name.startswith("vault.kdv.replaced-")]
    assert [p.read_bytes() for p in kept] == [b"{ damaged"]


def test_the_outcome_names_the_backup(home: Path, store: MemoryKeyStore) -> None:
    vault_path(home).unlink()
    outcome = unlock_automatically(home, lambda: (store, ""))
    assert outcome.state is State.RECOVERABLE and "vault.kdv.bak" in outcome.message
