"""The lock screen, the privacy screen, the backoff line, the picker and the delete dialog in
Russian: no English left."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.profiles import ProfileStore
from desktop.ui.main_window import MainWindow
from desktop.ui.profile_dialogs import DeleteProfileDialog
from desktop.ui.profile_picker import show_picker
from tests.ui.test_i18n import in_russian, russian_qm, visible_texts

_ = (in_russian, russian_qm)  # fixtures


def english_in(texts: set[str], *allowed: str) -> list[str]:
    return sorted(
        t for t in texts if re.search(r"[A-Za-z]{3,}", t) and not any(a in t for a in allowed)
    )


def test_lock_screens_and_picker_in_russian(
    open_window: Callable[..., MainWindow], in_russian: None, home: Path, qtbot: Any
) -> None:
    window = open_window()
    assert window.lock is not None
    window.lock.lock()
    screen = window.lock.screen
    assert screen is not None
    privacy = visible_texts(screen)
    assert "Экран конфиденциальности" in privacy
    screen.show_profile("Анна", "passphrase")
    screen.show_error(window.lock.tr("Wrong passphrase."))
    screen.start_countdown(16)
    locked = visible_texts(screen)
    assert "Неверный пароль." in locked
    assert any("Повторите через 16 с." in t for t in locked)
    data = home.parent / "data"
    store = ProfileStore(data)
    anna = store.create("Анна")
    window.data_home = data  # type: ignore[attr-defined]
    picker = show_picker(window.lock)
    dialog = DeleteProfileDialog(store, anna, window)
    texts = privacy | locked | visible_texts(picker) | visible_texts(dialog)
    assert english_in(texts, "home", "Keydesk") == []
    dialog.reject()
