"""``keydesk admin …`` in subprocesses: login with the e-mailed code, edits queued offline, and
the sync process itself killed at random points and restarted (0 lost, 0 duplicated)."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.admin.api import ApiClient
from desktop.admin.session import default_token_store
from desktop.admin.store import Store
from desktop.admin.view import full_view
from desktop.core.profiles import ProfileStore
from tests.admin.conftest import Profile
from tests.admin.serverproc import ServerProcess
from tests.admin.workload import (
    Workload,
    audit_events,
    check_each_change_once,
    comparable,
    server_view,
)

RESULTS = Path("/tmp/keydesk-admin-kill-results.json")


def keydesk(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "admin", *args], input=stdin, capture_output=True,
        text=True, timeout=60, check=False, env={**os.environ, "KEYDESK_HOME": str(home)},
    )  # fmt: skip


def cli_login(
    server: ServerProcess, home: Path, login: str = "admin", proxy_url: str | None = None
) -> None:
    password = home.parent / f"{login}.password"
    password.write_text(server.passwords[login] + "\n")
    seen = server.mails()
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "admin", "login", "--server", proxy_url or server.url,
         "--user", login, "--password-file", str(password)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "KEYDESK_HOME": str(home)},
    )  # fmt: skip
    code = server.email_code(login, seen)
    out, err = process.communicate(code + "\n", timeout=30)
    assert process.returncode == 0, err
    assert "Logged in" in out and code not in out + err


@pytest.fixture
def keyring_required() -> None:
    if not default_token_store().secure:
        pytest.skip("needs a secure keyring (run under scripts/with-keyring.sh)")


def test_cli_edits_offline_then_sync(
    shared_server: ServerProcess, tmp_path: Path, keyring_required: None
) -> None:
    home = tmp_path / "home"
    assert keydesk(home, "sync").returncode == 3  # not logged in yet
    done = keydesk(home, "ip", "add", "203.0.113.0/24", "--name", "lab")
    assert done.returncode == 0 and "Queued" in done.stdout
    assert keydesk(home, "ip", "add", "not-an-ip").returncode == 2
    assert keydesk(home, "two-factor", "set", "grace_hours=48", "totp.digits=8").returncode == 0
    done = keydesk(home, "support-access", "on", "--hours", "2", "--reason", "ticket 42")
    assert done.returncode == 0 and "fresh code" in done.stdout
    status = json.loads(keydesk(home, "status", "--json").stdout)
    assert (status["pending"], status["held"], status["online"]) == (2, 1, None)

    cli_login(shared_server, home)  # the fresh code also re-confirms the held grant
    done = keydesk(home, "sync")
    assert done.returncode == 0, done.stdout + done.stderr
    shown = json.loads(keydesk(home, "show", "--json").stdout)
    assert "203.0.113.0/24" in [e["value"] for e in shown["ip_allowlist"]["entries"]]
    assert shown["two_factor"]["grace_hours"] == 48 and shown["support_access"]["active"]
    assert keydesk(home, "support-access", "off").returncode == 0
    assert keydesk(home, "sync").returncode == 0
    status = json.loads(keydesk(home, "status", "--json").stdout)
    assert status["online"] and status["pending"] == 0 and status["last_sync"]
    token_files = [p for p in home.rglob("*") if p.is_file()]
    assert all(b"Authorization" not in p.read_bytes() for p in token_files)
    assert keydesk(home, "logout").returncode == 0
    assert keydesk(home, "sync").returncode == 3


@pytest.mark.slow
def test_sync_process_killed_and_restarted(
    fresh_server: ServerProcess, tmp_path: Path, keyring_required: None
) -> None:
    home = tmp_path / "home"
    cli_login(fresh_server, home)
    assert keydesk(home, "sync").returncode == 0
    profile = Profile(ProfileStore(home).find("default").folder)  # where the CLI keeps it
    Workload(profile.editor, seed=77).run(400)
    held = [i.id for i in profile.store.items() if i.status.value == "held"]
    cli_login(fresh_server, home)  # re-confirm the weakening ones
    intended = comparable(full_view(profile.store))

    watcher = fresh_server.login("admin")  # its own session, to watch the sync's progress
    rng, kills = random.Random(5), 0
    for _ in range(6):
        # Killed after it was seen to push k more edits (the server's audit log says so), never
        # after a guessed time: on any machine the kill lands mid-run, while it is at work.
        target = applied(watcher) + rng.randint(5, 25)
        process = subprocess.Popen([sys.executable, "-m", "desktop", "admin", "sync"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   env={**os.environ, "KEYDESK_HOME": str(home)})  # fmt: skip
        wait_for(lambda p=process, t=target: applied(watcher) >= t or p.poll() is not None)
        assert process.poll() is None, "the sync ended before its kill: too little work queued"
        process.send_signal(signal.SIGKILL)
        kills += 1
        process.wait()
    final = keydesk(home, "sync")
    assert final.returncode == 0, final.stdout + final.stderr

    client = fresh_server.login("admin")
    assert server_view(client, Store(tmp_path / "scratch.db")) == intended
    lost, duplicated = check_each_change_once(profile.store, audit_events(client, "admin"))
    RESULTS.write_text(json.dumps({"edits": 400, "held_then_confirmed": len(held),
                                   "app_kills": kills, "lost": lost, "duplicated": duplicated}))  # fmt: skip
    assert (lost, duplicated) == (0, 0) and kills == 6


def applied(client: ApiClient) -> int:
    """How many changes the server has recorded (its audit log's total)."""
    return int(client.get("/v1/audit_events", {"limit": 1}).meta["total"])


def wait_for(condition: Callable[[], bool], safety_net: float = 180.0) -> None:
    """Poll until ``condition``; the deadline only keeps a broken run from hanging forever."""
    deadline = time.monotonic() + safety_net
    while not condition():
        assert time.monotonic() < deadline, "no progress within the safety net"
        time.sleep(0.02)
