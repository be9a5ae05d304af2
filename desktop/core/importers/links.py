"""Accounts from the links other apps embed: ``otpauth://`` and ``steam://SECRET``."""

from __future__ import annotations

from desktop.core.errors import InvalidInput
from desktop.core.importers.base import EntryRejected
from desktop.core.importers.fields import base32_secret, build
from desktop.core.otp import Account, OtpType
from desktop.core.uri import parse_uri

STEAM_SCHEME = "steam://"


def account_from_link(link: object, *, fallback_name: str = "") -> Account:
    if not isinstance(link, str) or not link.strip():
        raise EntryRejected("the entry has no otpauth:// link", reason="no_secret")
    link = link.strip()
    if link.lower().startswith(STEAM_SCHEME):
        secret = base32_secret(link[len(STEAM_SCHEME) :])
        return build(secret=secret, type=OtpType.STEAM, issuer="Steam", name=fallback_name)
    try:
        return parse_uri(link)
    except InvalidInput as exc:
        raise EntryRejected(exc.message) from None


def otpauth_lines(text: str) -> list[str]:
    """The non-empty, non-comment lines of a text export."""
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]
