"""Damage is told apart from a wrong passphrase; leftovers are never overwritten; odd files
give typed errors, not tracebacks or a full read."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core import crypto
from desktop.core.atomic import backup_path, write_new
from desktop.core.errors import (
    VaultCorrupt,
    VaultExists,
    VaultRecoverable,
    VaultTooLarge,
    WrongPassphrase,
)
from desktop.core.otp import Account
from desktop.core.recovery import restore_backup
from desktop.core.vault import create_vault, open_vault, read_slots
from desktop.core.vault_file import MAX_VAULT_BYTES
from tests.support import fast_kdf

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    vault = create_vault(tmp_path / "vault.kdv", passphrase=PASSPHRASE, kdf=fast_kdf())
    vault.add(Account(secret=b"0123456789", issuer="ACME", name="alice"))
    vault.save()
    vault.add(Account(secret=b"9876543210", issuer="Bank", name="bob"))
    vault.save()
    return vault.path


def edit(path: Path, change: object) -> None:
    envelope = json.loads(path.read_bytes())
    change(envelope)  # type: ignore[operator]
    path.write_text(json.dumps(envelope))


def test_a_changed_vault_id_is_damage_not_a_wrong_passphrase(path: Path) -> None:
    edit(path, lambda e: e.update(vault_id="0" * 36))
    with pytest.raises(VaultCorrupt, match="vault id or slots were changed") as caught:
        open_vault(path, passphrase=PASSPHRASE)
    assert not isinstance(caught.value, WrongPassphrase)


def test_a_changed_slot_is_damage_not_a_wrong_passphrase(path: Path) -> None:
    def flip_wrapped_key(envelope: dict) -> None:  # type: ignore[type-arg]
        key = bytearray(crypto.unb64(envelope["slots"][0]["key"]))
        key[0] ^= 1
        envelope["slots"][0]["key"] = crypto.b64(bytes(key))

    edit(path, flip_wrapped_key)
    with pytest.raises(VaultCorrupt, match="vault id or slots were changed"):
        open_vault(path, passphrase="whatever the user types")


def test_a_slot_of_the_wrong_shape_is_damage(path: Path) -> None:
    edit(path, lambda e: e["slots"][0].update(nonce=crypto.b64(b"short")))
    with pytest.raises(VaultCorrupt, match="header is incomplete"):
        read_slots(path)


def test_a_wrong_passphrase_is_still_a_wrong_passphrase(path: Path) -> None:
    with pytest.raises(WrongPassphrase):
        open_vault(path, passphrase="not it")


def test_a_vault_without_the_header_check_still_opens(path: Path) -> None:
    edit(path, lambda e: e.pop("header_sha256"))  # written by an earlier Keydesk
    assert len(open_vault(path, passphrase=PASSPHRASE).accounts) == 2


def test_a_folder_in_the_vaults_place_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "vault.kdv"
    folder.mkdir()
    with pytest.raises(VaultCorrupt, match="is a folder"):
        open_vault(folder, passphrase=PASSPHRASE)
    with pytest.raises(VaultExists):
        create_vault(folder, passphrase=PASSPHRASE, kdf=fast_kdf())


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    huge = tmp_path / "vault.kdv"
    with open(huge, "wb") as handle:  # sparse: 200 MiB on paper, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    assert huge.stat().st_size > MAX_VAULT_BYTES
    with pytest.raises(VaultTooLarge, match="200 MiB"):
        read_slots(huge)


@pytest.mark.parametrize("leftover", ["vault.kdv.bak", ".tmp-vault.kdvab12cd"])
def test_no_vault_is_created_over_a_leftover(path: Path, leftover: str) -> None:
    left = path.with_name(leftover)
    os.replace(path, left)  # the only copy left: a backup, or an unfinished write's temp file
    for other in (path, backup_path(path)):
        if other != left and other.exists():
            other.unlink()
    kept = left.read_bytes()
    with pytest.raises(VaultRecoverable, match="keydesk restore-backup"):
        create_vault(path, passphrase=PASSPHRASE, kdf=fast_kdf())
    with pytest.raises(VaultRecoverable, match=leftover):
        open_vault(path, passphrase=PASSPHRASE)
    assert left.read_bytes() == kept and not path.exists()


def test_write_new_never_replaces_a_file(tmp_path: Path) -> None:
    target = tmp_path / "file"
    write_new(target, b"first")
    with pytest.raises(FileExistsError):
        write_new(target, b"second")
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["file"]  # no temp file left behind


def test_restore_keeps_the_replaced_file_and_the_backup(path: Path) -> None:
    backup = backup_path(path).read_bytes()
    path.write_bytes(b"garbage")
    now = datetime(2026, 11, 29, 12, 0, 0)
    first = restore_backup(path, now=now)
    assert first.kept is not None and first.kept.read_bytes() == b"garbage"
    assert path.read_bytes() == backup == backup_path(path).read_bytes()
    assert [a.issuer for a in open_vault(path, passphrase=PASSPHRASE).accounts] == ["ACME"]
    # A second restore in the same second keeps its own copy instead of overwriting the first.
    second = restore_backup(path, now=now)
    assert second.kept != first.kept and first.kept.read_bytes() == b"garbage"


def test_an_unreadable_backup_is_not_restored(path: Path) -> None:
    backup_path(path).write_bytes(b"not a vault")
    path.unlink()
    with pytest.raises(VaultRecoverable):
        open_vault(path, passphrase=PASSPHRASE)
    with pytest.raises(Exception, match="no readable backup"):
        restore_backup(path, now=datetime(2026, 1, 1))
    assert backup_path(path).read_bytes() == b"not a vault"
