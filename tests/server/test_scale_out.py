"""Two server processes on two ports, one PostgreSQL: every rule holds across them — the login
throttle, Idempotency-Key replays, ETags and the support-access expiry."""

from __future__ import annotations

import email
import os
import re
import socket
import subprocess
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from server import cli
from server.app import create_app
from server.config import ServerConfig
from server.mail import DirMailer
from server.seed import create_user
from server.worker import listening_socket
from tests.admin.serverproc import _command
from tests.server.conftest import START
from tests.server.infra import free_port

pytestmark = pytest.mark.postgres
KEY = "ab" * 32


@dataclass
class Cluster:
    urls: list[str]
    mail: Path
    clock: Path
    passwords: dict[str, str]
    db: str = ""
    key_file: Path = Path()

    def set_clock(self, epoch: float) -> None:
        temporary = self.clock.with_suffix(".tmp")
        temporary.write_text(repr(epoch))
        temporary.replace(self.clock)

    def code(self, login: str, seen: set[str]) -> str:
        for _ in range(400):  # the mail is written before the answer; this only guards a race
            for path in sorted(self.mail.glob("*.eml"), reverse=True):
                message = email.message_from_bytes(path.read_bytes())
                if path.name not in seen and message["To"] == f"{login}@example.com":
                    return re.findall(r"code: (\d{6})", str(message["Subject"]))[0]
            threading.Event().wait(0.025)
        raise AssertionError(f"no code for {login}")

    def login(self, client: httpx.Client, login: str) -> str:
        seen = {p.name for p in self.mail.glob("*.eml")}
        body = {"login": login, "password": self.passwords[login]}
        challenge = client.post("/v1/auth/login", json=body)
        assert challenge.status_code == 200, challenge.text
        verify = {"challenge_id": challenge.json()["data"]["id"], "code": self.code(login, seen)}
        answer = client.post("/v1/auth/verify", json=verify)
        assert answer.status_code == 200, answer.text
        return str(answer.json()["data"]["token"])


def _database(postgres_url: str) -> str:
    name = f"scale_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return postgres_url.rsplit("/", 1)[0] + f"/{name}"


