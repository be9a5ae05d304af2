"""Opaque tokens, ids and one-time e-mail codes (only their hashes are stored)."""

from __future__ import annotations

import hashlib
import hmac
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


def code_hash(challenge_id: str, code: str) -> str:
    """The stored form of an e-mail code: bound to its challenge, never stored in clear."""
    return hmac.new(challenge_id.encode(), code.strip().encode(), hashlib.sha256).hexdigest()


def code_matches(challenge_id: str, code: str, stored: str | None) -> bool:
    if not stored:
        return False
    return hmac.compare_digest(code_hash(challenge_id, code), stored)
