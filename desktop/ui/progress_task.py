"""Long work (import, export, restore) on the thread pool, reporting progress to the GUI thread.

``work`` receives a ``report(done, total)`` callable that is safe to call from the worker; the
signals are queued, so the window keeps painting while a 10,000-entry file is read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Report = Callable[[int, int], None]
#: Tasks still running: held here so a dialog closed early cannot free one under its worker.
_running: set[ProgressTask] = set()


class ProgressTask(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Report], Any]) -> None:
        super().__init__()
        self._work = work
        self.running = False

    def start(self) -> None:
        self.running = True
        _running.add(self)
        self.done.connect(self._release)
        self.failed.connect(self._release)
        QThreadPool.globalInstance().start(_Runner(self))

    def _release(self, _value: object) -> None:
        _running.discard(self)  # on the GUI thread, so the object is never freed on the worker


class _Runner(QRunnable):
    def __init__(self, task: ProgressTask) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        task = self._task
        try:
            result = task._work(task.progress.emit)
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread
            task.running = False
            task.failed.emit(exc)
        else:
            task.running = False
            task.done.emit(result)
