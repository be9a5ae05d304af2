"""Noticing the user's input in the app's windows, for the idle locks.

An event filter on the whole application would see it too, but PySide6 then calls Python for
every event of every object (paints, timers, layout requests, hundreds a second while anything
moves) and wraps each receiver and event, building Python types as it meets them: QStyle's
enums alone took 4 ms the first time the style got an event, and completing the window at
start-up cost 10-15 ms more with it. Input reaches a top-level QWindow before any widget sees
it, so a filter on each window Keydesk shows sees all of it at a fraction of the calls. A window
is watched from when it becomes the focus window (or, for those already open, at once).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QWindow

#: Input that counts as someone being there.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class InputWatch(QObject):
    """Calls ``on_input`` for each key press, click, pointer move, wheel turn or touch in any
    of the app's windows."""

    def __init__(self, on_input: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_input = on_input
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self.watch)
            for window in QGuiApplication.topLevelWindows():
                self.watch(window)

    def watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # Qt keeps a filter once per object

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._on_input()
        return False
