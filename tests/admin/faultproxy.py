"""A fault-injecting HTTP proxy on loopback, between the client and the real server.

For a share of the writes it: drops the connection before forwarding, answers 500 before
forwarding, forwards then answers 500 (the write happened, the answer is lost), forwards then
stalls past the client's timeout, or forwards then resets the connection."""

from __future__ import annotations

import http.client
import random
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FAULTS = ("drop_before", "500_before", "500_after", "stall_after", "reset_after")
#: (method, path) -> an answer (status, body, headers) to give instead of forwarding, or None.
Override = Callable[[str, str], "tuple[int, bytes, dict[str, str]] | None"]


class FaultProxy:
    def __init__(self, upstream_port: int, *, rate: float, stall: float, seed: int) -> None:
        self.upstream_port = upstream_port
        self.rate = rate
        self.stall = stall
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.injected: Counter[str] = Counter()
        self.enabled = True
        self.override: Override | None = None
        #: Requests answered by ``override`` and, per method, every request seen.
        self.overridden = 0
        self.seen: Counter[str] = Counter()
        #: Called with the number of writes forwarded so far, after each one (progress hooks).
        self.on_forwarded: Callable[[int], None] | None = None
        self.forwarded_writes = 0
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                return None

            def _handle(self) -> None:
                proxy.handle(self)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FaultProxy:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _pick(self, method: str) -> str | None:
        with self.lock:
            if not self.enabled or method == "GET" or self.rng.random() >= self.rate:
                return None
            fault = self.rng.choice(FAULTS)
            self.injected[fault] += 1
            return fault

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        handler.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        with self.lock:
            self.seen[handler.command] += 1
        answer = self.override(handler.command, handler.path) if self.override else None
        if answer is not None:
            with self.lock:
                self.overridden += 1
            self._reply(handler, *answer)
            return
        fault = self._pick(handler.command)
        if fault == "drop_before":
            handler.close_connection = True
            handler.connection.close()
            return
        if fault == "500_before":
            self._reply(handler, 500, b"oops", {"Content-Type": "text/plain"})
            return
        try:
            status, data, headers = self._forward(handler, body)
        except OSError:
            self._reply(handler, 502, b"upstream down", {"Content-Type": "text/plain"})
            return
        self._count_write(handler.command)
        if fault == "500_after":
            self._reply(handler, 500, b'{"status":"error","code":"boom","message":"injected"}',
                        {"Content-Type": "application/json"})  # fmt: skip
        elif fault == "stall_after":
            time.sleep(self.stall)
            handler.close_connection = True
        elif fault == "reset_after":
            handler.close_connection = True
            handler.connection.close()
        else:
            self._reply(handler, status, data, headers)

    def _count_write(self, method: str) -> None:
        if method == "GET":
            return
        with self.lock:
            self.forwarded_writes += 1
            count = self.forwarded_writes
        if self.on_forwarded is not None:
            self.on_forwarded(count)

    def _forward(
        self, handler: BaseHTTPRequestHandler, body: bytes
    ) -> tuple[int, bytes, dict[str, str]]:
        conn = http.client.HTTPConnection("127.0.0.1", self.upstream_port, timeout=30)
        try:
            headers = {
                k: v for k, v in handler.headers.items() if k.lower() not in {"host", "connection"}
            }
            conn.request(handler.command, handler.path, body=body or None, headers=headers)
            response = conn.getresponse()
            data = response.read()
            kept = {k: v for k, v in response.getheaders()
                    if k.lower() not in {"content-length", "connection", "transfer-encoding", "date", "server"}}  # fmt: skip
            return response.status, data, kept
        finally:
            conn.close()

    @staticmethod
    def _reply(
        handler: BaseHTTPRequestHandler, status: int, data: bytes, headers: dict[str, str]
    ) -> None:
        """The whole answer in one write (no Nagle / delayed-ACK stalls)."""
        lines = [f"HTTP/1.1 {status} {http.client.responses.get(status, '')}"]
        lines += [f"{key}: {value}" for key, value in headers.items()]
        lines.append(f"Content-Length: {len(data)}")
        try:
            handler.wfile.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + data)
        except OSError:
            handler.close_connection = True
