"""Secrets at rest: TOTP secrets sealed with AES-256-GCM under the server key, and the key the
e-mail codes' HMAC uses, derived from the same server key.

A sealed value reads ``v1:<key id>:<base64 nonce+ciphertext+tag>``; the key id (the first 8 hex
digits of SHA-256 of the key) tells which key sealed it, so a rotation can be resumed. The
associated data binds a value to its user, so a sealed secret copied to another row is refused."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import secrets
from pathlib import Path

import sqlalchemy as sa
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from server.db.schema import users

PREFIX = "v1"
KEY_BYTES = 32
ENV_VAR = "KEYDESK_SECRET_KEY"


class SecretKeyError(ValueError):
    """The server key is missing, malformed, or does not open a stored secret."""


def key_id(key: bytes) -> str:
    return hashlib.sha256(b"keydesk-key-id" + key).hexdigest()[:8]


def parse_key(text: str | bytes) -> bytes:
    """A key given as 64 hex digits or base64 of 32 bytes (surrounding space is ignored)."""
    raw = text.strip() if isinstance(text, bytes) else text.strip().encode()
    for decode in (binascii.unhexlify, base64.b64decode, base64.urlsafe_b64decode):
        try:
            key = decode(raw)
        except (binascii.Error, ValueError):
            continue
        if len(key) == KEY_BYTES:
            return key
    raise SecretKeyError("a secret key is 32 random bytes written as 64 hex digits or base64")


def load_key(path: Path | None, environ: dict[str, str] | None = None) -> bytes | None:
    """The key from a file, else from KEYDESK_SECRET_KEY, else None."""
    if path is not None:
        try:
            return parse_key(path.read_bytes())
        except OSError as error:
            raise SecretKeyError(f"cannot read {path}: {error.strerror}") from None
    value = (os.environ if environ is None else environ).get(ENV_VAR)
    return parse_key(value) if value else None


def new_key_text() -> str:
    return secrets.token_bytes(KEY_BYTES).hex()


def write_key_file(path: Path) -> bytes:
    """Create a key file readable by its owner only; returns the key."""
    text = new_key_text()
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(text + "\n")
    return bytes.fromhex(text)


class SecretBox:
    """Seals and opens the server's secrets; also keys the e-mail codes' HMAC."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise SecretKeyError("the secret key must be 32 bytes")
        self._aead = AESGCM(hashlib.sha256(b"keydesk-seal" + key).digest())
        self._mac_key = hashlib.sha256(b"keydesk-email-code" + key).digest()
        self.key_id = key_id(key)

    def seal(self, plaintext: str, owner: str) -> str:
        nonce = secrets.token_bytes(12)
        sealed = self._aead.encrypt(nonce, plaintext.encode(), owner.encode())
        return f"{PREFIX}:{self.key_id}:{base64.b64encode(nonce + sealed).decode()}"

    def open(self, value: str, owner: str) -> str:
        if not is_sealed(value):
            raise SecretKeyError("the stored secret is not sealed")
        _prefix, sealed_by, payload = value.split(":", 2)
        if sealed_by != self.key_id:
            raise SecretKeyError(f"the stored secret was sealed with another key ({sealed_by})")
        raw = base64.b64decode(payload)
        try:
            return self._aead.decrypt(raw[:12], raw[12:], owner.encode()).decode()
        except InvalidTag:
            raise SecretKeyError("a stored secret failed its integrity check") from None

    def code_mac(self, challenge_id: str, code: str) -> str:
        """The stored form of an e-mail code: keyed by the server key, bound to its challenge."""
        message = f"{challenge_id}\n{code.strip()}".encode()
        return hmac.new(self._mac_key, message, hashlib.sha256).hexdigest()

    def code_matches(self, challenge_id: str, code: str, stored: str | None) -> bool:
        return bool(stored) and hmac.compare_digest(self.code_mac(challenge_id, code), stored or "")


def is_sealed(value: str | None) -> bool:
    return bool(value) and str(value).startswith(PREFIX + ":")


def totp_owner(user_id: str) -> str:
    """Associated data of a user's TOTP secret (pending and enrolled alike)."""
    return f"totp-secret:{user_id}"


def reseal_users(conn: sa.Connection, old: SecretBox | None, new: SecretBox) -> int:
    """Seal every user's TOTP secrets with ``new``: values in clear (databases from before
    sealing) and values sealed by ``old``; values already sealed by ``new`` stay. Returns how
    many values changed."""
    changed = 0
    rows = conn.execute(sa.select(users.c.id, users.c.totp_secret, users.c.pending_secret))
    for row in rows.mappings().all():
        values = {}
        for column in ("totp_secret", "pending_secret"):
            value = row[column]
            if not value or value.startswith(f"{PREFIX}:{new.key_id}:"):
                continue
            owner = totp_owner(row["id"])
            if is_sealed(value):
                if old is None:
                    raise SecretKeyError("a secret is sealed with a key that was not given")
                value = old.open(value, owner)
            values[column] = new.seal(value, owner)
        if values:
            conn.execute(sa.update(users).where(users.c.id == row["id"]).values(**values))
            changed += len(values)
    return changed
