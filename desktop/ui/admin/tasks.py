"""Work off the GUI thread: one pool for the replica (SQLite, in order), one for the network."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread as a signal
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class Lane(QObject):
    """A one-thread pool: tasks run one after another, results come back on the GUI thread."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setObjectName(name)
        self._relays: set[_Relay] = set()
        self._closed = False

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            if not self._closed:  # the window may be gone; late results have no one to tell
                callback(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda exc: finish(on_failed, exc))
        self.pool.start(_Task(work, relay))

    @property
    def busy(self) -> int:
        return len(self._relays)

    def wait(self, msecs: int = 5000) -> None:
        self.pool.waitForDone(msecs)

    def close(self, msecs: int = 5000) -> None:
        """Finish running work, and drop the results still on their way to the GUI."""
        self._closed = True
        self.pool.waitForDone(msecs)
