"""Importing accounts from other authenticators: detect, preview, then commit in one save.

:func:`preview_import` is the single way in (the policy's ``allow_import`` belongs there): it
detects the format from the content, decrypts, converts every entry and sorts the results into
what would be added, duplicates of accounts already in the vault (or earlier in the file), and
entries that cannot be imported, each with its reason. Nothing is written until
:func:`commit_import`, which adds everything in one vault save: all or nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import ImportFailed, InvalidInput
from desktop.core.importers.base import (
    BatchPart,
    EntryRejected,
    Format,
    Notice,
    Skipped,
    Sniff,
)
from desktop.core.importers.google import missing_codes
from desktop.core.importers.registry import FORMATS, by_name, detect, format_names
from desktop.core.otp import Account

if TYPE_CHECKING:
    from desktop.core.vault import Vault

MAX_IMPORT_BYTES = 64 * 1024 * 1024
PROGRESS_EVERY = 250
#: ``progress(done, total)``: called while entries are converted (from the worker's thread).
Progress = Callable[[int, int], None]
_MALFORMED = (KeyError, TypeError, ValueError, AttributeError, IndexError)


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do. Nothing has been written yet."""

    format_name: str
    format_label: str
    to_add: tuple[Account, ...]
    duplicates: tuple[Account, ...]
    skipped: tuple[Skipped, ...]
    notices: tuple[str, ...] = ()
    #: The Google Authenticator QR codes read, so several files can be checked as one export.
    parts: tuple[BatchPart, ...] = ()

    @property
    def total(self) -> int:
        return len(self.to_add) + len(self.duplicates) + len(self.skipped)

    def accounts(self, with_duplicates: bool = False) -> tuple[Account, ...]:
        """What to commit: the new accounts, and the duplicates too when the user asks."""
        return self.to_add + self.duplicates if with_duplicates else self.to_add


def identify(data: bytes, format_name: str | None = None) -> tuple[Format, bool]:
    """The file's format and whether it needs a password (to ask before reading it)."""
    sniff = Sniff(data)
    chosen = by_name(format_name) if format_name else detect(sniff)
    return chosen, chosen.encrypted(sniff)


def is_encrypted(data: bytes, format_name: str | None = None) -> bool:
    return identify(data, format_name)[1]


