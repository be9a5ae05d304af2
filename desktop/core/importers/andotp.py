"""andOTP backups: a plain JSON list, or that list encrypted in the new or the old format.

New: ``[iterations: 4 bytes BE][salt: 12][nonce: 12][ciphertext‖tag]``, key = PBKDF2-HMAC-SHA1.
Old: ``[nonce: 12][ciphertext‖tag]``, key = SHA-256 of the password. Both AES-GCM. Nothing in
the encrypted file says it is andOTP, so it is the last guess for binary data.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from desktop.core.errors import CorruptImport, PasswordRequired, WrongImportPassword
from desktop.core.importers import ciphers
from desktop.core.importers.base import EntryRejected, Format, Record, Sniff
from desktop.core.importers.fields import (
    algorithm,
    base32_secret,
    build,
    number,
    otp_type,
    split_label,
    text,
)
from desktop.core.otp import Account, OtpType

_NONCE, _SALT, _TAG = 12, 12, 16
MIN_NEW_SIZE = 4 + _SALT + _NONCE + _TAG
#: andOTP picks 140,000-160,000 rounds; far more means the bytes are not an andOTP header.
MAX_ROUNDS = 1_000_000


def _detect_plain(sniff: Sniff) -> bool:
    doc = sniff.json
    return (
        isinstance(doc, list)
        and bool(doc)
        and isinstance(doc[0], dict)
        and "secret" in doc[0]
        and ("label" in doc[0] or "type" in doc[0])
    )


#: Binary files of other kinds, which must not be taken for an encrypted andOTP backup.
_OTHER_MAGIC = (
    b"PK\x03\x04",
    b"SQLite format 3\x00",
    b"\x1f\x8b",
    b"%PDF",
    b"\x7fELF",
    b"\xac\xed",
)


def _detect_encrypted(sniff: Sniff) -> bool:
    data = sniff.data
    return (
        sniff.text is None and len(data) >= _NONCE + _TAG + 2 and not data.startswith(_OTHER_MAGIC)
    )


def _read_plain(sniff: Sniff, _password: str | None) -> list[Record]:
    return list(sniff.json)


def _read_encrypted(sniff: Sniff, password: str | None) -> list[Record]:
    if password is None:
        raise PasswordRequired(
            "this looks like an encrypted andOTP backup (binary data); give its password"
        )
    plain = _decrypt(sniff.data, password)
    try:
        doc: Any = json.loads(plain)
    except (ValueError, UnicodeDecodeError):
        raise CorruptImport("the decrypted andOTP backup is not JSON") from None
    if not isinstance(doc, list):
        raise CorruptImport("the decrypted andOTP backup is not a list of entries")
    return doc


def _decrypt(data: bytes, password: str) -> bytes:
    iterations = int.from_bytes(data[:4], "big")
    if len(data) >= MIN_NEW_SIZE and 1 <= iterations <= MAX_ROUNDS:
        salt, nonce = data[4 : 4 + _SALT], data[4 + _SALT : 4 + _SALT + _NONCE]
        key = ciphers.pbkdf2(password, salt, iterations, "sha1")
        try:
            return ciphers.gcm_open(key, nonce, data[4 + _SALT + _NONCE :])
        except WrongImportPassword:
            pass  # maybe the old format, whose first bytes are a random nonce
    key = hashlib.sha256(password.encode("utf-8")).digest()
    try:
        return ciphers.gcm_open(key, data[:_NONCE], data[_NONCE:])
    except WrongImportPassword:
        raise WrongImportPassword(
            "the password is wrong, or this binary file is not an andOTP backup"
        ) from None


def _convert(record: Record) -> Account:
    if not isinstance(record, dict):
        raise EntryRejected("the entry is not an object")
    kind = otp_type(record.get("type"))
    issuer, name = text(record, "issuer"), text(record, "label")
    if not issuer:
        issuer, name = _old_label(name)
    tags = record.get("tags")
    return build(
        secret=base32_secret(record.get("secret")),
        type=kind,
        issuer=issuer,
        name=name,
        algorithm=algorithm(record.get("algorithm")),
        digits=number(record, "digits", 6),
        period=number(record, "period", 30),
        counter=number(record, "counter", 0) if kind is OtpType.HOTP else 0,
        tags=tuple(t for t in tags if isinstance(t, str)) if isinstance(tags, list) else (),
    )


def _old_label(label: str) -> tuple[str, str]:
    """Old files: ``"Issuer - Issuer:name"`` or ``"Issuer - name"`` or ``"Issuer:name"``."""
    issuer, found, rest = label.partition(" - ")
    if not found:
        return split_label(label)
    prefix = issuer.strip() + ":"
    rest = rest.strip()
    return issuer.strip(), rest[len(prefix) :].strip() if rest.startswith(prefix) else rest


def _describe(record: Record) -> str:
    if not isinstance(record, dict):
        return ""
    return " ".join(str(record.get(k) or "") for k in ("issuer", "label")).strip()


PLAIN = Format(
    name="andotp",
    label="andOTP",
    detect=_detect_plain,
    read=_read_plain,
    convert=_convert,
    describe=_describe,
)

ENCRYPTED = Format(
    name="andotp-encrypted",
    label="andOTP (encrypted)",
    detect=_detect_encrypted,
    read=_read_encrypted,
    convert=_convert,
    describe=_describe,
    encrypted=lambda _sniff: True,
)
