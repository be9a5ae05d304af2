"""Export and backups in the app: the warning gate, QR codes on screen, restore, a failed backup."""

from __future__ import annotations

import errno
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.core import backups
from desktop.core.otp import Account
from desktop.core.vault import Vault
from tests.core.importers import oracle
from tests.ui.test_i18n import in_russian, russian_qm, visible_texts  # noqa: F401 - fixtures

TIMEOUT = 60_000


def test_encrypted_aegis_export_is_written_and_decrypts(
    open_window: Callable[..., Any], qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    target = tmp_path / "aegis.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = window.app_menu.open_export()
    dialog.format.setCurrentIndex(dialog.format.findData("aegis-encrypted"))
    assert not dialog.export_button.isEnabled()
    dialog.password.setText("pw one")
    dialog.repeat.setText("pw two")
    assert not dialog.export_button.isEnabled() and "differ" in dialog.message.text()
    dialog.repeat.setText("pw one")
    dialog.export_button.click()
    qtbot.waitUntil(target.exists, timeout=TIMEOUT)
    entries = oracle.aegis_db(json.loads(target.read_text()), "pw one")["entries"]
    assert [e["issuer"] for e in entries] == [a.issuer for a in window.session.accounts()]


def test_unencrypted_formats_need_the_acknowledgement_and_qr_codes_show_on_screen(
    open_window: Callable[..., Any], qtbot: Any
) -> None:
    window = open_window()
    dialog = window.app_menu.open_export()
    dialog.format.setCurrentIndex(dialog.format.findData("qr-png"))
    assert dialog.warning.isVisible() and "NOT encrypted" in dialog.warning.text()
    assert not dialog.export_button.isEnabled()
    dialog.understood.setChecked(True)
    dialog.export_button.click()
    qtbot.waitUntil(dialog.viewer.isVisible, timeout=TIMEOUT)
    count = len(window.session.accounts())
    assert dialog.qr_caption.text().endswith(f"1 of {count}")
    assert not dialog.qr.pixmap().isNull()
    dialog.next.click()
    assert dialog.qr_caption.text().endswith(f"2 of {count}")


def test_restore_from_a_backup_version(
    open_window: Callable[..., Any], qtbot: Any, reopen: Callable[[], Vault]
) -> None:
    window = open_window()
    before = len(window.session.accounts())
    for n in range(2):
        window.session.apply(
            lambda vault, n=n: vault.add(Account(secret=bytes([n]) * 16, issuer=f"New {n}"))
        )
    dialog = window.app_menu.open_backups()
    assert dialog.versions.count() == 2
    assert dialog.versions.item(1).text().endswith(f"{before + 1} accounts")
    dialog.versions.setCurrentRow(1)
    with qtbot.waitSignal(dialog.restored, timeout=TIMEOUT):
        dialog.restore_selected(confirm=False)
    assert len(reopen().accounts) == before + 1
    assert window.model.rowCount() == before + 1


def test_a_failed_backup_is_shown(
    open_window: Callable[..., Any], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()

    def disk_full(_fd: int, _data: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backups.os, "write", disk_full)
    assert window.session.apply(lambda vault: vault.add(Account(secret=b"x" * 16, issuer="Full")))
    qtbot.waitUntil(
        lambda: "automatic backup failed" in window.notice._label.text(), timeout=TIMEOUT
    )
    assert "No space left" in window.notice._label.text()


def test_export_and_backups_in_russian(
    open_window: Callable[..., Any],
    in_russian: None,  # noqa: F811 - the fixture
) -> None:
    window = open_window()
    window.session.apply(lambda vault: vault.add(Account(secret=b"r" * 16, issuer="Russian")))
    export = window.app_menu.open_export()
    export.format.setCurrentIndex(export.format.findData("otpauth"))
    backups_dialog = window.app_menu.open_backups()
    texts = visible_texts(export) | visible_texts(backups_dialog)
    texts |= {backups_dialog.versions.item(0).text().partition(" — ")[2]}
    texts |= visible_texts(window.app_menu.menu)
    names = re.compile(r"Aegis|Keydesk|Google Authenticator|PNG|otpauth|Russian")
    english = [t for t in texts if re.search(r"[A-Za-z]{4,}", names.sub("", t)) and t[:1] != "/"]
    assert english == [], english
    assert "1 учётная запись" in texts or any("учётн" in t for t in texts)
