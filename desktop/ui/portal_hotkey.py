"""The global shortcut on Wayland, through the desktop portal's GlobalShortcuts.

The protocol is in :mod:`desktop.core.portal_shortcuts` (no Qt); here it runs on a thread,
because binding may wait for the user to answer the desktop's dialog. Every press becomes
``triggered``; when the desktop offers no such portal, or does not bind the shortcut, ``failed``
says so plainly, with what to do instead.
"""

from __future__ import annotations

import contextlib
import threading
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop.core.portal_shortcuts import GlobalShortcutsUnavailable, PortalShortcut
from desktop.core.shortcut import Shortcut
from desktop.ui.hotkey import Hotkey

CONTEXT = "hotkey"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def not_allowed_text() -> str:
    return tr(
        "This Wayland desktop does not let apps set global shortcuts. Bind "
        "“keydesk --quick-pick” to a key in your desktop's keyboard settings instead."
    )


def unavailable_text(exc: GlobalShortcutsUnavailable) -> str:
    if exc.reason in ("no_portal", "no_interface"):
        return not_allowed_text()
    if exc.reason == "declined":
        return tr(
            "The desktop did not bind the global shortcut. Bind “keydesk --quick-pick” to a "
            "key in your desktop's keyboard settings instead."
        )
    return tr("The desktop's global shortcut service failed: %1").replace("%1", exc.message)


class PortalHotkey(Hotkey):
    #: The desktop bound the shortcut; how it says to press it (may be empty).
    bound = Signal(str)

    def __init__(self, shortcut: Shortcut, parent: QObject | None = None, bus: str = "SESSION"):
        super().__init__(parent)
        self._client: PortalShortcut | None = None
        self._closed = threading.Event()
        description = tr("Open the Keydesk quick pick")
        self._thread = threading.Thread(
            target=self._run,
            args=(shortcut, description, bus),
            name="keydesk-portal-shortcut",
            daemon=True,  # a bus that never answers must not keep the app from quitting
        )
        # Started from the event loop: whoever made this object connects its signals first
        # (with no portal on the bus, the thread would fail before anyone listened).
        QTimer.singleShot(0, self._thread.start)

    def _run(self, shortcut: Shortcut, description: str, bus: str) -> None:
        try:
            client = PortalShortcut(bus)
            self._client = client
            if self._closed.is_set():
                client.close()
                return
            trigger = client.bind(shortcut, description)
        except GlobalShortcutsUnavailable as exc:
            if self._client is not None:
                self._client.close()  # a session made before a refusal ends too
            if not self._closed.is_set():
                self._emit(self.failed, unavailable_text(exc))
            return
        self._emit(self.bound, trigger)
        client.listen(lambda _timestamp: self._emit(self.triggered, time.perf_counter()))

    def _emit(self, signal: object, value: object) -> None:
        """From the thread: queued to the GUI thread. After close() nothing is emitted."""
        if self._closed.is_set():
            return
        with contextlib.suppress(RuntimeError):  # deleted meanwhile: nobody is listening
            signal.emit(value)  # type: ignore[attr-defined]

    def close(self) -> None:
        self._closed.set()
        client = self._client
        if client is not None:
            client.close()
