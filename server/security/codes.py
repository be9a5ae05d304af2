"""Opaque tokens, ids and one-time e-mail codes (stored only as an HMAC: see sealing.py)."""

from __future__ import annotations

import hashlib
import secrets


def new_token() -> str:
    """A bearer token: 256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(12)}"


def new_email_code(digits: int = 6) -> str:
    return f"{secrets.randbelow(10**digits):0{digits}d}"
