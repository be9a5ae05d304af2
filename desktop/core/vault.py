"""The encrypted vault: every account, names and issuers included, under one AES-256-GCM key.

File layout (JSON): ``{format, version, vault_id, slots: [...], content: {nonce, data}}``. The
content is sealed with the master key and authenticated together with the header and the slots,
so changing any byte of the file is detected. Writes are atomic and keep the previous version
(:mod:`desktop.core.atomic`). A save also refuses to overwrite a file that another process has
changed since we read it, instead of silently dropping that process's edit.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import crypto
from desktop.core.atomic import backup_path, write_atomic, write_new
from desktop.core.errors import (
    KeyringError,
    NotFound,
    SlotError,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultTampered,
    VaultTooNew,
    WrongPassphrase,
)
from desktop.core.otp import Account
from desktop.core.serialize import account_from_dict, account_to_dict
from desktop.core.slots import (
    Slot,
    SlotKind,
    keyring_entry,
    new_keyring_slot,
    new_passphrase_slot,
    unwrap_with_keyring,
    unwrap_with_passphrase,
)
from desktop.core.vault_file import RESTORE_COMMAND, ensure_nothing_there, read_vault_bytes

if TYPE_CHECKING:
    from desktop.core.keyring_store import KeyStore  # annotations only

FORMAT = "keydesk-vault"
VERSION = 1
CONTENT_SCHEMA = 1
VAULT_FILENAME = "vault.kdv"
#: A SHA-256 of the header (format, version, vault_id, slots), beside it in the file.
HEADER_CHECK = "header_sha256"
ENVELOPE_KEYS = frozenset({"format", "version", "vault_id", "slots", HEADER_CHECK, "content"})
WRAPPED_KEY_BYTES = crypto.KEY_BYTES + 16  # the key and its GCM tag


class VaultChanged(VaultError):
    code = "vault_changed"


@dataclass
class Vault:
    """An unlocked vault. Change ``accounts`` through the methods, then :meth:`save`."""

    path: Path
    vault_id: str
    #: Ours alone, so that locking can overwrite it in place (wipe()).
    _master: bytearray = field(repr=False)
    slots: list[Slot]
    accounts: list[Account]
    _disk_digest: str | None = field(default=None, repr=False)
    #: Called with the bytes of every save once they are on disk (automatic backups).
    on_saved: Callable[[bytes], None] | None = field(default=None, repr=False, compare=False)

    # --- locking -------------------------------------------------------------------------

    @property
    def wiped(self) -> bool:
        return not any(self._master)

    def wipe(self) -> None:
        """Lock: overwrite the master key in place and forget the accounts. Irreversible; the
        vault must be opened again (with a slot) to be used."""
        self._master[:] = bytes(len(self._master))
        self.accounts = []

    def reopen(self) -> Vault:
        """The file as it is now (another process saved it), opened with this vault's key: no
        slot, passphrase or keyring needed while unlocked."""
        self._refuse_if_wiped()
        raw = read_vault_bytes(self.path)
        header = _parse_envelope(self.path, raw)
        if header["vault_id"] != self.vault_id:
            raise VaultTampered(f"{self.path} now holds another vault")
        return Vault(
            path=self.path,
            vault_id=self.vault_id,
            _master=self._master,
            slots=[Slot.from_json(item) for item in header["slots"]],
            accounts=_open_content(header, self._master),
            _disk_digest=_digest(raw),
        )

    def _refuse_if_wiped(self) -> None:
        if self.wiped:
            raise VaultLocked("the vault is locked; unlock it again")

    # --- accounts ------------------------------------------------------------------------

    def get(self, account_id: str) -> Account:
        for account in self.accounts:
            if account.id == account_id:
                return account
        raise NotFound(f"no account with id {account_id}")

    def add(self, account: Account) -> None:
        if any(existing.id == account.id for existing in self.accounts):
            raise VaultError(f"an account with id {account.id} already exists")
        position = max((a.position for a in self.accounts), default=-1) + 1
        self.accounts.append(account.edited(position=position))

    def update(self, account: Account) -> None:
        index = self._index(account.id)
        self.accounts[index] = account

    def remove(self, account_id: str) -> Account:
        return self.accounts.pop(self._index(account_id))

    def _index(self, account_id: str) -> int:
        for index, account in enumerate(self.accounts):
            if account.id == account_id:
                return index
        raise NotFound(f"no account with id {account_id}")

    def subkey(self, purpose: str) -> bytes:
        """A key for ``purpose`` derived from the master key (HKDF-SHA256): the usage record is
        sealed with one, so it opens exactly when the vault does and never holds the master."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        hkdf = HKDF(
            algorithm=hashes.SHA256(),
            length=32,
            salt=self.vault_id.encode(),
            info=f"keydesk {purpose}".encode(),
        )
        return hkdf.derive(bytes(self._master))

    # --- slots ---------------------------------------------------------------------------

    def add_passphrase_slot(self, passphrase: str, kdf: crypto.KdfParams | None = None) -> Slot:
        slot = new_passphrase_slot(self.vault_id, self._master, passphrase, kdf)
        self.slots.append(slot)
        self.save()
        return slot

    def add_keyring_slot(self, store: KeyStore) -> Slot:
        slot = new_keyring_slot(self.vault_id, self._master, store)
        self.slots.append(slot)
        try:
            self.save()
        except BaseException:
            self.slots.remove(slot)
            store.delete_key(keyring_entry(self.vault_id, slot.id))
            raise
        return slot

    def remove_slot(self, slot_id: str, store: KeyStore | None = None) -> Slot:
        matches = [slot for slot in self.slots if slot.id == slot_id]
        if not matches:
            raise SlotError(f"no slot with id {slot_id}")
        if len(self.slots) == 1:
            raise SlotError("this is the vault's only slot; add another before removing it")
        slot = matches[0]
        self.slots.remove(slot)
        self.save()
        if slot.kind is SlotKind.KEYRING and store is not None:
            store.delete_key(keyring_entry(self.vault_id, slot.id))
        return slot

    # --- persistence ---------------------------------------------------------------------

    def save(self, *, create: bool = False) -> None:
        """Write the vault; ``create`` writes a new file and fails if anything is there."""
        self._refuse_if_wiped()
        if self._changed_on_disk():
            raise VaultChanged(
                "the vault was changed by another Keydesk process; reopen it and try again"
            )
        data = _seal_envelope(self.vault_id, self._master, self.slots, self.accounts)
        if create:
            try:
                write_new(self.path, data)
            except FileExistsError:
                raise VaultExists(f"a vault already exists at {self.path}") from None
        else:
            write_atomic(self.path, data)
        self._disk_digest = _digest(data)
        if self.on_saved is not None:
            self.on_saved(data)

    def changed_on_disk(self) -> bool:
        """Whether the file holds something else than this vault last read or wrote (another
        process saved it: another window, the keydesk command)."""
        return self._changed_on_disk()

    def _changed_on_disk(self) -> bool:
        if self._disk_digest is None or not self.path.exists():
            return False
        return _digest(self.path.read_bytes()) != self._disk_digest


