"""Authenticator Pro (now Stratum) backups: plain JSON, or encrypted in the strong or legacy way.

Strong: ``"AUTHENTICATORPRO" ‖ salt(16) ‖ iv(12) ‖ ciphertext‖tag``; key = Argon2id (3 passes,
64 MiB, 4 lanes); AES-256-GCM. Legacy: ``"AuthenticatorPro" ‖ salt(20) ‖ iv(16) ‖ ciphertext``;
key = PBKDF2-HMAC-SHA1 (64,000 rounds); AES-256-CBC with PKCS#7 padding.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.errors import CorruptImport, PasswordRequired
from desktop.core.importers import ciphers
from desktop.core.importers.base import EntryRejected, Format, Record, Sniff
from desktop.core.importers.fields import base32_secret, build, number, text
from desktop.core.otp import Account, Algorithm, OtpType

STRONG_HEADER = b"AUTHENTICATORPRO"
LEGACY_HEADER = b"AuthenticatorPro"
_TYPES = {1: OtpType.HOTP, 2: OtpType.TOTP, 4: OtpType.STEAM}
_UNSUPPORTED = {3: "mOTP", 5: "Yandex"}
_ALGORITHMS = {0: Algorithm.SHA1, 1: Algorithm.SHA256, 2: Algorithm.SHA512}


def _detect(sniff: Sniff) -> bool:
    if sniff.data.startswith((STRONG_HEADER, LEGACY_HEADER)):
        return True
    doc = sniff.json_object()
    return doc is not None and isinstance(doc.get("Authenticators"), list)


def _encrypted(sniff: Sniff) -> bool:
    return sniff.data.startswith((STRONG_HEADER, LEGACY_HEADER))


def _read(sniff: Sniff, password: str | None) -> list[Record]:
    doc: Any = sniff.json_object()
    if _encrypted(sniff):
        if password is None:
            raise PasswordRequired("this Authenticator Pro backup is encrypted; give its password")
        doc = _parse(_decrypt(sniff.data, password))
    if not isinstance(doc, dict) or not isinstance(doc.get("Authenticators"), list):
        raise CorruptImport("the Authenticator Pro backup has no list of authenticators")
    groups = _groups_by_secret(doc)
    return [(entry, groups) for entry in doc["Authenticators"]]


def _decrypt(data: bytes, password: str) -> bytes:
    if data.startswith(STRONG_HEADER):
        body = data[len(STRONG_HEADER) :]
        salt, iv = body[:16], body[16:28]
        key = ciphers.argon2id(password, salt, iterations=3, lanes=4, memory_kib=65536)
        return ciphers.gcm_open(key, iv, body[28:])
    body = data[len(LEGACY_HEADER) :]
    salt, iv = body[:20], body[20:36]
    key = ciphers.pbkdf2(password, salt, 64_000, "sha1")
    return ciphers.cbc_open(key, iv, body[36:])


def _parse(plain: bytes) -> Any:
    try:
        return json.loads(plain)
    except (ValueError, UnicodeDecodeError):
        raise CorruptImport("the decrypted Authenticator Pro backup is not JSON") from None


def _groups_by_secret(doc: dict[str, Any]) -> dict[str, str]:
    names: dict[Any, str] = {
        c.get("Id"): c["Name"]
        for c in doc.get("Categories") or []
        if isinstance(c, dict) and isinstance(c.get("Name"), str)
    }
    return {
        link["AuthenticatorSecret"]: names[link.get("CategoryId")]
        for link in doc.get("AuthenticatorCategories") or []
        if isinstance(link, dict)
        and isinstance(link.get("AuthenticatorSecret"), str)
        and link.get("CategoryId") in names
    }


def _convert(record: Record) -> Account:
    entry, groups = record
    if not isinstance(entry, dict):
        raise EntryRejected("the authenticator is not an object")
    code = entry.get("Type")
    if code in _UNSUPPORTED:
        shown = _UNSUPPORTED[code]
        raise EntryRejected(f"{shown} accounts are not supported", reason="otp_type", value=shown)
    if code not in _TYPES:
        raise EntryRejected(f"unknown authenticator type {str(code)[:10]}")
    if entry.get("Algorithm", 0) not in _ALGORITHMS:
        raise EntryRejected("the authenticator's algorithm is not supported", reason="algorithm")
    kind = _TYPES[code]
    secret = entry.get("Secret")
    return build(
        secret=base32_secret(secret),
        type=kind,
        issuer=text(entry, "Issuer"),
        name=text(entry, "Username"),
        algorithm=_ALGORITHMS[entry.get("Algorithm", 0)],
        digits=number(entry, "Digits", 6),
        period=number(entry, "Period", 30),
        counter=number(entry, "Counter", 0) if kind is OtpType.HOTP else 0,
        group=groups.get(secret, "") if isinstance(secret, str) else "",
    )


def _describe(record: Record) -> str:
    entry = record[0]
    if not isinstance(entry, dict):
        return ""
    return " ".join(str(entry.get(k) or "") for k in ("Issuer", "Username")).strip()


FORMAT = Format(
    name="authenticator-pro",
    label="Authenticator Pro",
    detect=_detect,
    read=_read,
    convert=_convert,
    describe=_describe,
    encrypted=_encrypted,
)
