"""Offline start → 50 edits of every kind → server up → sync → the server has exactly them."""

from __future__ import annotations

import time
from pathlib import Path

from desktop.admin.api import ApiClient, ClientOptions
from desktop.admin.model import Status
from desktop.admin.store import Store
from desktop.admin.sync import confirm_held
from desktop.admin.view import full_view
from tests.admin.conftest import Profile
from tests.admin.serverproc import ServerProcess
from tests.admin.workload import (
    PROTECTED,
    Workload,
    audit_events,
    check_each_change_once,
    comparable,
    server_view,
)


def test_offline_edits_arrive_exactly_once(fresh_server: ServerProcess, tmp_path: Path) -> None:
    client = fresh_server.login("admin")
    Profile(tmp_path / "admin").engine(client).sync()  # the admin used the pane before
    fresh_server.stop()

    profile = Profile(tmp_path / "admin")  # the app starts again, with no server at all
    profile.editor.add_ip("127.0.0.1", name=PROTECTED)
    Workload(profile.editor, seed=6).run(46)
    profile.editor.set_allowlist_enabled(True)
    profile.editor.grant_support(4, "ticket follow-up", "T-1")
    profile.editor.revoke_support()
    intended = comparable(full_view(profile.store))
    offline = profile.engine(ApiClient(fresh_server.url, options=ClientOptions(timeout=(0.3, 0.5))))
    report = offline.sync()
    assert report.offline and report.remaining == 50

    fresh_server.start()
    client = fresh_server.login("admin")  # a fresh code re-confirms the held (weakening) edits
    confirm_held(profile.store, time.time())
    report = profile.engine(client).sync()
    assert report.clean, report
    assert report.rejected == 0 and report.conflicts == 0

    assert server_view(client, Store(tmp_path / "scratch.db")) == intended
    lost, duplicated = check_each_change_once(profile.store, audit_events(client, "admin"))
    assert (lost, duplicated) == (0, 0)
    assert profile.store.counts() == {Status.DONE.value: 50}


def test_never_synced_profile_edits_offline(fresh_server: ServerProcess, tmp_path: Path) -> None:
    profile = Profile(tmp_path / "new")
    profile.editor.patch_two_factor({"grace_hours": 12, "totp": {"digits": 8}})
    profile.editor.add_ip("192.0.2.0/24", name="branch")
    profile.editor.add_rule({"kind": "pii", "pii_type": "card", "action": "mask"})
    profile.editor.patch_content_filter({"attachments": {"mode": "block"}})
    report = profile.engine(fresh_server.login("admin")).sync()
    assert report.clean and report.pushed == 4
    view = full_view(profile.store)
    assert view["two_factor"]["grace_hours"] == 12 and view["two_factor"]["totp"]["digits"] == 8
    assert [e["value"] for e in view["ip_allowlist"]["entries"]] == ["192.0.2.0/24"]
    assert view["content_filter"]["attachments"]["mode"] == "block"