def vault_path(home: Path) -> Path:
    return home / VAULT_FILENAME


def create_vault(
    path: Path,
    *,
    passphrase: str | None = None,
    keystore: KeyStore | None = None,
    kdf: crypto.KdfParams | None = None,
) -> Vault:
    """A new, empty vault with a keyring slot, a passphrase slot, or both.

    Refused where a vault, its backup or an interrupted write's temp file exists: a new vault
    there would overwrite the backup at its second save.
    """
    ensure_nothing_there(path)
    if passphrase is None and keystore is None:
        raise SlotError("a new vault needs a keyring or a passphrase")
    import uuid  # only new vaults need it; opening one does not

    vault_id = str(uuid.uuid4())
    master = crypto.new_key()
    slots: list[Slot] = []
    if keystore is not None:
        slots.append(new_keyring_slot(vault_id, master, keystore))
    if passphrase is not None:
        slots.append(new_passphrase_slot(vault_id, master, passphrase, kdf))
    vault = Vault(path=path, vault_id=vault_id, _master=bytearray(master), slots=slots, accounts=[])
    vault.save(create=True)
    return vault


def open_vault(
    path: Path, *, passphrase: str | None = None, keystore: KeyStore | None = None
) -> Vault:
    """Unlock with the passphrase if given, else through the keyring. Never changes the file."""
    raw = read_vault_bytes(path)
    header = _parse_envelope(path, raw)
    slots = [Slot.from_json(item) for item in header["slots"]]
    master = _unlock(header["vault_id"], slots, passphrase, keystore)
    accounts = _open_content(header, master)
    return Vault(
        path=path,
        vault_id=header["vault_id"],
        _master=bytearray(master),
        slots=slots,
        accounts=accounts,
        _disk_digest=_digest(raw),
    )


