"""The system-wide shortcut: X11 (python-xlib's XGrabKey), Windows (RegisterHotKey), and on
Wayland the desktop portal's GlobalShortcuts (:mod:`desktop.ui.portal_hotkey`), or a plain
statement that the desktop does not allow it.

Each backend emits ``triggered(float)`` with ``time.perf_counter()`` taken when the key event
reached Keydesk, so the quick-pick can measure its own latency from there. X11: a second
connection to the X server grabs the key on the root window (with and without Caps/Num Lock)
and a QSocketNotifier on its socket wakes the event loop only when the server sends something.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QCoreApplication,
    QObject,
    QSocketNotifier,
    Signal,
)

from desktop.core.shortcut import Shortcut


class HotkeyUnavailable(Exception):
    """The shortcut cannot be registered here; the message says why, for the user."""


class Hotkey(QObject):
    triggered = Signal(float)
    #: The shortcut turned out not to be available after all (the Wayland portal answers
    #: later); the text says why, for the user.
    failed = Signal(str)

    def close(self) -> None:  # pragma: no cover - each backend overrides
        """Release the shortcut."""


def register(shortcut: Shortcut, platform_name: str, parent: QObject | None = None) -> Hotkey:
    """The backend for this session; :class:`HotkeyUnavailable` with the reason otherwise."""
    if sys.platform == "win32":
        return WindowsHotkey(shortcut, parent)
    if platform_name == "wayland" or (
        os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY")
    ):
        from desktop.ui.portal_hotkey import PortalHotkey

        return PortalHotkey(shortcut, parent)  # says through ``failed`` if the desktop refuses
    if os.environ.get("DISPLAY"):
        return X11Hotkey(shortcut, os.environ["DISPLAY"], parent)
    raise HotkeyUnavailable(
        QCoreApplication.translate("hotkey", "There is no desktop session to take shortcuts from.")
    )


class X11Hotkey(Hotkey):
    def __init__(
        self, shortcut: Shortcut, display_name: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        from Xlib import XK, X, display, error

        try:
            self._display = display.Display(display_name)
        except (error.DisplayError, OSError) as exc:
            raise HotkeyUnavailable(str(exc)) from exc
        self._root = self._display.screen().root
        keysym = XK.string_to_keysym(_x11_key_name(shortcut.key))
        self._keycode = self._display.keysym_to_keycode(keysym)
        if not keysym or not self._keycode:
            self._display.close()
            raise HotkeyUnavailable(f"the key {shortcut.key!r} is not on this keyboard")
        masks = {"ctrl": X.ControlMask, "alt": X.Mod1Mask, "shift": X.ShiftMask, "meta": X.Mod4Mask}
        self._mask = 0
        for modifier in shortcut.modifiers:
            self._mask |= masks[modifier]
        self._grab(X, error)
        self._notifier = QSocketNotifier(self._display.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _grab(self, x: Any, error: Any) -> None:
        caught = error.CatchError(error.BadAccess)
        # Caps Lock and Num Lock are modifiers too: grab with each combination of them.
        self._variants = [0, x.LockMask, x.Mod2Mask, x.LockMask | x.Mod2Mask]
        for extra in self._variants:
            self._root.grab_key(
                self._keycode,
                self._mask | extra,
                True,
                x.GrabModeAsync,
                x.GrabModeAsync,
                onerror=caught,
            )
        self._display.sync()
        if caught.get_error() is not None:
            self._ungrab()
            self._display.close()
            raise HotkeyUnavailable(
                QCoreApplication.translate(
                    "hotkey", "Another application already uses this shortcut."
                )
            )

    def _drain(self) -> None:
        arrived = time.perf_counter()
        from Xlib import X

        while self._display.pending_events():
            event = self._display.next_event()
            if event.type == X.KeyPress and event.detail == self._keycode:
                self.triggered.emit(arrived)

    def _ungrab(self) -> None:
        for extra in self._variants:
            self._root.ungrab_key(self._keycode, self._mask | extra)
        self._display.sync()

    def close(self) -> None:
        self._notifier.setEnabled(False)
        self._ungrab()
        self._display.close()


def _x11_key_name(key: str) -> str:
    names = {"pageup": "Prior", "pagedown": "Next", "print": "Print", "pause": "Pause"}
    if key in names:
        return names[key]
    if key.startswith("f") and key[1:].isdigit():
        return key.upper()
    return key


# --- Windows --------------------------------------------------------------------------------

_WM_HOTKEY = 0x0312
_MOD = {"alt": 0x1, "ctrl": 0x2, "shift": 0x4, "meta": 0x8}
_MOD_NOREPEAT = 0x4000


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, owner: WindowsHotkey) -> None:
        super().__init__()
        self._owner = owner

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:
        if bytes(event_type) == b"windows_generic_MSG":
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))
            if msg.message == _WM_HOTKEY and msg.wParam == self._owner.ident:
                self._owner.triggered.emit(time.perf_counter())
                return True, 0
        return False, 0


class WindowsHotkey(Hotkey):
    """RegisterHotKey on the GUI thread; WM_HOTKEY arrives through Qt's native event filter."""

    ident = 0x4B44  # "KD"

    def __init__(self, shortcut: Shortcut, parent: QObject | None = None) -> None:
        super().__init__(parent)
        import ctypes

        user32 = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined]
        self._user32 = user32
        modifiers = _MOD_NOREPEAT
        for modifier in shortcut.modifiers:
            modifiers |= _MOD[modifier]
        if not user32.RegisterHotKey(None, self.ident, modifiers, _windows_key(shortcut.key)):
            raise HotkeyUnavailable(
                QCoreApplication.translate(
                    "hotkey", "Another application already uses this shortcut."
                )
            )
        self._filter = _WindowsFilter(self)
        app = QCoreApplication.instance()
        assert app is not None
        app.installNativeEventFilter(self._filter)

    def close(self) -> None:
        self._user32.UnregisterHotKey(None, self.ident)
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self._filter)


def _windows_key(key: str) -> int:
    if len(key) == 1:
        return ord(key.upper())  # VK_0..VK_9 and VK_A..VK_Z are their ASCII codes
    if key.startswith("f") and key[1:].isdigit():
        return 0x70 + int(key[1:]) - 1  # VK_F1
    return {
        "space": 0x20,
        "insert": 0x2D,
        "home": 0x24,
        "end": 0x23,
        "pageup": 0x21,
        "pagedown": 0x22,
        "pause": 0x13,
        "print": 0x2C,
    }[key]
