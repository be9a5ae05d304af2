"""Two admins (two homes) edit offline: different fields merge by themselves, the same field is
one conflict; keep mine / take theirs / keep both all end consistent on the server."""

from __future__ import annotations

from pathlib import Path

from desktop.admin.model import Status
from desktop.admin.resolve import Choice, resolve
from desktop.admin.store import Store
from desktop.admin.sync import SyncReport
from desktop.admin.view import full_view
from tests.admin.conftest import Profile
from tests.admin.serverproc import ServerProcess
from tests.admin.workload import comparable, server_view


def _entry_id(profile: Profile, name: str) -> str:
    entries = full_view(profile.store)["ip_allowlist"]["entries"]
    return next(e["id"] for e in entries if e["name"] == name)


def test_two_admins_merge_and_conflict(module_server: ServerProcess, tmp_path: Path) -> None:
    client_a, client_b = module_server.login("admin"), module_server.login("admin2")
    alice, bob = Profile(tmp_path / "alice"), Profile(tmp_path / "bob")
    alice.editor.add_ip("192.0.2.0/24", name="shared office")
    alice.editor.add_ip("198.51.100.0/24", name="second office")
    assert alice.engine(client_a).sync().clean
    assert bob.engine(client_b).sync().clean
    shared, second = _entry_id(alice, "shared office"), _entry_id(alice, "second office")

    # Both offline: different fields, same field, the same entry twice.
    alice.editor.patch_two_factor({"grace_hours": 10})
    alice.editor.patch_two_factor({"email_code": {"ttl_seconds": 120}})
    alice.editor.add_ip("203.0.113.0/24", name="alice home")
    alice.editor.update_ip(shared, name="alice's name")
    alice.editor.update_ip(second, comment="alice's comment")
    bob.editor.patch_two_factor({"totp": {"digits": 8}, "email_code": {"ttl_seconds": 300}})
    bob.editor.add_ip("2001:db8:b0b::/48", name="bob home")
    bob.editor.update_ip(shared, name="bob's name")
    bob.editor.update_ip(second, comment="bob's comment")

    assert bob.engine(client_b).sync().clean
    report = SyncReport()
    alice.engine(client_a).push(report)  # a stale replica: the server answers 412, we merge
    assert report.merged == 1 and report.pushed == 2  # grace_hours; the new entry never conflicts
    assert report.conflicts == 2  # ttl_seconds and the shared entry's name (the rest waits)
    conflicts = alice.store.items((Status.CONFLICT,))
    policy = next(i for i in conflicts if i.resource == "two_factor")
    assert [f["path"] for f in policy.conflict["fields"]] == ["email_code.ttl_seconds"]
    assert policy.conflict["who"] == "admin2" and policy.conflict["when"]
    server = server_view(client_a, Store(tmp_path / "s1.db"))
    assert server["two_factor"]["totp"]["digits"] == 8
    assert server["two_factor"]["email_code"]["ttl_seconds"] == 300
    names = {e["name"] for e in server["ip_allowlist"]["entries"].values()}
    assert {"alice home", "bob home", "bob's name"} <= names

    resolve(alice.store, policy.id, Choice.MINE)  # keep mine: 120 wins, grace stays merged
    entry = next(i for i in conflicts if i.resource.endswith(shared))
    resolve(alice.store, entry.id, Choice.THEIRS)
    report = alice.engine(client_a).sync()
    assert report.conflicts == 1 and report.pushed >= 1  # the comment edit is next in line
    comment = alice.store.items((Status.CONFLICT,))[0]
    assert comment.resource.endswith(second)
    resolve(alice.store, comment.id, Choice.BOTH)
    assert alice.engine(client_a).sync().clean
    assert bob.engine(client_b).sync().clean

    server = server_view(client_a, Store(tmp_path / "s2.db"))
    assert server["two_factor"]["grace_hours"] == 10
    assert server["two_factor"]["email_code"]["ttl_seconds"] == 120
    assert server["two_factor"]["totp"]["digits"] == 8
    entries = server["ip_allowlist"]["entries"]
    assert entries[shared]["name"] == "bob's name"
    assert entries[second]["comment"] == "bob's comment"
    copies = [e for e in entries.values() if e["comment"] == "alice's comment"]
    assert len(copies) == 1 and copies[0]["value"] == "198.51.100.0/24"
    assert comparable(full_view(alice.store)) == server == comparable(full_view(bob.store))
