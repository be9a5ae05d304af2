"""The window obeys the policy: what it hides, what it refuses, what the settings show."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from desktop.core.otp import Account
from desktop.core.policy import Policy
from desktop.core.usage_log import usage_log_for
from desktop.core.vault import Vault, vault_path
from desktop.ui import settings as keys
from tests.ui.conftest import FakeClock, account, sample_accounts
from tests.ui.test_kiosk import russian  # noqa: F401 - a fixture

MANAGED = "Managed by your organisation"


@pytest.fixture
def policy_window(
    qtbot: Any,
    home: Path,
    keystore: Any,
    fake_clock: FakeClock,
    make_vault: Callable[[list[Account]], Vault],
    reopen: Callable[[], Vault],
) -> Iterator[Callable[..., Any]]:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import VaultSession
    from desktop.ui.settings import Settings
    from desktop.ui.timekeeper import Clock

    windows: list[MainWindow] = []

    def open_(_create: bool = True, **pinned: object) -> MainWindow:
        session = VaultSession(home, keystore_factory=lambda: (keystore, ""))
        if _create and not vault_path(home).exists():
            make_vault(sample_accounts())
        if vault_path(home).exists():
            session.adopt(reopen(), reopen)
        settings = Settings(home, policy=Policy(pinned, "/etc/keydesk/policy.json"))
        window = MainWindow(settings, session, Clock(fake_clock))
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield open_
    for window in windows:
        window.ticker.stop()


def test_allow_add_false_hides_adding_and_refuses_it(policy_window: Any, reopen: Any) -> None:
    window = policy_window(allow_add=False)
    entries = [a for a in window.add_menu.menu.actions() if a is not window.add_menu.import_action]
    assert entries and not any(a.isVisible() or a.isEnabled() for a in entries if a.text())
    window.add_menu.add_accounts([account("New", "x")])
    assert len(reopen().accounts) == 5
    assert MANAGED in window.notice.text


def test_allowed_issuers(policy_window: Any, reopen: Any) -> None:
    window = policy_window(allowed_issuers=["Bank*"])
    window.add_menu.add_accounts([account("ACME", "a")])
    assert "“ACME”" in window.notice.text and len(reopen().accounts) == 5
    window.add_menu._save([account("Bank EU", "b")])  # the scan dialog's path
    assert [a.issuer for a in reopen().accounts].count("Bank EU") == 1


def test_allow_edit_and_remove_false(policy_window: Any, reopen: Any) -> None:
    window = policy_window(allow_edit=False, allow_remove=False)
    actions = window.account_actions
    assert not actions.edit_action.isEnabled() and not actions.delete_action.isEnabled()
    assert not actions.favourite_action.isVisible() and not actions.up_action.isEnabled()
    window.select_proxy_row(0)
    first = actions.current()
    actions.delete(first)
    assert MANAGED in window.notice.text
    actions.toggle_favourite()
    assert [a.id for a in reopen().accounts] == [a.id for a in window.model.accounts()]
    assert reopen().get(first.id).favorite == first.favorite


def test_allow_import_false(policy_window: Any) -> None:
    window = policy_window(allow_import=False)
    assert not window.add_menu.import_action.isVisible()
    assert window.add_menu.import_file() is None  # no file dialog is ever opened
    assert "Importing is turned off" in window.notice.text


def test_admin_console_false(policy_window: Any) -> None:
    window = policy_window(admin_console=False)
    assert not window.app_menu.admin_action.isVisible()
    window.app_menu.open_admin()
    assert window.app_menu.admin_window is None


def test_pinned_clipboard_and_hide_codes_are_used(policy_window: Any, home: Path) -> None:
    from desktop.ui.model import Role
    from desktop.ui.settings import Settings

    Settings(home).set(keys.CLIPBOARD_CLEAR, 300)
    Settings(home).set(keys.HIDE_CODES, False)
    window = policy_window(clipboard_clear_seconds=7, hide_codes=True)
    assert window.model.hide_codes
    assert window.proxy.index(0, 0).data(Role.REVEALED) is False
    window.account_actions.copy_index(window.proxy.index(0, 0))
    assert "7 s" in window.notice.text


def test_settings_dialog_shows_pinned_settings_managed(
    policy_window: Any, home: Path, qtbot: Any
) -> None:
    from desktop.ui.settings import Settings
    from desktop.ui.settings_dialog import SettingsDialog

    window = policy_window(clipboard_clear_seconds=10, hide_codes=True, language="ru",
                           drift_server="https://time.example.com")  # fmt: skip
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    for widget in (dialog.clear_delay, dialog.hide_codes, dialog.language, dialog.drift_server):
        assert not widget.isEnabled() and widget.toolTip() == MANAGED
    labels = [
        w.text() for w in dialog.findChildren(type(dialog.error)) if w.objectName() == "managed"
    ]
    assert labels == [MANAGED] * 4
    assert dialog.language.currentData() == "ru" and dialog.clear_delay.value() == 10
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog._save()
    stored = Settings(home)
    assert stored.get_str(keys.THEME) == "dark"
    assert stored.raw(keys.CLIPBOARD_CLEAR) is None and stored.raw(keys.LANGUAGE) is None


def test_copy_edit_and_remove_are_in_the_usage_record(policy_window: Any, reopen: Any) -> None:
    window = policy_window()
    window.select_proxy_row(0)
    first = window.account_actions.current()
    window.account_actions.copy(first)
    code = QGuiApplication.clipboard().text()
    window.account_actions.delete(first)
    vault = reopen()
    records = usage_log_for(vault).verify()
    assert [(r.event, r.account) for r in records] == [
        ("copy", first.label),
        ("remove", first.label),
    ]
    assert code not in vault.path.parent.joinpath("usage.log").read_text()


def test_usage_log_false_records_nothing(policy_window: Any, reopen: Any) -> None:
    window = policy_window(usage_log=False)
    window.account_actions.copy(window.model.accounts()[0])
    assert not (reopen().path.parent / "usage.log").exists()


def test_invalid_policy_stops_the_app_with_exit_2(tmp_path: Path, home: Path) -> None:
    bad = tmp_path / "policy.json"
    bad.write_text(json.dumps({"kiosk": "yes"}))
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--policy", str(bad), "--self-check"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert f"{bad}: key 'kiosk' = \"yes\": must be true or false" in done.stderr


def test_policy_error_dialog_text_names_source_key_value_and_why(tmp_path: Path) -> None:
    from desktop.core.errors import PolicyInvalid
    from desktop.core.policy import check_policy_file
    from desktop.ui.policy_gate import policy_error_text

    bad = tmp_path / "p.json"
    bad.write_text(json.dumps({"usage_log_days": 0, "typo": 1}))
    with pytest.raises(PolicyInvalid) as caught:
        check_policy_file(bad)
    text = policy_error_text(caught.value)
    assert f"{bad} — usage_log_days = 0 — out of range" in text
    assert f"{bad} — typo = 1 — unknown key" in text


@pytest.mark.parametrize("language", ["en", "ru"])
def test_managed_settings_screenshot(
    policy_window: Any, qtbot: Any, language: str, request: Any
) -> None:
    """'Managed by your organisation' in Settings, in both languages (KEYDESK_SCREENSHOTS=1
    saves docs/screenshots/settings-managed[-ru].png)."""
    import os

    from desktop.ui.settings_dialog import SettingsDialog
    from tests.ui.test_kiosk import DOCS

    if language == "ru":
        request.getfixturevalue("russian")
    window = policy_window(clipboard_clear_seconds=10, hide_codes=True, language=language)
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    expected = "Управляется вашей организацией" if language == "ru" else MANAGED
    labels = [
        w.text() for w in dialog.findChildren(type(dialog.error)) if w.objectName() == "managed"
    ]
    assert labels == [expected] * 3
    if os.environ.get("KEYDESK_SCREENSHOTS"):
        suffix = "" if language == "en" else "-ru"
        dialog.grab().save(str(DOCS / f"settings-managed{suffix}.png"))


def test_allow_export_false(policy_window: Any) -> None:
    window = policy_window(allow_export=False)
    assert not window.app_menu.export_action.isVisible()
    assert window.app_menu.open_export() is None  # no dialog, so no file dialog
    assert "Exporting is turned off" in window.notice.text


def test_usage_viewer_shows_records_and_a_break(
    policy_window: Any, qtbot: Any, reopen: Any
) -> None:
    window = policy_window()
    first = window.model.accounts()[0]
    window.account_actions.copy(first)
    dialog = window.app_menu.open_usage()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == first.label
    assert dialog.table.item(0, 1).text() == "Copied a code" and "checked" in dialog.status.text()
    window.account_actions.copy(first)
    log = reopen().path.parent / "usage.log"
    rows = log.read_text().splitlines()
    log.write_text(rows[1] + "\n")  # the first record removed
    broken = window.app_menu.open_usage()
    qtbot.addWidget(broken)
    assert broken.table.rowCount() == 0 and "breaks at record #1" in broken.status.text()


def test_usage_viewer_hidden_when_the_record_is_off(policy_window: Any) -> None:
    window = policy_window(usage_log=False)
    assert not window.app_menu.usage_action.isVisible()
    assert window.app_menu.open_usage() is None


def test_gui_unlock_applies_usage_log_days(policy_window: Any, reopen: Any) -> None:
    import time as clock

    from desktop.core.usage_log import DAY_S
    from desktop.ui.policy_gate import record_unlock

    window = policy_window(usage_log_days=2)
    vault = reopen()
    record = usage_log_for(vault)
    record.record("copy", "ancient", now=clock.time() - 5 * DAY_S)
    record_unlock(window.settings.policy, vault)
    events = [(r.event, r.account) for r in record.verify()]
    assert events[0] == ("pruned", "") and ("copy", "ancient") not in events
    assert events[-1] == ("unlock", "")


def test_profiles_create_false_refuses_the_first_vault(policy_window: Any, home: Path) -> None:
    window = policy_window(_create=False, profiles_create=False)
    window.add_menu.add_accounts([account("ACME", "a")])
    assert "Creating profiles is turned off" in window.notice.text
    assert not vault_path(home).exists()


def test_require_passphrase_and_min_length_for_the_first_vault(
    policy_window: Any, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.passphrase import PassphraseDialog

    asked: list[tuple[int, str]] = []

    def answer(dialog: PassphraseDialog) -> int:
        dialog.field.setText("short passphrase")  # 16 characters
        dialog.repeat.setText("short passphrase")
        dialog._check()
        asked.append((dialog.min_length, dialog.error.text()))
        return 0  # the user gives up

    monkeypatch.setattr(PassphraseDialog, "exec", answer)
    window = policy_window(_create=False, require_passphrase=True, min_passphrase_length=20)
    window.add_menu.add_accounts([account("ACME", "a")])
    assert asked == [(20, "Use at least 20 characters.")]
    assert not vault_path(home).exists()  # no keyring-only vault was made on the way


def test_policy_error_dialog_is_shown(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop.core.errors import PolicyInvalid
    from desktop.core.policy import check_policy_file
    from desktop.ui.policy_gate import show_policy_error

    shown: list[tuple[str, str, str]] = []

    def capture(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text(), box.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", capture)
    bad = tmp_path / "p.json"
    bad.write_text(json.dumps({"version": 9}))
    with pytest.raises(PolicyInvalid) as caught:
        check_policy_file(bad)
    show_policy_error(caught.value)
    assert shown == [
        (
            "Keydesk cannot start",
            "The policy set by your organisation cannot be applied:",
            f"{bad} — version = 9 — written for a newer Keydesk",
        )
    ]


def test_the_quick_picks_next_code_is_in_the_usage_record(policy_window: Any, reopen: Any) -> None:
    from desktop.ui.quick_pick import copy_next_code

    window = policy_window()
    first = window.model.accounts()[0]
    copy_next_code(window, first)
    vault = reopen()
    records = usage_log_for(vault).verify()
    assert [(r.event, r.account) for r in records] == [("copy", first.label)]
