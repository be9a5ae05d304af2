"""Clocks. Every time-dependent rule reads the time from a clock object so tests can move it."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Anything that can tell the current UTC time."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real wall clock, in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """A clock that only moves when told to (tests, benchmarks)."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime.now(UTC)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += timedelta(seconds=seconds)

    def set(self, moment: datetime) -> None:
        with self._lock:
            self._now = moment


def to_epoch(moment: datetime) -> float:
    """Seconds since the epoch, the form timestamps take in the database."""
    return moment.timestamp()


def from_epoch(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


def iso(seconds: float | None) -> str | None:
    """An ISO 8601 UTC string for a stored timestamp (None stays None)."""
    if seconds is None:
        return None
    return from_epoch(seconds).isoformat().replace("+00:00", "Z")


class FileClock:
    """The time written in a file (epoch seconds), read on every call: lets a test move the
    clock of several server processes at once (``keydesk-server --fake-clock FILE``)."""

    def __init__(self, path: str) -> None:
        self.path = path

    def now(self) -> datetime:
        with open(self.path, encoding="ascii") as handle:
            return from_epoch(float(handle.read().strip()))
