"""A careless server: malformed successes settle nothing, and a 429 forever ends the run.

Through a proxy in front of the real server that answers in the server's place."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.admin.api import ApiClient
from desktop.admin.model import Status
from desktop.admin.sync import RATE_LIMIT_FLOOR, RATE_LIMIT_WAITS
from tests.admin.conftest import Profile
from tests.admin.faultproxy import FaultProxy
from tests.admin.serverproc import ServerProcess

EDITS = 14
JSON = {"Content-Type": "application/json"}
MALFORMED = (200, b'{"status":"success","data":"xyz"}', JSON)
TOO_MANY = (429, b'{"status":"error","code":"rate_limited","message":"slow down"}',
            {**JSON, "Retry-After": "0"})  # fmt: skip


@pytest.fixture
def proxy(module_server: ServerProcess) -> Iterator[FaultProxy]:
    with FaultProxy(module_server.port, rate=0.0, stall=0.0, seed=1) as running:
        yield running


def queued_profile(
    tmp_path: Path, server: ServerProcess, proxy: FaultProxy
) -> tuple[Profile, ApiClient]:
    direct = server.login("admin")
    profile = Profile(tmp_path / "admin")
    profile.engine(direct).sync()
    for n in range(EDITS):
        profile.editor.add_ip(f"198.51.{n}.0/24", name=f"bad-answer {tmp_path.name} {n}")
    return profile, ApiClient(proxy.url, token=direct.token)


def on_server(server: ServerProcess, tmp_path: Path) -> set[str]:
    entries = server.login("admin").get("/v1/security/ip_allowlist/entries", {"limit": 200}).data
    return {e["name"] for e in entries if e["name"].startswith(f"bad-answer {tmp_path.name}")}


def test_a_malformed_success_settles_nothing(
    module_server: ServerProcess, proxy: FaultProxy, tmp_path: Path
) -> None:
    profile, client = queued_profile(tmp_path, module_server, proxy)
    proxy.override = lambda method, _path: MALFORMED if method != "GET" else None

    report = profile.engine(client).sync()

    assert (report.pushed, report.remaining, report.server_error) == (0, EDITS, True)
    assert "data is not an object" in report.message
    assert proxy.overridden == 1  # stopped at the first malformed answer: no retry storm
    assert all(item.status is Status.PENDING for item in profile.store.items())
    assert on_server(module_server, tmp_path) == set()

    proxy.override = None  # the server is fixed: the same edits go out, once each
    assert profile.engine(client).sync().clean
    assert len(on_server(module_server, tmp_path)) == EDITS


def test_a_malformed_pull_is_a_server_error_not_a_crash(
    module_server: ServerProcess, proxy: FaultProxy, tmp_path: Path
) -> None:
    profile, client = queued_profile(tmp_path, module_server, proxy)
    proxy.override = lambda method, path: MALFORMED if path.startswith("/v1/roles") else None

    report = profile.engine(client).sync()

    assert report.server_error and report.remaining == EDITS
    assert "GET /v1/roles" in report.message and "not a list" in report.message


def test_429_forever_ends_the_run_and_keeps_the_edits(
    module_server: ServerProcess, proxy: FaultProxy, tmp_path: Path
) -> None:
    profile, client = queued_profile(tmp_path, module_server, proxy)
    proxy.override = lambda method, _path: TOO_MANY if method != "GET" else None
    waits: list[float] = []
    now = 1_000_000.0

    report = profile.engine(client, sleep=waits.append, clock=lambda: now).sync()

    assert proxy.overridden == RATE_LIMIT_WAITS + 1
    assert len(waits) == RATE_LIMIT_WAITS and min(waits) >= RATE_LIMIT_FLOOR
    assert report.retry_at is not None and report.retry_at >= now + RATE_LIMIT_FLOOR
    assert report.remaining == EDITS and "try again" in report.message
    assert on_server(module_server, tmp_path) == set()


def test_a_long_retry_after_stops_at_once(
    module_server: ServerProcess, proxy: FaultProxy, tmp_path: Path
) -> None:
    profile, client = queued_profile(tmp_path, module_server, proxy)
    hour = (429, TOO_MANY[1], {**JSON, "Retry-After": "3600"})
    proxy.override = lambda method, _path: hour if method != "GET" else None
    waits: list[float] = []

    report = profile.engine(client, sleep=waits.append, clock=lambda: 0.0).sync()

    assert waits == [] and proxy.overridden == 1 and report.retry_at == 3600.0


def test_cli_sync_against_429_forever_exits_1_and_says_when(
    module_server: ServerProcess, proxy: FaultProxy, tmp_path: Path
) -> None:
    from desktop.admin.session import default_token_store

    if not default_token_store().secure:
        pytest.skip("needs a secure keyring (run under scripts/with-keyring.sh)")
    from tests.admin.test_cli import cli_login, keydesk

    home = tmp_path / "home"
    cli_login(module_server, home, proxy_url=proxy.url)
    assert keydesk(home, "ip", "add", "192.0.2.0/24", "--name", "cli 429").returncode == 0
    proxy.override = lambda method, _path: TOO_MANY if method != "GET" else None

    done = keydesk(home, "sync")

    assert done.returncode == 1, done.stderr
    assert "try again" in done.stderr and "edits are kept" in done.stderr
    assert proxy.overridden == RATE_LIMIT_WAITS + 1
    status = json.loads(keydesk(home, "status", "--json").stdout)
    assert status["pending"] == 1
