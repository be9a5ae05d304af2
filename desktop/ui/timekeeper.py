"""The app's notion of now: the system clock plus an accepted drift correction; injectable."""

from __future__ import annotations

import time
from collections.abc import Callable


class Clock:
    def __init__(self, source: Callable[[], float] = time.time) -> None:
        self._source = source
        self.offset = 0.0

    def now(self) -> float:
        return self._source() + self.offset

    def system_now(self) -> float:
        return self._source()
