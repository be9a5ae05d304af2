"""The OS tells us the session locked or the machine is going to sleep: Keydesk locks too.

Linux, over D-Bus:
- session bus: ``ActiveChanged(true)`` of ``org.freedesktop.ScreenSaver`` (KDE, XFCE, most
  others) and ``org.gnome.ScreenSaver`` (GNOME), from any path;
- system bus: logind's ``PrepareForSleep(true)`` (``org.freedesktop.login1.Manager``) and
  ``Lock()`` of our own session (``org.freedesktop.login1.Session`` at the path of
  ``$XDG_SESSION_ID``; ``loginctl lock-session`` sends it).

Windows: ``WM_WTSSESSION_CHANGE`` / ``WTS_SESSION_LOCK`` after ``WTSRegisterSessionNotification``,
and ``WM_POWERBROADCAST`` / ``PBT_APMSUSPEND``, read from the window's native events.

A source that is not there (no system bus in a container, no D-Bus on Windows) is said once in
the log and otherwise ignored: never an error for the user, never a crash.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import SLOT, QObject, Signal, Slot

log = logging.getLogger("keydesk.ui.lock")

SCREENSAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
LOGIND_SESSION = "org.freedesktop.login1.Session"

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4


def logind_session_path(session_id: str) -> str:
    """logind's object path for a session id (sd_bus_path_encode: ``_xx`` for what is not a
    letter, or a digit after the first character)."""
    escaped = "".join(
        char
        if char.isascii() and (char.isalpha() or (index > 0 and char.isdigit()))
        else "".join(f"_{byte:02x}" for byte in char.encode("utf-8"))
        for index, char in enumerate(session_id)
    )
    return f"{LOGIND_PATH}/session/{escaped or '_'}"


class SessionWatch(QObject):
    """Emits ``lockRequested(reason)`` with reason ``"session_locked"`` or ``"sleep"``."""

    lockRequested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []

    def start(self, session_bus: object = None, system_bus: object = None) -> list[str]:
        """Listen where possible; the buses can be given (tests), else the real ones."""
        if sys.platform.startswith("linux") or session_bus is not None:
            self._watch_dbus(session_bus, system_bus)
        return self.sources

    # --- D-Bus ---------------------------------------------------------------------------

    def _watch_dbus(self, session_bus: object, system_bus: object) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            log.info("lock on session lock: QtDBus is not available; not watched")
            return
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        assert isinstance(session, QDBusConnection) and isinstance(system, QDBusConnection)
        if self._usable(session, "session"):
            for interface in SCREENSAVERS:
                self._connect(session, "", interface, "ActiveChanged", "_screensaver(bool)")
        if self._usable(system, "system"):
            self._connect(system, LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", "_sleep(bool)")
            session_id = os.environ.get("XDG_SESSION_ID", "")
            if session_id:
                path = logind_session_path(session_id)
                self._connect(system, path, LOGIND_SESSION, "Lock", "_session_lock()")
            else:
                log.info("lock on session lock: no XDG_SESSION_ID, logind's Lock not watched")

    def _usable(self, bus: object, name: str) -> bool:
        connected = bool(bus.isConnected())  # type: ignore[attr-defined]
        if not connected:
            error = bus.lastError().message()  # type: ignore[attr-defined]
            log.info("lock on session lock: no D-Bus %s bus (%s); not watched", name, error)
        return connected

    def _connect(self, bus: object, path: str, interface: str, name: str, slot: str) -> None:
        ok = bus.connect("", path, interface, name, self, SLOT(slot))  # type: ignore[attr-defined]
        if ok:
            self.sources.append(f"{interface}.{name}")
        else:
            log.info("lock on session lock: cannot watch %s.%s", interface, name)

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.lockRequested.emit("session_locked")

    @Slot(bool)
    def _sleep(self, starting: bool) -> None:
        if starting:
            self.lockRequested.emit("sleep")

    @Slot()
    def _session_lock(self) -> None:
        self.lockRequested.emit("session_locked")

    # --- Windows -------------------------------------------------------------------------

    def register_windows(self, window_id: int) -> None:
        """Ask Windows for session notifications for this window (WTS)."""
        if sys.platform != "win32":
            return
        import ctypes

        try:
            registered = ctypes.windll.wtsapi32.WTSRegisterSessionNotification(window_id, 0)  # type: ignore[attr-defined,unused-ignore]
        except (AttributeError, OSError) as exc:
            log.info("lock on session lock: WTS is not available (%s); not watched", exc)
            return
        if registered:
            self.sources.append("WTSSessionNotification")
        else:
            log.info("lock on session lock: WTSRegisterSessionNotification failed")

    def windows_event(self, event_type: bytes, message: int) -> None:
        """Called with the window's native events; locks on a session lock or suspend."""
        if sys.platform != "win32" or event_type != b"windows_generic_MSG":
            return
        import ctypes.wintypes

        msg = ctypes.wintypes.MSG.from_address(message)
        reason = windows_lock_reason(msg.message, msg.wParam)
        if reason:
            self.lockRequested.emit(reason)


def windows_lock_reason(message: int, w_param: int) -> str:
    if message == WM_WTSSESSION_CHANGE and w_param == WTS_SESSION_LOCK:
        return "session_locked"
    if message == WM_POWERBROADCAST and w_param == PBT_APMSUSPEND:
        return "sleep"
    return ""
