"""Aegis vaults: plain or password-encrypted, vault contents version 1 to 3.

Encrypted vaults wrap a master key in password slots (scrypt, then AES-256-GCM); the master key
decrypts ``db`` with AES-256-GCM. Groups are a list of ``{uuid, name}`` (version 3) or a per-entry
``group`` string (version 2). Entries without an issuer may carry it in the name.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.errors import CorruptImport, PasswordRequired, WrongImportPassword
from desktop.core.importers import ciphers
from desktop.core.importers.base import EntryRejected, Format, Record, Sniff
from desktop.core.importers.fields import (
    algorithm,
    base32_secret,
    build,
    data_uri,
    number,
    otp_type,
    split_label,
    text,
    unb64,
    unhex,
)
from desktop.core.otp import Account, OtpType

PASSWORD_SLOT = 1
MAX_CONTENT_VERSION = 3


def _detect(sniff: Sniff) -> bool:
    doc = sniff.json_object()
    return doc is not None and isinstance(doc.get("header"), dict) and "db" in doc


def _encrypted(sniff: Sniff) -> bool:
    doc = sniff.json_object()
    return doc is not None and isinstance(doc.get("db"), str)


def _read(sniff: Sniff, password: str | None) -> list[Record]:
    doc = sniff.json_object()
    assert doc is not None
    db = doc["db"]
    if isinstance(db, str):
        if password is None:
            raise PasswordRequired("this Aegis vault is encrypted; give its password")
        db = _decrypt(doc["header"], db, password)
    if not isinstance(db, dict) or not isinstance(db.get("entries"), list):
        raise CorruptImport("the Aegis vault has no list of entries")
    version = db.get("version")
    if isinstance(version, int) and version > MAX_CONTENT_VERSION:
        raise CorruptImport(f"Aegis vault contents version {version} is newer than Keydesk knows")
    groups = _groups(db.get("groups"))
    return [(entry, groups) for entry in db["entries"]]


def _decrypt(header: dict[str, Any], db: str, password: str) -> Any:
    params = header.get("params")
    slots = header.get("slots")
    if not isinstance(params, dict) or not isinstance(slots, list):
        raise CorruptImport("the encrypted Aegis vault has no key slots")
    master = _unwrap_master_key(slots, password)
    nonce = unhex(params.get("nonce"), "content nonce")
    tag = unhex(params.get("tag"), "content tag")
    plain = ciphers.gcm_open(master, nonce, unb64(db, "vault content") + tag)
    try:
        return json.loads(plain)
    except (ValueError, UnicodeDecodeError):
        raise CorruptImport("the decrypted Aegis vault is not JSON") from None


def _unwrap_master_key(slots: list[Any], password: str) -> bytes:
    password_slots = [s for s in slots if isinstance(s, dict) and s.get("type") == PASSWORD_SLOT]
    if not password_slots:
        raise CorruptImport("the Aegis vault has no password slot (only biometric or raw keys)")
    for slot in password_slots:
        try:
            key = ciphers.scrypt(password, unhex(slot.get("salt"), "slot salt"), *_cost(slot))
            sealed = unhex(slot.get("key"), "slot key") + unhex(
                _key_params(slot).get("tag"), "slot tag"
            )
            return ciphers.gcm_open(
                key, unhex(_key_params(slot).get("nonce"), "slot nonce"), sealed
            )
        except WrongImportPassword:
            continue
    raise WrongImportPassword("the password does not open this Aegis vault")


def _cost(slot: dict[str, Any]) -> tuple[int, int, int]:
    values = (slot.get("n"), slot.get("r"), slot.get("p"))
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        raise CorruptImport("the Aegis password slot has no scrypt parameters")
    return values  # type: ignore[return-value]


def _key_params(slot: dict[str, Any]) -> dict[str, Any]:
    params = slot.get("key_params")
    if not isinstance(params, dict):
        raise CorruptImport("the Aegis password slot has no key parameters")
    return params


def _groups(value: object) -> dict[str, str]:
    if not isinstance(value, list):
        return {}
    return {
        g["uuid"]: g["name"]
        for g in value
        if isinstance(g, dict) and isinstance(g.get("uuid"), str) and isinstance(g.get("name"), str)
    }


def _convert(record: Record) -> Account:
    entry, groups = record
    if not isinstance(entry, dict) or not isinstance(entry.get("info"), dict):
        raise EntryRejected("the entry has no OTP parameters")
    info = entry["info"]
    kind = otp_type(entry.get("type"))
    issuer, name = text(entry, "issuer"), text(entry, "name")
    if not issuer:
        issuer, name = _issuer_from_name(name, entry.get("issuer") is None)
    return build(
        secret=base32_secret(info.get("secret")),
        type=kind,
        issuer=issuer,
        name=name,
        algorithm=algorithm(info.get("algo")),
        digits=number(info, "digits", 6),
        period=number(info, "period", 30),
        counter=number(info, "counter", 0) if kind is OtpType.HOTP else 0,
        group=_group_of(entry, groups),
        note=text(entry, "note"),
        favorite=entry.get("favorite") is True,
        icon=data_uri(entry.get("icon_mime"), entry.get("icon")),
    )


def _issuer_from_name(name: str, issuer_missing: bool) -> tuple[str, str]:
    """``Issuer:name``; and where the issuer is missing altogether (null, as in files other
    apps wrote), ``name@Issuer`` too. Aegis itself writes an empty issuer for an e-mail name."""
    issuer, rest = split_label(name)
    if issuer:
        return issuer, rest
    account, at, domain = name.rpartition("@")
    if issuer_missing and at and account and domain:
        return domain, account
    return "", name


def _group_of(entry: dict[str, Any], groups: dict[str, str]) -> str:
    legacy = entry.get("group")
    if isinstance(legacy, str):
        return legacy
    for uuid in entry.get("groups") or []:
        if uuid in groups:
            return groups[uuid]
    return ""


def _describe(record: Record) -> str:
    entry = record[0]
    if not isinstance(entry, dict):
        return ""
    return " ".join(str(entry.get(k) or "") for k in ("issuer", "name")).strip()


FORMAT = Format(
    name="aegis",
    label="Aegis",
    detect=_detect,
    read=_read,
    convert=_convert,
    describe=_describe,
    encrypted=_encrypted,
)
