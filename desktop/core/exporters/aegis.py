"""Aegis vaults, written per Aegis's documented format (docs/vault.md in its repository).

Plain: ``{version: 1, header: {slots: null, params: null}, db: {...}}``. Encrypted: a random
master key wrapped in one password slot (scrypt N=32768, r=8, p=1, 32-byte salt; AES-256-GCM),
the content sealed with AES-256-GCM under the master key, ``db`` the base64 ciphertext and the
nonce and tag in ``header.params``. Contents are version 3: groups as ``{uuid, name}``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import uuid
from typing import Any

from desktop.core.base32 import encode_secret
from desktop.core.otp import Account, OtpType

SCRYPT_N, SCRYPT_R, SCRYPT_P = 32768, 8, 1
CONTENT_VERSION = 3
_PASSWORD_SLOT = 1


def aegis_plain(accounts: list[Account]) -> bytes:
    document = {"version": 1, "header": {"slots": None, "params": None}, "db": content(accounts)}
    return json.dumps(document, indent=4, ensure_ascii=False).encode("utf-8")


def aegis_encrypted(accounts: list[Account], password: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    master = AESGCM.generate_key(bit_length=256)
    salt = os.urandom(32)
    kek = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(
        password.encode("utf-8")
    )
    key_nonce, content_nonce = os.urandom(12), os.urandom(12)
    wrapped = AESGCM(kek).encrypt(key_nonce, master, None)
    plain = json.dumps(content(accounts), ensure_ascii=False).encode("utf-8")
    sealed = AESGCM(master).encrypt(content_nonce, plain, None)
    slot = {
        "type": _PASSWORD_SLOT,
        "uuid": str(uuid.uuid4()),
        "key": wrapped[:-16].hex(),
        "key_params": {"nonce": key_nonce.hex(), "tag": wrapped[-16:].hex()},
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": salt.hex(),
        "repaired": True,
        "is_backup": False,
    }
    document = {
        "version": 1,
        "header": {
            "slots": [slot],
            "params": {"nonce": content_nonce.hex(), "tag": sealed[-16:].hex()},
        },
        "db": base64.b64encode(sealed[:-16]).decode("ascii"),
    }
    return json.dumps(document, indent=4).encode("utf-8")


def content(accounts: list[Account]) -> dict[str, Any]:
    """The vault contents (version 3): entries and the groups they name."""
    groups = {name: str(uuid.uuid4()) for name in dict.fromkeys(a.group for a in accounts) if name}
    return {
        "version": CONTENT_VERSION,
        "entries": [_entry(a, groups) for a in accounts],
        "groups": [{"uuid": gid, "name": name} for name, gid in groups.items()],
        "icons_optimized": True,
    }


def _entry(account: Account, groups: dict[str, str]) -> dict[str, Any]:
    info: dict[str, Any] = {
        "secret": encode_secret(account.secret),
        "algo": account.algorithm.value,
        "digits": account.digits,
    }
    if account.type is OtpType.HOTP:
        info["counter"] = account.counter
    else:
        info["period"] = account.period
    icon, mime = _icon(account.icon)
    return {
        "type": account.type.value,
        "uuid": str(uuid.uuid4()),
        "name": account.name,
        "issuer": account.issuer,
        "note": account.note,
        "favorite": account.favorite,
        "icon": base64.b64encode(icon).decode("ascii") if icon else None,
        "icon_mime": mime,
        "icon_hash": hashlib.sha256(icon).hexdigest() if icon else None,
        "info": info,
        "groups": [groups[account.group]] if account.group else [],
    }


def _icon(data_uri: str) -> tuple[bytes, str | None]:
    """A ``data:image/…;base64,…`` icon as raw bytes and its MIME type."""
    head, comma, body = data_uri.partition(",")
    if not comma or not head.startswith("data:image/") or not head.endswith(";base64"):
        return b"", None
    try:
        return base64.b64decode(body, validate=True), head[len("data:") : -len(";base64")]
    except (binascii.Error, ValueError):
        return b"", None
