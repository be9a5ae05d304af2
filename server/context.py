"""What every request handler can reach: database, clock, mailer, configuration."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import sqlalchemy as sa

from server.clock import Clock
from server.config import ServerConfig
from server.mail import Mailer
from server.security.passwords import Passwords
from server.security.sealing import SecretBox
from server.store.audit import Actor


@dataclass
class Services:
    config: ServerConfig
    engine: sa.Engine
    clock: Clock
    mailer: Mailer
    passwords: Passwords
    secrets: SecretBox
    lock: threading.RLock = field(default_factory=threading.RLock)

    def now(self) -> float:
        return self.clock.now().timestamp()

    @contextmanager
    def read(self) -> Iterator[sa.Connection]:
        """A connection for reading. On PostgreSQL it runs in autocommit: under READ COMMITTED
        each statement takes its own snapshot inside a transaction too, so BEGIN and ROLLBACK
        would only add two round trips to every read."""
        with self.engine.connect() as conn:
            if self.engine.dialect.name == "postgresql":
                conn.execution_options(isolation_level="AUTOCOMMIT")
            yield conn

    @contextmanager
    def write(self) -> Iterator[sa.Connection]:
        """One transaction: commits on success, rolls back on any exception.

        On PostgreSQL, writers meet at row locks (SELECT … FOR UPDATE on the area, entry, user,
        challenge or throttle row they change), as they must across server processes anyway;
        SQLite has one writer at a time, so this process's writers queue here instead of
        retrying on "database is locked"."""
        if self.engine.dialect.name == "postgresql":
            with self.engine.begin() as conn:
                yield conn
            return
        with self.lock, self.engine.begin() as conn:
            yield conn


@dataclass(frozen=True)
class Principal:
    """The authenticated caller of a request."""

    user_id: str
    login: str
    role: str
    ip: str
    token_hash: str
    enrollment_required: bool
    permissions: frozenset[str] = frozenset()
    #: When the token's holder last proved a second factor: its login or last reconfirmation.
    confirmed_at: float = 0.0

    @property
    def actor(self) -> Actor:
        return Actor(self.user_id, self.login, self.ip)

    @property
    def is_support(self) -> bool:
        return self.role == "support"

    def may(self, permission: str) -> bool:
        return permission in self.permissions
