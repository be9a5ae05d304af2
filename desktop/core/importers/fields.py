"""Turning one foreign entry's fields into an account, with a reason when that is impossible."""

from __future__ import annotations

import base64
import binascii
import os
import re
from typing import Any

from desktop.core.base32 import decode_secret
from desktop.core.errors import CorruptImport, InvalidInput
from desktop.core.importers.base import EntryRejected
from desktop.core.otp import (
    MAX_DIGITS,
    MIN_DIGITS,
    STEAM_DIGITS,
    Account,
    Algorithm,
    OtpType,
)

_ALGORITHMS = {"SHA1": Algorithm.SHA1, "SHA256": Algorithm.SHA256, "SHA512": Algorithm.SHA512}


def text(record: dict[str, Any], key: str) -> str:
    """A text field; a missing or null one is empty, anything else is an error."""
    value = record.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise EntryRejected(f"the field '{key}' is not text")
    return value.strip()


def number(record: dict[str, Any], key: str, default: int) -> int:
    value = record.get(key)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) < 20:
            return int(value.strip())
        raise EntryRejected(f"the field '{key}' is not a whole number")
    return value


def algorithm(value: object) -> Algorithm:
    if value is None or value == "":
        return Algorithm.SHA1
    name = str(value).strip().upper().replace("-", "")
    if name in _ALGORITHMS:
        return _ALGORITHMS[name]
    raise EntryRejected(
        f"the {str(value)[:20]} algorithm is not supported", reason="algorithm", value=str(value)
    )


def otp_type(value: object) -> OtpType:
    name = str(value or "totp").strip().lower()
    try:
        return OtpType(name)
    except ValueError:
        shown = {"motp": "mOTP", "yandex": "Yandex"}.get(name, str(value)[:20])
        raise EntryRejected(
            f"{shown} accounts are not supported", reason="otp_type", value=shown
        ) from None


#: Base32 letters as the digits of Python's base-32 integers, for a decode done in C.
_AS_INT_DIGITS = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789abcdefghijklmnopqrstuv"
)
_CANONICAL = re.compile(r"[A-Z2-7]{1,1024}")
_VALID_TAILS = frozenset({0, 2, 4, 5, 7})


def base32_secret(value: object) -> bytes:
    if not isinstance(value, str):
        raise EntryRejected("the entry has no secret", reason="no_secret")
    if _CANONICAL.fullmatch(value) and len(value) % 8 in _VALID_TAILS:
        # What exports write (upper case, no padding): the same bytes as RFC 4648 decoding,
        # several times faster than base64.b32decode, which loops in Python.
        bits = 5 * len(value)
        number = int(value.translate(_AS_INT_DIGITS), 32) >> (bits % 8)
        return number.to_bytes(bits // 8, "big")
    try:
        return decode_secret(value)
    except InvalidInput as exc:
        raise EntryRejected(exc.message, reason="secret") from None


def build(
    *,
    secret: bytes,
    type: OtpType = OtpType.TOTP,
    issuer: str = "",
    name: str = "",
    algorithm: Algorithm = Algorithm.SHA1,
    digits: int = 6,
    period: int = 30,
    counter: int = 0,
    **presentation: Any,
) -> Account:
    """An account, or :class:`EntryRejected` whose message names what Keydesk cannot hold."""
    issuer, name = issuer.strip(), name.strip()
    if type is OtpType.STEAM:
        digits, period, algorithm = STEAM_DIGITS, 30, Algorithm.SHA1
    elif not MIN_DIGITS <= digits <= MAX_DIGITS:
        raise EntryRejected(
            f"{type.value.upper()} with {digits} digits is not supported",
            reason="digits",
            value=str(digits),
        )
    if not issuer and not name:
        raise EntryRejected("the entry has neither an issuer nor a name", reason="no_label")
    try:
        return Account(
            id=new_id(),
            secret=secret,
            type=type,
            issuer=issuer,
            name=name,
            algorithm=algorithm,
            digits=digits,
            period=period,
            counter=counter if type is OtpType.HOTP else 0,
            **presentation,
        )
    except InvalidInput as exc:
        raise EntryRejected(exc.message) from None


def new_id() -> str:
    """A random (version 4) UUID as text; ``uuid.uuid4()`` costs more than the rest of an
    entry's import, and an export of 10,000 entries makes 10,000 of them."""
    h = os.urandom(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


def split_label(label: str) -> tuple[str, str]:
    """``"Issuer:name"`` (or ``"Issuer - name"`` in old andOTP files) into its two parts."""
    for separator in (":", " - "):
        issuer, found, name = label.partition(separator)
        if found and issuer.strip() and name.strip():
            return issuer.strip(), name.strip()
    return "", label.strip()


def unb64(value: object, what: str) -> bytes:
    if not isinstance(value, str):
        raise CorruptImport(f"the {what} is missing")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise CorruptImport(f"the {what} is not valid base64") from None


def unhex(value: object, what: str) -> bytes:
    if not isinstance(value, str):
        raise CorruptImport(f"the {what} is missing")
    try:
        return bytes.fromhex(value)
    except ValueError:
        raise CorruptImport(f"the {what} is not valid hexadecimal") from None


def data_uri(mime: object, raw_b64: object) -> str:
    """An icon as a data URI (what the vault keeps), or empty when there is none."""
    if not isinstance(raw_b64, str) or not raw_b64:
        return ""
    kind = mime if isinstance(mime, str) and mime.startswith("image/") else "image/png"
    return f"data:{kind};base64,{raw_b64}"
