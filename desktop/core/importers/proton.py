"""Proton Authenticator exports: ``{version, entries: [{content: {uri, name}, note}]}``.

The encrypted export is ``{version, salt, content}``: key = Argon2id (2 passes, 19 MiB, 1 lane)
of the password with the 16-byte salt; ``content`` is base64 of nonce(12) ‖ AES-256-GCM
ciphertext‖tag, authenticated with the text ``proton.authenticator.export.v1``.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.errors import CorruptImport, PasswordRequired
from desktop.core.importers import ciphers
from desktop.core.importers.base import EntryRejected, Format, Record, Sniff
from desktop.core.importers.fields import text, unb64
from desktop.core.importers.links import account_from_link
from desktop.core.otp import Account

EXPORT_AAD = b"proton.authenticator.export.v1"


def _detect(sniff: Sniff) -> bool:
    doc = sniff.json_object()
    if doc is None or "version" not in doc:
        return False
    if isinstance(doc.get("salt"), str) and isinstance(doc.get("content"), str):
        return True
    entries = doc.get("entries")
    return isinstance(entries, list) and (
        not entries or (isinstance(entries[0], dict) and "content" in entries[0])
    )


def _encrypted(sniff: Sniff) -> bool:
    doc = sniff.json_object()
    return doc is not None and isinstance(doc.get("salt"), str)


def _read(sniff: Sniff, password: str | None) -> list[Record]:
    doc: Any = sniff.json_object()
    if _encrypted(sniff):
        if password is None:
            raise PasswordRequired(
                "this Proton Authenticator export is encrypted; give its password"
            )
        doc = _decrypt(doc, password)
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise CorruptImport("the Proton Authenticator export has no list of entries")
    return list(doc["entries"])


def _decrypt(doc: dict[str, Any], password: str) -> Any:
    salt = unb64(doc.get("salt"), "salt")
    sealed = unb64(doc.get("content"), "encrypted content")
    key = ciphers.argon2id(password, salt, iterations=2, lanes=1, memory_kib=19 * 1024)
    plain = ciphers.gcm_open(key, sealed[:12], sealed[12:], EXPORT_AAD)
    try:
        return json.loads(plain)
    except (ValueError, UnicodeDecodeError):
        raise CorruptImport("the decrypted Proton Authenticator export is not JSON") from None


def _convert(record: Record) -> Account:
    if not isinstance(record, dict) or not isinstance(record.get("content"), dict):
        raise EntryRejected("the entry has no content")
    content = record["content"]
    account = account_from_link(content.get("uri"), fallback_name=text(content, "name"))
    note = record.get("note")
    return account.edited(note=note) if isinstance(note, str) and note else account


def _describe(record: Record) -> str:
    content = record.get("content") if isinstance(record, dict) else None
    return str(content.get("name") or "") if isinstance(content, dict) else ""


FORMAT = Format(
    name="proton",
    label="Proton Authenticator",
    detect=_detect,
    read=_read,
    convert=_convert,
    describe=_describe,
    encrypted=_encrypted,
)
