"""One running instance per profile, end to end: real processes, the real socket, no Qt in the
second launch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.core import instance

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the Unix socket path")

#: The second launch, reporting whether anything of Qt was imported on the way, and which of
#: the modules a hand-over does without (docs/ui.md: a second launch is a few imports and a
#: socket round trip).
SECOND = """
import json, sys
from desktop.cli import main
status = main(sys.argv[1:])
qt = sorted(m for m in sys.modules if "PySide6" in m or "shiboken" in m)
heavy = ["desktop.core.policy", "dataclasses", "_hashlib", "logging", "shutil", "tempfile"]
print(json.dumps({"status": status, "qt": qt, "heavy": [m for m in heavy if m in sys.modules]}))
"""


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)}


@pytest.fixture
def launch(env: dict[str, str]) -> Iterator[Callable[..., subprocess.Popen[str]]]:
    started: list[subprocess.Popen[str]] = []

    def start(home: Path, *args: str) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--home", str(home), *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        started.append(process)
        return process

    yield start
    for process in started:
        process.terminate()
        process.communicate(timeout=30)


def wait_ready(
    home: Path, env: dict[str, str], process: subprocess.Popen[str]
) -> dict[str, object]:
    """Ask the running instance (as a later launch would) until its window is up."""
    os.environ["XDG_RUNTIME_DIR"] = env["XDG_RUNTIME_DIR"]
    point = instance.endpoint(home, "default")  # keyed by profile id; a new folder gets "default"
    deadline = time.monotonic() + 60  # a safety net: each answer, not the clock, decides
    while time.monotonic() < deadline:
        assert process.poll() is None, process.communicate()
        reply = instance.deliver(point, instance.show_request(None))
        if reply is not None and "search" in reply:
            return reply
        time.sleep(0.05)
    raise AssertionError("the first instance never came up")


def second_launch(home: Path, env: dict[str, str], *args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", SECOND, "--home", str(home), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_second_launch_raises_the_first_with_the_filter_and_no_qt(
    tmp_path: Path,
    env: dict[str, str],
    launch: Callable[..., subprocess.Popen[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", env["XDG_RUNTIME_DIR"])
    home = tmp_path / "home"  # a new profile: the window opens without asking anything
    first = launch(home, "--show", "")
    wait_ready(home, env, first)
    result = second_launch(home, env, "--show", "git")
    assert result == {"status": 0, "qt": [], "heavy": []}
    state = wait_ready(home, env, first)
    assert state["visible"] is True and state["search"] == "git"
    assert first.poll() is None  # the first instance lives on; no second one was started


def test_two_profiles_run_side_by_side(
    tmp_path: Path,
    env: dict[str, str],
    launch: Callable[..., subprocess.Popen[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", env["XDG_RUNTIME_DIR"])
    one, two = tmp_path / "one", tmp_path / "two"
    first, other = launch(one), launch(two)
    wait_ready(one, env, first)
    wait_ready(two, env, other)
    assert second_launch(two, env, "--show", "vpn")["status"] == 0
    assert wait_ready(two, env, other)["search"] == "vpn"
    assert wait_ready(one, env, first)["search"] == ""  # the other profile was never reached
    assert first.poll() is None and other.poll() is None


def test_a_crashed_instance_leaves_a_socket_the_next_launch_replaces(
    tmp_path: Path,
    env: dict[str, str],
    launch: Callable[..., subprocess.Popen[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", env["XDG_RUNTIME_DIR"])
    home = tmp_path / "home"
    crashed = launch(home)
    wait_ready(home, env, crashed)
    crashed.kill()  # SIGKILL: no clean-up at all
    crashed.communicate(timeout=30)
    assert instance.endpoint(home, "default").address.exists()
    fresh = launch(home, "--show", "steam")
    assert wait_ready(home, env, fresh)["search"] == "steam"


def test_an_invalid_policy_gives_the_socket_up_before_its_dialog(
    tmp_path: Path,
    env: dict[str, str],
    launch: Callable[..., subprocess.Popen[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The socket is claimed before the policy is read (a second launch hands over sooner);
    a start stopped by an invalid policy must not leave it to a process that answers nothing
    while its dialog is open."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", env["XDG_RUNTIME_DIR"])
    home = tmp_path / "home"
    bad = tmp_path / "policy.json"
    bad.write_text(json.dumps({"kiosk": "yes"}), encoding="utf-8")
    stopped = launch(home, "--policy", str(bad))
    assert stopped.stderr is not None
    said = stopped.stderr.readline()  # written once the policy was refused, before the dialog
    assert said.startswith("keydesk: the policy cannot be applied")
    assert stopped.poll() is None  # the dialog is open
    assert not instance.endpoint(home, "default").address.exists()