def read_slots(path: Path) -> list[Slot]:
    """The slots of a locked vault (to know whether it needs a passphrase)."""
    raw = read_vault_bytes(path)
    return [Slot.from_json(item) for item in _parse_envelope(path, raw)["slots"]]


def _unlock(
    vault_id: str, slots: list[Slot], passphrase: str | None, keystore: KeyStore | None
) -> bytes:
    if passphrase is not None:
        candidates = [s for s in slots if s.kind is SlotKind.PASSPHRASE]
        if not candidates:
            raise VaultLocked("this vault has no passphrase slot; it unlocks through the keyring")
        for slot in candidates:
            try:
                return unwrap_with_passphrase(vault_id, slot, passphrase)
            except crypto.AuthenticationFailed:
                continue
        raise WrongPassphrase("wrong passphrase")
    keyring_slots = [s for s in slots if s.kind is SlotKind.KEYRING]
    if not keyring_slots or keystore is None:
        raise VaultLocked("this vault needs its passphrase (--passphrase-file)")
    last_error: KeyringError | None = None
    for slot in keyring_slots:
        try:
            return unwrap_with_keyring(vault_id, slot, keystore)
        except KeyringError as exc:
            last_error = exc
        except crypto.AuthenticationFailed:
            raise VaultTampered(
                "the key in the OS keyring does not open this vault (slot changed or wrong key)"
            ) from None
    assert last_error is not None
    raise last_error


def _header(vault_id: str, slots: list[Slot]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": vault_id,
        "slots": [slot.to_json() for slot in slots],
    }


def _seal_envelope(
    vault_id: str, master: crypto.Key, slots: list[Slot], accounts: list[Account]
) -> bytes:
    header = _header(vault_id, slots)
    content = {"schema": CONTENT_SCHEMA, "accounts": [account_to_dict(a) for a in accounts]}
    nonce, sealed = crypto.seal(master, crypto.canonical(content), crypto.canonical(header))
    envelope = {
        **header,
        HEADER_CHECK: _header_check(header),
        "content": {"nonce": crypto.b64(nonce), "data": crypto.b64(sealed)},
    }
    return json.dumps(envelope, indent=1).encode("utf-8")


def _header_check(header: dict[str, Any]) -> str:
    # Not a MAC (a forger can recompute it; the content's AEAD catches forgery): it tells a
    # damaged header apart from a wrong passphrase, which otherwise look the same.
    return hashlib.sha256(crypto.canonical(header)).hexdigest()


def _parse_envelope(path: Path, raw: bytes) -> dict[str, Any]:
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


def _open_content(envelope: dict[str, Any], master: crypto.Key) -> list[Account]:
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


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- copies: portable backups and automatic versions ---------------------------------------


def seal_portable(
    accounts: list[Account], passphrase: str, kdf: crypto.KdfParams | None = None
) -> bytes:
    """A standalone encrypted copy: a vault file of its own with one passphrase slot."""
    import uuid

    vault_id = str(uuid.uuid4())
    master = crypto.new_key()
    slots = [new_passphrase_slot(vault_id, master, passphrase, kdf)]
    return _seal_envelope(vault_id, master, slots, accounts)


def open_portable(raw: bytes, passphrase: str, source: Path) -> list[Account]:
    """The accounts of a vault file (a portable backup), opened with its passphrase."""
    header = _parse_envelope(source, raw)
    slots = [Slot.from_json(item) for item in header["slots"]]
    master = _unlock(header["vault_id"], slots, passphrase, None)
    return _open_content(header, master)


def sealed_copy(vault: Vault) -> bytes:
    """The vault as it would be saved now (automatic backups keep these)."""
    return _seal_envelope(vault.vault_id, vault._master, vault.slots, vault.accounts)


def open_copy(vault: Vault, raw: bytes, source: Path) -> list[Account]:
    """The accounts of an earlier copy of this same vault, opened with its master key."""
    header = _parse_envelope(source, raw)
    if header["vault_id"] != vault.vault_id:
        raise VaultCorrupt(f"{source.name} is a copy of another vault")
    return _open_content(header, vault._master)
