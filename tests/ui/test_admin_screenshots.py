"""Every admin editor, the sync status and the conflict dialog against a live server, grabbed
offscreen (or on Xvfb with QT_QPA_PLATFORM=xcb), the IP allowlist again after the window
synced, and in Russian. With KEYDESK_SCREENSHOTS=1 the pictures go to docs/screenshots/
(admin-*.png)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.admin.model import Status
from desktop.admin.service import AdminService
from desktop.admin.session import TokenStore
from desktop.ui import i18n
from desktop.ui.admin.conflict_dialog import ConflictDialog
from desktop.ui.admin.window import AdminWindow
from desktop.ui.theme import apply_theme
from tests.admin.conftest import shared_server  # noqa: F401 - the real server, as a fixture
from tests.admin.serverproc import ServerProcess
from tests.ui.test_i18n import russian_qm  # noqa: F401 - a fixture

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _login(service: AdminService, server: ServerProcess, login: str) -> None:
    seen = server.mails()
    pending = service.begin_login(server.url, login, server.passwords[login])
    service.finish_login(pending, server.email_code(login, seen))


def _stage(server: ServerProcess, tmp: Path) -> AdminService:
    alice = AdminService(tmp / "alice", tokens=TokenStore(None))
    _login(alice, server, "admin")
    alice.sync()
    edit = alice.editor
    edit.add_ip("192.0.2.0/24", name="Main office")
    edit.add_ip("2001:db8:42::/48", name="Office (IPv6)")
    edit.add_ip("198.51.100.10-198.51.100.20", name="Call centre")
    edit.add_ip("127.0.0.1", name="This computer")
    edit.add_rule({"name": "Card numbers", "kind": "pii", "pii_type": "card", "action": "mask"})
    edit.add_rule({"name": "Customer e-mails", "kind": "pii", "pii_type": "email",
                   "action": "flag", "direction": "out"})  # fmt: skip
    edit.add_rule({"name": "Passwords", "kind": "word", "pattern": "password", "action": "block"})
    edit.patch_two_factor({"required_roles": ["admin", "supervisor"], "grace_hours": 48})
    edit.grant_support(6, "Messages from one channel are missing", "SUP-4821")
    _login(alice, server, "admin")  # re-confirms the grant
    alice.sync()
    bob = AdminService(tmp / "bob", tokens=TokenStore(None))
    _login(bob, server, "admin2")
    bob.sync()
    edit.patch_two_factor({"email_code": {"ttl_seconds": 300}})
    bob.editor.patch_two_factor({"email_code": {"ttl_seconds": 180}})
    bob.sync()
    alice.sync()  # → one conflict
    edit.add_ip("203.0.113.7", name="Alice's laptop")
    edit.set_permissions("operator", {"clients": {"export": True}, "reports": {"view_all": True}})
    alice.store.set_meta("my_ip", "127.0.0.1")
    return alice


def _save(widget: QWidget, name: str, folder: Path) -> None:
    assert widget.grab().save(str(folder / f"admin-{name}.png"))


def test_screenshots(
    qtbot: Any,
    shared_server: ServerProcess,  # noqa: F811
    tmp_path: Path,
    russian_qm: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = DOCS if os.environ.get("KEYDESK_SCREENSHOTS") else tmp_path
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light")  # as the app starts: palette and the app style sheet
    folder.mkdir(parents=True, exist_ok=True)
    service = _stage(shared_server, tmp_path)
    window = AdminWindow(tmp_path / "alice", None, service=service, auto_sync=False)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitUntil(lambda: bool(window.controller.snapshot), timeout=5000)
    qtbot.waitUntil(lambda: window.pages["audit"].table.rowCount() > 0, timeout=5000)
    filter_page = window.pages["content_filter"]
    filter_page.sample.setPlainText(
        "Your card 4111 1111 1111 1111 is blocked, write to ops@example.com"
    )
    filter_page.run_test()
    qtbot.waitUntil(lambda: filter_page.verdict.text() != "", timeout=5000)
    window.pages["ip_allowlist"].value.setText("10.20.0.0/16")
    window.pages["operators"].table.selectRow(1)
    names = ["two-factor", "ip-allowlist", "permissions", "content-filter", "support-access",
             "operators", "audit-log"]  # fmt: skip
    for index, name in enumerate(names):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        _save(window, name, folder)
    _save(window.status_bar, "sync-status", folder)
    conflict = next(i for i in window.controller.snapshot["items"] if i.status is Status.CONFLICT)
    dialog = ConflictDialog(conflict, window)
    dialog.resize(680, 220)
    dialog.show()
    qtbot.wait(50)
    _save(dialog, "conflict", folder)
    assert window.status_bar.conflicts.isVisible() and window.support_banner.isVisible()
    allowlist = window.pages["ip_allowlist"]
    window.tabs.setCurrentWidget(allowlist)
    with qtbot.waitSignal(window.controller.synced, timeout=30_000):
        window.sync_now()  # the button's path: pushes Alice's laptop, pulls, re-renders
    qtbot.waitUntil(lambda: window.status_bar.state.text().startswith("Online · checked"))
    qtbot.waitUntil(lambda: allowlist.table.item(4, 4).text() == "")
    _save(window, "ip-allowlist-after-sync", folder)
    window.controller.shutdown()
    _in_russian(qtbot, service, tmp_path, folder, russian_qm, monkeypatch)


def _in_russian(
    qtbot: Any,
    service: AdminService,
    tmp_path: Path,
    folder: Path,
    qm_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setattr(i18n, "translations_dir", lambda: qm_folder)
    assert i18n.install_translation(app, "ru") == "ru"
    try:
        window = AdminWindow(tmp_path / "alice", None, service=service, auto_sync=False)
        qtbot.addWidget(window)
        window.resize(1100, 760)
        window.show()
        allowlist = window.pages["ip_allowlist"]
        window.tabs.setCurrentWidget(allowlist)
        qtbot.waitUntil(lambda: allowlist.table.rowCount() == 5, timeout=5000)
        with qtbot.waitSignal(window.controller.synced, timeout=30_000):
            window.sync_now()
        qtbot.waitUntil(lambda: window.status_bar.state.text().startswith("В сети"))
        _save(window, "russian", folder)
        window.controller.shutdown()
    finally:
        i18n.remove_translations(app)
