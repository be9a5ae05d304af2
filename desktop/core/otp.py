"""Accounts and their one-time codes (RFC 4226 HOTP, RFC 6238 TOTP, Steam Guard).

Codes are computed here (RFC 4226 §5.3 dynamic truncation over the standard library's HMAC):
it is a dozen lines, it accepts the 80-bit secrets and 4- or 5-digit codes that real services
use, and it keeps a 10 ms import off the app's start-up. Time is always passed in.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from desktop.core.errors import InvalidAccount

STEAM_ALPHABET = "23456789BCDFGHJKMNPQRTVWXY"
STEAM_DIGITS = 5
MIN_DIGITS, MAX_DIGITS = 4, 10
#: Secrets shorter than this are accepted but flagged as weak (RFC 4226 §4 recommends 160 bits).
RECOMMENDED_SECRET_BITS = 128
MAX_PERIOD = 24 * 3600
MAX_COUNTER = 2**63 - 1
MAX_TEXT = 512


class OtpType(StrEnum):
    TOTP = "totp"
    HOTP = "hotp"
    STEAM = "steam"


class Algorithm(StrEnum):
    SHA1 = "SHA1"
    SHA256 = "SHA256"
    SHA512 = "SHA512"

    @property
    def digest(self) -> Callable[..., Any]:
        return {"SHA1": hashlib.sha1, "SHA256": hashlib.sha256, "SHA512": hashlib.sha512}[
            self.value
        ]


def new_id() -> str:
    import uuid  # 3 ms (it loads platform): not needed to show accounts that already have ids

    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class Account:
    """One authenticator entry. Immutable: edits make a new value with :func:`dataclasses.replace`."""

    secret: bytes = field(repr=False)
    issuer: str = ""
    name: str = ""
    type: OtpType = OtpType.TOTP
    algorithm: Algorithm = Algorithm.SHA1
    digits: int = 6
    period: int = 30
    counter: int = 0
    group: str = ""
    tags: tuple[str, ...] = ()
    icon: str = ""
    note: str = ""
    favorite: bool = False
    position: int = 0
    #: URI parameters we do not interpret, kept so a round trip loses nothing.
    extra: tuple[tuple[str, str], ...] = ()
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        validate(self)

    @property
    def label(self) -> str:
        """What a person calls this account: "Issuer (name)", or whichever part exists."""
        if self.issuer and self.name:
            return f"{self.issuer} ({self.name})"
        return self.issuer or self.name

    @property
    def is_weak(self) -> bool:
        return len(self.secret) * 8 < RECOMMENDED_SECRET_BITS

    @property
    def is_timed(self) -> bool:
        return self.type is not OtpType.HOTP

    def edited(self, **changes: Any) -> Account:
        return replace(self, **changes)


def validate(account: Account) -> None:
    if not isinstance(account.secret, bytes) or not account.secret:
        raise InvalidAccount("secret is empty")
    if not isinstance(account.type, OtpType):
        raise InvalidAccount(f"unknown OTP type {account.type!r}")
    if not isinstance(account.algorithm, Algorithm):
        raise InvalidAccount(f"unknown algorithm {account.algorithm!r}")
    if account.type is OtpType.STEAM:
        if account.digits != STEAM_DIGITS:
            raise InvalidAccount(
                f"Steam codes have {STEAM_DIGITS} characters, not {account.digits}"
            )
    elif not MIN_DIGITS <= account.digits <= MAX_DIGITS:
        raise InvalidAccount(
            f"digits must be between {MIN_DIGITS} and {MAX_DIGITS}, not {account.digits}"
        )
    if not 1 <= account.period <= MAX_PERIOD:
        raise InvalidAccount(
            f"period must be between 1 and {MAX_PERIOD} seconds, not {account.period}"
        )
    if not 0 <= account.counter <= MAX_COUNTER:
        raise InvalidAccount(f"counter must be between 0 and {MAX_COUNTER}, not {account.counter}")
    for what, text in (("issuer", account.issuer), ("name", account.name), ("note", account.note)):
        if len(text) > MAX_TEXT * (8 if what == "note" else 1):
            raise InvalidAccount(f"{what} is too long ({len(text)} characters)")
        if what != "note" and has_control_characters(text):
            raise InvalidAccount(f"{what} contains control characters")


_CONTROL_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})


def has_control_characters(text: str) -> bool:
    """Control codes, lone surrogates and line breaks: nothing a label may hold."""
    if text.isprintable():  # the common case; every category below is non-printable
        return False
    return any(unicodedata.category(ch) in _CONTROL_CATEGORIES for ch in text)


def steam_account(secret: bytes, **fields: Any) -> Account:
    """Steam Guard is fixed at SHA1, 30 s and 5 characters."""
    return Account(secret=secret, type=OtpType.STEAM, digits=STEAM_DIGITS, period=30, **fields)


def _truncated(account: Account, counter: int) -> int:
    """RFC 4226 §5.3: 31 bits of the HMAC, picked by its last nibble."""
    mac = hmac.digest(account.secret, counter.to_bytes(8, "big"), account.algorithm.value)
    offset = mac[-1] & 0x0F
    return int.from_bytes(mac[offset : offset + 4], "big") & 0x7FFFFFFF


def _steam_encode(value: int) -> str:
    chars = []
    for _ in range(STEAM_DIGITS):
        value, index = divmod(value, len(STEAM_ALPHABET))
        chars.append(STEAM_ALPHABET[index])
    return "".join(chars)


def code_for_counter(account: Account, counter: int) -> str:
    """The code for one moving factor (HOTP counter or TOTP time step)."""
    value = _truncated(account, counter)
    if account.type is OtpType.STEAM:
        return _steam_encode(value)
    return str(value % 10**account.digits).zfill(account.digits)


def time_step(account: Account, now: float) -> int:
    return int(now // account.period)


def code_at(account: Account, now: float) -> str:
    """The current code: TOTP/Steam by time ``now`` (Unix seconds), HOTP by the stored counter."""
    if account.type is OtpType.HOTP:
        return code_for_counter(account, account.counter)
    return code_for_counter(account, time_step(account, now))


def next_code(account: Account, now: float) -> str:
    """The code that follows the current one (next period, or next counter value)."""
    if account.type is OtpType.HOTP:
        return code_for_counter(account, account.counter + 1)
    return code_for_counter(account, time_step(account, now) + 1)


def seconds_left(account: Account, now: float) -> float:
    """Seconds until the current time step ends (in (0, period])."""
    return account.period - (now % account.period)


def advance_counter(account: Account) -> Account:
    """HOTP: the account after its current code has been used."""
    return replace(account, counter=account.counter + 1)


def format_code(code: str) -> str:
    """Group digits for reading aloud: 123 456, 1234 5678, 12 345."""
    if len(code) < 6 or not code.isdigit():
        return code
    half = len(code) // 2 if len(code) % 2 == 0 else len(code) // 2 + 1
    if len(code) in (6, 9):
        half = 3
    return " ".join(code[i : i + half] for i in range(0, len(code), half))
