"""A listening socket that spreads connections over the worker processes.

With ``--workers N`` every worker waits on the same listening socket. asyncio accepts in a loop
until the queue is empty, so the first worker to wake takes a whole burst: eight clients that
connect at once and keep their connections alive may all land on one worker while the other
idles (measured: one worker at 0.9 of a core, the other at 0.4). This socket hands out one
connection per turn of the worker's event loop and then says "nothing more" (BlockingIOError,
which asyncio treats as an empty queue); the connections still waiting wake every worker again,
and the one not busy serving takes the next.
"""

from __future__ import annotations

import asyncio
import socket
from multiprocessing import reduction
from multiprocessing.reduction import DupFd
from typing import Any


class FairListener(socket.socket):
    __slots__ = ("_took_one",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._took_one = False

    def accept(self) -> tuple[socket.socket, Any]:
        if self._took_one:
            raise BlockingIOError("one connection per turn of the event loop")
        connection = super().accept()
        try:
            asyncio.get_running_loop().call_soon(self._next_turn)
            self._took_one = True
        except RuntimeError:
            pass  # no event loop (a plain blocking accept): no turns to count
        return connection

    def _next_turn(self) -> None:
        self._took_one = False


def _rebuild(duplicate: Any, family: int, kind: int, proto: int) -> FairListener:
    return FairListener(family, kind, proto, fileno=duplicate.detach())


def _reduce(listener: FairListener) -> tuple[Any, tuple[Any, ...]]:
    """How the socket travels to a spawned worker: as a FairListener, not a plain socket."""
    return _rebuild, (DupFd(listener.fileno()), listener.family, listener.type, listener.proto)


reduction.register(FairListener, _reduce)
