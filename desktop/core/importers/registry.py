"""Every import format, in the order detection tries them (most specific first)."""

from __future__ import annotations

from desktop.core.errors import UnsupportedFormat
from desktop.core.importers import (
    aegis,
    andotp,
    authpro,
    bitwarden,
    freeotp,
    google,
    keepass,
    keydesk,
    proton,
    twofas,
    urilist,
)
from desktop.core.importers.base import Format, Sniff

FORMATS: tuple[Format, ...] = (
    keepass.FORMAT,
    authpro.FORMAT,
    google.IMAGE,
    keydesk.FORMAT,
    aegis.FORMAT,
    twofas.FORMAT,
    bitwarden.JSON,
    freeotp.FORMAT,
    proton.FORMAT,
    andotp.PLAIN,
    google.TEXT,
    urilist.ENTE,
    urilist.URI_LIST,
    bitwarden.CSV,
    andotp.ENCRYPTED,  # binary with no marker at all: the last guess
)


def format_names() -> list[str]:
    return [f.name for f in FORMATS]


def by_name(name: str) -> Format:
    for candidate in FORMATS:
        if candidate.name == name:
            return candidate
    raise UnsupportedFormat(
        f"unknown import format '{name[:40]}' (known: {', '.join(format_names())})",
        reason="unknown_format",
        value=name[:40],
    )


def detect(sniff: Sniff) -> Format:
    for candidate in FORMATS:
        if candidate.detect(sniff):
            return candidate
    raise UnsupportedFormat(
        f"this file is not an export Keydesk can import: it looks like {describe(sniff)}",
        reason="unsupported",
        value=describe(sniff),
    )


def describe(sniff: Sniff) -> str:  # noqa: PLR0911 - one answer per kind of file
    """What an unrecognised file looks like, in a few words."""
    data = sniff.data
    if not data.strip():
        return "an empty file"
    if data.startswith(b"PK\x03\x04"):
        return "a ZIP archive (unpack it and import the export inside)"
    if data.startswith(b"SQLite format 3\x00"):
        return "an SQLite database (an app's internal storage; export from the app instead)"
    if data.startswith(b"\xac\xed"):
        return "a Java serialized object (FreeOTP's own backup format, which Keydesk cannot read)"
    text = sniff.text
    if text is None:
        return "binary data of an unknown kind"
    head = text.lstrip()[:200].lower()
    if head.startswith("<?xml") or head.startswith("<"):
        return "an XML or HTML document"
    doc = sniff.json
    if isinstance(doc, dict):
        keys = ", ".join(sorted(str(k) for k in doc)[:6])
        return f"a JSON object with the keys {keys}" if keys else "an empty JSON object"
    if isinstance(doc, list):
        return f"a JSON list of {len(doc)} items that are not authenticator entries"
    return "text without any otpauth:// link"
