"""The main window end to end: two keystrokes, organising, persistence across restarts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.core.otp import code_at
from desktop.core.vault import open_vault, vault_path
from desktop.ui import account_actions, workers
from desktop.ui.main_window import EMPTY_PAGE, LIST_PAGE, NO_MATCH_PAGE
from desktop.ui.model import Role
from tests.ui.conftest import account


def _issuers(window: Any) -> list[str]:
    proxy = window.proxy
    return [proxy.index(r, 0).data(Role.ACCOUNT).issuer for r in range(proxy.rowCount())]


def test_typing_filters_and_enter_copies_the_top_match(
    open_window: Any, fake_clock: Any, qtbot: Any
) -> None:
    window = open_window()
    window.view.setFocus()
    qtbot.keyClicks(window.view, "gi")  # typed into the list: goes to the search field
    assert window.search.text() == "gi"
    assert _issuers(window) == ["GitHub"]
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    github = window.proxy.index(0, 0).data(Role.ACCOUNT)
    assert QGuiApplication.clipboard().text() == code_at(github, fake_clock.now)
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert len(_issuers(window)) == 5


def test_filter_by_group_and_arrows(open_window: Any, qtbot: Any) -> None:
    window = open_window()
    window.search.setFocus()
    qtbot.keyClicks(window.search, "work")
    assert _issuers(window) == ["Chat2Desk", "GitHub"]
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.view.currentIndex().row() == 1
    qtbot.keyClicks(window.search, "zzz")
    assert window.stack.currentIndex() == NO_MATCH_PAGE


def test_group_chips(open_window: Any) -> None:
    window = open_window()
    assert window.chips.isVisible()
    window.chips._select("Work")
    assert _issuers(window) == ["Chat2Desk", "GitHub"]
    window.filter_keys.clear()
    window.filter_keys.clear()
    assert len(_issuers(window)) == 5


def test_reorder_persists_across_restart(open_window: Any, home: Path, keystore: Any) -> None:
    window = open_window()
    before = [a.issuer for a in window.model.accounts()]
    assert window.model.move(0, 3)  # what a drop does
    expected = [before[1], before[2], before[0], *before[3:]]
    assert [a.issuer for a in window.model.accounts()] == expected
    window.close()
    reopened = open_window()
    assert [a.issuer for a in reopened.model.accounts()] == expected
    on_disk = open_vault(vault_path(home), keystore=keystore)
    assert [a.issuer for a in sorted(on_disk.accounts, key=lambda a: a.position)] == expected


def test_keyboard_reorder(open_window: Any) -> None:
    window = open_window()
    window.view.setFocus()
    window.select_proxy_row(0)
    first = window.model.account_at(0).issuer
    window.account_actions.down_action.trigger()
    assert window.model.account_at(1).issuer == first
    assert window.account_actions.current().issuer == first


def test_delete_with_confirmation_and_undo(
    open_window: Any, home: Path, keystore: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    monkeypatch.setattr(account_actions, "confirm_delete", lambda *a: True)
    window.select_proxy_row(1)
    victim = window.account_actions.current()
    window.account_actions.delete_action.trigger()
    assert window.model.row_of(victim.id) == -1
    assert victim.id not in {a.id for a in open_vault(vault_path(home), keystore=keystore).accounts}
    assert window.notice.isVisible()
    assert window.notice._button.text() == "Undo"
    window.account_actions.undo_action.trigger()
    assert window.model.row_of(victim.id) == 1
    restored = open_vault(vault_path(home), keystore=keystore).get(victim.id)
    assert restored.position == victim.position


def test_delete_cancelled_changes_nothing(
    open_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    monkeypatch.setattr(account_actions, "confirm_delete", lambda *a: False)
    window.account_actions.delete_action.trigger()
    assert window.model.rowCount() == 5


def test_undo_lasts_ten_seconds(open_window: Any) -> None:
    window = open_window()
    window.account_actions.delete(window.model.account_at(0))
    assert window.notice._timer.interval() == 10_000
    assert window.account_actions._undo_timer.interval() == 10_000


def test_favourite_goes_to_the_top(open_window: Any) -> None:
    window = open_window()
    window.select_proxy_row(3)
    chosen = window.account_actions.current()
    window.account_actions.favourite_action.trigger()
    assert window.model.account_at(0).id == chosen.id
    assert window.model.account_at(0).favorite


def test_hotp_next_code_is_saved(open_window: Any, home: Path, keystore: Any) -> None:
    window = open_window()
    hotp = next(a for a in window.model.accounts() if a.issuer == "VPN")
    window.account_actions.next_hotp_code(hotp.id)
    assert window.model.account_at(window.model.row_of(hotp.id)).counter == 4
    assert open_vault(vault_path(home), keystore=keystore).get(hotp.id).counter == 4


def test_another_process_saved_meanwhile(open_window: Any, reopen: Any, qtbot: Any) -> None:
    window = open_window()
    other = reopen()
    other.add(account("Added elsewhere"))
    other.save()
    window.select_proxy_row(0)
    with qtbot.waitSignal(window.session.reloaded, timeout=5000):
        window.account_actions.favourite_action.trigger()
    issuers = {a.issuer for a in window.model.accounts()}
    assert "Added elsewhere" in issuers
    assert "changed outside this window" in window.notice.text
    assert any(a.favorite for a in reopen().accounts)


def test_first_run_shows_the_empty_state_and_creates_the_vault(
    open_window: Any, home: Path, qtbot: Any
) -> None:
    window = open_window(create=False)
    assert window.stack.currentIndex() == EMPTY_PAGE
    assert not vault_path(home).exists()
    window.add_menu.add_accounts([account("First")])
    qtbot.waitUntil(lambda: workers.pending() == 0 and window.model.rowCount() == 1, timeout=5000)
    assert window.stack.currentIndex() == LIST_PAGE
    assert vault_path(home).exists()


def test_paste_link_prefills_the_manual_dialog(
    open_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui import manual_dialog

    window = open_window()
    seen: list[str] = []
    monkeypatch.setattr(
        manual_dialog.ManualDialog, "exec", lambda self: seen.append(self.issuer.text()) or 1
    )
    QGuiApplication.clipboard().setText(
        "otpauth://totp/Pasted:me?secret=JBSWY3DPEHPK3PXP&issuer=Pasted"
    )
    window.add_menu.paste()
    assert seen == ["Pasted"]
    assert "Pasted" in {a.issuer for a in window.model.accounts()}
    QGuiApplication.clipboard().setText("https://example.com/")
    window.add_menu.paste()
    assert "web address" in window.notice.text
    QGuiApplication.clipboard().clear()


def test_the_first_frame_shows_codes_before_the_window_is_complete(
    home: Path, keystore: Any, make_vault: Any, reopen: Any, fake_clock: Any, qtbot: Any
) -> None:
    """Start-up paints the list first, then completes the window; both states are usable."""
    from desktop.ui.main_window import MainWindow
    from desktop.ui.session import VaultSession
    from desktop.ui.settings import Settings
    from desktop.ui.timekeeper import Clock

    session = VaultSession(home, keystore_factory=lambda: (keystore, ""))
    session.adopt(make_vault([account("GitHub", "octo"), account("ACME")]), reopen)
    window = MainWindow(Settings(home), session, Clock(fake_clock), complete=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.delegate.painted_rows >= 2)  # the codes are on screen
    assert window.stack.currentIndex() == LIST_PAGE
    assert window.add_button.menu() is None and not window.completed
    assert not hasattr(window, "ticker")  # nothing ticks until complete()
    list_before = window.view.geometry()
    window.complete()
    QApplication.sendPostedEvents()  # the layout requests complete() posted, then the check
    QApplication.processEvents()
    assert window.view.geometry() == list_before  # completing moves nothing on screen
    window.complete()  # idempotent: start-up and the empty state may both ask
    assert window.add_button.menu() is window.add_menu.menu
    assert window.ticker.running and window.account_actions.copy_action in window.actions()
    qtbot.keyClicks(window.search, "acme")
    assert _issuers(window) == ["ACME"]
    window.guard.clear_if_ours()
    window.ticker.stop()
