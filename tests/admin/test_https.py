"""HTTPS end to end: the real server with a certificate from a test CA (trustme), the desktop
client trusting that CA through --ca-file, and clear errors for a wrong name or an unknown CA."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest
import requests
import trustme

from desktop.admin.errors import Offline
from desktop.admin.service import AdminService
from desktop.admin.session import TokenStore
from desktop.cli import main as keydesk
from tests.admin.serverproc import ServerProcess, _command


class HttpsServer(ServerProcess):
    """``keydesk-server --demo --tls-cert --tls-key`` on 127.0.0.1."""

    def __init__(self, workdir: Path, ca: trustme.CA) -> None:
        super().__init__(workdir)
        self.url = f"https://127.0.0.1:{self.port}"
        self.ca_file = workdir / "ca.pem"
        ca.cert_pem.write_to_path(str(self.ca_file))
        issued = ca.issue_cert("127.0.0.1")  # only the address: "localhost" is another name
        self.cert, self.key = workdir / "cert.pem", workdir / "key.pem"
        issued.private_key_pem.write_to_path(str(self.key))
        self.cert.write_bytes(b"".join(blob.bytes() for blob in issued.cert_chain_pems))

    def _spawn(self, first: bool, log: IO[str]) -> None:
        self.proc = subprocess.Popen(
            [*_command(), "--db", str(self.db), "--mail-dir", str(self.mail_dir),
             "--port", str(self.port), "--demo", "--log-level", "warning",
             "--tls-cert", str(self.cert), "--tls-key", str(self.key)],
            stdout=log, stderr=log, text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )  # fmt: skip

    def wait_ready(self, timeout: float = 20.0) -> None:
        with requests.Session() as session:
            for _ in range(int(timeout / 0.05)):
                try:
                    url = f"{self.url}/v1/permissions/catalog"
                    session.get(url, timeout=5, verify=str(self.ca_file))
                    return
                except requests.RequestException:
                    subprocess.run(["sleep", "0.05"], check=False)
        raise RuntimeError(f"the HTTPS server did not start: {self._log.read_text()[-1500:]}")


@pytest.fixture(scope="module")
def https_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HttpsServer]:
    server = HttpsServer(tmp_path_factory.mktemp("https"), trustme.CA())
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _begin(home: Path, server: HttpsServer, url: str, ca_file: Path) -> AdminService:
    service = AdminService(home, tokens=TokenStore(None))
    seen = server.mails()
    pending = service.begin_login(url, "admin", server.passwords["admin"], str(ca_file))
    service.finish_login(pending, server.email_code("admin", seen))
    return service


def test_login_and_sync_over_https_with_the_ca_file(
    https_server: HttpsServer, tmp_path: Path
) -> None:
    service = _begin(tmp_path / "ok", https_server, https_server.url, https_server.ca_file)
    assert service.sync().clean
    assert service.settings.ca_file == str(https_server.ca_file)
    assert service.client().get("/v1/account").data["login"] == "admin"


def test_a_wrong_host_name_is_refused_clearly(https_server: HttpsServer, tmp_path: Path) -> None:
    url = https_server.url.replace("127.0.0.1", "localhost")
    with pytest.raises(Offline, match="for another host name"):
        _begin(tmp_path / "name", https_server, url, https_server.ca_file)


def test_an_untrusted_ca_is_refused_clearly(https_server: HttpsServer, tmp_path: Path) -> None:
    other = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    with pytest.raises(Offline, match="not signed by a trusted CA"):
        _begin(tmp_path / "ca", https_server, https_server.url, other)


def test_the_cli_takes_ca_file(
    https_server: HttpsServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    password = tmp_path / "pw"
    password.write_text(https_server.passwords["admin"])
    home = tmp_path / "cli"
    argv = ["--home", str(home), "admin", "login", "--server", https_server.url, "--user", "admin",
            "--password-file", str(password)]  # fmt: skip
    other = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other))
    assert keydesk([*argv, "--ca-file", str(other), "--code", "000000"]) != 0
    assert "not signed by a trusted CA" in capsys.readouterr().err
