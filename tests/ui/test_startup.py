"""Start-up in-process: codes first, then the rest of the window, even if no frame ever comes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core.vault import create_vault, open_vault, vault_path
from desktop.ui.delegate import AccountDelegate
from desktop.ui.main_window import MainWindow
from desktop.ui.startup import Startup
from desktop.ui.unlock import Outcome, State
from tests.support import MemoryKeyStore
from tests.ui.conftest import begin_startup, close_startup, sample_accounts


@pytest.fixture
def start(home: Path, qtbot: Any) -> Iterator[Any]:
    store = MemoryKeyStore()
    vault = create_vault(vault_path(home), keystore=store)
    for account in sample_accounts():
        vault.add(account)
    vault.save()
    startups: list[Startup] = []

    def start_(*, recorded: bool = False) -> Startup:
        opener = lambda: open_vault(vault_path(home), keystore=store)  # noqa: E731
        outcome = Outcome(State.OPEN, opener(), opener, recorded=recorded)
        startup = begin_startup(home, outcome)
        assert isinstance(startup, Startup)
        startups.append(startup)
        return startup

    yield start_
    for startup in startups:
        close_startup(startup)


def test_the_window_is_completed_after_its_first_frame(
    start: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.ui.startup.FIRST_FRAME_GRACE_MS", 60_000)  # only the frame
    startup = start()
    window = startup.window
    assert isinstance(window, MainWindow)
    assert window.isVisible() and not window.completed  # shown, codes not yet painted
    qtbot.waitUntil(lambda: window.completed and window.tray is not None, timeout=3000)
    assert window.delegate.painted_rows >= 1
    marks = startup.timeline
    assert marks["unlock answered"] <= marks["first frame"] <= marks["ready"]


def test_a_window_never_painted_is_completed_anyway(
    start: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(AccountDelegate, "paint", lambda *args: None)  # no frame ever comes
    startup = start()
    window = startup.window
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: window.completed, timeout=3000)
    assert window.delegate.painted_rows == 0 and window.add_button.menu() is not None


def _unlock_entries(window: MainWindow) -> list[str]:
    from desktop.core.usage_log import usage_log_for

    assert window.session.vault is not None
    return [r.event for r in usage_log_for(window.session.vault).verify() if r.event == "unlock"]


@pytest.mark.parametrize("recorded", [True, False])
def test_the_unlock_is_recorded_once_where_it_happened(
    start: Any, qtbot: Any, recorded: bool
) -> None:
    from PySide6.QtCore import QThreadPool

    # True: opened by the unlock child, which recorded it; False: opened where nothing did (a
    # passphrase, the thread fallback), so the window records it on a worker.
    window = start(recorded=recorded).window
    qtbot.waitUntil(lambda: window.completed, timeout=3000)
    assert QThreadPool.globalInstance().waitForDone(30_000)  # the window's write, if any
    assert _unlock_entries(window) == ([] if recorded else ["unlock"])
