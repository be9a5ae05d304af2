"""Accounts from the links other apps embed: ``otpauth://`` and ``steam://SECRET``."""

from __future__ import annotations

import re

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
    return parse_link(link)


def parse_link(link: str) -> Account:
    """An otpauth:// link; a refusal keeps the URI parser's words and gains a reason code."""
    try:
        return parse_uri(link)
    except InvalidInput as exc:
        raise rejected(exc.message) from None


_KNOWN_REFUSALS = (
    (re.compile(r"digits must be between \d+ and \d+, not (\d+)"), "digits"),
    (re.compile(r"unsupported algorithm '([^']*)'"), "algorithm"),
    (re.compile(r"unsupported OTP type '([^']*)'"), "otp_type"),
    (re.compile(r"secret is not valid base32"), "secret"),
)


def rejected(message: str) -> EntryRejected:
    for pattern, reason in _KNOWN_REFUSALS:
        found = pattern.search(message)
        if found:
            value = found.group(1) if found.groups() else ""
            return EntryRejected(message, reason=reason, value=value)
    return EntryRejected(message)


def otpauth_lines(text: str) -> list[str]:
    """The non-empty, non-comment lines of a text export."""
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]
