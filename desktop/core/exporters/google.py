"""Google Authenticator migration QR batches (``otpauth-migration://offline?data=…``).

The payload is a small protobuf (fields as in desktop.core.migration). Google Authenticator only
knows 6 or 8 digits, a 30-second period and SHA1/SHA256/SHA512: other accounts cannot travel
this way and are returned with the reason.
"""

from __future__ import annotations

import base64
import os
from urllib.parse import quote

from desktop.core.otp import Account, Algorithm, OtpType

#: Accounts per QR code: small enough for a phone camera to read a dense code reliably.
BATCH = 8
_ALGORITHMS = {Algorithm.SHA1: 1, Algorithm.SHA256: 2, Algorithm.SHA512: 3}
_DIGITS = {6: 1, 8: 2}


def unsupported_reason(account: Account) -> str:
    """Why Google Authenticator cannot hold the account, or empty when it can."""
    if account.type is OtpType.STEAM:
        return "Google Authenticator has no Steam codes"
    if account.digits not in _DIGITS:
        return f"Google Authenticator has no {account.digits}-digit codes"
    if account.type is OtpType.TOTP and account.period != 30:
        return f"Google Authenticator has no {account.period}-second period"
    return ""


def migration_links(accounts: list[Account], batch_id: int | None = None) -> list[str]:
    """The links of one export, :data:`BATCH` accounts per QR code."""
    if batch_id is None:
        batch_id = int.from_bytes(os.urandom(4), "big") & 0x7FFFFFFF
    chunks = [accounts[i : i + BATCH] for i in range(0, len(accounts), BATCH)]
    links = []
    for index, chunk in enumerate(chunks):
        payload = b"".join(_field(1, _parameters(a)) for a in chunk)
        payload += _varint_field(2, 1) + _varint_field(3, len(chunks))
        payload += _varint_field(4, index) + _varint_field(5, batch_id)
        data = base64.b64encode(payload).decode("ascii")
        links.append("otpauth-migration://offline?data=" + quote(data, safe=""))
    return links


def _parameters(account: Account) -> bytes:
    parts = [
        _field(1, account.secret),
        _field(2, account.name.encode("utf-8")),
        _field(3, account.issuer.encode("utf-8")),
        _varint_field(4, _ALGORITHMS[account.algorithm]),
        _varint_field(5, _DIGITS[account.digits]),
        _varint_field(6, 1 if account.type is OtpType.HOTP else 2),
    ]
    if account.type is OtpType.HOTP:
        parts.append(_varint_field(7, account.counter))
    return b"".join(parts)


def _field(number: int, value: bytes) -> bytes:
    return _varint(number << 3 | 2) + _varint(len(value)) + value


def _varint_field(number: int, value: int) -> bytes:
    return _varint(number << 3) + _varint(value)


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)
