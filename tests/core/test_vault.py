"""The vault: round trips per slot kind, wrong passphrase, tampering, truncation, slots."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from desktop.core.atomic import backup_path
from desktop.core.crypto import KdfParams
from desktop.core.errors import (
    KeydeskError,
    KeyringItemMissing,
    SlotError,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultMissing,
    VaultTampered,
    VaultTooNew,
    WrongPassphrase,
)
from desktop.core.otp import Account, OtpType
from desktop.core.slots import SlotKind
from desktop.core.vault import VaultChanged, create_vault, open_vault
from tests.support import MemoryKeyStore, fast_kdf

PASSPHRASE = "correct horse battery staple"


def sample_accounts() -> list[Account]:
    return [
        Account(secret=b"0123456789", issuer="ACME", name="alice", group="work", tags=("a",)),
        Account(secret=bytes(32), issuer="Bank", name="bob", type=OtpType.HOTP, counter=7),
        Account(secret=bytes(range(20)), issuer="Яндекс", name="иван", note="note\nline"),
    ]


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "vault.kdv"


def fill(vault_path: Path, **slots: object) -> list[Account]:
    vault = create_vault(vault_path, kdf=fast_kdf(), **slots)  # type: ignore[arg-type]
    for account in sample_accounts():
        vault.add(account)
    vault.save()
    return vault.accounts


def test_passphrase_round_trip(path: Path) -> None:
    saved = fill(path, passphrase=PASSPHRASE)
    assert open_vault(path, passphrase=PASSPHRASE).accounts == saved


def test_keyring_round_trip(path: Path) -> None:
    store = MemoryKeyStore()
    saved = fill(path, keystore=store)
    assert open_vault(path, keystore=store).accounts == saved
    assert len(store.items) == 1


def test_both_slots_open_the_same_vault(path: Path) -> None:
    store = MemoryKeyStore()
    saved = fill(path, keystore=store, passphrase=PASSPHRASE)
    assert open_vault(path, keystore=store).accounts == saved
    assert open_vault(path, passphrase=PASSPHRASE).accounts == saved


def test_file_is_private_and_holds_no_plaintext(path: Path) -> None:
    fill(path, passphrase=PASSPHRASE)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    for word in (b"ACME", b"alice", b"Bank", "Яндекс".encode(), b"GAYTEMZUGU3DOOBZ"):
        assert word not in raw


def test_wrong_passphrase_is_typed_and_changes_nothing(path: Path) -> None:
    fill(path, passphrase=PASSPHRASE)
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        open_vault(path, passphrase="nope")
    assert path.read_bytes() == before


def test_locked_without_any_key(path: Path) -> None:
    fill(path, passphrase=PASSPHRASE)
    with pytest.raises(VaultLocked, match="needs its passphrase"):
        open_vault(path)


def test_missing_keyring_item(path: Path) -> None:
    store = MemoryKeyStore()
    fill(path, keystore=store)
    store.items.clear()
    with pytest.raises(KeyringItemMissing, match="missing from the OS keyring"):
        open_vault(path, keystore=store)


def test_missing_file(path: Path) -> None:
    with pytest.raises(VaultMissing, match="keydesk init"):
        open_vault(path, passphrase=PASSPHRASE)


def test_tampering_with_any_byte_is_detected(path: Path) -> None:
    store = MemoryKeyStore()
    saved = fill(path, keystore=store)
    original = path.read_bytes()
    for index in range(len(original)):
        tampered = bytearray(original)
        tampered[index] ^= 0x01
        path.write_bytes(bytes(tampered))
        try:
            opened = open_vault(path, keystore=store)
        except KeydeskError:  # tampered slot ids read as a missing keyring item
            continue
        # A flip that keeps the JSON meaning (e.g. in whitespace) must give the same content.
        assert opened.accounts == saved, f"byte {index} changed the content undetected"
        assert json.loads(tampered) == json.loads(original)


def test_tampered_content_says_so(path: Path) -> None:
    store = MemoryKeyStore()
    fill(path, keystore=store)
    envelope = json.loads(path.read_bytes())
    data = bytearray(envelope["content"]["data"].encode())
    data[10] = ord("A") if data[10] != ord("A") else ord("B")
    envelope["content"]["data"] = data.decode()
    path.write_text(json.dumps(envelope))
    with pytest.raises(VaultTampered, match="modified outside Keydesk"):
        open_vault(path, keystore=store)


@pytest.mark.parametrize("keep", [0, 1, 10, 100, 300])
def test_truncated_file_is_corrupt_not_a_crash(path: Path, keep: int) -> None:
    fill(path, passphrase=PASSPHRASE)
    path.write_bytes(path.read_bytes()[:keep])
    with pytest.raises(VaultCorrupt, match=r"damaged|not a Keydesk vault"):
        open_vault(path, passphrase=PASSPHRASE)


def test_newer_format_is_refused(path: Path) -> None:
    fill(path, passphrase=PASSPHRASE)
    envelope = json.loads(path.read_bytes())
    envelope["version"] = 99
    path.write_text(json.dumps(envelope))
    with pytest.raises(VaultTooNew):
        open_vault(path, passphrase=PASSPHRASE)


def test_absurd_kdf_parameters_are_refused_before_deriving(path: Path) -> None:
    fill(path, passphrase=PASSPHRASE)
    envelope = json.loads(path.read_bytes())
    envelope["slots"][0]["kdf"]["memory_kib"] = 2**40
    path.write_text(json.dumps(envelope))
    with pytest.raises(VaultCorrupt):
        open_vault(path, passphrase=PASSPHRASE)


def test_save_keeps_previous_version(path: Path) -> None:
    store = MemoryKeyStore()
    fill(path, keystore=store)
    first = path.read_bytes()
    vault = open_vault(path, keystore=store)
    vault.remove(vault.accounts[0].id)
    vault.save()
    assert backup_path(path).read_bytes() == first
    assert len(open_vault(path, keystore=store).accounts) == 2


def test_create_refuses_to_overwrite(path: Path) -> None:
    fill(path, passphrase=PASSPHRASE)
    with pytest.raises(VaultExists):
        create_vault(path, passphrase=PASSPHRASE)


def test_add_and_remove_slots(path: Path) -> None:
    store = MemoryKeyStore()
    saved = fill(path, passphrase=PASSPHRASE)
    vault = open_vault(path, passphrase=PASSPHRASE)
    keyring_slot = vault.add_keyring_slot(store)
    assert open_vault(path, keystore=store).accounts == saved
    vault.add_passphrase_slot("second", fast_kdf())
    assert open_vault(path, passphrase="second").accounts == saved
    first = next(s for s in vault.slots if s.kind is SlotKind.PASSPHRASE)
    vault.remove_slot(first.id)
    with pytest.raises(WrongPassphrase):
        open_vault(path, passphrase=PASSPHRASE)
    vault.remove_slot(keyring_slot.id, store)
    assert store.items == {}
    with pytest.raises(SlotError, match="only slot"):
        vault.remove_slot(vault.slots[0].id)


def test_second_writer_cannot_silently_drop_the_first_ones_edit(path: Path) -> None:
    store = MemoryKeyStore()
    fill(path, keystore=store)
    first, second = open_vault(path, keystore=store), open_vault(path, keystore=store)
    first.add(Account(secret=b"x" * 10, issuer="New"))
    first.save()
    second.remove(second.accounts[0].id)
    with pytest.raises(VaultChanged):
        second.save()
    assert any(a.issuer == "New" for a in open_vault(path, keystore=store).accounts)


def test_positions_follow_insertion(path: Path) -> None:
    accounts = fill(path, passphrase=PASSPHRASE)
    assert [a.position for a in accounts] == [0, 1, 2]


def test_default_kdf_is_at_or_above_the_owasp_minimum() -> None:
    # How long it takes is a benchmark's question (benchmarks/unlock.py), not a test's.
    params = KdfParams(salt=bytes(16))
    assert params.memory_kib >= 19 * 1024 and params.iterations >= 2 and params.lanes >= 1
