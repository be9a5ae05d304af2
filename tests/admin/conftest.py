"""Fixtures for the admin tests: the real server over HTTP on loopback, profiles, engines."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.admin.api import ApiClient
from desktop.admin.edits import Editor
from desktop.admin.store import Store
from desktop.admin.sync import Backoff, SyncEngine
from tests.admin.serverproc import ServerProcess


@pytest.fixture(scope="session")
def shared_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One server for tests that tolerate each other's settings."""
    server = ServerProcess(tmp_path_factory.mktemp("server")).start()
    yield server
    server.stop()


@pytest.fixture
def fresh_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A server of one's own (for tests that compare the whole state)."""
    server = ServerProcess(tmp_path_factory.mktemp("server")).start()
    yield server
    server.stop()


class Profile:
    """One admin's desktop profile: its replica/outbox and an editor on it."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.store = Store.in_home(home)
        self.editor = Editor(self.store)

    def engine(self, client: ApiClient, **options: object) -> SyncEngine:
        backoff = Backoff(base=0.01, cap=0.2)
        return SyncEngine(self.store, client, backoff=backoff, **options)  # type: ignore[arg-type]


@pytest.fixture
def profile_factory(tmp_path: Path) -> Callable[[str], Profile]:
    def make(name: str) -> Profile:
        return Profile(tmp_path / name)

    return make
