"""Ending the GUI process (desktop.ui.app_exit): nothing with an outside effect is skipped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: A process that quits while a background task is still writing, with an atexit handler,
#: a non-daemon thread and unflushed output, then ends through end_process().
SCRIPT = """
import atexit, sys, threading, time
from pathlib import Path
from PySide6.QtCore import QRunnable, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from desktop.ui.app_exit import end_process

out = Path(sys.argv[1])
started = threading.Event()

class Slow(QRunnable):
    def run(self):
        started.set()
        time.sleep(0.3)
        (out / "task").write_text("done")

def late_thread():
    started.wait()
    time.sleep(0.2)
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
