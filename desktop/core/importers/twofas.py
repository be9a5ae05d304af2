"""2FAS backups (``.2fas``), schema versions 1 to 4, plain or password-encrypted.

Encrypted files keep ``servicesEncrypted = b64(ciphertext‖tag):b64(salt):b64(iv)``; the key is
PBKDF2-HMAC-SHA256 (10,000 rounds) of the password and the plaintext is the services' JSON list.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.errors import CorruptImport, PasswordRequired
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
    unb64,
)
from desktop.core.otp import Account, OtpType

PBKDF2_ROUNDS = 10_000


def _detect(sniff: Sniff) -> bool:
    doc = sniff.json_object()
    return doc is not None and "schemaVersion" in doc and "services" in doc


def _encrypted(sniff: Sniff) -> bool:
    doc = sniff.json_object()
    return doc is not None and bool(doc.get("servicesEncrypted"))


def _read(sniff: Sniff, password: str | None) -> list[Record]:
    doc = sniff.json_object()
    assert doc is not None
    services: Any = doc.get("services")
    if doc.get("servicesEncrypted"):
        if password is None:
            raise PasswordRequired("this 2FAS backup is encrypted; give its password")
        services = _decrypt(doc["servicesEncrypted"], password)
    if not isinstance(services, list):
        raise CorruptImport("the 2FAS backup has no list of services")
    groups = {
        g.get("id"): g.get("name")
        for g in doc.get("groups") or []
        if isinstance(g, dict) and isinstance(g.get("name"), str)
    }
    return [(service, groups) for service in services]


def _decrypt(value: object, password: str) -> Any:
    parts = value.split(":") if isinstance(value, str) else []
    if len(parts) != 3:
        raise CorruptImport("the 2FAS backup's encrypted services are not in three parts")
    sealed, salt, iv = (unb64(p, "encrypted services") for p in parts)
    key = ciphers.pbkdf2(password, salt, PBKDF2_ROUNDS, "sha256")
    plain = ciphers.gcm_open(key, iv, sealed)
    try:
        return json.loads(plain)
    except (ValueError, UnicodeDecodeError):
        raise CorruptImport("the decrypted 2FAS services are not JSON") from None


def _convert(record: Record) -> Account:
    service, groups = record
    if not isinstance(service, dict):
        raise EntryRejected("the service is not an object")
    otp: dict[str, Any] = service["otp"] if isinstance(service.get("otp"), dict) else {}
    kind = otp_type(otp.get("tokenType") or "totp")
    issuer = text(otp, "issuer") or text(service, "name")
    name = text(otp, "account")
    if not name:
        prefix, name = split_label(text(otp, "label"))
        issuer = issuer or prefix
    return build(
        secret=base32_secret(service.get("secret")),
        type=kind,
        issuer=issuer,
        name=name,
        algorithm=algorithm(otp.get("algorithm")),
        digits=number(otp, "digits", 6),
        period=number(otp, "period", 30),
        counter=number(otp, "counter", 0) if kind is OtpType.HOTP else 0,
        group=str(groups.get(service.get("groupId")) or ""),
    )


def _describe(record: Record) -> str:
    service = record[0]
    return str(service.get("name") or "") if isinstance(service, dict) else ""


FORMAT = Format(
    name="2fas",
    label="2FAS",
    detect=_detect,
    read=_read,
    convert=_convert,
    describe=_describe,
    encrypted=_encrypted,
)
