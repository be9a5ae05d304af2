"""The policy at start-up: kiosk opens the kiosk, language and drift_server are IT's."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from desktop.core.policy import Policy
from desktop.ui import i18n
from desktop.ui import settings as keys
from desktop.ui.settings import Settings
from tests.conftest import REPO
from tests.ui.test_dialogs import skewed_server  # noqa: F401 - a fixture


def startup(qapp: QApplication, home: Path, policy: Policy, *, kiosk: bool = False) -> Any:
    from desktop.ui.startup import Startup

    return Startup(
        qapp, home, Future(), self_check=False, timeline={"entered": time.perf_counter()},
        policy=policy, kiosk=kiosk,
    )  # fmt: skip


def test_kiosk_policy_opens_the_kiosk_full_screen(qapp: QApplication, home: Path) -> None:
    from desktop.ui.kiosk import KioskWindow

    started = startup(qapp, home, Policy({"kiosk": True}), kiosk=True)
    started.begin()
    kiosk = started.window
    try:
        assert isinstance(kiosk, KioskWindow)
        assert kiosk.windowState() & Qt.WindowState.WindowFullScreen
        assert kiosk.windowFlags() & Qt.WindowType.FramelessWindowHint
    finally:
        kiosk.quitting = True
        kiosk.close()


@pytest.fixture
def russian_qm(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> Iterator[None]:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(lrelease) if lrelease.exists() else shutil.which("lrelease")
    if tool is None:
        pytest.skip("no lrelease to build the translation")
    ts = REPO / "resources" / "translations" / "keydesk_ru.ts"
    subprocess.run([tool, "-silent", str(ts), "-qm", str(tmp_path / "keydesk_ru.qm")], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    yield
    i18n.remove_translations(qapp)


def test_pinned_language_wins_over_the_users(
    qapp: QApplication, home: Path, russian_qm: None
) -> None:
    Settings(home).set(keys.LANGUAGE, "en")
    startup(qapp, home, Policy({"language": "ru"}))
    assert QCoreApplication.translate("Policy", "Managed by your organisation") == (
        "Управляется вашей организацией"
    )


def test_pinned_drift_server_is_the_one_checked(
    open_window: Any,
    qtbot: Any,
    skewed_server: str,  # noqa: F811 - the fixture imported above
) -> None:
    from desktop.ui.drift import DriftMonitor
    from desktop.ui.timekeeper import Clock

    window = open_window()
    window.settings.set(keys.DRIFT_SERVER, "https://unreachable.invalid")
    window.settings.policy = Policy({"drift_server": skewed_server})
    monitor = DriftMonitor(window.settings, Clock(), window)
    with qtbot.waitSignal(monitor.driftDetected, timeout=5000):
        monitor.check()  # only the pinned server answers
