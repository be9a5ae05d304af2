"""Ending the GUI process (desktop.ui.app_exit): nothing with an outside effect is skipped."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

#: A process that quits while a background task is still writing, with an atexit handler,
#: a non-daemon thread and unflushed output, then ends through end_process().
SCRIPT = """
import atexit, linecache, sys, threading, time
from pathlib import Path
from PySide6.QtCore import QRunnable, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from desktop.ui.app_exit import end_process

out = Path(sys.argv[1])
MAIN = threading.main_thread().ident

# Until the main thread is blocked in `call` inside `function` (observed, not timed): the work
# finishes only while quitting waits for it, so a quit that does not wait loses it.
def main_waits_in(function, call):
    while True:
        frame = sys._current_frames().get(MAIN)
        if frame is None:
            return
        if frame.f_code.co_name == function:
            line = linecache.getline(frame.f_code.co_filename, frame.f_lineno)
            if call in line:
                return
        time.sleep(0.001)

class Slow(QRunnable):
    def run(self):
        main_waits_in("end_process", "waitForDone")
        (out / "task").write_text("done")

def late_thread():
    main_waits_in("_shutdown", "")
    (out / "thread").write_text("done")

atexit.register(lambda: (out / "atexit").write_text("done"))
app = QApplication([])
QThreadPool.globalInstance().start(Slow())
threading.Thread(target=late_thread).start()
sys.stdout.write("buffered output")  # no newline, no flush
QTimer.singleShot(0, app.quit)
end_process(app, 7 if app.exec() == 0 else 1)
"""


def test_end_process_finishes_tasks_threads_atexit_and_output(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 7, done.stderr
    assert done.stdout == "buffered output"
    for name in ("task", "thread", "atexit"):
        assert (tmp_path / name).read_text() == "done", name


CLIPBOARD = """
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QGuiApplication
from desktop.ui.app_exit import _holds_the_clipboard
app = QApplication([])
clipboard = QGuiApplication.clipboard()
before = _holds_the_clipboard()
clipboard.setText("copied from a field")
copied = _holds_the_clipboard()
clipboard.clear()
print(before, copied, _holds_the_clipboard())
"""


def test_the_app_is_destroyed_only_to_hand_over_clipboard_data() -> None:
    """On a real X server: text this process offers would vanish with it, so the orderly
    destruction (Qt's hand-over to a clipboard manager) happens only then."""
    if shutil.which("xvfb-run") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must run this: install xvfb and xauth")
        pytest.skip("xvfb-run is missing (apt: xvfb xauth)")
    done = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c", CLIPBOARD],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "xcb"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "False"]
