"""Tolerant base32 for OTP secrets: any case, spaces and dashes, missing padding."""

from __future__ import annotations

import base64
import binascii
import re

from desktop.core.errors import InvalidSecret

_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_IGNORED = frozenset(" \t-")
# Lengths mod 8 that a base32 string without padding can have.
_VALID_TAILS = frozenset({0, 2, 4, 5, 7})
_CANONICAL = re.compile(r"[A-Z2-7]+")


def decode_secret(text: str) -> bytes:
    """Decode a user-supplied base32 secret, naming the first bad character (1-based position)."""
    if _CANONICAL.fullmatch(text) and len(text) % 8 in _VALID_TAILS:
        # What we write ourselves (vault, URIs): skip the character-by-character checks.
        return base64.b32decode(text + "=" * (-len(text) % 8))
    chars: list[str] = []
    for position, char in enumerate(text, start=1):
        if char in _IGNORED:
            continue
        upper = char.upper()
        if upper in _ALPHABET:
            chars.append(upper)
        elif char == "=":
            break
        else:
            shown = char if char.isprintable() else repr(char)[1:-1]
            raise InvalidSecret(
                f"secret is not valid base32: character '{shown}' at position {position}"
            )
    tail = text[text.find("=") :] if "=" in text else ""
    if tail.strip("=").strip():
        raise InvalidSecret("secret is not valid base32: text after the '=' padding")
    if not chars:
        raise InvalidSecret("secret is empty")
    if len(chars) % 8 not in _VALID_TAILS:
        raise InvalidSecret(
            f"secret is not valid base32: {len(chars)} characters is not a possible length"
        )
    joined = "".join(chars)
    padded = joined + "=" * (-len(joined) % 8)
    try:
        return base64.b32decode(padded)
    except binascii.Error as exc:  # pragma: no cover - guarded above, kept for safety
        raise InvalidSecret("secret is not valid base32") from exc


def encode_secret(secret: bytes) -> str:
    """Canonical form: upper case, no padding (what authenticator URIs use)."""
    return base64.b32encode(secret).decode("ascii").rstrip("=")
