"""What every importer shares: the sniffed input, the format description, skipped entries.

An importer is a :class:`Format`: ``detect`` looks at the content (never the file name), ``read``
decrypts and splits the file into records, ``convert`` turns one record into an account. A record
that cannot become an account raises :class:`EntryRejected` (or any :class:`InvalidInput`) and
is listed with its reason; the rest of the file still imports.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import InvalidInput
from desktop.core.otp import Account

_UNSET: Any = object()


class EntryRejected(InvalidInput):
    """One entry of an export that Keydesk cannot hold (an unsupported type, a bad value…)."""

    code = "import_entry_rejected"


@dataclass(frozen=True)
class Skipped:
    """An entry that will not be imported, and why (``reason`` is English; ``code`` is stable)."""

    label: str
    reason: str
    code: str = EntryRejected.code
    #: The value the reason quotes (a digit count, a type name), for a translated wording.
    value: str = ""


@dataclass(frozen=True)
class Notice:
    """Something the user should know about the file as a whole (a missing QR code…)."""

    text: str


@dataclass(frozen=True)
class BatchPart:
    """One QR code of a multi-code Google Authenticator export (to tell when some are missing)."""

    batch_id: int
    index: int
    size: int


class Sniff:
    """The input, with its text and JSON decoded once and only when a detector asks."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._text: str | None = _UNSET
        self._json: Any = _UNSET

    @property
    def text(self) -> str | None:
        """The content as UTF-8 text (a byte-order mark dropped), or None for binary data."""
        if self._text is _UNSET:
            try:
                decoded = self.data.decode("utf-8-sig")
            except UnicodeDecodeError:
                decoded = None
            self._text = decoded if decoded is not None and "\x00" not in decoded else None
        return self._text

    @property
    def json(self) -> Any:
        """The parsed JSON document, or None when the content is not JSON."""
        if self._json is _UNSET:
            self._json = None
            text = self.text
            if text is not None and text.lstrip()[:1] in ("{", "["):
                try:
                    self._json = json.loads(text)
                except (ValueError, RecursionError):
                    self._json = None
        return self._json

    def json_object(self) -> dict[str, Any] | None:
        value = self.json
        return value if isinstance(value, dict) else None


#: ``read`` returns records; a record may also be a ready :class:`Account`, :class:`Skipped`
#: :class:`Notice` or :class:`BatchPart`.
Record = Any


def _never(_sniff: Sniff) -> bool:
    return False


def _itself(record: Record) -> Account:
    if not isinstance(record, Account):
        raise EntryRejected("the entry is not an account")
    return record


def _no_label(record: Record) -> str:
    return record.label if isinstance(record, Account) else ""


@dataclass(frozen=True)
class Format:
    """One export format Keydesk reads."""

    name: str
    label: str
    detect: Callable[[Sniff], bool]
    read: Callable[[Sniff, str | None], Sequence[Record]]
    convert: Callable[[Record], Account] = _itself
    describe: Callable[[Record], str] = _no_label
    encrypted: Callable[[Sniff], bool] = _never
