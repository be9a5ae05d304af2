"""Vault slots: each one wraps the vault's master key under a key of its own.

A *keyring slot* keeps its key-encryption key in the OS keyring; a *passphrase slot* derives it
with Argon2id from the user's passphrase. The wrapping is AES-256-GCM with the slot's identity and
parameters as associated data, so a slot edited in the file fails to unwrap.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from desktop.core import crypto

if TYPE_CHECKING:
    from desktop.core.keyring_store import KeyStore  # annotations only


class SlotKind(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a password


@dataclass(frozen=True)
class Slot:
    id: str
    kind: SlotKind
    nonce: bytes
    wrapped_key: bytes
    kdf: crypto.KdfParams | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "kind": self.kind.value,
            "nonce": crypto.b64(self.nonce),
            "key": crypto.b64(self.wrapped_key),
        }
        if self.kdf is not None:
            data["kdf"] = self.kdf.to_json()
        return data

    @classmethod
    def from_json(cls, data: Any) -> Slot:
        if not isinstance(data, dict):
            raise ValueError("slot is not an object")
        kind = SlotKind(data["kind"])
        kdf = crypto.KdfParams.from_json(data["kdf"]) if kind is SlotKind.PASSPHRASE else None
        return cls(
            id=str(data["id"]),
            kind=kind,
            nonce=crypto.unb64(data["nonce"]),
            wrapped_key=crypto.unb64(data["key"]),
            kdf=kdf,
        )


def keyring_entry(vault_id: str, slot_id: str) -> str:
    return f"vault-{vault_id}-slot-{slot_id}"


def _aad(vault_id: str, slot_id: str, kind: SlotKind, kdf: crypto.KdfParams | None) -> bytes:
    return crypto.canonical(
        {
            "vault": vault_id,
            "slot": slot_id,
            "kind": kind.value,
            "kdf": kdf.to_json() if kdf else None,
        }
    )


def _wrap(
    vault_id: str, kind: SlotKind, kek: bytes, master: crypto.Key, kdf: crypto.KdfParams | None
) -> Slot:
    import uuid  # only new slots need it; opening a vault does not

    slot_id = uuid.uuid4().hex[:12]
    nonce, wrapped = crypto.seal(kek, master, _aad(vault_id, slot_id, kind, kdf))
    return Slot(id=slot_id, kind=kind, nonce=nonce, wrapped_key=wrapped, kdf=kdf)


def new_passphrase_slot(
    vault_id: str, master: crypto.Key, passphrase: str, kdf: crypto.KdfParams | None = None
) -> Slot:
    params = kdf or crypto.KdfParams(salt=os.urandom(crypto.SALT_BYTES))
    kek = crypto.derive_key(passphrase, params)
    return _wrap(vault_id, SlotKind.PASSPHRASE, kek, master, params)


def new_keyring_slot(vault_id: str, master: crypto.Key, store: KeyStore) -> Slot:
    kek = crypto.new_key()
    slot = _wrap(vault_id, SlotKind.KEYRING, kek, master, None)
    store.set_key(keyring_entry(vault_id, slot.id), kek)
    return slot


def unwrap(vault_id: str, slot: Slot, kek: bytes) -> bytes:
    """The master key; :class:`crypto.AuthenticationFailed` if the key or the slot is wrong."""
    aad = _aad(vault_id, slot.id, slot.kind, slot.kdf)
    return crypto.open_sealed(kek, slot.nonce, slot.wrapped_key, aad)


def unwrap_with_passphrase(vault_id: str, slot: Slot, passphrase: str) -> bytes:
    assert slot.kdf is not None
    return unwrap(vault_id, slot, crypto.derive_key(passphrase, slot.kdf))


def unwrap_with_keyring(vault_id: str, slot: Slot, store: KeyStore) -> bytes:
    return unwrap(vault_id, slot, store.get_key(keyring_entry(vault_id, slot.id)))
