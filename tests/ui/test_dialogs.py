"""Add manually (validated as you type, live preview), edit, and the clock-drift banner."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop.core.otp import code_at, format_code
from desktop.ui import settings as keys
from desktop.ui.model import Role
from desktop.ui.timekeeper import Clock


def test_manual_entry_validates_as_you_type(qtbot: Any, fake_clock: Any) -> None:
    from desktop.ui.manual_dialog import ManualDialog

    dialog = ManualDialog(None, None, ["Work"], Clock(fake_clock))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.issuer.setText("Chat2Desk")
    dialog.secret.setText("JBSW1")
    assert not ok.isEnabled()
    assert "“1” at position 5" in dialog.error.text()
    dialog.secret.setText("JBSW Y3DP EHPK 3PXP")
    assert ok.isEnabled()
    assert dialog.error.text() == ""
    result = dialog.result_account()
    assert result is not None
    assert dialog.preview.text() == format_code(code_at(result, fake_clock.now))
    assert "Changes in 20 s" in dialog.preview_note.text()


def test_edit_dialog_changes_presentation_only(qtbot: Any, open_window: Any) -> None:
    from desktop.ui.edit_dialog import EditDialog

    window = open_window()
    original = window.model.account_at(0)
    dialog = EditDialog(original, ["Work"], window)
    dialog.issuer.setText("Renamed")
    dialog.group.setCurrentText("Support")
    dialog.note.setPlainText("desk 4")
    edited = dialog.result_account()
    assert (edited.issuer, edited.group, edited.note) == ("Renamed", "Support", "desk 4")
    assert edited.secret == original.secret and edited.id == original.id


class _Skewed(BaseHTTPRequestHandler):
    def do_HEAD(self) -> None:
        self.send_response(204)
        self.end_headers()

    def send_header(self, keyword: str, value: str) -> None:
        super().send_header(
            keyword, formatdate(time.time() + 95, usegmt=True) if keyword == "Date" else value
        )

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def skewed_server() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Skewed)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_drift_banner_and_correction(open_window: Any, qtbot: Any, skewed_server: str) -> None:
    from desktop.ui.drift import DriftMonitor

    window = open_window()
    window.settings.set(keys.DRIFT_SERVER, skewed_server)
    monitor = DriftMonitor(window.settings, Clock(), window)  # measured against the real clock
    monitor.driftDetected.connect(window.banner.show_offset)
    with qtbot.waitSignal(monitor.driftDetected, timeout=5000):
        monitor.check()
    assert window.banner.isVisible()
    assert "behind" in window.banner.label.text()
    assert not window.banner.symbol.pixmap().isNull()  # its warning sign, drawn when shown
    first = window.model.account_at(0)
    window.banner.fix.click()  # what Startup connects: accept the offset
    window.clock.offset = window.banner.offset
    window.model.refresh_all()
    assert 93 < window.clock.offset < 97
    assert window.proxy.index(0, 0).data(Role.CODE) == code_at(first, window.clock.now())


def test_drift_check_offline_is_silent(open_window: Any, qtbot: Any) -> None:
    from desktop.ui import workers
    from desktop.ui.drift import DriftMonitor

    window = open_window()
    window.settings.set(keys.DRIFT_SERVER, "http://127.0.0.1:9/")
    monitor = DriftMonitor(window.settings, window.clock, window)
    monitor.check()
    qtbot.waitUntil(lambda: workers.pending() == 0, timeout=5000)
    assert monitor.last is None
    assert not window.banner.isVisible()
