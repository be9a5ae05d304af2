"""Rough edges from a walkthrough of the admin console (issue 17), against the real server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from desktop.admin.service import AdminService
from desktop.admin.session import TokenStore
from desktop.ui.admin.values import action_text, code_text, resource_text
from desktop.ui.admin.window import AdminWindow
from tests.admin.conftest import shared_server  # noqa: F401 - the real server, as a fixture
from tests.admin.faultproxy import FaultProxy
from tests.admin.serverproc import ServerProcess
from tests.ui.test_admin_editors import replica_home, wait_items, window  # noqa: F401
from tests.ui.test_i18n import in_russian, russian_qm  # noqa: F401 - fixtures


def _spans_the_table(table: QTableWidget) -> bool:
    header = table.horizontalHeader()
    used = sum(header.sectionSize(i) for i in range(header.count()))
    return used >= header.viewport().width() - 1


def test_the_pending_note_does_not_move_the_allowlist_form(
    qtbot: Any,
    window: AdminWindow,  # noqa: F811
) -> None:
    page = window.pages["ip_allowlist"]
    window.tabs.setCurrentWidget(page)
    assert not page.pending_note.shown
    top, table_top = page.value.y(), page.table.y()
    page.value.setText("10.0.0.0/33")  # an error line under the form
    assert (page.value.y(), page.table.y()) == (top, table_top)
    page.value.setText("10.1.0.0/16")
    page.name.setText("Branch")
    page.add()
    wait_items(qtbot, window, 1)
    qtbot.waitUntil(lambda: page.pending_note.shown, timeout=5000)
    assert (page.value.y(), page.table.y()) == (top, table_top)


def test_admin_tables_keep_their_columns_across_snapshots(
    qtbot: Any,
    window: AdminWindow,  # noqa: F811
) -> None:
    page = window.pages["ip_allowlist"]
    window.tabs.setCurrentWidget(page)
    for count, address in enumerate(["10.2.0.0/16", "10.3.0.0/16", "2001:db8::/48"], start=1):
        page.value.setText(address)
        page.add()
        wait_items(qtbot, window, count)
        qtbot.waitUntil(lambda n=count: page.table.rowCount() == n, timeout=5000)
        assert _spans_the_table(page.table)


def test_no_errors_before_any_input(qtbot: Any, tmp_path: Path) -> None:
    service = AdminService(tmp_path / "admin", tokens=TokenStore(None))
    fresh = AdminWindow(tmp_path / "admin", None, service=service, auto_sync=False)
    qtbot.addWidget(fresh)
    fresh.show()
    try:
        two_factor, support = fresh.pages["two_factor"], fresh.pages["support_access"]
        assert two_factor.error.text() == "" and two_factor.issuer.property("valid") is None
        assert support.error.text() == "" and not support.grant_button.isEnabled()
        qtbot.keyClicks(support.reason, "x")
        assert support.grant_button.isEnabled()
        qtbot.keyClick(support.reason, Qt.Key.Key_Backspace)
        assert support.error.text() == "A reason is required."
        qtbot.keyClicks(two_factor.issuer, "K")
        qtbot.keyClick(two_factor.issuer, Qt.Key.Key_Backspace)
        assert two_factor.error.text() == "The issuer cannot be empty."
    finally:
        fresh.controller.shutdown()


def test_admin_tables_and_labels_use_words(
    qtbot: Any,
    window: AdminWindow,  # noqa: F811
) -> None:
    page = window.pages["ip_allowlist"]
    assert page.enabled.text() == "Allow logins only from the addresses below"
    page.value.setText("192.0.2.0/24")
    page.name.setText("Main office")
    page.add()
    wait_items(qtbot, window, 1)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    cells = [page.table.item(0, column).text() for column in range(4)]
    assert cells == ["192.0.2.0/24", "Network", "Main office", "Active"]
    permissions = window.pages["permissions"]
    assert "Administrators always have every permission" in permissions.locked_note.text()
    admin = next(i for i, r in enumerate(permissions.roles) if not r.get("editable", True))
    assert "every permission" in permissions.table.horizontalHeaderItem(admin).toolTip()
    names = {page.entries[0]["id"]: "192.0.2.0/24 — Main office"}
    resource = f"security/ip_allowlist/entry/{page.entries[0]['id']}"
    assert resource_text(resource, names) == "IP allowlist: 192.0.2.0/24 — Main office"


def test_audit_words_for_actions_and_resources() -> None:
    assert action_text("security.ip_allowlist.entry.added") == "Address added"
    assert action_text("something.new") == "something.new"
    assert resource_text("security/ip_allowlist/entry/ip-0d75c0a1e2f3") == "IP allowlist"
    assert resource_text("users/alice") == "User: alice"
    assert resource_text("users/alice/2fa") == "User: alice"
    assert resource_text("security/two_factor") == "2FA policy"
    # Outbox resources, as refusals, re-confirmations and conflicts name them.
    assert resource_text("ip_allowlist/ip-0d75c0a1e2f3") == "IP allowlist"
    names = {"ip-0d75c0a1e2f3": "192.0.2.0/24 — Main office"}
    assert resource_text("ip_allowlist/ip-0d75c0a1e2f3", names).endswith("Main office")
    assert resource_text("support_access") == "Support access"
    assert code_text("cidr") == "Network" and code_text("bad_password") == "Wrong password"


def test_audit_words_in_russian(in_russian: None) -> None:  # noqa: F811
    assert code_text("cidr") == "Сеть"
    assert action_text("security.support_access.granted") == "Доступ техподдержке выдан"
    assert resource_text("security/content_filter/rule/rule-1234abcd5678") == "Фильтр содержимого"


def test_content_filter_attachments_and_remove_rule(
    qtbot: Any,
    window: AdminWindow,  # noqa: F811
) -> None:
    page = window.pages["content_filter"]
    window.tabs.setCurrentWidget(page)
    assert page.table.rowCount() == 0 and not page.remove_button.isEnabled()
    box = page.attachments
    assert box.form() == {  # the server's defaults, as synced
        "mode": "block_listed",
        "max_size_mb": 25,
        "blocked_extensions": ["bat", "cmd", "exe", "js", "scr", "vbs"],
    }
    assert not box.save_button.isEnabled()
    box.extensions.setText("exe, .JS, msi")
    box.max_size.setValue(10)
    assert box.save_button.isEnabled()
    box.save_button.click()
    (item,) = wait_items(qtbot, window, 1)
    assert item.payload == {
        "attachments": {"max_size_mb": 10, "blocked_extensions": ["exe", "js", "msi"]}
    }
    qtbot.waitUntil(lambda: box.current.get("max_size_mb") == 10, timeout=5000)
    assert not box.save_button.isEnabled()
    box.mode.setCurrentIndex(box.mode.findData("block"))
    assert not box.extensions.isEnabled()
    page.rule_name.setText("Passwords")
    page.pattern.setText("password")
    page.add()
    wait_items(qtbot, window, 2)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    assert not page.remove_button.isEnabled()
    page.table.selectRow(0)
    assert page.remove_button.isEnabled()


def test_sync_now_says_what_it_found_and_the_bar_says_when(
    qtbot: Any,
    shared_server: ServerProcess,  # noqa: F811
    tmp_path: Path,
) -> None:
    home = tmp_path / "admin"
    service = AdminService(home, tokens=TokenStore(None))
    with FaultProxy(shared_server.port, rate=0.0, stall=0.0, seed=1) as proxy:
        seen = shared_server.mails()
        pending = service.begin_login(proxy.url, "admin", shared_server.passwords["admin"])
        service.finish_login(pending, shared_server.email_code("admin", seen))
        window = AdminWindow(home, None, service=service, auto_sync=False)
        qtbot.addWidget(window)
        window.show()
        bar = window.status_bar
        try:
            qtbot.waitUntil(bar.sync_button.isEnabled, timeout=5000)
            bar.sync_button.click()
            qtbot.waitUntil(
                lambda: bar.state.text().startswith("Online · checked "), timeout=10_000
            )
            assert window.statusBar().currentMessage() == "Up to date with the server."
        finally:
            proxy.__exit__(None, None, None)  # the server goes away
        try:
            bar.sync_button.click()
            assert window.statusBar().currentMessage() == "Contacting the server…"
            qtbot.waitUntil(lambda: bar.state.text().startswith("Offline · tried "), timeout=30_000)
            assert window.statusBar().currentMessage().startswith("The server did not answer")
        finally:
            window.controller.shutdown()
