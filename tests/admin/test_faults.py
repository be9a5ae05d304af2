"""Faults at random points while 1,000 queued edits go out: the server answering 500, stalling
past the timeout, dropping connections, and being killed and restarted. 0 lost, 0 duplicated."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.admin.api import ApiClient, ClientOptions
from desktop.admin.store import Store
from desktop.admin.sync import SyncReport, confirm_held
from desktop.admin.view import full_view
from tests.admin.conftest import Profile
from tests.admin.faultproxy import FaultProxy
from tests.admin.serverproc import ServerProcess
from tests.admin.workload import (
    Workload,
    audit_events,
    check_each_change_once,
    comparable,
    server_view,
)

EDITS = 1000
RESULTS = Path("/tmp/keydesk-admin-fault-results.json")


def _sync_until_clean(profile: Profile, client: ApiClient, rounds: int = 200) -> list[SyncReport]:
    reports = []
    for _ in range(rounds):
        report = profile.engine(client, max_attempts=40).sync()
        reports.append(report)
        if report.clean:
            return reports
        assert not report.auth_required and report.conflicts == 0, report
        time.sleep(0.05)
    raise AssertionError(f"never clean: {reports[-1]}")


#: The server is killed and restarted when this many writes have gone through the proxy: from
#: observed progress, so every run kills it mid-sync however fast or slow the machine is.
KILL_AFTER_WRITES = (100, 300, 500)


def _killer(server: ServerProcess, kills: list[int]) -> Callable[[int], None]:
    def on_forwarded(count: int) -> None:
        if count in KILL_AFTER_WRITES:
            server.kill()  # the answer to this write is lost with it: the client must resend
            kills.append(count)
            server.start()

    return on_forwarded


@pytest.mark.slow
def test_faults_lose_and_duplicate_nothing(fresh_server: ServerProcess, tmp_path: Path) -> None:
    direct = fresh_server.login("admin")
    profile = Profile(tmp_path / "admin")
    profile.engine(direct).sync()
    Workload(profile.editor, seed=1000).run(EDITS)
    confirm_held(profile.store, time.time())  # the admin re-confirmed weakening edits
    intended = comparable(full_view(profile.store))

    with FaultProxy(fresh_server.port, rate=0.08, stall=0.9, seed=7) as proxy:
        options = ClientOptions(timeout=(0.5, 0.6), retries=1, retry_delay=0.02)
        client = ApiClient(proxy.url, token=direct.token, options=options)
        kills: list[int] = []
        proxy.on_forwarded = _killer(fresh_server, kills)
        reports = _sync_until_clean(profile, client)
        injected = dict(proxy.injected)
    if fresh_server.proc is None:
        fresh_server.start()

    assert server_view(direct, Store(tmp_path / "scratch.db")) == intended
    lost, duplicated = check_each_change_once(profile.store, audit_events(direct, "admin"))
    counts = profile.store.counts()
    RESULTS.write_text(json.dumps({
        "edits": EDITS, "proxy_faults": injected, "server_kills": len(kills),
        "retries": sum(r.retries for r in reports), "sync_rounds": len(reports),
        "lost": lost, "duplicated": duplicated, "outbox": counts,
    }))  # fmt: skip
    assert (lost, duplicated) == (0, 0)
    assert counts.get("rejected", 0) == 0 and counts.get("conflict", 0) == 0
    assert sum(injected.values()) >= 20 and kills == list(KILL_AFTER_WRITES)
