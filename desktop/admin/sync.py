"""The sync engine (DESIGN §6): pull the server's state into the replica, push the outbox in
order, merge on 412, retry network errors and 5xx with backoff under the same Idempotency-Key.

Nothing here sleeps or reads the clock directly: both are injected."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.admin import errors, settle
from desktop.admin.api import ApiClient
from desktop.admin.model import OPEN, OutboxItem, Status
from desktop.admin.pull import pull
from desktop.admin.push import Plan, Request, plan
from desktop.admin.settle import Outcome
from desktop.admin.store import Store

#: A re-confirmation lets held edits go out for this long.
CONFIRM_WINDOW = 5 * 60.0  # as long as the server honours a step-up (server/weakening.py)
#: A 429's Retry-After is waited at least this long (a server saying 0 forever must not spin).
RATE_LIMIT_FLOOR = 1.0
#: How many 429s one sync run waits out before it stops and says when to try again.
RATE_LIMIT_WAITS = 4
STATE_KEY = "sync_state"


@dataclass(frozen=True)
class Backoff:
    base: float = 0.5
    cap: float = 30.0
    jitter: bool = True

    def delay(self, attempt: int) -> float:
        value = min(self.cap, self.base * (2 ** max(0, attempt - 1)))
        return float(value * random.uniform(0.5, 1.0) if self.jitter else value)


@dataclass
class SyncReport:
    pushed: int = 0
    merged: int = 0
    already: int = 0
    conflicts: int = 0
    rejected: int = 0
    held: int = 0
    retries: int = 0
    remaining: int = 0
    offline: bool = False
    auth_required: bool = False
    #: The server answered, but not as the API promises (or with a 5xx): edits are kept.
    server_error: bool = False
    #: The server limits requests: try again at this time (the clock's epoch seconds).
    retry_at: float | None = None
    message: str = ""
    rejections: list[str] = field(default_factory=list)
    #: The same refusals as (resource, error), for the UI to word in the user's language.
    refusals: list[tuple[str, Exception]] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.offline or self.auth_required or self.message) and self.remaining == 0

    @property
    def rate_limited(self) -> bool:
        return self.retry_at is not None


class SyncEngine:
    def __init__(
        self,
        store: Store,
        client: ApiClient,
        *,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        backoff: Backoff | None = None,
        max_attempts: int = 8,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> None:
        self.store = store
        self.client = client
        self.clock = clock
        self.sleep = sleep
        self.backoff = backoff or Backoff()
        self.max_attempts = max_attempts
        self.should_stop = should_stop
        self._rate_waits = 0

    def sync(self) -> SyncReport:
        """Pull, push everything that may go, pull again; never raises for network trouble."""
        report = SyncReport()
        self._rate_waits = 0
        try:
            pull(self.store, self.client, self.clock())
            self.push(report)
            if report.pushed or report.merged or report.already:
                pull(self.store, self.client, self.clock())
        except errors.AuthRequired as exc:
            report.auth_required, report.message = True, exc.message
        except errors.RateLimited as exc:
            wait = max(RATE_LIMIT_FLOOR, exc.retry_after)
            report.retry_at = self.clock() + wait
            report.message = f"the server limits requests; try again in {wait:.0f} s"
        except errors.MalformedAnswer as exc:
            report.server_error, report.message = True, exc.message
        except (errors.Offline, errors.ServerError) as exc:
            report.offline, report.message = True, exc.message
        except errors.AdminError as exc:
            report.message = exc.message
        report.remaining = len(self.store.items(OPEN))
        self._record(report)
        return report

    def push(self, report: SyncReport) -> None:
        """Push open items in order. A held, conflicting or stuck item blocks later items of
        its area (they were made on top of it); other areas go on."""
        blocked: set[str] = set()
        after = 0
        while batch := self.store.items(OPEN, after_seq=after, limit=200):
            for queued in batch:
                after = queued.seq
                if self.should_stop():
                    return
                item = self.store.item(queued.id)
                if item is None or item.status not in OPEN or item.area in blocked:
                    continue
                if not (self._may_push(item, report) and self._push_item(item, report)):
                    blocked.add(item.area)

    def _may_push(self, item: OutboxItem, report: SyncReport) -> bool:
        if item.status is not Status.PENDING:
            return False
        if not item.weakening or item.request is not None:
            return True
        confirmed = item.confirmed_at is not None and (
            0 <= self.clock() - item.confirmed_at <= CONFIRM_WINDOW
        )
        if not confirmed:
            self.store.update_item(item.id, status=Status.HELD, confirmed_at=None)
            report.held += 1
        return confirmed

    def _push_item(self, item: OutboxItem, report: SyncReport) -> bool:
        """True when the item is settled (done or rejected) and its area may go on."""
        for _round in range(6):
            step = self._request(item, report)
            if isinstance(step, Outcome):
                return step is Outcome.SETTLED
            outcome = self._send(item, step, report)
            if outcome is not Outcome.STALE:
                return outcome is Outcome.SETTLED
            item = self.store.item(item.id) or item
        self.store.update_item(item.id, last_error="the resource kept changing; will retry")
        return False

    def _request(self, item: OutboxItem, report: SyncReport) -> Request | Outcome:
        """The request to (re)send, or the outcome of settling the item without sending."""
        if item.request is not None:
            return Request(**item.request)
        decided: Plan = plan(item, self.store)
        if decided.request is None:
            return settle.without_sending(self.store, self.client, item, decided, report)
        if item.base_etag and decided.request.if_match not in (item.base_etag, "*"):
            report.merged += 1  # the server moved on since the edit: merged with its version
        self.store.update_item(item.id, request=decided.request.__dict__)
        return decided.request

    def _send(self, item: OutboxItem, request: Request, report: SyncReport) -> Outcome:
        attempt = item.attempts
        while True:
            try:
                answer = self.client.write(
                    request.method, request.path, request.body,
                    if_match=request.if_match, key=item.id, retry=False,
                )  # fmt: skip
            except errors.MalformedAnswer as exc:
                # Not a passing fault: stop the run, keep the item (and its key) for later.
                self.store.update_item(item.id, last_error=exc.message)
                raise
            except (errors.Offline, errors.ServerError) as exc:
                attempt += 1
                report.retries += 1
                self.store.update_item(item.id, attempts=attempt, last_error=exc.message)
                if attempt >= self.max_attempts or self.should_stop():
                    raise
                self.sleep(self.backoff.delay(attempt))
                continue
            except errors.RateLimited as exc:
                self._wait_out(exc)
                continue
            except errors.AdminError as exc:
                return settle.after_error(self.store, self.client, item, exc, report)
            settle.success(self.store, item, answer.data)
            report.pushed += 1
            return Outcome.SETTLED

    def _wait_out(self, limited: errors.RateLimited) -> None:
        """Wait as the server asks (at least the floor, growing, capped), a bounded number of
        times per run; then, or when it asks for longer than the cap, stop the run."""
        self._rate_waits += 1
        longest = max(self.backoff.cap, RATE_LIMIT_FLOOR)
        if self._rate_waits > RATE_LIMIT_WAITS or limited.retry_after > longest:
            raise limited
        grown = max(limited.retry_after, self.backoff.delay(self._rate_waits))
        self.sleep(max(RATE_LIMIT_FLOOR, min(grown, longest)))

    def _record(self, report: SyncReport) -> None:
        state = dict(self.store.meta(STATE_KEY, {}) or {})
        state["online"] = not report.offline
        state["auth_required"] = report.auth_required
        state["last_error"] = report.message
        state["server_error"] = report.server_error
        state["retry_at"] = report.retry_at
        state["last_attempt"] = self.clock()
        if not report.offline and not report.auth_required:
            state["last_sync"] = self.clock()
        self.store.set_meta(STATE_KEY, state)


def confirm_held(store: Store, now: float) -> int:
    """After a fresh login: let the weakening edits go out (within :data:`CONFIRM_WINDOW`)."""
    waiting = [
        item
        for item in store.items((Status.HELD, Status.PENDING))
        if item.weakening and item.conflict is None
    ]
    with store.atomic():
        for item in waiting:
            store.update_item(item.id, status=Status.PENDING, confirmed_at=now)
    return len(waiting)
