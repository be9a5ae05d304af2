"""Google Authenticator exports: ``otpauth-migration://offline?data=…`` payloads and their batches.

The data is URL-encoded base64 of a small protobuf message. A tiny wire-format reader is enough
for it (no protobuf dependency). An export of many accounts is split over several QR codes that
share one ``batch_id``; :class:`MigrationBatch` collects them and refuses codes of another export.
Every problem raises :class:`InvalidMigration` or :class:`MigrationBatchMismatch`; messages never
contain secrets.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeVar
from urllib.parse import unquote

from desktop.core.errors import InvalidInput, InvalidMigration, MigrationBatchMismatch
from desktop.core.otp import Account, Algorithm, OtpType

SCHEME = "otpauth-migration://"
MAX_DATA_CHARS = 16384
_MAX_VARINT_BYTES = 10
_ALGORITHMS = {0: Algorithm.SHA1, 1: Algorithm.SHA1, 2: Algorithm.SHA256, 3: Algorithm.SHA512}
_DIGITS = {0: 6, 1: 6, 2: 8}
_TYPES = {0: OtpType.TOTP, 1: OtpType.HOTP, 2: OtpType.TOTP}
_VARINT, _FIXED64, _LENGTH, _FIXED32 = 0, 1, 2, 5

Field = tuple[int, int, int | bytes]
_T = TypeVar("_T")


@dataclass(frozen=True)
class MigrationPayload:
    """One QR code of an export: its accounts and its place in the batch."""

    accounts: tuple[Account, ...]
    batch_id: int = 0
    batch_index: int = 0
    batch_size: int = 1
    version: int = 0


def parse_migration_uri(text: str) -> MigrationPayload:
    """Parse an ``otpauth-migration://offline?data=…`` link."""
    text = text.strip()
    if not text.lower().startswith(SCHEME):
        raise InvalidMigration("not an otpauth-migration:// link")
    query = text.partition("?")[2]
    raw_data = ""
    # Parse by hand: urllib's query parsing would turn the raw "+" some exports carry into spaces.
    for part in query.split("&"):
        key, _, value = part.partition("=")
        if key.lower() == "data":
            raw_data = value
    if not raw_data:
        raise InvalidMigration("the export link has no data parameter")
    if len(raw_data) > MAX_DATA_CHARS:
        raise InvalidMigration("the export link's data is too long")
    return parse_migration_data(_decode_base64(unquote(raw_data)))


