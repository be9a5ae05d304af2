"""The real reference server in a subprocess on a free loopback port, with a mail folder."""

from __future__ import annotations

import email
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import requests

from desktop.admin.api import ApiClient, ClientOptions
from desktop.admin.login import finish_login, start_login

REPO = Path(__file__).resolve().parents[2]
SERVER_BIN = REPO / ".venv" / "bin" / "keydesk-server"
DEMO_LINE = re.compile(r"^\s+(\S+)\s+(\S+)\s+(\S+)\s*$")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _command() -> list[str]:
    if SERVER_BIN.exists():
        return [str(SERVER_BIN)]
    return [sys.executable, "-m", "server"]


class ServerProcess:
    """``keydesk-server --demo`` on a SQLite file; survives kill/restart (same db and port)."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.db = workdir / "server.db"
        self.mail_dir = workdir / "mail"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.passwords: dict[str, str] = {}
        self.proc: subprocess.Popen[str] | None = None
        self._log = workdir / "server.log"

    def start(self) -> ServerProcess:
        first = not self.db.exists()
        with self._log.open("a") as log:
            self._spawn(first, log)
        if first:
            self._read_demo_logins()
        self.wait_ready()
        if first:
            self.add_user("admin2", "admin")
        return self

    def _spawn(self, first: bool, log: IO[str]) -> None:
        self.proc = subprocess.Popen(
            [*_command(), "--db", str(self.db), "--mail-dir", str(self.mail_dir),
             "--port", str(self.port), "--demo", "--log-level", "warning"],
            stdout=log, stderr=log, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )  # fmt: skip

    def _read_demo_logins(self) -> None:
        deadline = time.monotonic() + 30
        while "listening on" not in self._log.read_text() and time.monotonic() < deadline:
            time.sleep(0.05)
        for line in self._log.read_text().splitlines():
            match = DEMO_LINE.match(line)
            if match and match.group(3) in {"admin", "supervisor", "operator", "support"}:
                self.passwords[match.group(1)] = match.group(2)

    def add_user(self, login: str, role: str) -> None:
        done = subprocess.run(
            [*_command(), "--db", str(self.db), "--mail-dir", str(self.mail_dir),
             "--add-user", login, "--role", role],
            capture_output=True, text=True, timeout=60, check=True,
        )  # fmt: skip
        self.passwords[login] = done.stdout.rsplit("password:", 1)[1].strip()

    def wait_ready(self, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                requests.get(f"{self.url}/v1/permissions/catalog", timeout=0.5)
                return
            except requests.RequestException:
                time.sleep(0.05)
        raise RuntimeError(f"server did not start: {self._log.read_text()[-2000:]}")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=10)
        self.proc = None

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()
        self.proc = None

    # --- e-mail and login -----------------------------------------------------------------

    def email_code(self, login: str, newer_than: set[str]) -> str:
        address = f"{login}@example.com"
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            for path in sorted(self.mail_dir.glob("*.eml"), reverse=True):
                if path.name in newer_than:
                    continue
                message = email.message_from_bytes(path.read_bytes())
                if message["To"] == address:
                    body = message.get_payload(decode=True)
                    assert isinstance(body, bytes)
                    found = re.search(r"\b(\d{6})\b", body.decode())
                    if found:
                        return found.group(1)
            time.sleep(0.05)
        raise AssertionError(f"no e-mail code for {login}")

    def mails(self) -> set[str]:
        return {p.name for p in self.mail_dir.glob("*.eml")} if self.mail_dir.exists() else set()

    def login(self, login: str = "admin", url: str | None = None, **options: object) -> ApiClient:
        """A client with a fresh token (e-mail code read from the mail folder)."""
        client = ApiClient(url or self.url, options=ClientOptions(**options))  # type: ignore[arg-type]
        seen = self.mails()
        challenge = start_login(client, login, self.passwords[login])
        assert challenge.method == "email", challenge
        finish_login(client, challenge, self.email_code(login, seen))
        return client
