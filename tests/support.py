"""Helpers shared by tests: an in-memory key store and Argon2 parameters cheap enough for tests."""

from __future__ import annotations

import os

from desktop.core.crypto import KdfParams
from desktop.core.errors import KeyringItemMissing


class MemoryKeyStore:
    """A KeyStore in a dict, for tests that are not about the OS keyring itself."""

    def __init__(self) -> None:
        self.items: dict[str, bytes] = {}

    def get_key(self, entry: str) -> bytes:
        try:
            return self.items[entry]
        except KeyError:
            raise KeyringItemMissing("the vault's key is missing from the OS keyring") from None

    def set_key(self, entry: str, key: bytes) -> None:
        self.items[entry] = key

    def delete_key(self, entry: str) -> None:
        self.items.pop(entry, None)


def fast_kdf() -> KdfParams:
    """Argon2id at its minimum cost: the same code path, milliseconds instead of 0.3 s."""
    return KdfParams(salt=os.urandom(16), iterations=1, lanes=1, memory_kib=64)
