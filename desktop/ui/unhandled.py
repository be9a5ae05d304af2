"""An exception no code caught in the running app (in a slot, a timer, a paint).

PySide6 prints it and the event loop goes on; for an app started from a menu that means nobody
learns of it. Keydesk also writes where it happened to ``keydesk.log`` (the exception's type and
the innermost frames, never its message, which can carry what was typed) and says so in the
window, at most once a minute.
"""

from __future__ import annotations

import logging
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

log = logging.getLogger("keydesk.ui")
CONTEXT = "Unhandled"

#: How many of the innermost frames the log names.
FRAMES = 4
#: The shortest time between two notices (one failure can repeat on every paint).
NOTICE_EVERY_S = 60.0

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def where(trace: TracebackType | None) -> str:
    """``desktop/ui/brand.py:27 in load ← desktop/ui/window_completion.py:123 in …``: file
    (from the package folder on), line and function, innermost first."""
    frames = traceback.extract_tb(trace)[-FRAMES:]
    return " ← ".join(
        f"{_short(frame.filename)}:{frame.lineno} in {frame.name}" for frame in reversed(frames)
    )


def _short(filename: str) -> str:
    parts = Path(filename).parts
    for root in ("desktop", "tests"):
        if root in parts:
            return "/".join(parts[len(parts) - 1 - parts[::-1].index(root) :])
    return Path(filename).name


class UnhandledReporter:
    """Installed as ``sys.excepthook`` in front of the one already there (which still runs:
    the traceback on stderr, the self-check's failure, pytest-qt's capture)."""

    def __init__(
        self, notify: Callable[[str], None], clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._notify = notify
        self._clock = clock
        self._last_notice: float | None = None
        self._previous: Hook = sys.excepthook

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.report

    def report(
        self, kind: type[BaseException], value: BaseException, trace: TracebackType | None
    ) -> None:
        self._previous(kind, value, trace)
        log.error("unhandled %s at %s", kind.__name__, where(trace))
        now = self._clock()
        if self._last_notice is None or now - self._last_notice >= NOTICE_EVERY_S:
            self._last_notice = now
            self._notify(kind.__name__)


def tell_in_window(window: object, home: Path, kind: str) -> None:
    """The notice, in a main window that is complete; elsewhere (a kiosk, a window still being
    built) the log alone says it."""
    from PySide6.QtCore import QCoreApplication

    from desktop.core.profile import log_path
    from desktop.ui.main_window import MainWindow

    if not (isinstance(window, MainWindow) and window.completed):
        return
    text = QCoreApplication.translate(
        CONTEXT, "Something went wrong (%1). Keydesk keeps running; the details are in %2."
    )
    window.notice.show_message(text.replace("%1", kind).replace("%2", str(log_path(home))), 12)
