"""Fixtures for the admin tests: the real server over HTTP on loopback, profiles, engines."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop.admin.api import ApiClient
from desktop.admin.edits import Editor
from desktop.admin.store import Store
from desktop.admin.sync import Backoff, SyncEngine
from tests.admin.serverproc import ServerProcess


@contextmanager
def running_server() -> Iterator[ServerProcess]:
    """A server whose database lives in memory-backed /dev/shm when there is one (fsync there
    is cheap, so the tests spend their time in the code under test)."""
    shm = Path("/dev/shm")
    workdir = Path(tempfile.mkdtemp(prefix="keydesk-srv-", dir=shm if shm.is_dir() else None))
    server = ServerProcess(workdir).start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def shared_server() -> Iterator[ServerProcess]:
    """One server for tests that tolerate each other's settings."""
    with running_server() as server:
        yield server


@pytest.fixture(scope="module")
def module_server() -> Iterator[ServerProcess]:
    """One server per test module."""
    with running_server() as server:
        yield server


@pytest.fixture
def fresh_server() -> Iterator[ServerProcess]:
    """A server of one's own (for tests that compare the whole state)."""
    with running_server() as server:
        yield server


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
