"""Ending the GUI process quickly once everything that matters is written.

Tearing down the interpreter the usual way frees every Python object one by one (the PySide6
wrappers of thousands of enum members, the window's widgets, the 500-row model) and runs a full
garbage collection: 40-60 ms on the 2-core machine, spent after the window is gone and the user
has moved on, and skipped by nothing a user can see. Here the work with an effect outside the
process is done explicitly, in order, and then the process ends without freeing its memory
(the operating system takes it back at once):

1. background tasks on the global thread pool finish (a vault or usage-record write in progress
   completes; writes are atomic anyway);
2. ``threading``'s own shutdown: non-daemon threads are joined and ``concurrent.futures``
   workers stopped, exactly as interpreter shutdown does;
3. if this process still offers clipboard data, the QApplication is destroyed, so Qt hands
   it over to a clipboard manager as usual (X11, Windows); otherwise destroying it only waits
   for Qt's own threads and connections to wind down (about 20 ms here), and the windows,
   sockets and D-Bus connections are closed by the OS like those of any ended process;
4. ``atexit`` handlers run (logging flushes and closes its files, temporary folders go),
   except PySide6's, which would destroy every window and widget one by one;
5. standard output and error are flushed.

Settings need no step: :class:`desktop.ui.settings.Settings` syncs on every write.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading
from typing import NoReturn

from PySide6 import QtCore
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

#: How long quitting waits for background tasks (a keyring call, an HTTP request with its own
#: time-outs). Longer than any of them should take; a write cut short leaves the previous file.
TASKS_GRACE_MS = 15_000


def _holds_the_clipboard() -> bool:
    """Whether this process offers clipboard data that would vanish with it (Keydesk's own
    codes are cleared when the window closes; text copied from a field is not)."""
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData() if clipboard.ownsClipboard() else None
    return data is not None and any(data.data(kind).size() for kind in data.formats())


def end_process(app: QApplication, status: int) -> NoReturn:
    """Finish what has an outside effect, then exit with ``status`` without freeing memory."""
    QThreadPool.globalInstance().waitForDone(TASKS_GRACE_MS)
    shutdown_threads = getattr(threading, "_shutdown", None)
    if shutdown_threads is not None:
        shutdown_threads()  # what Py_Finalize calls first
    if _holds_the_clipboard():
        import shiboken6

        shiboken6.delete(app)  # Qt hands what was copied here to the clipboard manager
    # PySide6's own atexit handler would destroy the application and every window, widget by
    # widget (about 20 ms here), only for the process to end.
    pyside_shutdown = getattr(QtCore, "__moduleShutdown", None)
    if pyside_shutdown is not None:
        atexit.unregister(pyside_shutdown)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing can reach it
                stream.flush()
    os._exit(status)
