"""What a scanned or pasted text holds: an authenticator setup code, or something else.

:func:`read_payload` returns the accounts of an ``otpauth://`` link, an ``otpauth-migration://``
export or a bare base32 secret. Any other text raises :class:`NotAnAuthenticatorCode` whose
message says what the code holds ("a web address: https://…") without repeating anything secret
(a Wi-Fi password, a token in a link's query).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from desktop.core.base32 import decode_secret
from desktop.core.errors import InvalidInput, InvalidUri, NotAnAuthenticatorCode
from desktop.core.migration import SCHEME as MIGRATION_SCHEME
from desktop.core.migration import MigrationPayload, parse_migration_uri
from desktop.core.otp import Account, steam_account
from desktop.core.uri import SCHEME as OTPAUTH_SCHEME
from desktop.core.uri import parse_uri

#: A bare secret must be at least 80 bits (16 base32 characters) to be taken for one.
MIN_BARE_SECRET_CHARS = 16
_BASE32_TEXT = re.compile(r"[A-Za-z2-7][A-Za-z2-7 \-]*={0,6}")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+?[\d\s().-]{7,20}")
_EXCERPT = 60
_STEAM_SCHEME = "steam://"


class PayloadKind(StrEnum):
    OTPAUTH = "otpauth"
    MIGRATION = "migration"
    SECRET = "secret"  # noqa: S105 - the kind of payload, not a password


@dataclass(frozen=True)
class Payload:
    kind: PayloadKind
    accounts: tuple[Account, ...]
    migration: MigrationPayload | None = None


def read_payload(text: str) -> Payload:
    """Classify ``text`` and parse it; raise a typed :class:`InvalidInput` otherwise."""
    stripped = text.strip()
    lower = stripped.lower()
    if lower.startswith(OTPAUTH_SCHEME):
        try:
            return Payload(PayloadKind.OTPAUTH, (parse_uri(stripped),))
        except InvalidUri as exc:
            raise InvalidUri(f"This authenticator link cannot be used: {exc.message}") from None
    if lower.startswith(MIGRATION_SCHEME):
        migration = parse_migration_uri(stripped)
        return Payload(PayloadKind.MIGRATION, migration.accounts, migration)
    if lower.startswith(_STEAM_SCHEME):
        secret = decode_secret(stripped[len(_STEAM_SCHEME) :])
        return Payload(PayloadKind.SECRET, (steam_account(secret),))
    secret_account = _bare_secret(stripped)
    if secret_account is not None:
        return Payload(PayloadKind.SECRET, (secret_account,))
    raise describe_other(stripped)


def _bare_secret(text: str) -> Account | None:
    if not _BASE32_TEXT.fullmatch(text):
        return None
    if len(text.replace(" ", "").replace("-", "").rstrip("=")) < MIN_BARE_SECRET_CHARS:
        return None
    if any(ch.islower() for ch in text) and any(ch.isupper() for ch in text):
        return None  # Mixed case is a word or a password, not a secret someone copied.
    try:
        return Account(secret=decode_secret(text))
    except InvalidInput:
        return None


def describe_other(text: str) -> NotAnAuthenticatorCode:
    """The error for a text that is not an authenticator code, saying what it is."""
    kind, what, detail = _identify(text)
    if kind == "prefixed":
        return NotAnAuthenticatorCode(
            f"This QR code holds an authenticator link behind other text (“{detail}”); only a "
            "code that starts with otpauth:// or otpauth-migration:// can be used",
            kind,
            detail,
        )
    if kind in ("binary", "text") and not detail.startswith("“"):
        shown = f"{what} ({detail})"
    else:
        shown = f"{what}: {detail}" if detail else what
    return NotAnAuthenticatorCode(
        f"This QR code holds {shown}, not an authenticator setup code", kind, detail
    )


def _identify(text: str) -> tuple[str, str, str]:  # noqa: PLR0911 - one answer per kind
    """(kind, what it is in English, a safe excerpt)."""
    lower = text.lower()
    if not text:
        return "empty", "no text", ""
    if OTPAUTH_SCHEME in lower or MIGRATION_SCHEME in lower:
        start = lower.find("otpauth")
        return "prefixed", "an authenticator link behind other text", _excerpt(text[:start], 24)
    for prefixes, kind, what, excerpt in _BY_PREFIX:
        if lower.startswith(prefixes):
            return kind, what, excerpt(text)
    if _EMAIL.fullmatch(text):
        return "email", "an e-mail address", _excerpt(text)
    if _PHONE.fullmatch(text) and sum(c.isdigit() for c in text) >= 7:
        return "phone", "a phone number", _excerpt(text)
    if re.match(r"[a-z][a-z0-9+.-]{1,30}://", lower):
        return "link", "a link", _safe_url(text)
    if any(not ch.isprintable() and ch not in "\r\n\t" for ch in text):
        return "binary", "binary data", f"{len(text)} characters"
    if " " in text.strip():
        return "text", "plain text", f"“{_excerpt(text, 30)}”"
    return "text", "text", f"{len(text)} characters"


def _email_in(text: str) -> str:
    found = _EMAIL.search(text)
    return _excerpt(found.group(0)) if found else ""


def _after_colon(text: str) -> str:
    return _excerpt(text.partition(":")[2].split("?", maxsplit=1)[0])


def _nothing(_text: str) -> str:
    return ""


def _safe_url(text: str) -> str:
    """Scheme, host and path only: queries and fragments often carry tokens."""
    try:
        parts = urlsplit(text if "://" in text else f"https://{text}")
    except ValueError:
        return ""
    host = parts.hostname or ""
    shown = f"{parts.scheme}://{host}{parts.path}" if "://" in text else f"{host}{parts.path}"
    return _excerpt(shown + ("…" if parts.query or parts.fragment else ""))


def _field(text: str, pattern: str) -> str:
    match = re.search(pattern, text, flags=re.IGNORECASE)
    return _excerpt(match.group(1).replace("\\", "")) if match else ""


def _excerpt(text: str, limit: int = _EXCERPT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


_BY_PREFIX: tuple[tuple[tuple[str, ...], str, str, Callable[[str], str]], ...] = (
    (("http://", "https://", "www."), "url", "a web address", _safe_url),
    (
        ("wifi:",),
        "wifi",
        "Wi-Fi network settings",
        lambda t: _field(t, r"(?:^|;|:)S:((?:\\.|[^;])*)"),
    ),
    (
        ("begin:vcard", "mecard:"),
        "contact",
        "a contact card",
        lambda t: _field(t, r"(?:^|\n|:|;)(?:FN|N)[:;]([^;\r\n]*)"),
    ),
    (
        ("begin:vevent", "begin:vcalendar"),
        "event",
        "a calendar event",
        lambda t: _field(t, r"SUMMARY[^:]*:([^\r\n]*)"),
    ),
    (("mailto:", "matmsg:"), "email", "an e-mail address", _email_in),
    (("tel:",), "phone", "a phone number", _after_colon),
    (("sms:", "smsto:"), "sms", "a text message", _nothing),
    (("geo:",), "geo", "a map location", _after_colon),
    (
        ("bitcoin:", "ethereum:", "litecoin:", "monero:"),
        "payment",
        "a payment request",
        lambda t: t.partition(":")[0].lower(),
    ),
)
