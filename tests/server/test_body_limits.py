"""Bad bodies: too large (413, not read in full) and nested too deep (400, no traceback)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest

from server.limits import MAX_BODY_BYTES, MAX_JSON_DEPTH, json_depth_exceeds
from tests.server.client import Api


def test_deeply_nested_login_body_is_400_without_a_traceback(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    body = '{"login": ' + "[" * 450 + "]" * 450 + ', "password": "x"}'
    with caplog.at_level(logging.ERROR):
        answer = api.http.post(
            "/v1/auth/login", content=body, headers={"Content-Type": "application/json"}
        )
    assert answer.status_code == 400, answer.text[:300]
    assert answer.json()["code"] == "body_too_deep"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_nesting_at_the_limit_is_parsed_normally(api: Api) -> None:
    body = '{"login": ' + "[" * (MAX_JSON_DEPTH - 1) + "]" * (MAX_JSON_DEPTH - 1) + "}"
    answer = api.http.post(
        "/v1/auth/login", content=body, headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 422  # reaches the schema check, which refuses it


def test_declared_large_body_is_413(api: Api) -> None:
    body = b'{"login": "' + b"a" * (MAX_BODY_BYTES + 10) + b'", "password": "x"}'
    answer = api.http.post(
        "/v1/auth/login", content=body, headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 413
    assert answer.json()["code"] == "body_too_large"


def test_streamed_large_body_is_cut_off(api: Api) -> None:
    """Chunked, with no Content-Length: counted as it arrives, refused past the limit."""

    def chunks() -> Iterator[bytes]:
        yield b'{"login": "'
        for _ in range(40):
            yield b"a" * (64 * 1024)
        yield b'", "password": "x"}'

    try:
        answer = api.http.post(
            "/v1/auth/login", content=chunks(), headers={"Content-Type": "application/json"}
        )
    except httpx.TransportError:  # the server may close before the client finished sending
        return
    assert answer.status_code == 413


def test_depth_scan_ignores_brackets_in_strings() -> None:
    assert not json_depth_exceeds(b'{"a": "' + b"[" * 100 + b'"}', 32)
    assert not json_depth_exceeds(b'{"a": "\\"' + b"[" * 100 + b'"}', 32)
    assert json_depth_exceeds(b"[" * 33 + b"]" * 33, 32)
    assert not json_depth_exceeds(b"[" * 32 + b"]" * 32, 32)
