"""The shared listening socket hands out one connection per turn of a worker's event loop."""

from __future__ import annotations

import asyncio
import multiprocessing
import socket
from multiprocessing.connection import Connection

from server.fair_accept import FairListener


def _listener() -> FairListener:
    listener = FairListener(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.setblocking(False)
    return listener


def test_one_connection_per_turn_then_the_next() -> None:
    listener = _listener()
    clients = [socket.create_connection(listener.getsockname()) for _ in range(3)]

    async def accept_in_turns() -> list[int]:
        taken = []
        for _ in range(3):
            burst = 0
            while True:  # what asyncio does on a readable listener: accept until it says "empty"
                try:
                    listener.accept()[0].close()
                    burst += 1
                except BlockingIOError:
                    break
            taken.append(burst)
            await asyncio.sleep(0)  # the next turn of the loop
        return taken

    try:
        assert asyncio.run(accept_in_turns()) == [1, 1, 1]
    finally:
        for client in clients:
            client.close()
        listener.close()


def test_without_an_event_loop_it_accepts_as_usual() -> None:
    listener = _listener()
    clients = [socket.create_connection(listener.getsockname()) for _ in range(2)]
    try:
        listener.accept()[0].close()
        listener.accept()[0].close()
    finally:
        for client in clients:
            client.close()
        listener.close()


def _report_type(listener: socket.socket, answer: Connection) -> None:
    answer.send((type(listener).__name__, listener.getsockname()))


def test_it_reaches_a_spawned_worker_as_itself() -> None:
    """uvicorn's supervisor spawns the workers and hands them the socket by pickling."""
    listener = _listener()
    context = multiprocessing.get_context("spawn")
    mine, theirs = context.Pipe()
    worker = context.Process(target=_report_type, args=(listener, theirs))
    try:
        worker.start()
        assert mine.recv() == ("FairListener", listener.getsockname())
    finally:
        worker.join(30)
        listener.close()
