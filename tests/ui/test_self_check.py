"""`keydesk --self-check` in a subprocess: starts the GUI, unlocks, paints, prints JSON, exits 0."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.keyring_store import SystemKeyring
from desktop.core.vault import create_vault, vault_path
from tests.cli.test_cli_keyring import require_secret_service
from tests.support import MemoryKeyStore, fast_kdf
from tests.ui.conftest import sample_accounts
from tests.ui.fault_injection import FAULT, run_with_fault

REPO = Path(__file__).resolve().parents[2]


def _self_check(home: Path, **env: str) -> tuple[int, dict[str, object]]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--home", str(home), "--self-check"],
        capture_output=True,
        text=True,
        timeout=60,
        env=environment,
        check=False,
    )
    return done.returncode, json.loads(done.stdout.strip().splitlines()[-1])


def _passphrase_profile(home: Path, tmp_path: Path) -> Path:
    """Sample accounts behind a keyring slot the subprocess cannot reach (its key is in this
    process's memory) and a passphrase slot; returns the file the passphrase is read from."""
    vault = create_vault(vault_path(home), keystore=MemoryKeyStore())
    vault.add_passphrase_slot("correct horse battery", kdf=fast_kdf())
    for account in sample_accounts():
        vault.add(account)
    vault.save()
    secret_file = tmp_path / "passphrase"
    secret_file.write_text("correct horse battery\n", encoding="utf-8")
    return secret_file


def test_self_check_on_a_new_profile(home: Path) -> None:
    status, report = _self_check(home)
    assert status == 0
    assert report["accounts"] == 0
    assert isinstance(report["startup_ms"], float)


def test_self_check_unlocks_and_paints_the_codes(home: Path, tmp_path: Path) -> None:
    # The keyring slot cannot be reached: the app falls back to the passphrase, from the file.
    secret_file = _passphrase_profile(home, tmp_path)
    status, report = _self_check(home, KEYDESK_PASSPHRASE_FILE=str(secret_file))
    assert status == 0, report
    assert report["accounts"] == 5
    assert isinstance(report["painted"], int) and report["painted"] >= 5


@pytest.mark.keyring
def test_self_check_unlocks_through_the_secret_service(home: Path) -> None:
    # The real keyring path: on Linux a forked child asks the Secret Service for the key and
    # sends the opened vault back over a pipe; nothing but the report reaches stdout.
    require_secret_service()
    vault = create_vault(vault_path(home), keystore=SystemKeyring())
    for account in sample_accounts():
        vault.add(account)
    vault.save()
    status, report = _self_check(home, KEYDESK_PASSPHRASE_FILE="")
    assert status == 0, report
    assert report["accounts"] == 5
    assert isinstance(report["painted"], int) and report["painted"] >= 5


def test_self_check_without_the_passphrase_exits_locked(home: Path) -> None:
    vault = create_vault(vault_path(home), keystore=MemoryKeyStore())
    vault.add_passphrase_slot("correct horse battery", kdf=fast_kdf())
    status, report = _self_check(home, KEYDESK_PASSPHRASE_FILE="")
    assert status == 3
    assert "passphrase" in str(report["error"])


def test_unlock_knows_the_vault_file_name() -> None:
    from desktop.core import vault
    from desktop.ui import unlock

    assert unlock.VAULT_FILENAME == vault.VAULT_FILENAME


def test_an_exception_during_the_self_check_ends_it_with_status_1(
    home: Path, tmp_path: Path
) -> None:
    """A bug while the window is completed after its first frame (in a timer's slot): the run
    used to print the traceback and never exit."""
    secret_file = _passphrase_profile(home, tmp_path)
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KEYDESK_PASSPHRASE_FILE": str(secret_file),
    }
    done = run_with_fault(
        "desktop.ui.window_completion:load_issuer_icons",
        *("--home", str(home), "--self-check"),
        env=environment,
    )
    assert done.returncode == 1
    assert "Traceback" in done.stderr
    assert f"keydesk: the self-check failed: {FAULT}" in done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["error"] == FAULT


def test_a_damaged_icon_set_leaves_the_letters(home: Path, tmp_path: Path) -> None:
    """A broken install's icon store (or a missing wheel) must not stop Keydesk."""
    import shutil

    secret_file = _passphrase_profile(home, tmp_path)
    resources = tmp_path / "resources"
    shutil.copytree(REPO / "resources", resources, ignore=shutil.ignore_patterns("*.bin"))
    (resources / "simple-icons.bin").write_bytes(b"not a store")
    status, report = _self_check(
        home, KEYDESK_RESOURCES=str(resources), KEYDESK_PASSPHRASE_FILE=str(secret_file)
    )
    assert status == 0, report
    assert isinstance(report["painted"], int) and report["painted"] >= 5
    # A new profile completes its window while it is built (the empty state's buttons): that
    # one used to end with the traceback.
    status, report = _self_check(tmp_path / "new", KEYDESK_RESOURCES=str(resources))
    assert status == 0, report


#: Runs the GUI as ``python -m desktop`` does, then says (at exit, after the window was
#: completed and painted) which costly PySide6 classes were built and whether the dialog-button
#: module was imported.
_PROBE = """
import atexit, json, sys
def report():
    from PySide6 import QtWidgets
    built = [name for name in ("QStyle", "QMessageBox") if name in QtWidgets.__dict__]
    sys.stderr.write("PROBE " + json.dumps([built, "desktop.ui.buttons" in sys.modules]) + "\\n")
atexit.register(report)
from desktop.cli import main
sys.argv = ["keydesk", *sys.argv[1:]]
main()
"""


def test_the_start_up_builds_no_style_or_dialog_classes(home: Path, tmp_path: Path) -> None:
    """QStyle's Python enums (4 ms) were built because an application-wide event filter made
    PySide6 wrap the style when it got an event; the delete confirmation's imports built
    QMessageBox's and QStyle's. Neither is needed to show the codes and complete the window."""
    secret_file = _passphrase_profile(home, tmp_path)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KEYDESK_PASSPHRASE_FILE": str(secret_file),
    }
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, "--home", str(home), "--self-check"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1])["painted"] >= 5
    probe = next(line for line in done.stderr.splitlines() if line.startswith("PROBE "))
    built, buttons_imported = json.loads(probe.removeprefix("PROBE "))
    assert "QStyle" not in built and not buttons_imported
