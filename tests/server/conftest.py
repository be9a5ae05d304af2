"""Fixtures: the real server over HTTP on loopback, on SQLite and on PostgreSQL, with SMTP."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from server.app import create_app
from server.clock import ManualClock
from server.config import ServerConfig
from server.context import Services
from server.db.migrations import insert_defaults
from server.db.schema import metadata, schema_version
from server.mail import SmtpMailer
from server.security.passwords import Passwords
from server.seed import Credential, create_user
from tests.server.client import Api
from tests.server.infra import Inbox, pg_binaries, postgres_cluster, smtp_server, uvicorn_thread

START = datetime(2030, 1, 1, 9, 0, 5, tzinfo=UTC)
PROXY = "127.0.0.2"
SECRET_KEY = bytes(range(32))  # a fixed test key: tests open sealed values with it
PEOPLE = [
    ("admin", "admin"),
    ("super1", "supervisor"),
    ("oper1", "operator"),
    ("oper2", "operator"),
    ("support", "support"),
]


@dataclass
class Backend:
    name: str
    base: str
    services: Services
    clock: ManualClock


@pytest.fixture(scope="session")
def smtp() -> Iterator[tuple[Inbox, int]]:
    with smtp_server() as pair:
        yield pair


@pytest.fixture(scope="session")
def passwords() -> Passwords:
    return Passwords()


@pytest.fixture(scope="session")
def password_hashes(passwords: Passwords) -> dict[str, str]:
    return {login: passwords.hash(f"pw-{login}-secret") for login, _role in PEOPLE}


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    if pg_binaries() is None:
        pytest.skip(
            "PostgreSQL binaries not found under /usr/lib/postgresql (apt install postgresql)"
        )
    with postgres_cluster() as url:
        yield url


def _db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    if request.param == "postgresql":
        return str(request.getfixturevalue("postgres_url"))
    return f"sqlite:///{Path(tmp_path_factory.mktemp('sqlite')) / 'server.db'}"


@pytest.fixture(
    scope="session",
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def backend(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    smtp: tuple[Inbox, int],
    passwords: Passwords,
) -> Iterator[Backend]:
    clock = ManualClock(START)
    config = ServerConfig(
        db_url=_db_url(request, tmp_path_factory),
        trusted_proxies=(ipaddress.ip_network(f"{PROXY}/32"),),
        secret_key=SECRET_KEY,
    )
    app = create_app(
        config, mailer=SmtpMailer("127.0.0.1", smtp[1]), clock=clock, passwords=passwords
    )
    with uvicorn_thread(app) as base:
        yield Backend(request.param, base, app.state.services, clock)
    app.state.services.engine.dispose()


def reset_database(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        for table in reversed(metadata.sorted_tables):
            if table is not schema_version:
                conn.execute(table.delete())
        insert_defaults(conn)


@pytest.fixture
def api(
    backend: Backend, smtp: tuple[Inbox, int], password_hashes: dict[str, str]
) -> Iterator[Api]:
    """A clean company on a running server; the clock stands still until a test moves it."""
    reset_database(backend.services.engine)
    backend.clock.set(START)
    inbox = smtp[0]
    inbox.clear()
    people: dict[str, Credential] = {}
    for login, role in PEOPLE:
        people[login] = create_user(
            backend.services,
            login,
            f"pw-{login}-secret",
            role,
            name=login.title(),
            password_hash=password_hashes[login],
        )
    client = Api(backend.base, inbox, backend.clock, people)
    yield client
    client.close()
