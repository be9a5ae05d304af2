"""Settings: every default in one place, stored in the profile, never a secret."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication

from desktop.ui import settings as keys
from desktop.ui.settings import DEFAULTS, Settings


def test_defaults(home: Path) -> None:
    settings = Settings(home)
    assert settings.get_int(keys.CLIPBOARD_CLEAR) == 30
    assert settings.get_bool(keys.HIDE_CODES) is False
    assert settings.get_bool(keys.SHOW_NEXT) is True
    assert settings.get_str(keys.THEME) == "system"
    assert settings.get_str(keys.LANGUAGE) == ""
    assert settings.get_bool(keys.START_MINIMISED) is False
    assert settings.get_bool(keys.CLOSE_TO_TRAY) is False
    assert settings.get_str(keys.DRIFT_SERVER) == ""
    assert settings.get_bool(keys.ALWAYS_ON_TOP) is False
    assert settings.get_str(keys.QUICK_PICK_HOTKEY) == "Ctrl+Alt+K"
    assert settings.get_int(keys.LOCK_IDLE_SECONDS) == 300  # 5 minutes
    assert settings.get_bool(keys.LOCK_ON_SESSION_LOCK) is True
    assert settings.get_bool(keys.LOCK_ON_MINIMISE) is False
    assert set(DEFAULTS) == {
        keys.CLIPBOARD_CLEAR,
        keys.HIDE_CODES,
        keys.SHOW_NEXT,
        keys.THEME,
        keys.LANGUAGE,
        keys.START_MINIMISED,
        keys.CLOSE_TO_TRAY,
        keys.DRIFT_SERVER,
        keys.ALWAYS_ON_TOP,
        keys.QUICK_PICK_HOTKEY,
        keys.LOCK_IDLE_SECONDS,
        keys.LOCK_ON_SESSION_LOCK,
        keys.LOCK_ON_MINIMISE,
    }


def test_stored_in_the_profile_and_survive_a_restart(home: Path) -> None:
    settings = Settings(home)
    settings.set(keys.CLIPBOARD_CLEAR, 45)
    settings.set(keys.HIDE_CODES, True)
    assert Path(settings.path) == home / "settings.ini"
    again = Settings(home)
    assert again.get_int(keys.CLIPBOARD_CLEAR) == 45
    assert again.get_bool(keys.HIDE_CODES) is True


def test_bad_values_fall_back(home: Path) -> None:
    (home / "settings.ini").write_text(
        "[clipboard]\nclear_seconds=lots\n[appearance]\ntheme=neon\n"
    )
    settings = Settings(home)
    assert settings.get_int(keys.CLIPBOARD_CLEAR) == 30
    assert settings.get_str(keys.THEME) == "system"


def test_settings_dialog_saves(open_window: Any, home: Path) -> None:
    from desktop.ui.settings_dialog import SettingsDialog

    window = open_window()
    dialog = SettingsDialog(window.settings, window)
    dialog.clear_delay.setValue(60)
    dialog.hide_codes.setChecked(True)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.drift_server.setText("http://example.com/")
    dialog._save()
    assert not dialog.error.isHidden()  # plain http to a remote host is refused
    dialog.drift_server.setText("https://example.com/")
    dialog._save()
    assert Settings(home).get_int(keys.CLIPBOARD_CLEAR) == 60
    assert window.model.hide_codes


def test_hidden_codes_are_revealed_by_copying(open_window: Any) -> None:
    from desktop.ui.model import Role

    window = open_window()
    window.settings.set(keys.HIDE_CODES, True)
    index = window.proxy.index(0, 0)
    assert index.data(Role.REVEALED) is False
    window.account_actions.copy_index(index)
    assert window.proxy.index(0, 0).data(Role.REVEALED) is True


def test_no_secret_reaches_the_settings_file(open_window: Any, home: Path) -> None:
    window = open_window()
    window.account_actions.copy_index(window.proxy.index(0, 0))
    code = QGuiApplication.clipboard().text()
    window.close()
    text = (home / "settings.ini").read_text(encoding="latin-1")
    assert code not in text
    assert "JBSWY3DP" not in text
