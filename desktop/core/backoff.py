"""Failed unlocks back off: 1, 2, 4, 8, 16, then 30 s between attempts, per profile, on disk.

The count and the time of the last failure live in ``unlock-state.json`` in the profile's
folder, so quitting and restarting Keydesk does not reset them. The clock is the wall clock
(``time.time()``, passed in as ``now``): the wait must survive a restart. A clock set back
cannot shorten a wait below what was left; a damaged file counts as the longest wait, so
damaging it gains nothing. (Deleting the file does reset it: the file is the operator's, and
the passphrase's Argon2 cost still bounds guessing.)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

STATE_FILENAME = "unlock-state.json"
MAX_DELAY_S = 30.0
#: Failures at which the delay reaches MAX_DELAY_S (1, 2, 4, 8, 16, 30).
MAX_STEP = 6


def delay_after(failures: int) -> float:
    """The wait after ``failures`` failed unlocks in a row: 0, 1, 2, 4, 8, 16, 30, 30 … s."""
    if failures <= 0:
        return 0.0
    return min(float(2 ** (failures - 1)), MAX_DELAY_S)


@dataclass(frozen=True)
class BackoffState:
    failures: int = 0
    last_failure: float = 0.0

    def wait(self, now: float) -> float:
        """Seconds before the next attempt is allowed (0: now)."""
        delay = delay_after(self.failures)
        return min(delay, max(0.0, self.last_failure + delay - now))


class UnlockBackoff:
    """The failed-unlock record of one profile folder."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / STATE_FILENAME

    def state(self) -> BackoffState:
        try:
            data = json.loads(self.path.read_bytes())
            return BackoffState(int(data["failures"]), float(data["last_failure"]))
        except FileNotFoundError:
            return BackoffState()
        except (OSError, ValueError, TypeError, KeyError):
            return BackoffState(MAX_STEP, self._mtime())

    def wait(self, now: float) -> float:
        return self.state().wait(now)

    def record_failure(self, now: float) -> BackoffState:
        state = BackoffState(self.state().failures + 1, now)
        self._write(state)
        return state

    def reset(self) -> None:
        if self.path.exists():
            self._write(BackoffState())

    def _write(self, state: BackoffState) -> None:
        from desktop.core.atomic import write_atomic

        data = {"failures": state.failures, "last_failure": state.last_failure}
        write_atomic(self.path, json.dumps(data).encode("ascii"))

    def _mtime(self) -> float:
        try:
            return self.path.stat().st_mtime
        except OSError:
            return 0.0
