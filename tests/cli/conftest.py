"""Run the real ``keydesk`` entry point in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Keydesk = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def keydesk(home: Path) -> Keydesk:
    def run(
        *args: str, stdin: str | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env={**os.environ, "KEYDESK_HOME": str(home), **(env or {})},
            timeout=60,
            check=False,
        )

    return run


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text("a long test passphrase\n")
    return path


@pytest.fixture
def cli(home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Keydesk:
    """``keydesk`` in this process (no interpreter start-up): same parser, same exit codes."""
    import logging

    from desktop.cli import main

    def run(
        *args: str, stdin: str | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        with monkeypatch.context() as scoped:
            for key, value in (env or {}).items():
                scoped.setenv(key, value)
            if stdin is not None:
                import io

                scoped.setattr("sys.stdin", io.StringIO(stdin))
            capsys.readouterr()
            status = main(list(args))
            out, err = capsys.readouterr()
        logger = logging.getLogger("keydesk")
        for handler in list(logger.handlers):  # the next call may use another data folder
            logger.removeHandler(handler)
            handler.close()
        return subprocess.CompletedProcess(list(args), status, out, err)

    return run
