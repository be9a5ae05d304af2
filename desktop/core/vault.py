"""The encrypted vault: every account, names and issuers included, under one AES-256-GCM key.

The file's format is :mod:`desktop.core.envelope`: changing any byte of it is detected. Writes are atomic and keep the previous version
(:mod:`desktop.core.atomic`). A save also refuses to overwrite a file that another process has
changed since we read it, instead of silently dropping that process's edit.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import crypto
from desktop.core.atomic import write_atomic, write_new
from desktop.core.envelope import (
    UsageAnchor,
    content_digest,
    open_anchor,
    open_content,
    parse_envelope,
    seal_envelope,
    with_anchor,
)
from desktop.core.errors import (
    KeydeskError,
    KeyringError,
    NotFound,
    SlotError,
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultLocked,
    VaultTampered,
    WrongPassphrase,
)
from desktop.core.otp import Account
from desktop.core.slots import (
    Slot,
    SlotKind,
    keyring_entry,
    new_keyring_slot,
    new_passphrase_slot,
    unwrap_with_keyring,
    unwrap_with_passphrase,
)
from desktop.core.vault_file import ensure_nothing_there, read_vault_bytes

if TYPE_CHECKING:
    from desktop.core.keyring_store import KeyStore  # annotations only

VAULT_FILENAME = "vault.kdv"
#: One writer of vault files at a time in this process (saves, usage anchors from workers).
_WRITING = threading.RLock()


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
    #: The usage record's last (sequence number, line hash) as this vault last saw it.
    usage_anchor: UsageAnchor | None = field(default=None, repr=False, compare=False)

    # --- locking -------------------------------------------------------------------------

    @property
    def wiped(self) -> bool:
        return not any(self._master)

    def wipe(self) -> None:
        """Lock: overwrite the master key in place and forget the accounts. Irreversible; the
        vault must be opened again (with a slot) to be used."""
        with _WRITING:  # never while a worker seals the usage anchor with this key
            self._master[:] = bytes(len(self._master))
        self.accounts = []

    def reopen(self) -> Vault:
        """The file as it is now (another process saved it), opened with this vault's key: no
        slot, passphrase or keyring needed while unlocked."""
        self._refuse_if_wiped()
        raw = read_vault_bytes(self.path)
        header = parse_envelope(self.path, raw)
        if header["vault_id"] != self.vault_id:
            raise VaultTampered(f"{self.path} now holds another vault")
        return Vault(
            path=self.path,
            vault_id=self.vault_id,
            _master=self._master,
            slots=[Slot.from_json(item) for item in header["slots"]],
            accounts=open_content(header, self._master),
            _disk_digest=content_digest(header),
            usage_anchor=_anchor_if_sound(header, self._master),
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
        with _WRITING:  # the usage anchor may be moved on a worker thread meanwhile
            self._refuse_if_wiped()
            data = self._write(create)
        if self.on_saved is not None:
            self.on_saved(data)

    def _write(self, create: bool) -> bytes:
        if self._changed_on_disk():
            raise VaultChanged(
                "the vault was changed by another Keydesk process; reopen it and try again"
            )
        if not create:  # never move the anchor back past what another process recorded
            with contextlib.suppress(KeydeskError):
                self.usage_anchor = _later(self.usage_anchor, self._file_anchor())
        data = seal_envelope(
            self.vault_id, self._master, self.slots, self.accounts, self.usage_anchor
        )
        if create:
            try:
                write_new(self.path, data)
            except FileExistsError:
                raise VaultExists(f"a vault already exists at {self.path}") from None
        else:
            write_atomic(self.path, data)
        self._disk_digest = content_digest(parse_envelope(self.path, data))
        return data

    # --- the usage record's anchor ---------------------------------------------------------

    def _file_anchor(self) -> UsageAnchor | None:
        return open_anchor(parse_envelope(self.path, read_vault_bytes(self.path)), self._master)

    def anchor_on_disk(self) -> UsageAnchor | None:
        """The usage anchor, as far along as the file or this process has seen it."""
        self._refuse_if_wiped()
        return _later(self.usage_anchor, self._file_anchor())

    def save_usage_anchor(self, anchor: UsageAnchor) -> None:
        """Seal the usage record's new end into the vault file and change nothing else: the
        accounts' ciphertext is copied from the file as it is (another process's save stays,
        an unsaved change here stays unsaved); neither the .bak nor an automatic backup is
        written."""
        with _WRITING:  # no save between this read and this write, no lock while sealing
            self._refuse_if_wiped()
            envelope = parse_envelope(self.path, read_vault_bytes(self.path))
            if envelope["vault_id"] != self.vault_id:
                raise VaultTampered(f"{self.path} now holds another vault")
            disk = open_anchor(envelope, self._master)
            merged = _later(_later(self.usage_anchor, anchor), disk)
            assert merged is not None
            # The .bak keeps the previous *accounts*: an anchor move never replaces it.
            data = with_anchor(envelope, self._master, merged)
            write_atomic(self.path, data, keep_previous=False)
            self.usage_anchor = merged

    def changed_on_disk(self) -> bool:
        """Whether the file holds something else than this vault last read or wrote (another
        process saved it: another window, the keydesk command)."""
        return self._changed_on_disk()

    def _changed_on_disk(self) -> bool:
        if self._disk_digest is None or not self.path.exists():
            return False
        try:  # a moved usage anchor is not a change: only the header and the accounts count
            envelope = parse_envelope(self.path, read_vault_bytes(self.path))
        except KeydeskError:
            return True
        return content_digest(envelope) != self._disk_digest


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
    header = parse_envelope(path, raw)
    slots = [Slot.from_json(item) for item in header["slots"]]
    master = unlock_master(header["vault_id"], slots, passphrase, keystore)
    accounts = open_content(header, master)
    return Vault(
        path=path,
        vault_id=header["vault_id"],
        _master=bytearray(master),
        slots=slots,
        accounts=accounts,
        _disk_digest=content_digest(header),
        usage_anchor=_anchor_if_sound(header, master),
    )


def read_slots(path: Path) -> list[Slot]:
    """The slots of a locked vault (to know whether it needs a passphrase)."""
    raw = read_vault_bytes(path)
    return [Slot.from_json(item) for item in parse_envelope(path, raw)["slots"]]


def unlock_master(
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


def _anchor_if_sound(envelope: dict[str, Any], master: crypto.Key) -> UsageAnchor | None:
    """The anchor, or None when it does not open: the accounts still do, and the usage record's
    check reports the anchor (:class:`desktop.core.usage_anchor.VaultAnchor`)."""
    try:
        return open_anchor(envelope, master)
    except (VaultTampered, VaultCorrupt):
        return None


def _later(first: UsageAnchor | None, second: UsageAnchor | None) -> UsageAnchor | None:
    """The anchor further along the record (sequence numbers only grow)."""
    if first is None or second is None:
        return first or second
    return first if first[0] >= second[0] else second
