"""When to lock by itself: after so long without input. Pure logic; the clock is passed in.

The GUI feeds it every key press and mouse event it sees (``input_seen``) and asks, from a
single-shot timer, how long until it is due (``due_in``): no polling, no wake-ups while the
user is active beyond re-arming one timer.
"""

from __future__ import annotations

from enum import StrEnum


class LockReason(StrEnum):
    """Why the app locked: for the log, the usage record and the lock screen."""

    MANUAL = "manual"
    IDLE = "idle"
    SESSION_LOCKED = "session_locked"
    SLEEP = "sleep"
    MINIMISED = "minimised"
    SWITCH_PROFILE = "switch_profile"


class IdleTimer:
    """Idle time against a limit (seconds; 0 never expires), on a monotonic clock."""

    def __init__(self, limit_s: float, now: float) -> None:
        self.limit_s = max(0.0, limit_s)
        self.last_input = now

    def input_seen(self, now: float) -> None:
        self.last_input = max(self.last_input, now)

    def idle_for(self, now: float) -> float:
        return max(0.0, now - self.last_input)

    def due_in(self, now: float) -> float | None:
        """Seconds until the limit is reached (0: now); None when idle locking is off."""
        if self.limit_s <= 0:
            return None
        return max(0.0, self.limit_s - self.idle_for(now))

    def expired(self, now: float) -> bool:
        due = self.due_in(now)
        return due is not None and due <= 0
