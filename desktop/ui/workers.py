"""Blocking work (keyring, KDF, HTTP) off the GUI thread; results come back as queued signals."""

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
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


_pending: set[QObject] = set()


def start_task(
    pool: QThreadPool,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
    *,
    pending: set[QObject],
    wanted: Callable[[], bool] = lambda: True,
) -> None:
    """Run ``work`` on ``pool``; a callback runs on the GUI thread while ``wanted()`` holds.

    ``pending`` holds the task's relay until it reports back (it also keeps it alive).
    """
    relay = _Relay()
    pending.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        pending.discard(relay)
        if wanted():
            callback(value)

    relay.done.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda exc: finish(on_failed, exc))
    pool.start(_Task(work, relay))


def run_async(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
) -> None:
    """Run ``work`` on the global thread pool; the callbacks run on the GUI thread."""
    start_task(QThreadPool.globalInstance(), work, on_done, on_failed, pending=_pending)


def pending() -> int:
    """How many tasks have not reported back yet (tests wait on this)."""
    return len(_pending)
