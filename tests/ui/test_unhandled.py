"""An exception no code caught in the running app: logged (where, never what) and told once."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest

from desktop.ui.unhandled import NOTICE_EVERY_S, UnhandledReporter, where
from tests.ui.fault_injection import FAULT, command_with_fault


def _failure() -> tuple[type[BaseException], BaseException, TracebackType | None]:
    try:
        {"known": 1}["secret-typed-text"]
    except KeyError:
        return sys.exc_info()  # type: ignore[return-value]
    raise AssertionError("no exception")


def test_where_names_files_lines_and_functions_never_the_message() -> None:
    _kind, _value, trace = _failure()
    said = where(trace)
    assert said.startswith("tests/ui/test_unhandled.py:") and "in _failure" in said
    assert "secret" not in said


def test_the_reporter_logs_chains_and_tells_at_most_once_a_minute(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    before: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, *_rest: before.append(kind.__name__))
    now = [100.0]
    reporter = UnhandledReporter(told.append, clock=lambda: now[0])
    reporter.install()
    assert sys.excepthook == reporter.report
    sys.excepthook(*_failure())
    sys.excepthook(*_failure())  # the same failure on the next paint: logged, not told again
    now[0] += NOTICE_EVERY_S
    sys.excepthook(*_failure())
    assert before == ["KeyError"] * 3  # the hook that was there still runs (stderr, pytest-qt)
    assert told == ["KeyError", "KeyError"]
    lines = [r.getMessage() for r in caplog.records if r.name == "keydesk.ui"]
    assert len(lines) == 3 and all(
        line.startswith("unhandled KeyError at tests/") for line in lines
    )
    assert not any("secret" in line for line in lines)


def test_the_running_app_logs_an_error_in_a_slot_and_keeps_running(
    home: Path, tmp_path: Path
) -> None:
    """A bug in the clock tick (a timer's slot): the app (not the self-check) goes on, and
    keydesk.log says where it failed, without the exception's message."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(runtime)}
    app = subprocess.Popen(
        command_with_fault("desktop.ui.ticker:Ticker._fire", "--home", str(home)),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    log = home / "keydesk.log"
    try:
        deadline = time.monotonic() + 60  # a safety net: the log line decides
        while "unhandled" not in (log.read_text("utf-8") if log.exists() else ""):
            assert app.poll() is None, app.communicate()
            assert time.monotonic() < deadline, "no unhandled error was logged"
            time.sleep(0.05)
        assert app.poll() is None  # still running
    finally:
        app.terminate()
        _out, err = app.communicate(timeout=30)
    line = next(x for x in log.read_text("utf-8").splitlines() if "unhandled" in x)
    assert "ERROR keydesk.ui: unhandled RuntimeError at <string>:" in line  # where it raised
    assert FAULT in err  # the traceback, with its message, on stderr only
    assert "injected fault" not in log.read_text("utf-8")


def test_the_window_says_so_once_complete(open_window: Any) -> None:
    from desktop.ui.unhandled import tell_in_window

    window = open_window()
    tell_in_window(window, Path("/data"), "KeyError")
    assert window.notice.isVisible()
    assert window.notice.text == (
        "Something went wrong (KeyError). Keydesk keeps running; the details are in "
        "/data/keydesk.log."
    )
    tell_in_window(object(), Path("/data"), "KeyError")  # not a main window: the log only
