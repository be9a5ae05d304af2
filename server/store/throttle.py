"""Failure counting for logins and code checks, per account and per source address.

Every check *claims* its attempt before the expensive part (Argon2, code comparison): the claim
counts the attempt as a failure in one database transaction with the rows locked, so parallel
requests (threads, or server processes sharing PostgreSQL) can never get more checks through
than the schedule allows. A check that succeeds gives its claim back."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from server.db.schema import throttle
from server.security.netaddr import parse_address


@dataclass(frozen=True)
class Rule:
    """How one kind of key is slowed down.

    After the n-th failure in a row the next attempt waits ``delay(n)``: nothing while
    n < ``free``, then 1, 2, 4 … seconds up to ``cap``; from ``hard_limit`` failures on the key
    waits ``hard_wait``. A failure more than ``window`` seconds after the previous one starts
    a new count."""

    prefix: str
    free: int
    cap: float
    window: float
    hard_limit: int | None = None
    hard_wait: float = 0.0

    def delay(self, failures: int) -> float:
        if self.hard_limit is not None and failures >= self.hard_limit:
            return self.hard_wait
        if failures < self.free:
            return 0.0
        return float(min(self.cap, 2 ** (failures - self.free)))


#: NIST SP 800-63B §5.2.2: at most 100 consecutive failures per account.
ACCOUNT = Rule("account", free=5, cap=60.0, window=24 * 3600, hard_limit=100, hard_wait=24 * 3600)
#: Independent of accounts, so one address cannot hold many accounts back (or guess widely).
SOURCE = Rule("source", free=20, cap=60.0, window=3600)


def account_key(login: str) -> str:
    return f"{ACCOUNT.prefix}:{login.strip().lower()}"


def source_key(ip: str) -> str:
    """IPv6 callers are counted per /64 (one subscriber's usual allocation)."""
    try:
        address = parse_address(ip)
    except ValueError:
        return f"{SOURCE.prefix}:{ip}"
    if isinstance(address, ipaddress.IPv6Address):
        return f"{SOURCE.prefix}:{ipaddress.IPv6Network((address, 64), strict=False)}"
    return f"{SOURCE.prefix}:{address}"


@dataclass(frozen=True)
class Key:
    key: str
    rule: Rule


def keys_for(login: str | None, ip: str) -> list[Key]:
    found = [Key(source_key(ip), SOURCE)]
    if login is not None:
        found.append(Key(account_key(login), ACCOUNT))
    return found


def _ensure_rows(conn: sa.Connection, names: list[str]) -> None:
    rows = [
        {"key": n, "failures": 0, "locked_until": 0.0, "last_failure_at": 0.0}
        for n in sorted(names)  # the lock order of _locked_rows
    ]
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    conn.execute(dialect.insert(throttle).values(rows).on_conflict_do_nothing())


def _locked_rows(conn: sa.Connection, names: list[str]) -> dict[str, sa.RowMapping]:
    query = (
        sa.select(throttle)
        .where(throttle.c.key.in_(names))
        .order_by(throttle.c.key)  # one lock order for every caller: no deadlocks
        .with_for_update()
    )
    return {row["key"]: row for row in conn.execute(query).mappings()}


def claim(conn: sa.Connection, keys: list[Key], now: float) -> float:
    """Count this attempt as a failure on every key, or, when a key must still wait, claim
    nothing and return the longest wait in seconds (0 means the attempt may go ahead)."""
    names = [k.key for k in keys]
    _ensure_rows(conn, names)  # on SQLite this write also takes the database's write lock
    rows = _locked_rows(conn, names)
    wait = max(rows[k.key]["locked_until"] - now for k in keys)
    if wait > 0:
        return float(wait)
    for item in keys:
        row = rows[item.key]
        fresh = now - row["last_failure_at"] > item.rule.window
        failures = (0 if fresh else row["failures"]) + 1
        conn.execute(
            throttle.update()
            .where(throttle.c.key == item.key)
            .values(
                failures=failures,
                locked_until=_until(now, item.rule.delay(failures)),
                last_failure_at=now,
            )
        )
    return 0.0


def give_back(conn: sa.Connection, keys: list[Key]) -> None:
    """A claimed attempt succeeded: it is not a failure after all."""
    rows = _locked_rows(conn, [k.key for k in keys])
    for item in keys:
        row = rows.get(item.key)
        if row is None:
            continue
        failures = max(0, row["failures"] - 1)
        unlocked = _until(row["last_failure_at"], item.rule.delay(failures))
        conn.execute(
            throttle.update()
            .where(throttle.c.key == item.key)
            .values(failures=failures, locked_until=min(row["locked_until"], unlocked))
        )


def _until(moment: float, delay: float) -> float:
    """No delay is no lock at all (not "until now"): a clock stepped back must not hold anyone."""
    return moment + delay if delay > 0 else 0.0


def clear(conn: sa.Connection, key: str) -> None:
    conn.execute(throttle.delete().where(throttle.c.key == key))
