"""User settings in the data folder (``settings.ini``, shared by its profiles). Every default lives in :data:`DEFAULTS`.

Settings never hold secrets: only preferences and window geometry.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QObject, QSettings, Signal

from desktop.core.policy import Policy

SETTINGS_FILENAME = "settings.ini"

CLIPBOARD_CLEAR = "clipboard/clear_seconds"
HIDE_CODES = "codes/hide_until_clicked"
SHOW_NEXT = "codes/show_next"
THEME = "appearance/theme"
LANGUAGE = "appearance/language"
START_MINIMISED = "tray/start_minimised"
CLOSE_TO_TRAY = "tray/close_to_tray"
DRIFT_SERVER = "clock/drift_server"
GEOMETRY = "window/geometry"
ALWAYS_ON_TOP = "window/always_on_top"
#: The system-wide shortcut that opens the quick-pick ("" turns it off).
QUICK_PICK_HOTKEY = "hotkey/quick_pick"
LOCK_IDLE_SECONDS = "lock/idle_seconds"
LOCK_ON_SESSION_LOCK = "lock/on_session_lock"
LOCK_ON_MINIMISE = "lock/on_minimise"

THEMES: Final = ("system", "light", "dark")
#: "" follows the system locale.
LANGUAGES: Final = ("", "en", "ru")
CLIPBOARD_RANGE: Final = (5, 600)
#: The next code is shown when this many seconds or fewer are left.
NEXT_CODE_WINDOW_S: Final = 10
URGENT_S: Final = 5

DEFAULTS: Final[dict[str, bool | int | str]] = {
    CLIPBOARD_CLEAR: 30,
    HIDE_CODES: False,
    SHOW_NEXT: True,
    THEME: "system",
    LANGUAGE: "",
    START_MINIMISED: False,
    CLOSE_TO_TRAY: False,
    # Empty: no drift check until a server is configured (the admin server once it exists).
    DRIFT_SERVER: "",
    ALWAYS_ON_TOP: False,
    QUICK_PICK_HOTKEY: "Ctrl+Alt+K",
    # Lock after 5 minutes without input to Keydesk (0: never), when the OS session locks or
    # the machine sleeps, and (if chosen) when minimised.
    LOCK_IDLE_SECONDS: 300,
    LOCK_ON_SESSION_LOCK: True,
    LOCK_ON_MINIMISE: False,
}


#: Settings a policy can pin: settings key -> policy key.
POLICY_KEYS: Final[dict[str, str]] = {
    CLIPBOARD_CLEAR: "clipboard_clear_seconds",
    HIDE_CODES: "hide_codes",
    LANGUAGE: "language",
    DRIFT_SERVER: "drift_server",
    QUICK_PICK_HOTKEY: "global_hotkey",
    LOCK_IDLE_SECONDS: "auto_lock_seconds",
    LOCK_ON_SESSION_LOCK: "lock_on_session_lock",
}


class Settings(QObject):
    """Typed access to the settings; ``changed(key)`` fires after every write.

    A value the policy pins wins over what is stored, and writing it is refused."""

    changed = Signal(str)

    def __init__(
        self, home: Path, parent: QObject | None = None, policy: Policy | None = None
    ) -> None:
        super().__init__(parent)
        self._store = QSettings(str(home / SETTINGS_FILENAME), QSettings.Format.IniFormat)
        self.policy = policy or Policy()

    def pinned(self, key: str) -> bool:
        return key in POLICY_KEYS and self.policy.pinned(POLICY_KEYS[key])

    def _pinned_value(self, key: str) -> object:
        return self.policy.value(POLICY_KEYS[key])

    @property
    def path(self) -> str:
        return self._store.fileName()

    def get_bool(self, key: str) -> bool:
        if self.pinned(key):
            return bool(self._pinned_value(key))
        value = self._store.value(key, DEFAULTS[key])
        if isinstance(value, str):
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    def get_int(self, key: str) -> int:
        if self.pinned(key):
            return int(str(self._pinned_value(key)))
        default = int(DEFAULTS[key])
        try:
            value = int(str(self._store.value(key, default)))
        except ValueError:
            return default
        if key == CLIPBOARD_CLEAR:
            low, high = CLIPBOARD_RANGE
            return min(max(value, low), high)
        return value

    def get_str(self, key: str) -> str:
        if self.pinned(key):
            return str(self._pinned_value(key))
        value = str(self._store.value(key, DEFAULTS[key]))
        if key == THEME and value not in THEMES:
            return str(DEFAULTS[THEME])
        return value

    def set(self, key: str, value: bool | int | str) -> None:
        """Store ``value``; :class:`PolicyRefused` when the policy pins ``key``."""
        if self.pinned(key):
            self.policy.refuse_change(POLICY_KEYS[key])
        if self._store.value(key, DEFAULTS.get(key)) == value:
            return
        self._store.setValue(key, value)
        self._store.sync()
        self.changed.emit(key)

    def raw(self, key: str) -> object:
        return self._store.value(key)

    def set_raw(self, key: str, value: object) -> None:
        if self._store.value(key) == value:
            return  # rewriting the file (and its fsync) would change nothing
        self._store.setValue(key, value)
        self._store.sync()
