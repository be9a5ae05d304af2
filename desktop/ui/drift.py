"""Checks the clock against the configured server at start and hourly, off the GUI thread."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.clock import CHECK_INTERVAL_S, DriftReading, measure_offset
from desktop.ui import settings as keys
from desktop.ui.settings import Settings
from desktop.ui.timekeeper import Clock
from desktop.ui.workers import run_async

log = logging.getLogger("keydesk.ui")


class DriftMonitor(QObject):
    #: The clock is off by more than the threshold: server minus local time, in seconds.
    driftDetected = Signal(float)

    def __init__(self, settings: Settings, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._clock = clock
        self.last: DriftReading | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_S * 1000)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._timer.start()
        self.check()

    def check(self) -> None:
        url = self._settings.get_str(keys.DRIFT_SERVER)
        if not url:
            return
        run_async(lambda: measure_offset(url, self._clock.system_now), self._measured, self._failed)

    def _measured(self, reading: DriftReading | None) -> None:
        # Offline (None) is normal: nothing to say.
        self.last = reading
        if reading is not None and reading.significant:
            self.driftDetected.emit(reading.offset)

    def _failed(self, exc: Exception) -> None:
        log.info("clock check skipped: %s", type(exc).__name__)
