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
