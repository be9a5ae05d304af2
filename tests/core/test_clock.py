"""Clock drift against a real HTTP server on loopback (the Date header it sends is ours)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from desktop.core.clock import (
    check_server_url,
    is_significant,
    measure_offset,
    offset_from_date,
)
from desktop.core.errors import InvalidInput

SKEW = 42.0


class _Handler(BaseHTTPRequestHandler):
    def do_HEAD(self) -> None:
        self.send_response(200)
        self.end_headers()

    def send_header(self, keyword: str, value: str) -> None:
        if keyword == "Date":
            value = formatdate(time.time() + SKEW, usegmt=True)
        super().send_header(keyword, value)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def skewed_server() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_measures_a_server_that_is_ahead(skewed_server: str) -> None:
    reading = measure_offset(skewed_server, time.time)
    assert reading is not None
    assert abs(reading.offset - SKEW) < 1.6
    assert reading.significant


def test_offline_is_not_an_error() -> None:
    # Port 9 on loopback: nothing listens, the connection is refused at once.
    assert measure_offset("http://127.0.0.1:9/", time.time, timeout=1) is None


def test_offset_uses_the_middle_of_the_round_trip() -> None:
    header = "Thu, 01 Jan 2026 00:00:10 GMT"
    base = 1767225600.0
    assert offset_from_date(header, base, base + 2) == pytest.approx(9.5)
    assert offset_from_date("yesterday", base, base) is None


def test_plain_http_only_to_loopback() -> None:
    assert check_server_url("https://example.com") == "https://example.com"
    assert check_server_url("http://localhost:8765/") == "http://localhost:8765/"
    with pytest.raises(InvalidInput):
        check_server_url("http://example.com/")
    with pytest.raises(InvalidInput):
        check_server_url("ftp://example.com/")


def test_threshold() -> None:
    assert not is_significant(10.0)
    assert is_significant(-10.5)


def test_a_server_without_a_usable_date_is_none() -> None:
    assert measure_offset("https://x.test/", time.time, fetch=lambda url, t: "garbage") is None
