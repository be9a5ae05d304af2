"""Automatic backups: N versions kept, a full disk mid-write harms nothing, restore in one save."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from desktop.core import backups
from desktop.core.backups import BackupSettings, install, list_backups, restore
from desktop.core.errors import BackupFailed, InvalidInput
from desktop.core.otp import Account
from desktop.core.policy import Policy
from desktop.core.vault import Vault, create_vault, open_vault, vault_path
from tests.support import fast_kdf

PASSPHRASE = "backup test"


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    created = create_vault(vault_path(tmp_path), passphrase=PASSPHRASE, kdf=fast_kdf())
    return open_vault(created.path, passphrase=PASSPHRASE)


def _add(vault: Vault, n: int) -> None:
    vault.add(Account(secret=bytes([n]) * 16, issuer=f"Service {n}", name="me"))
    vault.save()


def test_every_save_leaves_a_backup_and_n_are_kept(vault: Vault, tmp_path: Path) -> None:
    backups.save_settings(tmp_path, BackupSettings(keep=3))
    failures: list[BackupFailed] = []
    install(vault, tmp_path, failures.append)
    for n in range(5):
        _add(vault, n)
    versions = list_backups(vault, tmp_path)
    assert [v.accounts for v in versions] == [5, 4, 3]
    assert versions[0].created > versions[1].created > versions[2].created
    assert versions[0].path.read_bytes() == vault.path.read_bytes()
    assert all(v.path.parent == tmp_path / "backups" for v in versions)
    assert failures == []


def test_a_full_disk_during_a_backup_harms_nothing_and_is_reported(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    failures: list[BackupFailed] = []
    install(vault, tmp_path, failures.append)
    _add(vault, 1)
    _add(vault, 2)
    folder = tmp_path / "backups"
    older = {p.name: p.read_bytes() for p in folder.iterdir()}
    real_write = os.write

    def fills_up(fd: int, data: memoryview | bytes) -> int:
        # Half of the first chunk reaches the disk, then the disk is full.
        if len(data) > 16:
            return real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backups.os, "write", fills_up)
    _add(vault, 3)
    monkeypatch.undo()
    assert len(failures) == 1 and "No space left on device" in failures[0].message
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == older  # no partial file either
    reopened = open_vault(vault.path, passphrase=PASSPHRASE)
    assert [a.issuer for a in reopened.accounts] == ["Service 1", "Service 2", "Service 3"]


def test_restore_replaces_the_accounts_in_one_save(vault: Vault, tmp_path: Path) -> None:
    failures: list[BackupFailed] = []
    install(vault, tmp_path, failures.append)
    for n in range(3):
        _add(vault, n)
    oldest = list_backups(vault, tmp_path)[-1]
    assert oldest.accounts == 1
    assert restore(vault, oldest, Policy()) == 1
    reopened = open_vault(vault.path, passphrase=PASSPHRASE)
    assert [a.issuer for a in reopened.accounts] == ["Service 0"]
    assert list_backups(vault, tmp_path)[0].accounts == 1  # the restore is backed up too
    assert failures == []


def test_a_backup_of_another_vault_is_listed_but_not_restorable(
    vault: Vault, tmp_path: Path
) -> None:
    install(vault, tmp_path, lambda exc: None)
    _add(vault, 1)
    other = create_vault(tmp_path / "other" / "vault.kdv", passphrase="x", kdf=fast_kdf())
    stranger = tmp_path / "backups" / "keydesk-backup-20200101T000000000000Z.kdv"
    stranger.write_bytes(other.path.read_bytes())
    versions = list_backups(vault, tmp_path)
    assert versions[-1].path == stranger and versions[-1].accounts is None
    assert "another vault" in versions[-1].problem


def test_settings_round_trip_and_bad_values(tmp_path: Path) -> None:
    assert backups.load_settings(tmp_path) == BackupSettings()
    backups.change_settings(tmp_path, keep=4, folder=tmp_path / "elsewhere")
    assert backups.load_settings(tmp_path) == BackupSettings(True, tmp_path / "elsewhere", 4)
    with pytest.raises(InvalidInput):
        backups.change_settings(tmp_path, keep=0)
    assert backups.load_settings(tmp_path).keep == 4


def test_a_clock_that_went_back_never_costs_the_newest_backup(vault: Vault, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    settings = BackupSettings(keep=2)
    later, earlier = datetime(2030, 1, 1, tzinfo=UTC), datetime(2020, 1, 1, tzinfo=UTC)
    backups.write_backup(b"first", tmp_path, settings, later)
    backups.write_backup(b"second", tmp_path, settings, later)
    newest = backups.write_backup(b"third", tmp_path, settings, earlier)
    files = sorted((tmp_path / "backups").iterdir(), reverse=True)
    assert [p.read_bytes() for p in files] == [b"third", b"second"]
    assert files[0] == newest
