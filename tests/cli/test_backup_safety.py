"""No command may destroy the last copy of a vault (issue: `add` overwrote the only backup).

With ``vault.kdv`` gone and ``vault.kdv.bak`` holding the accounts, every command that would
create a vault refuses and says how to restore; ``restore-backup`` puts it back and keeps a copy
of whatever it replaces.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import Keydesk
from tests.cli.test_cli import URI

FOUR = [f"otpauth://totp/Shop{n}:op{n}?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ{n}" for n in "2345"]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Made once (each command derives a key): a vault of five whose .bak holds the first four."""
    home = tmp_path_factory.mktemp("seeded")
    secret = home / "passphrase.txt"
    secret.write_text("a long test passphrase\n")
    env = {**os.environ, "KEYDESK_HOME": str(home), "KEYDESK_PASSPHRASE_FILE": str(secret)}
    uris = "\n".join([*FOUR, URI])
    steps = ["init --no-keyring", *[f"add {uri}" for uri in uris.splitlines()]]
    for step in steps:
        done = subprocess.run(
            [sys.executable, "-m", "desktop", *step.split(" ")],
            env=env, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    secret.unlink()
    return home


@pytest.fixture
def folder(home: Path) -> Path:
    """The profile folder the commands use (the data folder's only profile)."""
    from desktop.core.profiles import ProfileStore

    return ProfileStore(home).create_default().folder


@pytest.fixture
def vault_with_four_and_a_backup(
    seeded: Path, folder: Path, passphrase_file: Path
) -> dict[str, str]:
    for file in (seeded / "profiles" / "default").glob("vault.kdv*"):
        shutil.copy2(file, folder / file.name)
    return {"KEYDESK_PASSPHRASE_FILE": str(passphrase_file)}


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name.startswith("vault")}


@pytest.mark.parametrize(
    "command", [["add", URI], ["init", "--no-keyring"], ["list"], ["code", "x"]]
)
def test_nothing_is_created_over_a_lone_backup(
    keydesk: Keydesk, vault_with_four_and_a_backup: dict[str, str], folder: Path, command: list[str]
) -> None:
    env = vault_with_four_and_a_backup
    (folder / "vault.kdv").unlink()
    before = files_of(folder)

    done = keydesk(*command, env=env)

    assert done.returncode == 3, done.stderr
    assert "vault.kdv.bak" in done.stderr and "keydesk restore-backup" in done.stderr
    assert "Traceback" not in done.stderr
    assert files_of(folder) == before  # not a byte changed, no new vault


def test_a_second_add_cannot_overwrite_the_backup(
    keydesk: Keydesk, vault_with_four_and_a_backup: dict[str, str], folder: Path
) -> None:
    # The reported sequence: list (exit 3), add (used to create a vault), add (overwrote .bak).
    env = vault_with_four_and_a_backup
    (folder / "vault.kdv").unlink()
    backup = (folder / "vault.kdv.bak").read_bytes()
    for _ in range(2):
        assert keydesk("add", URI, env=env).returncode == 3
    assert (folder / "vault.kdv.bak").read_bytes() == backup


def test_restore_backup_brings_the_accounts_back(
    keydesk: Keydesk, vault_with_four_and_a_backup: dict[str, str], folder: Path
) -> None:
    env = vault_with_four_and_a_backup
    (folder / "vault.kdv").unlink()

    done = keydesk("restore-backup", env=env)

    assert done.returncode == 0, done.stderr
    listed = json.loads(keydesk("list", "--json", env=env).stdout)
    assert sorted(a["issuer"] for a in listed) == ["Shop2", "Shop3", "Shop4", "Shop5"]
    assert (folder / "vault.kdv.bak").exists()  # the backup it came from stays


def test_restore_keeps_a_copy_of_the_file_it_replaces(
    keydesk: Keydesk, vault_with_four_and_a_backup: dict[str, str], folder: Path
) -> None:
    env = vault_with_four_and_a_backup
    damaged = b'{"format": "keydesk-vault", "vers'
    (folder / "vault.kdv").write_bytes(damaged)
    listing = keydesk("list", env=env)
    assert listing.returncode == 1 and "keydesk restore-backup" in listing.stderr

    assert keydesk("restore-backup", env=env).returncode == 0
    kept = [p for p in folder.iterdir() if p.name.startswith("vault.kdv.replaced-")]
    assert [p.read_bytes() for p in kept] == [damaged]
    assert len(json.loads(keydesk("list", "--json", env=env).stdout)) == 4


def test_an_interrupted_write_is_not_overwritten_either(
    keydesk: Keydesk, vault_with_four_and_a_backup: dict[str, str], folder: Path
) -> None:
    env = vault_with_four_and_a_backup
    vault = folder / "vault.kdv"
    # A crash between the temp file's fsync and its rename, with the vault and .bak lost.
    os.replace(vault, folder / ".tmp-vault.kdv8q2x_k")
    (folder / "vault.kdv.bak").unlink()

    added = keydesk("add", URI, env=env)
    assert added.returncode == 3 and ".tmp-vault.kdv8q2x_k" in added.stderr
    assert not vault.exists()

    assert keydesk("restore-backup", env=env).returncode == 0
    assert len(json.loads(keydesk("list", "--json", env=env).stdout)) == 5


def test_restore_with_nothing_to_restore_says_so(keydesk: Keydesk, folder: Path) -> None:
    done = keydesk("restore-backup")
    assert done.returncode == 3 and "no readable backup" in done.stderr


def test_init_refuses_to_overwrite_a_vault(
    keydesk: Keydesk, vault_with_four_and_a_backup: dict[str, str], folder: Path
) -> None:
    env = vault_with_four_and_a_backup
    before = files_of(folder)
    done = keydesk("init", "--no-keyring", env=env)
    assert done.returncode == 2 and "already exists" in done.stderr
    assert files_of(folder) == before


def test_a_folder_where_the_vault_should_be_is_a_clear_error(
    keydesk: Keydesk, passphrase_file: Path, folder: Path
) -> None:
    (folder / "vault.kdv").mkdir(parents=True)
    env = {"KEYDESK_PASSPHRASE_FILE": str(passphrase_file)}
    for command in (["list"], ["add", URI], ["init", "--no-keyring"]):
        done = keydesk(*command, env=env)
        assert done.returncode in (1, 2), done.stderr
        assert "Traceback" not in done.stderr and "vault.kdv" in done.stderr
