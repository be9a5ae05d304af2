"""The running instance's side of :mod:`desktop.core.instance`: requests reach the GUI thread.

The listener answers on its own thread; a queued signal brings each request here. A request that
arrives before the window is up (still unlocking, or asking for the passphrase) is answered at
once and applied when the window shows.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.core.instance import Listener, Request

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

Reply = Callable[[Request], None]


class InstanceBridge(QObject):
    received = Signal(object, object)

    def __init__(self, listener: Listener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listener = listener
        self.window: MainWindow | None = None
        self.pending: list[Request] = []
        self.received.connect(self._received)
        #: Called with the filter when a second launch asks for the quick-pick (set once the
        #: quick-pick is up; a request before that waits for it).
        self.quick_pick: Callable[[str | None], object] | None = None
        self._waiting_quick_pick: Request | None = None
        listener.serve(self.received.emit)

    def attach(self, window: MainWindow) -> None:
        """The window is up: apply what waited for it."""
        self.window = window
        for request in self.pending:
            self._apply(request)
        self.pending.clear()

    def close(self) -> None:
        self.listener.close()

    def set_quick_pick(self, opener: Callable[[str | None], object]) -> None:
        self.quick_pick = opener
        if self._waiting_quick_pick is not None:
            request, self._waiting_quick_pick = self._waiting_quick_pick, None
            self._apply(request)

    def _received(self, request: Request, reply: Reply) -> None:
        if self.window is None:
            self.pending.append(request)
            reply({"ok": True, "queued": True})
            return
        started = time.perf_counter()
        self._apply(request)
        window = self.window
        reply(
            {
                "ok": True,
                "applied_ms": round((time.perf_counter() - started) * 1000, 2),
                # What the caller's user sees now (the same user: the socket is theirs alone).
                "visible": window.isVisible(),
                "search": window.search.text(),
                "search_focused": window.search.hasFocus(),
            }
        )

    def _apply(self, request: Request) -> None:
        window = self.window
        assert window is not None
        text: Any = request.get("filter")
        if request.get("action") == "quick-pick":
            if self.quick_pick is None:
                self._waiting_quick_pick = request  # the quick-pick starts after the window
            else:
                self.quick_pick(text)
            return
        raise_with_filter(window, text)


def raise_with_filter(window: MainWindow, text: str | None) -> None:
    """Bring the window up, search field focused, ``text`` typed in; painted before returning."""
    window.showNormal()
    window.raise_()
    window.activateWindow()
    if text is None:
        window.focus_search()
    else:
        window.search.setText(text)
        window.search.setFocus()
        window.search.end(False)
    window.repaint()
