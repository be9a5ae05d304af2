"""The direct Secret Service store against a real gnome-keyring, interchangeable with keyring's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.core.errors import KeyringItemMissing
from desktop.core.keyring_store import SystemKeyring, default_backend
from desktop.core.secret_service import SecretServiceStore, secret_service_store
from desktop.core.vault import create_vault, open_vault


def direct_store() -> SecretServiceStore:
    store = secret_service_store()
    if store is None:
        if os.environ.get("CI"):
            pytest.fail("CI must provide a Secret Service (scripts/with-keyring.sh)")
        pytest.skip("no Secret Service in this session; make test provides one")
    return store


@pytest.mark.keyring
def test_round_trip_and_missing_item() -> None:
    store = direct_store()
    store.set_key("test-direct", b"\x01" * 32)
    assert store.get_key("test-direct") == b"\x01" * 32
    store.delete_key("test-direct")
    with pytest.raises(KeyringItemMissing):
        store.get_key("test-direct")


@pytest.mark.keyring
def test_items_are_shared_with_keyrings_own_backend(tmp_path: Path) -> None:
    direct = direct_store()
    via_keyring = SystemKeyring(default_backend())
    path = tmp_path / "vault.kdv"
    vault = create_vault(path, keystore=via_keyring)
    assert open_vault(path, keystore=direct).vault_id == vault.vault_id
    direct.set_key("test-shared", b"\x02" * 32)
    assert via_keyring.get_key("test-shared") == b"\x02" * 32
    via_keyring.delete_key("test-shared")
