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


_pending: set[_Relay] = set()


def run_async(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None],
) -> None:
    """Run ``work`` on the thread pool; the callbacks run on the GUI thread."""
    relay = _Relay()
    _pending.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _pending.discard(relay)
        callback(value)

    relay.done.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda exc: finish(on_failed, exc))
    QThreadPool.globalInstance().start(_Task(work, relay))


def pending() -> int:
    """How many tasks have not reported back yet (tests wait on this)."""
    return len(_pending)
