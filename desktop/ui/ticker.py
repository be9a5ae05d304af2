"""The one timer of the accounts list: fires just after each second boundary of the app clock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

from desktop.ui.timekeeper import Clock

_SLACK_MS = 4


def ms_to_next_second(now: float) -> int:
    return 1000 - int((now * 1000) % 1000) + _SLACK_MS


class Ticker(QObject):
    """Re-armed after every tick so it never drifts off the boundary; paused while hidden."""

    def __init__(self, clock: Clock, on_tick: Callable[[], object], parent: QObject | None = None):
        super().__init__(parent)
        self._clock = clock
        self._on_tick = on_tick
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._fire)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self._timer.start(ms_to_next_second(self._clock.now()))

    def stop(self) -> None:
        self._timer.stop()

    def _fire(self) -> None:
        self._on_tick()
        self.start()
