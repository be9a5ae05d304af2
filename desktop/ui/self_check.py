"""``keydesk --self-check``: one line of JSON with the start-up's timings, and an end to the run
whatever happens.

A Python exception raised in a Qt slot, timer or paint is printed by PySide6 and the event loop
goes on, so a self-check whose start-up failed half-way used to wait forever (a packaging smoke
test or a benchmark then hangs). While the self-check runs, any such exception ends it: the
traceback, one line on stderr saying so, the report with ``error``, exit status 1. A watchdog
does the same if the report has not come after :data:`LIMIT_S`.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, QTimer

#: The longest a self-check may take before it is called failed (a cold start here is ~0.3 s).
LIMIT_S = 120
EXIT_FAILURE = 1


class SelfCheck(QObject):
    """Collects the figures and prints the report; ``quit`` ends the app with a status."""

    def __init__(
        self,
        parent: QObject,
        timeline: dict[str, float],
        age_ms: Callable[[], float],
        quit: Callable[[int], None],
    ) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.entered = timeline["entered"]
        self._age_ms = age_ms
        self._quit = quit
        self.first_frame_ms: float | None = None
        self.first_frame_clock: float | None = None
        self.finished = False

    def arm(self) -> None:
        """From here on an unhandled exception, or no report in time, fails the check."""
        previous = sys.excepthook

        def failed(
            kind: type[BaseException], value: BaseException, trace: TracebackType | None
        ) -> None:
            previous(kind, value, trace)
            self.fail(f"{kind.__name__}: {value}")

        sys.excepthook = failed
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(
            lambda: self.fail(f"no report within {LIMIT_S} s (start-up stalled)")
        )
        self._watchdog.start(LIMIT_S * 1000)

    def fail(self, reason: str) -> None:
        if self.finished:
            return
        sys.stderr.write(f"keydesk: the self-check failed: {reason}\n")
        self.finish(error=reason, status=EXIT_FAILURE)

    def first_frame(self) -> None:
        self.first_frame_ms = self._age_ms()
        self.first_frame_clock = time.monotonic()

    def finish(
        self, *, error: str = "", status: int = 0, accounts: int = 0, painted: int = 0
    ) -> None:
        if self.finished:
            return
        self.finished = True
        ready = self._age_ms()
        report: dict[str, object] = {
            # Process start to the codes on screen, and to the window fully set up.
            "startup_ms": round(self.first_frame_ms if self.first_frame_ms else ready, 1),
            "ready_ms": round(ready, 1),
            "accounts": accounts,
            "painted": painted,
            # time.monotonic() at the first frame: benchmarks time it from their own clock
            # (/proc's start time has a 10 ms resolution).
            "first_frame_monotonic": self.first_frame_clock,
            "timeline_ms": {
                name: round((stamp - self.entered) * 1000, 1)
                for name, stamp in self.timeline.items()
            },
        }
        if error:
            report["error"] = error
        print(json.dumps(report), flush=True)  # noqa: T201 - the self-check's output
        self._quit(status)
