"""The admin window offscreen: each editor validates input, edits offline (queued in the
outbox), shows the pending state; the sync status, conflict and login dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer

from desktop.admin.api import ApiClient
from desktop.admin.login import Challenge
from desktop.admin.model import Op, OutboxItem, Status
from desktop.admin.service import AdminService, PendingLogin
from desktop.admin.session import TokenStore
from desktop.core.otp import Account, code_at
from desktop.ui.admin.conflict_dialog import ConflictDialog
from desktop.ui.admin.login_dialog import LoginDialog
from desktop.ui.admin.window import AdminWindow
from tests.admin.conftest import shared_server  # noqa: F401 - the real server, as a fixture
from tests.admin.serverproc import ServerProcess


@pytest.fixture
def replica_home(shared_server: ServerProcess, tmp_path: Path) -> Path:  # noqa: F811
    """A profile that synced once with the real server (then the app runs offline)."""
    home = tmp_path / "admin-home"
    service = AdminService(home, tokens=TokenStore(None))
    seen = shared_server.mails()
    pending = service.begin_login(shared_server.url, "admin", shared_server.passwords["admin"])
    service.finish_login(pending, shared_server.email_code("admin", seen))
    assert service.sync().clean
    service.store.set_meta("my_ip", "127.0.0.1")
    return home


@pytest.fixture
def window(qtbot: Any, replica_home: Path) -> Iterator[AdminWindow]:
    service = AdminService(replica_home, tokens=TokenStore(None))  # no token: offline
    win = AdminWindow(replica_home, None, service=service, auto_sync=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: bool(win.controller.snapshot), timeout=5000)
    yield win
    win.controller.shutdown()


def wait_items(qtbot: Any, win: AdminWindow, count: int) -> list[OutboxItem]:
    qtbot.waitUntil(lambda: len(win.controller.snapshot.get("items", [])) == count, timeout=5000)
    return list(win.controller.snapshot["items"])


def test_status_bar_is_offline_and_counts(qtbot: Any, window: AdminWindow) -> None:
    bar = window.status_bar
    assert bar.state.text() == "Not logged in"
    assert "admin" in bar.server.text() and bar.last_sync.text().startswith("Last sync")
    assert not bar.held.isVisible() and not bar.conflicts.isVisible()


def test_allowlist_validates_and_queues_offline(qtbot: Any, window: AdminWindow) -> None:
    page = window.pages["ip_allowlist"]
    page.value.setText("10.0.0.0/33")
    assert not page.add_button.isEnabled() and page.value.property("valid") == "false"
    page.value.setText("2001:db8:")
    assert not page.add_button.isEnabled() and page.hint.text() == ""
    page.value.setText("2001:db8::/48")
    assert page.add_button.isEnabled() and "2001:db8::/48" in page.hint.text()
    page.name.setText("IPv6 office")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    items = wait_items(qtbot, window, 1)
    assert items[0].op is Op.ADD and page.value.text() == ""
    qtbot.waitUntil(lambda: page.table.rowCount() >= 1)
    rows = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    row = rows.index("2001:db8::/48")
    assert page.table.item(row, 4).text() == "Waiting to sync"
    assert page.pending_note.shown
    assert window.status_bar.pending.text() == "1 edit pending"


def test_enabling_the_allowlist_warns_before_a_self_lockout(
    qtbot: Any, window: AdminWindow
) -> None:
    from tests.ui.test_walkthrough import answer_modal

    page = window.pages["ip_allowlist"]
    seen: list[str] = []
    QTimer.singleShot(0, answer_modal(seen, "Cancel"))
    page.enabled.click()
    assert sorted(seen) == ["Add my address first", "Cancel"]
    assert not page.enabled.isChecked()
    assert window.controller.snapshot["items"] == []
    QTimer.singleShot(0, answer_modal([], "Add my address first"))
    page.enabled.click()
    first, then = wait_items(qtbot, window, 2)
    assert first.op is Op.ADD and first.payload["value"] == "127.0.0.1/32"
    assert then.payload == {"enabled": True}


def test_two_factor_editor(qtbot: Any, window: AdminWindow) -> None:
    page = window.pages["two_factor"]
    assert not page.apply_button.isEnabled()
    assert page.error.text() == ""  # nothing typed yet: no error
    page.issuer.selectAll()
    qtbot.keyClick(page.issuer, Qt.Key.Key_Backspace)
    assert not page.apply_button.isEnabled() and page.error.text()
    page.issuer.setText("Keydesk")
    page.grace.setValue(24)
    page.role_checks["operator"].setChecked(True)
    assert page.apply_button.isEnabled()
    page.apply()
    items = wait_items(qtbot, window, 1)
    assert items[0].payload == {"grace_hours": 24, "required_roles": ["operator"]}
    qtbot.waitUntil(lambda: page.pending_note.shown)
    page.role_checks["operator"].setChecked(False)  # removing a required role weakens
    page.apply()
    items = wait_items(qtbot, window, 2)
    assert items[1].status is Status.HELD
    qtbot.waitUntil(window.status_bar.held.isVisible)


def test_permissions_bulk_toggles(qtbot: Any, window: AdminWindow) -> None:
    page = window.pages["permissions"]
    roles = [r["id"] for r in page.roles]
    operator = roles.index("operator")
    page.toggle_column(operator)
    changes = page.changes()
    assert set(changes) == {"operator"}
    assert all(all(v for v in fns.values()) for fns in changes["operator"].values())
    page.toggle_column(operator)  # all on → all off
    assert all(not v for fns in page.changes()["operator"].values() for v in fns.values())
    page.revert_button.click()
    assert page.changes() == {}
    first_function = next(i for i, key in enumerate(page.rows) if key is not None)
    page.toggle_row(first_function)  # one function across every editable role
    assert "admin" not in page.changes()
    page.toggle_row(0)  # a section title: all its functions
    assert page.apply_button.isEnabled()
    page.apply()
    items = wait_items(qtbot, window, len(page.changes()))
    assert {i.resource for i in items} <= {"roles/supervisor", "roles/operator"}


def test_content_filter_validates_and_tests_offline(qtbot: Any, window: AdminWindow) -> None:
    page = window.pages["content_filter"]
    page.kind.setCurrentIndex(page.kind.findData("regex"))
    page.pattern.setText("(unclosed")
    assert not page.add_button.isEnabled() and "regular expression" in page.rule_error.text()
    page.kind.setCurrentIndex(page.kind.findData("pii"))
    page.pii.setCurrentIndex(page.pii.findData("card"))
    page.action.setCurrentIndex(page.action.findData("mask"))
    assert page.add_button.isEnabled()
    page.add()
    wait_items(qtbot, window, 1)
    qtbot.waitUntil(lambda: page.table.rowCount() >= 1)
    page.sample.setPlainText("my card 4111 1111 1111 1111")
    page.run_test()
    assert page.verdict.text() == "Sent with parts masked"
    assert page.masked.text() == "my card **** **** **** ****"
    assert "this computer" in page.where.text()


def test_support_access_needs_a_reason_and_is_held(qtbot: Any, window: AdminWindow) -> None:
    page = window.pages["support_access"]
    assert not page.grant_button.isEnabled()
    page.reason.setText("Ticket about lost messages")
    page.ticket.setText("SUP-77")
    page.grant()
    items = wait_items(qtbot, window, 1)
    assert items[0].status is Status.HELD
    qtbot.waitUntil(lambda: "re-confirmation" in page.state.text())
    assert not window.support_banner.isVisible()  # not granted on the server yet


def test_operators_reset_only_for_authenticator_users(qtbot: Any, window: AdminWindow) -> None:
    page = window.pages["operators"]
    assert page.table.rowCount() >= 5
    page.table.selectRow(0)
    assert not page.reset_button.isEnabled()  # the demo people use e-mail codes


def test_conflict_dialog_shows_both_sides(qtbot: Any) -> None:
    item = OutboxItem("ip_allowlist/ip-1", Op.UPDATE, {"name": "mine"}, status=Status.CONFLICT)
    item.conflict = {"fields": [{"path": "name", "base": "old", "mine": "mine", "theirs": "theirs"}],
                     "theirs": {"name": "theirs"}, "who": "admin2", "when": "2026-01-05T10:00:00Z"}  # fmt: skip
    dialog = ConflictDialog(item)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 2).text() == "mine" and dialog.table.item(0, 3).text() == "theirs"
    assert set(dialog.buttons) == {"mine", "theirs", "both"}
    dialog.buttons["theirs"].click()
    assert dialog.choice == "theirs"
    patch = OutboxItem("two_factor", Op.PATCH, {"grace_hours": 1}, status=Status.CONFLICT)
    patch.conflict = {"fields": [], "who": None}
    assert set(ConflictDialog(patch).buttons) == {"mine", "theirs"}


def test_login_dialog_offers_the_vault_code(qtbot: Any, window: AdminWindow) -> None:
    account = Account(secret=b"12345678901234567890", issuer="Keydesk", name="admin")
    other = Account(secret=b"abcdefghijabcdefghij", issuer="GitHub", name="admin")
    clock: Callable[[], float] = lambda: 1_800_000_000.0  # noqa: E731
    dialog = LoginDialog(window.controller, lambda: [other, account], clock=clock)
    qtbot.addWidget(dialog)
    url = window.service.settings.server_url
    pending = PendingLogin(ApiClient(url), Challenge("ch1", "totp", ""), url, "admin", None)
    dialog._challenge(pending)
    assert dialog.stack.currentIndex() == 1
    assert dialog.code.text() == code_at(account, clock())
    assert "authenticator" in dialog.code_intro.text()


def test_status_bar_says_when_the_server_limits_or_fails(qtbot: Any, window: AdminWindow) -> None:
    bar = window.status_bar
    base = {"server": "http://127.0.0.1:1", "login": "admin", "online": True, "pending": 2}
    bar.show_status({**base, "retry_at": 1_900_000_000.0}, logged_in=True, syncing=False)
    assert bar.state.text().startswith("Server busy — try again after ")
    bar.show_status({**base, "server_error": True}, logged_in=True, syncing=False)
    assert bar.state.text() == "Server error — edits kept"
    bar.show_status(base, logged_in=True, syncing=False)
    assert bar.state.text() == "Online"


def test_reconfirm_is_a_step_up_on_the_same_token(
    qtbot: Any,
    shared_server: ServerProcess,  # noqa: F811
    tmp_path: Path,
) -> None:
    """With a token the re-confirm dialog asks only for a fresh code (POST /v1/auth/reconfirm)."""
    tokens = TokenStore(None)
    service = AdminService(tmp_path / "home", tokens=tokens)
    seen = shared_server.mails()
    pending = service.begin_login(shared_server.url, "admin", shared_server.passwords["admin"])
    service.finish_login(pending, shared_server.email_code("admin", seen))
    token = tokens.get(service.settings.server_url, "admin")
    win = AdminWindow(tmp_path / "home", None, service=service, auto_sync=False)
    qtbot.addWidget(win)
    seen = shared_server.mails()
    dialog = LoginDialog(win.controller, None, reconfirm=["support access"], parent=win)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "e-mail" in dialog.code_intro.text(), timeout=15000)
    assert dialog.stack.currentIndex() == 1  # no password page
    dialog.code.setText(shared_server.email_code("admin", seen))
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.result() == LoginDialog.DialogCode.Accepted, timeout=15000)
    assert tokens.get(service.settings.server_url, "admin") == token
    win.controller.shutdown()