def read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportFailed(f"{path.name} is too large to be an export ({size} bytes)")
        return path.read_bytes()
    except IsADirectoryError:
        raise ImportFailed(f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise ImportFailed(f"cannot read {path}: {exc.strerror or exc}") from None


def preview_import(
    data: bytes,
    *,
    existing: Iterable[Account] = (),
    password: str | None = None,
    format_name: str | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """Read an export and sort its entries; raises a typed :class:`ImportFailed` for the file."""
    sniff = Sniff(data)
    chosen = by_name(format_name) if format_name else detect(sniff)
    records = _read(chosen, sniff, password)
    accounts, skipped, notices, parts = _convert_all(chosen, records, progress)
    to_add, duplicates = _split_duplicates(accounts, existing)
    notices += missing_codes(parts)
    return ImportPreview(
        chosen.name,
        chosen.label,
        tuple(to_add),
        tuple(duplicates),
        tuple(skipped),
        tuple(notices),
        tuple(parts),
    )


def preview_files(
    files: list[bytes],
    *,
    existing: Iterable[Account] = (),
    password: str | None = None,
    format_name: str | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """Several exports as one import (a Google export spread over screenshots): each file
    through :func:`preview_import`, duplicates checked across them, missing codes told once."""
    known = list(existing)
    previews: list[ImportPreview] = []
    for data in files:
        previews.append(
            preview_import(
                data,
                existing=known,
                password=password,
                format_name=format_name,
                progress=progress,
            )
        )
        known.extend(previews[-1].to_add)
    if len(previews) == 1:
        return previews[0]
    names = {p.format_name for p in previews}
    parts = tuple(part for p in previews for part in p.parts)
    return ImportPreview(
        previews[0].format_name if len(names) == 1 else "several",
        previews[0].format_label if len(names) == 1 else "several formats",
        tuple(a for p in previews for a in p.to_add),
        tuple(a for p in previews for a in p.duplicates),
        tuple(s for p in previews for s in p.skipped),
        tuple(missing_codes(parts)),
        parts,
    )


def commit_import(vault: Vault, accounts: Iterable[Account]) -> int:
    """Add the accounts with one save; on any failure the vault is left as it was."""
    from desktop.core.errors import VaultError

    before = list(vault.accounts)
    ids = {a.id for a in before}
    position = max((a.position for a in before), default=-1) + 1
    added = 0
    try:
        for account in accounts:  # one pass: Vault.add would rescan the list per account
            if account.id in ids:
                raise VaultError(f"an account with id {account.id} already exists")
            ids.add(account.id)
            vault.accounts.append(account.edited(position=position + added))
            added += 1
        vault.save()
    except BaseException:
        vault.accounts[:] = before
        raise
    return added


def _read(chosen: Format, sniff: Sniff, password: str | None) -> list[object]:
    try:
        return list(chosen.read(sniff, password))
    except ImportFailed:
        raise
    except InvalidInput as exc:
        raise ImportFailed(f"the {chosen.label} file cannot be read: {exc.message}") from None
    except (*_MALFORMED, RecursionError):
        raise ImportFailed(
            f"the {chosen.label} file is damaged or incomplete", reason="corrupt"
        ) from None


def _convert_all(
    chosen: Format, records: list[object], progress: Progress | None
) -> tuple[list[Account], list[Skipped], list[str], list[BatchPart]]:
    accounts: list[Account] = []
    skipped: list[Skipped] = []
    notices: list[str] = []
    parts: list[BatchPart] = []
    total = len(records)
    for done, record in enumerate(records, start=1):
        if isinstance(record, Account):
            accounts.append(record)
        elif isinstance(record, Skipped):
            skipped.append(record)
        elif isinstance(record, Notice):
            notices.append(record.text)
        elif isinstance(record, BatchPart):
            parts.append(record)
        else:
            _convert_one(chosen, record, done, accounts, skipped)
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
            progress(done, total)
    return accounts, skipped, notices, parts


def _convert_one(
    chosen: Format, record: object, number: int, accounts: list[Account], skipped: list[Skipped]
) -> None:
    try:
        accounts.append(chosen.convert(record))
    except InvalidInput as exc:
        label = _label(chosen, record, number)
        skipped.append(Skipped(label, exc.message, exc.reason or exc.code, exc.value))
    except _MALFORMED:
        skipped.append(
            Skipped(_label(chosen, record, number), "the entry is malformed", "malformed")
        )


def _label(chosen: Format, record: object, number: int) -> str:
    try:
        label = chosen.describe(record)
    except _MALFORMED:
        label = ""
    return label or f"entry {number}"


def duplicate_key(account: Account) -> tuple[bytes, str, str]:
    """Two accounts are the same when secret, issuer and name all match."""
    return account.secret, account.issuer, account.name


def _split_duplicates(
    accounts: list[Account], existing: Iterable[Account]
) -> tuple[list[Account], list[Account]]:
    seen = {duplicate_key(a) for a in existing}
    fresh: list[Account] = []
    duplicates: list[Account] = []
    for account in accounts:
        key = duplicate_key(account)
        if key in seen:
            duplicates.append(account)
        else:
            seen.add(key)
            fresh.append(account)
    return fresh, duplicates


__all__ = [
    "FORMATS",
    "EntryRejected",
    "ImportPreview",
    "Skipped",
    "commit_import",
    "format_names",
    "identify",
    "is_encrypted",
    "preview_files",
    "preview_import",
    "read_file",
]
