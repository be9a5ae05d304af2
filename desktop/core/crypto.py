"""The vault's cryptography: AES-256-GCM, Argon2id key derivation, key wrapping.

Thin, typed wrappers over ``cryptography`` so the rest of the vault never touches raw primitives.
``cryptography`` is imported on first use: the GUI receives its vault already opened (by the
unlock process), and its 15 ms import would otherwise sit on the way to the first frame.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass
from typing import Any

#: A key as the vault holds it: bytes, or a bytearray it can overwrite when it locks.
Key = bytes | bytearray

KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16


class AuthenticationFailed(Exception):
    """The key is wrong or the data was changed (AES-GCM cannot tell which)."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored in each passphrase slot so they can be raised later.

    The defaults are RFC 9106's second recommended option (t = 3, p = 4, 64 MiB), well above
    OWASP's floor (19 MiB, 2 passes). 128 MiB took 1.3-1.5 s on the 2-core machine under load,
    over the 1.0 s passphrase-to-codes target; 64 MiB takes 0.4-0.6 s there
    (benchmarks/unlock.py). Slots made earlier keep the parameters stored in them.
    """

    salt: bytes
    iterations: int = 3
    lanes: int = 4
    memory_kib: int = 64 * 1024

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "salt": b64(self.salt),
            "iterations": self.iterations,
            "lanes": self.lanes,
            "memory_kib": self.memory_kib,
        }

    @classmethod
    def from_json(cls, data: Any) -> KdfParams:
        if not isinstance(data, dict) or data.get("name") != "argon2id":
            raise ValueError("unknown key derivation")
        params = cls(
            salt=unb64(data["salt"]),
            iterations=int(data["iterations"]),
            lanes=int(data["lanes"]),
            memory_kib=int(data["memory_kib"]),
        )
        # Refuse parameters that would hang or exhaust memory (a tampered file must not).
        if not (1 <= params.iterations <= 64 and 1 <= params.lanes <= 64):
            raise ValueError("key derivation parameters out of range")
        if not (8 * params.lanes <= params.memory_kib <= 4 * 1024 * 1024):
            raise ValueError("key derivation memory out of range")
        return params


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def seal(key: Key, plaintext: Key, aad: bytes) -> tuple[bytes, bytes]:
    """Encrypt and authenticate; returns (nonce, ciphertext with tag)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: Key, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        raise AuthenticationFailed from None


def canonical(data: Any) -> bytes:
    """Stable bytes for authenticated data: sorted keys, no spaces."""
    return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error:
        raise ValueError("invalid base64") from None
