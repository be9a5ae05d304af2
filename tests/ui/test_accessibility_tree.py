"""The accessibility tree as a screen reader reads it: Keydesk under Xvfb with Qt's AT-SPI
bridge, read from another process (Debian's python3-pyatspi) over the session's a11y bus.

One start of the app covers its main window, the admin console, the scan and import dialogs
(opened as their menus open them, by tests/ui/atspi_app.py) and then the quick pick, opened
from outside the way a desktop shortcut would: ``keydesk --quick-pick``."""

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
APP = Path(__file__).with_name("atspi_app.py")
WINDOWS = ["Keydesk", "Keydesk — Security settings", "Scan QR code", "Import accounts"]
QUICK_PICK = "Keydesk quick pick"
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
def keydesk_under_xvfb(home: Path, tmp_path: Path) -> Iterator[dict[str, str]]:
    """Keydesk and its other windows on a private X server; the environment to reach it."""
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
    to_import = tmp_path / "links.txt"
    to_import.write_text("otpauth://totp/ACME:me?secret=JBSWY3DPEHPK3PXP&issuer=ACME\n")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "XDG_RUNTIME_DIR": str(runtime),
        "KEYDESK_TEST_IMPORT": str(to_import),
    }
    command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24"]
    process = subprocess.Popen(
        [*command, sys.executable, str(APP), "--home", str(home)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # xvfb-run, Xvfb and Keydesk: one group to end together
    )
    yield {**env, "KEYDESK_HOME": str(home)}
    os.killpg(process.pid, signal.SIGTERM)
    process.communicate(timeout=30)


def read_tree(min_rows: int, *windows: str) -> list[dict[str, object]]:
    """The app's tree once it shows ``min_rows`` rows and ``windows`` (another process)."""
    done = subprocess.run(
        [SYSTEM_PYTHON, str(READER), "Keydesk", str(min_rows), "60", *windows],  # a safety net
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        last = json.loads(done.stdout).get("tree", [])
        tops = [(n["role"], n["name"], n["showing"]) for n in last if n["path"].count("/") == 1]
        pytest.fail(f"not seen: {windows}; top-level windows: {tops}; {done.stderr[-1000:]}")
    tree: list[dict[str, object]] = json.loads(done.stdout)
    return tree


def window_of(tree: list[dict[str, object]], name: str) -> list[dict[str, object]]:
    """The nodes of the showing top-level window called ``name``."""
    tops = [n for n in tree if str(n["path"]).count("/") == 1 and n.get("showing")]
    top = next(n for n in tops if n["name"] == name)
    prefix = f"{top['path']}/"
    return [top, *(n for n in tree if str(n["path"]).startswith(prefix))]


def unnamed(nodes: list[dict[str, object]]) -> list[dict[str, object]]:
    return [
        n
        for n in nodes
        if n.get("showing") and n.get("role") in INTERACTIVE and not str(n["name"]).strip()
    ]


def test_a_screen_reader_finds_every_control_named(keydesk_under_xvfb: dict[str, str]) -> None:
    tree = read_tree(5, *WINDOWS)
    main = window_of(tree, "Keydesk")
    assert any(n["role"] == "text" and n["name"] == "Search accounts" for n in main)
    rows = [str(n["name"]) for n in main if n.get("role") == "list item"]
    assert len(rows) == 5
    assert all(ROW.match(row) for row in rows), rows
    for name in WINDOWS:
        nodes = window_of(tree, name)
        assert unnamed(nodes) == [], (name, unnamed(nodes))
        assert any(n.get("role") in INTERACTIVE for n in nodes[1:]), name  # it was read inside
    # The quick pick, as the desktop shortcut opens it (through the running instance).
    subprocess.run(
        [sys.executable, "-m", "desktop", "--quick-pick"],
        env=keydesk_under_xvfb,
        check=True,
        timeout=60,
    )
    tree = read_tree(5, QUICK_PICK)
    popup = window_of(tree, QUICK_PICK)
    assert popup[0]["role"] == "dialog"  # announced as a window, not an anonymous panel
    assert any(n["role"] == "text" and n["name"] == "Search accounts" for n in popup)
    assert unnamed(popup) == []
    picks = [str(n["name"]) for n in popup if n.get("role") == "list item"]
    assert picks and all(ROW.match(row) for row in picks), picks