def _ready(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    for _ in range(600):
        if proc.poll() is not None:
            raise AssertionError(f"server exited: {log.read_text()[-2000:]}")
        try:
            httpx.get(f"{url}/v1/account", timeout=1)  # any answer (401) means it serves
            return
        except httpx.TransportError:
            threading.Event().wait(0.05)
    raise AssertionError(f"server did not start: {log.read_text()[-2000:]}")


@pytest.fixture(scope="module")
def cluster(postgres_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    work = tmp_path_factory.mktemp("scale")
    db = _database(postgres_url)
    key_file, clock = work / "secret.key", work / "clock"
    key_file.write_text(KEY)
    found = Cluster([], work / "mail", clock, {}, db, key_file)
    found.set_clock(START.timestamp())
    app = create_app(
        ServerConfig(db_url=db, secret_key=bytes.fromhex(KEY)), mailer=DirMailer(found.mail)
    )
    for login, role in [("admin", "admin"), ("oper1", "operator"), ("support", "support")]:
        found.passwords[login] = f"pw-{login}-scale"
        create_user(app.state.services, login, found.passwords[login], role)
    app.state.services.engine.dispose()
    procs = []
    for index in range(2):
        port, log = free_port(), work / f"server{index}.log"
        command = [*_command(), "--db", db, "--secret-key-file", str(key_file),
                   "--mail-dir", str(found.mail), "--port", str(port), "--fake-clock",
                   str(clock), "--log-level", "warning"]  # fmt: skip
        with log.open("wb") as out:
            procs.append(subprocess.Popen(command, stdout=out, stderr=out, env=dict(os.environ)))
        found.urls.append(f"http://127.0.0.1:{port}")
        _ready(found.urls[-1], procs[-1], log)
    try:
        yield found
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=30)


def _clients(cluster: Cluster) -> list[httpx.Client]:
    return [httpx.Client(base_url=url, timeout=60) for url in cluster.urls]


def test_the_throttle_counts_across_both_processes(cluster: Cluster) -> None:
    gate = threading.Barrier(24)
    statuses: list[int] = []

    def guess(index: int) -> None:
        with httpx.Client(base_url=cluster.urls[index % 2], timeout=60) as client:
            gate.wait()
            body = {"login": "oper1", "password": f"wrong-{index}"}
            statuses.append(client.post("/v1/auth/login", json=body).status_code)

    threads = [threading.Thread(target=guess, args=(i,)) for i in range(24)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [401] * 5 + [429] * 19
    for client in _clients(cluster):
        with client:
            body = {"login": "oper1", "password": cluster.passwords["oper1"]}
            assert client.post("/v1/auth/login", json=body).status_code == 429


def test_idempotency_and_etags_across_processes(cluster: Cluster) -> None:
    first, second = _clients(cluster)
    with first, second:
        token = {"Authorization": cluster.login(first, "admin")}
        entry = {"kind": "cidr", "value": "192.0.2.0/24", "name": "office"}
        headers = {**token, "If-Match": "*", "Idempotency-Key": "scale-key-1"}
        made = first.put("/v1/security/ip_allowlist/entries/office", json=entry, headers=headers)
        assert made.status_code == 201, made.text
        replay = second.put("/v1/security/ip_allowlist/entries/office", json=entry, headers=headers)
        assert replay.status_code == 201
        assert replay.headers["Idempotent-Replayed"] == "true"
        assert replay.json() == made.json()
        old = second.get("/v1/security/two_factor", headers=token).headers["ETag"]
        patch = {**token, "If-Match": old, "Idempotency-Key": "scale-key-2"}
        moved = first.patch("/v1/security/two_factor", json={"grace_hours": 10}, headers=patch)
        assert moved.status_code == 200
        stale = {**token, "If-Match": old, "Idempotency-Key": "scale-key-3"}
        refused = second.patch("/v1/security/two_factor", json={"grace_hours": 5}, headers=stale)
        assert refused.status_code == 412
        assert refused.headers["ETag"] == moved.headers["ETag"]
        assert refused.json()["data"]["grace_hours"] == 10


def test_support_access_expires_once_for_both(cluster: Cluster) -> None:
    first, second = _clients(cluster)
    with first, second:
        token = {"Authorization": cluster.login(first, "admin")}
        grant = {"enabled": True, "hours": 1, "reason": "widget", "ticket_ref": "S-1"}
        headers = {**token, "If-Match": "*", "Idempotency-Key": "scale-grant"}
        assert (
            first.put("/v1/security/support_access", json=grant, headers=headers).status_code == 200
        )
        support = {"Authorization": cluster.login(second, "support")}
        assert first.get("/v1/security", headers=support).status_code == 200
        cluster.set_clock(START.timestamp() + 3601)  # both processes read this clock
        for client in (second, first):
            late = client.get("/v1/security", headers=support)
            assert late.status_code == 403 and late.json()["code"] == "support_access_inactive"
        token = {"Authorization": cluster.login(second, "admin")}
        events = second.get("/v1/audit_events?action=support_access.expired", headers=token)
        assert events.json()["meta"]["total"] == 1
        cluster.set_clock(START.timestamp())


def test_workers_serve_one_database(cluster: Cluster, tmp_path: Path) -> None:
    """`--workers 2`: the same rules, one port, two processes."""
    port = free_port()
    db = cluster.db
    command = [*_command(), "--db", db, "--secret-key-file", str(cluster.key_file),
               "--mail-dir", str(cluster.mail), "--port", str(port), "--workers", "2",
               "--fake-clock", str(cluster.clock), "--log-level", "warning"]  # fmt: skip
    log = tmp_path / "workers.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=out, env=dict(os.environ))
    try:
        url = f"http://127.0.0.1:{port}"
        _ready(url, proc, log)
        with httpx.Client(base_url=url, timeout=60) as client:
            token = {"Authorization": cluster.login(client, "admin")}
            for _ in range(10):
                assert client.get("/v1/security/two_factor", headers=token).status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert proc.returncode is not None


def test_worker_connections_do_not_wait_for_delayed_acks() -> None:
    """The workers' socket passes TCP_NODELAY to accepted connections (uvicorn's own socket
    did not, and every keep-alive answer waited ~40 ms)."""
    listener = listening_socket("127.0.0.1", 0)
    listener.listen(1)
    with socket.create_connection(listener.getsockname()[:2]):
        accepted, _peer = listener.accept()
        with accepted:
            assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 1
    listener.close()


def test_workers_need_postgresql(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    argv = ["--db", str(tmp_path / "x.db"), "--mail-dir", str(tmp_path), "--workers", "2"]
    assert cli.main(argv) == 2
    assert "needs PostgreSQL" in capsys.readouterr().err
