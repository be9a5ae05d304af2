"""packaging/server/keydesk-server.service: systemd accepts it, and keydesk-server accepts its
command line (the recipe in docs/server.md)."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from server.cli import build_parser, check_transport

REPO = Path(__file__).resolve().parents[2]
UNIT = REPO / "packaging" / "server" / "keydesk-server.service"


def exec_start() -> list[str]:
    text = UNIT.read_text(encoding="utf-8").replace("\\\n", " ")
    (line,) = [line for line in text.splitlines() if line.startswith("ExecStart=")]
    return shlex.split(line.removeprefix("ExecStart="))


def test_the_command_line_is_one_keydesk_server_accepts() -> None:
    command = exec_start()
    assert command[0] == "/opt/keydesk-server/venv/bin/keydesk-server"
    arguments = [part.replace("%d", "/run/credentials/keydesk-server.service") for part in command]
    args = build_parser().parse_args(arguments[1:])
    assert check_transport(args) is None  # loopback behind the proxy: plain HTTP is allowed
    assert args.db.startswith("postgresql://") and args.workers > 1
    assert args.secret_key_file == Path("/run/credentials/keydesk-server.service/secret.key")


def test_systemd_verifies_the_unit(tmp_path: Path) -> None:
    verify = shutil.which("systemd-analyze")
    if verify is None:
        pytest.skip("systemd-analyze is not installed")
    # verify wants the program to exist: point it at this venv's keydesk-server.
    installed = Path(sys.executable).with_name("keydesk-server")
    unit = tmp_path / UNIT.name
    unit.write_text(
        UNIT.read_text(encoding="utf-8").replace(exec_start()[0], str(installed)),
        encoding="utf-8",
    )
    done = subprocess.run(
        [verify, "verify", str(unit)], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr
