"""A data folder of the one-vault layout (kept in tests/data/legacy_home, written by Keydesk
before profiles) becomes the profile "default" without loss, also when the migration is killed
after any one of its steps."""

from __future__ import annotations

import filecmp
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.profile_migration import LEGACY_FILES, legacy_files, migrate_legacy
from desktop.core.profiles import ProfileStore
from desktop.core.vault import open_vault

LEGACY = Path(__file__).resolve().parent.parent / "data" / "legacy_home"
PASSPHRASE = "legacy layout passphrase"
MOVED = ["vault.kdv", "vault.kdv.bak", "admin.json", "backups.json"]
KILLER = """
import os, signal, sys
from pathlib import Path
from desktop.core.profile_migration import migrate_legacy

def step(name):
    if name == sys.argv[2]:
        os.kill(os.getpid(), signal.SIGKILL)

migrate_legacy(Path(sys.argv[1]), after_step=step)
"""


def copy_of_legacy(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    shutil.copytree(LEGACY, home, ignore=shutil.ignore_patterns("README.md"))
    return home


def accounts_in(path: Path) -> list[tuple[str, str, bytes]]:
    vault = open_vault(path, passphrase=PASSPHRASE)
    return [(a.issuer, a.name, a.secret) for a in vault.accounts]


def assert_fully_migrated(home: Path) -> None:
    profile = ProfileStore(home).find("default")
    for name in MOVED:
        assert filecmp.cmp(LEGACY / name, profile.folder / name, shallow=False), name
        assert not (home / name).exists(), f"{name} was left in the data folder"
    for backup in (LEGACY / "backups").iterdir():
        copy = profile.folder / "backups" / backup.name
        assert filecmp.cmp(backup, copy, shallow=False), backup.name
    assert not (home / "backups").exists()
    assert filecmp.cmp(LEGACY / "settings.ini", home / "settings.ini", shallow=False)
    assert legacy_files(home) == []
    assert [(i, n) for i, n, _ in accounts_in(profile.vault_path)] == [
        ("Chat2Desk", "operator@example.com"),
        ("GitHub", "octo"),
    ]


def test_the_fixture_is_the_old_layout() -> None:
    assert {path.name for path in legacy_files(LEGACY)} == {*MOVED, "backups"}
    assert set(MOVED) <= set(LEGACY_FILES)
    assert len(list((LEGACY / "backups").iterdir())) == 1


def test_the_old_layout_migrates_without_loss(tmp_path: Path) -> None:
    home = copy_of_legacy(tmp_path)
    before = accounts_in(home / "vault.kdv")
    profile = migrate_legacy(home)
    assert profile is not None and (profile.id, profile.name) == ("default", "default")
    assert_fully_migrated(home)
    assert accounts_in(profile.vault_path) == before
    assert migrate_legacy(home) is None  # nothing left to do


def test_an_old_file_that_differs_is_kept(tmp_path: Path) -> None:
    home = copy_of_legacy(tmp_path)
    migrate_legacy(home)
    (home / "admin.json").write_text('{"server_url": "written by an old Keydesk"}')
    migrate_legacy(home)
    assert (home / "admin.json").exists()  # never overwritten, never deleted
    assert filecmp.cmp(LEGACY / "admin.json", home / "profiles/default/admin.json", shallow=False)


def steps_of_a_clean_run(tmp_path: Path) -> list[str]:
    steps: list[str] = []
    migrate_legacy(copy_of_legacy(tmp_path / "probe"), after_step=steps.append)
    return steps


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_migration_killed_after_any_step_loses_nothing(tmp_path: Path) -> None:
    steps = steps_of_a_clean_run(tmp_path)
    assert "installed" in steps and len(steps) >= 2 * len(MOVED) + 2
    for index, step in enumerate(steps):
        home = copy_of_legacy(tmp_path / str(index))
        killed = subprocess.run(
            [sys.executable, "-c", KILLER, str(home), step], check=False, timeout=60
        )
        assert killed.returncode == -signal.SIGKILL, step
        # Right after the crash the accounts are readable where this Keydesk looks first.
        profile_vault = home / "profiles" / "default" / "vault.kdv"
        readable = profile_vault if profile_vault.exists() else home / "vault.kdv"
        assert len(accounts_in(readable)) == 2, step
        migrate_legacy(home)  # the next start finishes the job
        assert_fully_migrated(home)
        assert not (home / "profiles" / ".migrating-default").exists()
