"""Accessibility in process (the QAccessible walk): every control named, rows announced."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from desktop.ui.edit_dialog import EditDialog
from desktop.ui.manual_dialog import ManualDialog
from desktop.ui.passphrase import PassphraseDialog
from desktop.ui.settings_dialog import SettingsDialog
from tests.ui.a11y import named_rows, out_of_reading_order, tab_chain, unnamed_controls

ROW = re.compile(r"^[^,]+, [^,]+, code [0-9A-Z]{2,4} ?[0-9A-Z]{2,4}(, \d+ seconds? left)?$")


def test_every_control_of_the_main_window_has_a_name(open_window: Any) -> None:
    window = open_window()
    assert unnamed_controls(window) == []


def test_tab_goes_through_the_main_window_top_to_bottom(open_window: Any) -> None:
    window = open_window()
    assert out_of_reading_order(window) == []
    names = [widget.accessibleName() for widget in tab_chain(window)]
    assert names[0] == "Search accounts" and names[-1] == "Accounts"
    assert "Show group Work" in names  # the group chips, before the list they filter


def test_the_empty_window_too(open_window: Any) -> None:
    window = open_window([])
    assert unnamed_controls(window) == []


def test_rows_announce_issuer_account_code_and_time_left(open_window: Any, fake_clock: Any) -> None:
    window = open_window()
    rows = named_rows(window)
    assert len(rows) == 5
    assert all(ROW.match(row) for row in rows), rows
    github = next(row for row in rows if row.startswith("GitHub"))
    assert re.fullmatch(r"GitHub, octo, code \d{3} \d{3}, 20 seconds left", github)
    vpn = next(row for row in rows if row.startswith("VPN"))
    assert "left" not in vpn  # HOTP: no countdown


def test_hidden_codes_are_not_read_out(open_window: Any) -> None:
    window = open_window()
    window.model.hide_codes = True
    assert all("code hidden" in row for row in named_rows(window))


@pytest.mark.parametrize("which", ["edit", "settings", "manual", "passphrase", "new passphrase"])
def test_every_control_of_each_dialog_has_a_name(open_window: Any, qtbot: Any, which: str) -> None:
    window = open_window()
    dialogs: dict[str, Any] = {
        "edit": lambda: EditDialog(window.model.account_at(0), ["Work"], window),
        "settings": lambda: SettingsDialog(window.settings, window),
        "manual": lambda: ManualDialog(window, None, ["Work"], window.clock),
        "passphrase": lambda: PassphraseDialog(window),
        "new passphrase": lambda: PassphraseDialog(window, choose=True),
    }
    dialog: QDialog = dialogs[which]()
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed_controls(dialog) == []
    assert out_of_reading_order(dialog) == []
    assert len(tab_chain(dialog)) >= 3  # fields and buttons all reachable with Tab
    dialog.reject()
