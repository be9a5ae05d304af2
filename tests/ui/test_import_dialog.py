"""The import dialog: password, preview, one save, and a 10,000-entry file read off the GUI thread."""

from __future__ import annotations

import base64
import json
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import desktop.core.importers as importers
from desktop.core.vault import Vault
from desktop.ui.import_dialog import ImportDialog
from tests.ui.test_i18n import in_russian, russian_qm, visible_texts  # noqa: F401 - fixtures

TIMEOUT = 60_000


def aegis_plain(count: int) -> bytes:
    entries = [
        {
            "type": "totp",
            "uuid": f"00000000-0000-0000-0000-{n:012d}",
            "name": f"user{n}@example.com",
            "issuer": f"Service {n}",
            "icon": None,
            "info": {
                "secret": base64.b32encode(n.to_bytes(20, "big")).decode(),
                "algo": "SHA1",
                "digits": 6,
                "period": 30,
            },
        }
        for n in range(count)
    ]
    document = {
        "version": 1,
        "header": {"slots": None, "params": None},
        "db": {"version": 3, "entries": entries, "groups": []},
    }
    return json.dumps(document).encode()


def _section_counts(dialog: Any) -> list[int]:
    return [
        dialog.tree.topLevelItem(i).childCount() for i in range(dialog.tree.topLevelItemCount())
    ]


def test_encrypted_export_preview_then_one_save(
    open_window: Callable[..., Any], qtbot: Any, interop: Path, reopen: Callable[[], Vault]
) -> None:
    window = open_window()
    before = len(window.session.accounts())
    dialog = window.add_menu.import_file(interop / "aegis/importers/aegis_encrypted.json")
    qtbot.waitUntil(dialog.password_box.isVisible, timeout=TIMEOUT)
    dialog.password.setText("wrong")
    dialog.read()
    qtbot.waitUntil(lambda: "wrong" in dialog.message.text(), timeout=TIMEOUT)
    assert dialog.preview() is None and not dialog.import_button.isEnabled()
    assert len(reopen().accounts) == before
    dialog.password.setText("test")
    dialog.read()
    qtbot.waitUntil(lambda: dialog.preview() is not None, timeout=TIMEOUT)
    assert _section_counts(dialog) == [7, 0, 0]
    assert "Aegis" in dialog.format_label.text()
    assert len(reopen().accounts) == before  # nothing written before Import
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT):
        dialog.import_button.click()
    assert len(reopen().accounts) == before + 7
    assert window.model.rowCount() == before + 7


def test_duplicates_and_unimportable_entries_are_listed(
    open_window: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    window = open_window()
    existing = window.session.accounts()[0]
    from desktop.core.uri import build_uri

    export = tmp_path / "links.txt"
    export.write_text(
        build_uri(existing) + "\n"
        "otpauth://totp/New:one?secret=JBSWY3DPEHPK3PXQ\n"
        "otpauth://totp/Bad:two?secret=not-base32!\n"
    )
    dialog = window.add_menu.import_file(export)
    qtbot.waitUntil(lambda: dialog.preview() is not None, timeout=TIMEOUT)
    assert _section_counts(dialog) == [1, 1, 1]
    bad = dialog.tree.topLevelItem(2).child(0)
    assert "base32" in bad.text(1)
    assert dialog.with_duplicates.isVisible() and dialog.import_button.isEnabled()
    dialog.with_duplicates.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT) as imported:
        dialog.import_button.click()
    assert imported.args == [2]
    assert [a.label for a in window.session.accounts()].count(existing.label) == 2


def test_a_10000_entry_file_is_read_while_the_window_keeps_running(
    open_window: Callable[..., Any], qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    export = tmp_path / "big.json"
    export.write_bytes(aegis_plain(10_000))
    gui_saw_progress = threading.Event()
    real = importers.preview_import

    def preview_waiting_for_the_gui(data: bytes, **kwargs: Any) -> Any:
        report = kwargs.pop("progress")

        def progress(done: int, total: int) -> None:
            report(done, total)
            if done == importers.PROGRESS_EVERY:
                # The worker stops until the GUI thread has shown this progress: a frozen
                # window would never get there.
                assert gui_saw_progress.wait(TIMEOUT / 1000)

        return real(data, progress=progress, **kwargs)

    monkeypatch.setattr(importers, "preview_import", preview_waiting_for_the_gui)
    shown = ImportDialog._progressed

    def progressed(self: ImportDialog, done: int, total: int) -> None:
        shown(self, done, total)
        gui_saw_progress.set()

    monkeypatch.setattr(ImportDialog, "_progressed", progressed)
    dialog = window.add_menu.import_file(export)
    qtbot.waitUntil(lambda: dialog.preview() is not None, timeout=TIMEOUT)
    assert dialog.progress.maximum() == 10_000
    assert len(dialog.preview().to_add) == 10_000
    to_add = dialog.tree.topLevelItem(0)
    assert to_add.childCount() == 2001 and "8000" in to_add.child(2000).text(0)
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT):
        dialog.import_button.click()
    assert window.model.rowCount() == 10_000 + 5


def test_the_import_dialog_in_russian(
    open_window: Callable[..., Any],
    qtbot: Any,
    tmp_path: Path,
    in_russian: None,  # noqa: F811 - the fixture
) -> None:
    window = open_window()
    export = tmp_path / "links.txt"
    export.write_text(
        "otpauth://totp/New:one?secret=JBSWY3DPEHPK3PXQ\n"
        "otpauth://totp/Bad:two?secret=JBSWY3DPEHPK3PXQ&algorithm=MD5\n"
    )
    dialog = window.add_menu.import_file(export)
    qtbot.waitUntil(lambda: dialog.preview() is not None, timeout=TIMEOUT)
    texts = visible_texts(dialog) - {"links.txt"}
    texts |= {dialog.tree.topLevelItem(i).text(0) for i in range(3)}
    texts.add(dialog.tree.topLevelItem(2).child(0).text(1))
    assert "Алгоритм MD5 не поддерживается" in texts
    assert "Будут добавлены (1)" in texts or "Будет добавлена (1)" in texts
    assert not [t for t in texts if re.search(r"[A-Za-z]{4,}", t.replace("otpauth", ""))]


def test_importing_into_a_first_run_creates_the_vault(
    open_window: Callable[..., Any], qtbot: Any, interop: Path, reopen: Callable[[], Vault]
) -> None:
    window = open_window(create=False)
    assert not window.session.is_open
    dialog = window.add_menu.import_file(interop / "aegis/importers/plain.txt")
    qtbot.waitUntil(lambda: dialog.preview() is not None, timeout=TIMEOUT)
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT):
        dialog.import_button.click()
    assert len(reopen().accounts) == 7
    assert window.model.rowCount() == 7


def test_several_screenshots_in_the_dialog(
    open_window: Callable[..., Any], qtbot: Any, tmp_path: Path
) -> None:
    from tests.core.importers.test_several_files import screenshots

    window = open_window()
    paths = []
    for number, image in enumerate(screenshots(), start=1):
        paths.append(tmp_path / f"shot{number}.png")
        paths[-1].write_bytes(image)
    dialog = window.add_menu.import_file(paths[0])
    qtbot.waitUntil(lambda: dialog.preview() is not None, timeout=TIMEOUT)
    assert "only 1 were given" in dialog.message.text()
    dialog.open_files(paths)
    qtbot.waitUntil(lambda: dialog.preview() is not None, timeout=TIMEOUT)
    assert dialog.file_label.text() == "3 files"
    assert _section_counts(dialog) == [6, 0, 0] and "Warning" not in dialog.message.text()
