"""The keydesk-server command line: transport rules, mail options, the OpenAPI dump."""

from __future__ import annotations

import email
import json
from pathlib import Path

import pytest

from server import cli
from server.mail import DirMailer, compose, parse_smtp


@pytest.mark.parametrize(
    ("args", "refused"),
    [
        (["--host", "127.0.0.1"], False),
        (["--host", "::1"], False),
        (["--host", "localhost"], False),
        (["--host", "0.0.0.0"], True),
        (["--host", "192.0.2.1"], True),
        (["--host", "0.0.0.0", "--allow-insecure-http"], False),
        (["--host", "0.0.0.0", "--tls-cert", "c.pem", "--tls-key", "k.pem"], False),
        (["--tls-cert", "c.pem"], True),
    ],
)
def test_plain_http_only_on_loopback(args: list[str], refused: bool) -> None:
    parsed = cli.build_parser().parse_args(args)
    assert (cli.check_transport(parsed) is not None) is refused


def test_main_refuses_public_plain_http(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--host", "0.0.0.0", "--mail-dir", "x"]) == 2
    assert "refusing plain HTTP" in capsys.readouterr().err


def test_main_needs_a_mail_route(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([]) == 2
    assert "--smtp" in capsys.readouterr().err


def test_smtp_option_parsing() -> None:
    assert parse_smtp("mail.example.com:2525") == ("mail.example.com", 2525)
    assert parse_smtp("[::1]:25") == ("::1", 25)
    for bad in ("nohost", ":25", "host:port"):
        with pytest.raises(ValueError):
            parse_smtp(bad)


def test_mail_dir_writes_eml_files(tmp_path: Path) -> None:
    mailer = DirMailer(tmp_path / "mail")
    mailer.send(compose("a@example.com", "b@example.com", "Keydesk code: 123456", "body"))
    files = list((tmp_path / "mail").glob("*.eml"))
    assert len(files) == 1
    assert email.message_from_bytes(files[0].read_bytes())["To"] == "b@example.com"


def test_dump_openapi(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "spec.json"
    assert cli.main(["--dump-openapi", str(target)]) == 0
    spec = json.loads(target.read_text())
    assert spec["info"]["title"] == "Keydesk security API"
    assert "/v1/auth/login" in spec["paths"]
    capsys.readouterr()
