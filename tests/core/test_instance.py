"""The single-instance socket without Qt: claiming, handing over, stale sockets, strangers."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.core import instance
from desktop.core.instance import Endpoint, Listener, Request

SYSTEM_PYTHON = "/usr/bin/python3"
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the Unix socket path")


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


@pytest.fixture
def listeners() -> Iterator[list[Listener]]:
    made: list[Listener] = []
    yield made
    for listener in made:
        listener.close()


def echo(name: str) -> Callable[[Request, Callable[[Request], None]], None]:
    def handle(request: Request, reply: Callable[[Request], None]) -> None:
        reply({"ok": True, "who": name, "filter": request.get("filter")})

    return handle


def serve(point: Endpoint, name: str, listeners: list[Listener]) -> Listener:
    listener = instance.claim(point)
    assert listener is not None
    listeners.append(listener)
    listener.serve(echo(name))
    return listener


def test_the_socket_is_private_and_per_profile(runtime: Path, tmp_path: Path) -> None:
    one = instance.endpoint(tmp_path / "a")
    two = instance.endpoint(tmp_path / "b")
    named = instance.endpoint(tmp_path / "a", "operator-2")
    assert len({one.address, two.address, named.address}) == 3
    assert one.address.parent == runtime / "keydesk"
    assert (runtime / "keydesk").stat().st_mode & 0o777 == 0o700
    assert len(os.fsencode(one.address)) < 108


def test_two_profiles_side_by_side(
    runtime: Path, tmp_path: Path, listeners: list[Listener]
) -> None:
    first, second = instance.endpoint(tmp_path / "a"), instance.endpoint(tmp_path / "b")
    serve(first, "a", listeners)
    serve(second, "b", listeners)
    assert first.address.stat().st_mode & 0o777 == 0o600
    assert instance.deliver(first, instance.show_request("git")) == {
        "ok": True,
        "who": "a",
        "filter": "git",
    }
    reply = instance.deliver(second, instance.show_request(None))
    assert reply is not None and reply["who"] == "b"


def test_a_second_claim_is_refused_while_the_first_lives(
    runtime: Path, tmp_path: Path, listeners: list[Listener]
) -> None:
    point = instance.endpoint(tmp_path / "a")
    serve(point, "first", listeners)
    assert instance.claim(point) is None
    reply, listener = instance.hand_over_or_claim(point, instance.show_request("x"))
    assert listener is None and reply is not None and reply["who"] == "first"


def test_a_stale_socket_is_replaced(
    runtime: Path, tmp_path: Path, listeners: list[Listener]
) -> None:
    point = instance.endpoint(tmp_path / "a")
    # What a crashed instance leaves: a bound socket file nobody listens on, an unlocked lock.
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(point.address))
    dead.close()
    point.lock.touch()
    assert point.address.exists()
    assert instance.deliver(point, instance.show_request(None)) is None
    reply, listener = instance.hand_over_or_claim(point, instance.show_request(None))
    assert reply is None and listener is not None
    listeners.append(listener)
    listener.serve(echo("new"))
    assert instance.deliver(point, instance.show_request(None)) == {
        "ok": True,
        "who": "new",
        "filter": None,
    }


def test_bad_requests_are_refused(runtime: Path, tmp_path: Path, listeners: list[Listener]) -> None:
    point = instance.endpoint(tmp_path / "a")
    seen: list[Request] = []
    listener = instance.claim(point)
    assert listener is not None
    listeners.append(listener)
    listener.serve(lambda request, reply: (seen.append(request), reply({"ok": True})))
    for bad in (
        {"v": 99, "action": "show"},
        {"v": 1, "action": "rm -rf"},
        {"v": 1, "action": "show", "filter": 5},
    ):
        assert instance.deliver(point, bad) == {"ok": False, "error": "bad request"}
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as raw:
        raw.connect(str(point.address))
        raw.sendall(b"not json\n")
        assert b"bad request" in raw.recv(200)
    assert seen == []


def test_filters_are_cleaned() -> None:
    assert instance.show_request("git\nhub\x1b[0m")["filter"] == "github[0m"
    assert len(instance.show_request("x" * 1000)["filter"]) == instance.MAX_FILTER


def test_a_runtime_folder_open_to_others_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "keydesk").mkdir(mode=0o777)
    os.chmod(shared / "keydesk", 0o777)
    os.chmod(shared, 0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    with pytest.raises(instance.InstanceUnavailable):
        instance.endpoint(tmp_path / "a")


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to act as another user")
@pytest.mark.skipif(not Path(SYSTEM_PYTHON).exists(), reason="no system python for the stranger")
def test_another_user_never_reaches_the_instance(
    tmp_path: Path, listeners: list[Listener], monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = Path(tempfile.mkdtemp(prefix="keydesk-run-"))  # /tmp: others can walk to it
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    point = instance.endpoint(tmp_path / "a")
    reached = threading.Event()
    listener = instance.claim(point)
    assert listener is not None
    listeners.append(listener)
    listener.serve(lambda request, reply: (reached.set(), reply({"ok": True})))
    nobody = pwd.getpwnam("nobody").pw_uid
    # Even with the folders opened up, the peer check turns the stranger away.
    os.chmod(runtime, 0o755)
    os.chmod(runtime / "keydesk", 0o755)
    os.chmod(point.address, 0o666)
    tries = f"""
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
try:
    s.connect({str(point.address)!r})
    s.sendall(b'{{"v": 1, "action": "show"}}\\n')
    print("answer:", s.recv(100))
except OSError as exc:
    print("refused:", exc)
"""
    done = subprocess.run(
        [SYSTEM_PYTHON, "-c", tries],
        user=nobody,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert "answer: b''" in done.stdout or "refused" in done.stdout, done.stdout + done.stderr
    assert not reached.is_set()
    os.chmod(runtime / "keydesk", 0o700)
    assert instance.deliver(point, instance.show_request(None)) == {"ok": True}
    assert reached.is_set()
    shutil.rmtree(runtime, ignore_errors=True)


def test_the_profile_key_is_a_sha256_of_folder_and_profile(tmp_path: Path) -> None:
    import hashlib

    from desktop.core.instance import profile_key

    folder = os.path.normcase(str(tmp_path.resolve()))
    expected = hashlib.sha256(f"{folder}\0work".encode()).hexdigest()[:24]
    assert profile_key(tmp_path, "work") == expected != profile_key(tmp_path, "home")
