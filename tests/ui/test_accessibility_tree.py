"""The accessibility tree as a screen reader reads it: Keydesk under Xvfb with Qt's AT-SPI
bridge, read from another process (Debian's python3-pyatspi) over the session's a11y bus."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.keyring_store import SystemKeyring
from desktop.core.vault import create_vault, vault_path
from tests.cli.test_cli_keyring import require_secret_service
from tests.ui.conftest import sample_accounts

SYSTEM_PYTHON = "/usr/bin/python3"
READER = Path(__file__).with_name("atspi_reader.py")
#: What a user operates; each must be announced with a name.
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "spin button",
    "slider",
    "list item",
    "table cell",
    "page tab",
    "menu item",
}
ROW = re.compile(r"^[^,]+, [^,]+, code [0-9A-Z]{2,4} ?[0-9A-Z]{2,4}(, \d+ seconds? left)?$")


def _why_not() -> str:
    if sys.platform != "linux":
        return "AT-SPI is Linux's accessibility bus"
    if shutil.which("xvfb-run") is None:
        return "xvfb-run is missing (apt: xvfb xauth)"
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session (run inside scripts/with-keyring.sh, as make test does)"
    probe = (
        subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False, timeout=30
        )
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        return "Debian's python3-pyatspi is missing (apt: python3-pyatspi at-spi2-core)"
    return ""


@pytest.fixture
def keydesk_under_xvfb(home: Path, tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    reason = _why_not()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the AT-SPI test: {reason}")
        pytest.skip(reason)
    require_secret_service()
    vault = create_vault(vault_path(home), keystore=SystemKeyring())
    for account in sample_accounts():
        vault.add(account)
    vault.save()
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "XDG_RUNTIME_DIR": str(runtime),
    }
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24"]
    process = subprocess.Popen(
        [*command, sys.executable, "-m", "desktop", "--home", str(home)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # xvfb-run, Xvfb and Keydesk: one group to end together
    )
    yield process
    os.killpg(process.pid, signal.SIGTERM)
    process.communicate(timeout=30)


def test_a_screen_reader_finds_every_control_named(
    keydesk_under_xvfb: subprocess.Popen[bytes],
) -> None:
    done = subprocess.run(
        [SYSTEM_PYTHON, str(READER), "Keydesk", "5", "60"],  # 60 s: a safety net only
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, (done.stdout[-2000:], done.stderr[-2000:])
    tree = json.loads(done.stdout)
    shown = [node for node in tree if node.get("showing")]
    assert any(n["role"] == "text" and n["name"] == "Search accounts" for n in shown)
    unnamed = [n for n in shown if n.get("role") in INTERACTIVE and not n["name"].strip()]
    assert unnamed == []
    rows = [n["name"] for n in tree if n.get("role") == "list item"]
    assert len(rows) == 5
    assert all(ROW.match(row) for row in rows), rows
