"""Run a blocking call (keyring, D-Bus) with a deadline, so a stuck service cannot hang the app."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import TypeVar

_T = TypeVar("_T")


class CallTimedOut(Exception):
    """The call did not finish in time; it keeps running on its daemon thread."""


def call_with_timeout(action: Callable[[], _T], timeout: float, name: str = "blocking-call") -> _T:
    """The action's result, or its exception re-raised here; :class:`CallTimedOut` past ``timeout``.

    A daemon thread (not an executor) so an abandoned call never blocks interpreter exit.
    """
    results: queue.Queue[tuple[bool, object]] = queue.Queue(maxsize=1)

    def worker() -> None:
        try:
            results.put((True, action()))
        except Exception as exc:  # noqa: BLE001 - handed to the calling thread below
            results.put((False, exc))

    threading.Thread(target=worker, name=name, daemon=True).start()
    try:
        ok, value = results.get(timeout=timeout)
    except queue.Empty:
        raise CallTimedOut from None
    if ok:
        return value  # type: ignore[return-value]
    raise value  # type: ignore[misc]
