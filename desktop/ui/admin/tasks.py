"""Work off the GUI thread: one pool for the replica (SQLite, in order), one for the network."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool

from desktop.ui.workers import start_task


class Lane(QObject):
    """A one-thread pool: tasks run one after another, results come back on the GUI thread."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setObjectName(name)
        self._relays: set[QObject] = set()
        self._closed = False

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        # Once closed, late results are dropped: the window may already be gone.
        start_task(
            self.pool,
            work,
            on_done,
            on_failed,
            pending=self._relays,
            wanted=lambda: not self._closed,
        )

    @property
    def busy(self) -> int:
        return len(self._relays)

    def wait(self, msecs: int = 5000) -> None:
        self.pool.waitForDone(msecs)

    def close(self, msecs: int = 5000) -> None:
        """Finish running work, and drop the results still on their way to the GUI."""
        self._closed = True
        self.pool.waitForDone(msecs)
