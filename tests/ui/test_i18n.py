"""The Russian translation loads and leaves no visible English behind."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from desktop.ui import i18n
from tests.conftest import REPO

TS = REPO / "resources" / "translations" / "keydesk_ru.ts"
#: Names, symbols and examples that are the same in every language.
UNTRANSLATABLE = {
    "Keydesk",
    "English",
    "Русский",
    "Steam Guard",
    "SHA1",
    "SHA256",
    "SHA512",
    "https://…",
    "—",
    "",
    "Work",
    "Personal",
}


@pytest.fixture
def russian_qm(tmp_path: Path) -> Path:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    tool = str(lrelease) if lrelease.exists() else shutil.which("lrelease")
    if tool is None:
        pytest.skip("no lrelease to build the translation")
    subprocess.run([tool, "-silent", str(TS), "-qm", str(tmp_path / "keydesk_ru.qm")], check=True)
    return tmp_path


@pytest.fixture
def in_russian(
    russian_qm: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> Iterator[None]:
    monkeypatch.setattr(i18n, "translations_dir", lambda: russian_qm)
    assert i18n.install_translation(qapp, "ru") == "ru"
    yield
    i18n.remove_translations(qapp)


def _clean(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text).replace("&", "")
    return re.sub(r"\s+", " ", text).strip()


def visible_texts(root: QWidget) -> set[str]:
    texts: set[str] = {root.windowTitle()}
    for widget in [root, *root.findChildren(QWidget)]:
        texts.update({widget.toolTip(), widget.accessibleName()})
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QMenu):
            texts.update(action.text() for action in widget.actions())
    texts.update(action.text() for action in root.actions())
    return {_clean(t) for t in texts} - UNTRANSLATABLE


def _all_screens(open_window: Any) -> tuple[set[str], Any]:
    from desktop.ui.edit_dialog import EditDialog
    from desktop.ui.manual_dialog import ManualDialog
    from desktop.ui.passphrase import PassphraseDialog
    from desktop.ui.settings_dialog import SettingsDialog
    from desktop.ui.tray import Tray

    window = open_window()
    window.tray = Tray(window)
    window.banner.show_offset(42)
    texts = visible_texts(window)
    texts |= visible_texts(window.add_menu.menu) | visible_texts(window.app_menu.menu)
    texts |= visible_texts(window.tray.menu)
    texts |= visible_texts(SettingsDialog(window.settings, window))
    texts |= visible_texts(ManualDialog(window, None, [], window.clock))
    texts |= visible_texts(EditDialog(window.model.account_at(0), [], window))
    texts |= visible_texts(PassphraseDialog(window, choose=True))
    texts.add(window.delegate._next_label)
    return texts, window


def test_russian_translation_loads_and_covers_every_visible_string(
    open_window: Any,
    russian_qm: Path,
    monkeypatch: pytest.MonkeyPatch,
    qapp: QApplication,
    home: Path,
) -> None:
    english, _ = _all_screens(open_window)
    assert "Type to search accounts" in english
    monkeypatch.setattr(i18n, "translations_dir", lambda: russian_qm)
    try:
        assert i18n.install_translation(qapp, "ru") == "ru"
        russian, window = _all_screens(open_window)
    finally:
        i18n.remove_translations(qapp)
    left_in_english = sorted(russian & english)
    assert left_in_english == []
    assert "Поиск по аккаунтам" in russian
    assert window.search.placeholderText() == "Поиск по аккаунтам"


def test_the_empty_state_in_russian(open_window: Any, in_russian: None) -> None:
    window = open_window(create=False)
    texts = visible_texts(window.empty)
    assert "Добавьте первую учётную запись" in texts
    assert not any(re.search(r"[A-Za-z]{4,}", t) and "Keydesk" not in t for t in texts)


def test_every_message_in_the_ts_file_is_translated() -> None:
    source = TS.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in source
    assert source.count("<message") > 100


def test_english_needs_no_translator(qapp: QApplication) -> None:
    assert i18n.install_translation(qapp, "en") == "en"
    assert qapp.findChildren(i18n.QTranslator) == []
