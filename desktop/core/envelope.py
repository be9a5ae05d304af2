"""The vault file's format: the envelope around the sealed accounts.

``{format, version, vault_id, slots: [...], header_sha256, content: {nonce, data}}``. The content
is sealed with the master key and authenticated together with the header and the slots; the
header's SHA-256 beside it tells a damaged header apart from a wrong passphrase.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from desktop.core import crypto
from desktop.core.atomic import backup_path
from desktop.core.errors import VaultCorrupt, VaultTampered, VaultTooNew
from desktop.core.otp import Account
from desktop.core.serialize import account_from_dict, account_to_dict
from desktop.core.slots import Slot
from desktop.core.vault_file import RESTORE_COMMAND

FORMAT = "keydesk-vault"
VERSION = 1
CONTENT_SCHEMA = 1
#: A SHA-256 of the header (format, version, vault_id, slots), beside it in the file.
HEADER_CHECK = "header_sha256"
ENVELOPE_KEYS = frozenset({"format", "version", "vault_id", "slots", HEADER_CHECK, "content"})
WRAPPED_KEY_BYTES = crypto.KEY_BYTES + 16  # the key and its GCM tag


def header_of(vault_id: str, slots: list[Slot]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": vault_id,
        "slots": [slot.to_json() for slot in slots],
    }


#: The usage record's last sequence number and line hash (:mod:`desktop.core.usage_log`).
UsageAnchor = tuple[int, str]
ANCHOR_KEY = "usage_anchor"


def seal_envelope(
    vault_id: str,
    master: crypto.Key,
    slots: list[Slot],
    accounts: list[Account],
    usage_anchor: UsageAnchor | None = None,
) -> bytes:
    header = header_of(vault_id, slots)
    content = {"schema": CONTENT_SCHEMA, "accounts": [account_to_dict(a) for a in accounts]}
    nonce, sealed = crypto.seal(master, crypto.canonical(content), crypto.canonical(header))
    return _dump(header, master, nonce, sealed, usage_anchor)


def with_anchor(envelope: dict[str, Any], master: crypto.Key, anchor: UsageAnchor) -> bytes:
    """The same vault file with another usage anchor: the accounts' ciphertext is kept as it
    is, so moving the anchor never writes an unsaved change and never re-encrypts."""
    return _dump(_header(envelope), master, envelope["_nonce"], envelope["_data"], anchor)


def _dump(
    header: dict[str, Any],
    master: crypto.Key,
    nonce: bytes,
    sealed: bytes,
    anchor: UsageAnchor | None,
) -> bytes:
    content: dict[str, Any] = {"nonce": crypto.b64(nonce), "data": crypto.b64(sealed)}
    if anchor is not None:  # inside "content": an older Keydesk reads past it
        plain = crypto.canonical({"seq": anchor[0], "hash": anchor[1]})
        anchor_nonce, data = crypto.seal(master, plain, _anchor_aad(header, nonce))
        content[ANCHOR_KEY] = {"nonce": crypto.b64(anchor_nonce), "data": crypto.b64(data)}
    envelope = {**header, HEADER_CHECK: _header_check(header), "content": content}
    return json.dumps(envelope, indent=1).encode("utf-8")


def _anchor_aad(header: dict[str, Any], content_nonce: bytes) -> bytes:
    # Bound to this very ciphertext of the accounts: an anchor moved over from another vault
    # file, or from before the accounts last changed, does not open.
    return crypto.canonical(header) + b" usage anchor " + content_nonce


def _header(envelope: dict[str, Any]) -> dict[str, Any]:
    return {key: envelope[key] for key in ("format", "version", "vault_id", "slots")}


def content_digest(envelope: dict[str, Any]) -> str:
    """What a save changes (the header and the accounts' ciphertext), and not the anchor,
    which other processes move on as they record: a moved anchor is no outside change."""
    digest = hashlib.sha256(crypto.canonical(_header(envelope)))
    digest.update(envelope["_nonce"])
    digest.update(envelope["_data"])
    return digest.hexdigest()


def open_anchor(envelope: dict[str, Any], master: crypto.Key) -> UsageAnchor | None:
    """The usage anchor the file holds (None when it holds none); a changed one is tampering."""
    sealed = envelope["content"].get(ANCHOR_KEY)
    if sealed is None:
        return None
    aad = _anchor_aad(_header(envelope), envelope["_nonce"])
    try:
        plain = crypto.open_sealed(
            master, crypto.unb64(sealed["nonce"]), crypto.unb64(sealed["data"]), aad
        )
        anchor = json.loads(plain)
        return int(anchor["seq"]), str(anchor["hash"])
    except crypto.AuthenticationFailed:
        raise VaultTampered(
            "the vault's anchor of the usage record was changed outside Keydesk"
        ) from None
    except (KeyError, TypeError, ValueError):
        raise VaultCorrupt("the vault's anchor of the usage record is damaged") from None


def _header_check(header: dict[str, Any]) -> str:
    # Not a MAC (a forger can recompute it; the content's AEAD catches forgery): it tells a
    # damaged header apart from a wrong passphrase, which otherwise look the same.
    return hashlib.sha256(crypto.canonical(header)).hexdigest()


def parse_envelope(path: Path, raw: bytes) -> dict[str, Any]:
    hint = (
        f" (the previous version is kept at {backup_path(path)}; '{RESTORE_COMMAND}' puts it back)"
        if backup_path(path).exists()
        else ""
    )
    try:
        envelope = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise VaultCorrupt(f"the vault file {path} is damaged or truncated{hint}") from None
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise VaultCorrupt(f"{path} is not a Keydesk vault{hint}")
    version = envelope.get("version")
    if not isinstance(version, int) or version < 1:
        raise VaultCorrupt(f"the vault file {path} has no valid version{hint}")
    if version > VERSION:
        raise VaultTooNew(
            f"the vault was written by a newer Keydesk (format {version}); update Keydesk"
        )
    try:
        slots = envelope["slots"]
        _check_slots([Slot.from_json(item) for item in slots])
        content = envelope["content"]
        envelope["_nonce"] = crypto.unb64(content["nonce"])
        envelope["_data"] = crypto.unb64(content["data"])
        if not isinstance(envelope["vault_id"], str) or not slots:
            raise ValueError("no slots")
        if not set(envelope) <= ENVELOPE_KEYS | {"_nonce", "_data"}:
            raise ValueError("a key this version never writes")
    except (KeyError, TypeError, ValueError):
        raise VaultCorrupt(
            f"the vault file {path} is damaged: its header is incomplete{hint}"
        ) from None
    _verify_header_check(path, envelope, hint)
    return envelope


def _check_slots(slots: list[Slot]) -> None:
    for slot in slots:
        if len(slot.nonce) != crypto.NONCE_BYTES or len(slot.wrapped_key) != WRAPPED_KEY_BYTES:
            raise ValueError("a slot's key or nonce has the wrong length")


def _verify_header_check(path: Path, envelope: dict[str, Any], hint: str) -> None:
    stored = envelope.get(HEADER_CHECK)
    if stored is None:
        return  # written before the check existed
    header = {key: envelope[key] for key in ("format", "version", "vault_id", "slots")}
    if stored != _header_check(header):
        raise VaultCorrupt(
            f"the vault file {path} is damaged: its vault id or slots were changed, so no "
            f"passphrase or key can open it{hint}"
        )


def open_content(envelope: dict[str, Any], master: crypto.Key) -> list[Account]:
    header = {key: envelope[key] for key in ("format", "version", "vault_id", "slots")}
    try:
        plain = crypto.open_sealed(
            master, envelope["_nonce"], envelope["_data"], crypto.canonical(header)
        )
    except crypto.AuthenticationFailed:
        raise VaultTampered(
            "the vault file was modified outside Keydesk and cannot be trusted"
        ) from None
    try:
        content = json.loads(plain)
        if content["schema"] > CONTENT_SCHEMA:
            raise VaultTooNew("the vault's content was written by a newer Keydesk; update Keydesk")
        return [account_from_dict(item) for item in content["accounts"]]
    except (KeyError, TypeError, ValueError):
        raise VaultCorrupt("the vault's content is not in the expected format") from None