def _decode_base64(text: str) -> bytes:
    cleaned = "".join(text.split()).replace("-", "+").replace("_", "/").rstrip("=")
    if len(cleaned) % 4 == 1:
        raise InvalidMigration("the export link's data is not valid base64 (wrong length)")
    try:
        return base64.b64decode(cleaned + "=" * (-len(cleaned) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise InvalidMigration("the export link's data is not valid base64") from None


def parse_migration_data(data: bytes) -> MigrationPayload:
    """Parse the protobuf ``MigrationPayload`` message."""
    accounts: list[Account] = []
    numbers = {2: 0, 3: 1, 4: 0, 5: 0}
    for number, wire, value in _fields(data):
        if number == 1 and wire == _LENGTH:
            assert isinstance(value, bytes)
            accounts.append(_parse_account(value, len(accounts) + 1))
        elif number in numbers and wire == _VARINT:
            assert isinstance(value, int)
            numbers[number] = _int32(value)
    if not accounts:
        raise InvalidMigration("the export holds no accounts")
    version, size, index, batch_id = numbers[2], numbers[3], numbers[4], numbers[5]
    if size < 1 or not 0 <= index < size:
        raise InvalidMigration(f"the export's batch position is invalid ({index + 1} of {size})")
    return MigrationPayload(tuple(accounts), batch_id, index, size, version)


def _parse_account(data: bytes, position: int) -> Account:
    values: dict[int, int | bytes] = {}
    for number, _wire, value in _fields(data):
        values[number] = value
    secret = _bytes(values.get(1, b""), position, "secret")
    name = _text(values.get(2, b""), position, "name")
    issuer = _text(values.get(3, b""), position, "issuer")
    algorithm = _enum(values.get(4, 0), _ALGORITHMS, position, "algorithm")
    digits = _enum(values.get(5, 0), _DIGITS, position, "digit count")
    otp_type = _enum(values.get(6, 0), _TYPES, position, "type")
    counter = values.get(7, 0)
    if not isinstance(counter, int):
        raise InvalidMigration(f"account {position} of the export has an invalid counter")
    issuer, name = _split_label(issuer.strip(), name.strip())
    try:
        return Account(
            secret=secret,
            issuer=issuer,
            name=name,
            type=otp_type,
            algorithm=algorithm,
            digits=digits,
            counter=counter if otp_type is OtpType.HOTP else 0,
        )
    except InvalidInput as exc:
        raise InvalidMigration(f"account {position} of the export is invalid: {exc}") from None


def _split_label(issuer: str, name: str) -> tuple[str, str]:
    prefix, sep, rest = name.partition(":")
    if sep and not issuer:
        return prefix.strip(), rest.strip()
    if sep and prefix.strip() == issuer:
        return issuer, rest.strip()
    return issuer, name


def _bytes(value: int | bytes, position: int, what: str) -> bytes:
    if not isinstance(value, bytes) or not value:
        raise InvalidMigration(f"account {position} of the export has no valid {what}")
    return value


def _text(value: int | bytes, position: int, what: str) -> str:
    if not isinstance(value, bytes):
        raise InvalidMigration(f"account {position} of the export has an invalid {what}")
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidMigration(
            f"account {position} of the export has a {what} that is not UTF-8"
        ) from None


def _enum(value: int | bytes, table: dict[int, _T], position: int, what: str) -> _T:
    if isinstance(value, int) and value in table:
        return table[value]
    shown = value if isinstance(value, int) else "?"
    raise InvalidMigration(f"account {position} of the export has an unsupported {what} ({shown})")


def _int32(value: int) -> int:
    """Protobuf int32: negative numbers arrive as 10-byte varints (two's complement, 64 bits)."""
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value >= 1 << 31 else value


def _fields(data: bytes) -> Iterator[Field]:
    """Yield (field number, wire type, value) of a protobuf message; raise on malformed input."""
    pos = 0
    while pos < len(data):
        key, pos = _varint(data, pos)
        number, wire = key >> 3, key & 7
        if number == 0:
            raise InvalidMigration("the export's data is damaged (field number 0)")
        if wire == _VARINT:
            value, pos = _varint(data, pos)
            yield number, wire, value
        elif wire == _LENGTH:
            length, pos = _varint(data, pos)
            if length > len(data) - pos:
                raise InvalidMigration("the export's data is damaged (truncated field)")
            yield number, wire, data[pos : pos + length]
            pos += length
        elif wire in (_FIXED64, _FIXED32):
            size = 8 if wire == _FIXED64 else 4
            if size > len(data) - pos:
                raise InvalidMigration("the export's data is damaged (truncated field)")
            yield number, wire, int.from_bytes(data[pos : pos + size], "little")
            pos += size
        else:
            raise InvalidMigration(f"the export's data is damaged (wire type {wire})")


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    result = 0
    for shift in range(0, 7 * _MAX_VARINT_BYTES, 7):
        if pos >= len(data):
            raise InvalidMigration("the export's data is damaged (truncated number)")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result & 0xFFFFFFFFFFFFFFFF, pos
    raise InvalidMigration("the export's data is damaged (number too long)")


@dataclass
class MigrationBatch:
    """Collects the QR codes of one export; accounts are handed over once all have been seen."""

    batch_id: int | None = None
    batch_size: int = 0
    _parts: dict[int, MigrationPayload] = field(default_factory=dict)

    @property
    def scanned(self) -> int:
        return len(self._parts)

    @property
    def complete(self) -> bool:
        return self.batch_size > 0 and self.scanned == self.batch_size

    @property
    def missing(self) -> list[int]:
        """1-based positions of the codes not scanned yet."""
        return [i + 1 for i in range(self.batch_size) if i not in self._parts]

    def add(self, payload: MigrationPayload) -> bool:
        """Add one code; True when it was new. Raises when it belongs to another export."""
        if self.batch_id is None:
            self.batch_id, self.batch_size = payload.batch_id, payload.batch_size
        elif payload.batch_id != self.batch_id or payload.batch_size != self.batch_size:
            raise MigrationBatchMismatch(
                "this QR code belongs to another Google Authenticator export; finish the "
                f"current one first ({self.scanned} of {self.batch_size} scanned)"
            )
        if payload.batch_index in self._parts:
            return False
        self._parts[payload.batch_index] = payload
        return True

    def accounts(self) -> list[Account]:
        """Every account of the scanned codes, in export order."""
        return [a for i in sorted(self._parts) for a in self._parts[i].accounts]

    def progress_text(self) -> str:
        return f"{self.scanned} of {self.batch_size} scanned"


__all__ = [
    "MigrationBatch",
    "MigrationPayload",
    "parse_migration_data",
    "parse_migration_uri",
]
