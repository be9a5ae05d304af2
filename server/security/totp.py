"""TOTP (RFC 6238) checks: ±1 step, and a step once used is never accepted again."""

from __future__ import annotations

import hashlib
import hmac
import io
import struct
from base64 import b32decode, b32encode, b64encode
from dataclasses import dataclass
from datetime import datetime
from secrets import token_bytes
from urllib.parse import quote, urlencode

import segno

DIGESTS = {"SHA1": hashlib.sha1, "SHA256": hashlib.sha256, "SHA512": hashlib.sha512}


@dataclass(frozen=True)
class TotpParams:
    secret: str
    digits: int = 6
    period: int = 30
    algorithm: str = "SHA1"


def new_secret() -> str:
    """160 random bits, base32 without padding (what authenticator apps expect)."""
    return b32encode(token_bytes(20)).decode().rstrip("=")


def _key(secret: str) -> bytes:
    padded = secret.upper() + "=" * (-len(secret) % 8)
    return b32decode(padded)


def code_at(params: TotpParams, step: int) -> str:
    digest = hmac.new(_key(params.secret), struct.pack(">Q", step), DIGESTS[params.algorithm])
    raw = digest.digest()
    offset = raw[-1] & 0x0F
    number = struct.unpack(">I", raw[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 10**params.digits:0{params.digits}d}"


def step_of(params: TotpParams, now: datetime) -> int:
    return int(now.timestamp()) // params.period


def matching_step(
    params: TotpParams, code: str, now: datetime, last_used: int | None, window: int = 1
) -> int | None:
    """The step the code belongs to (now ±window), or None; steps ≤ last_used never match."""
    code = code.strip()
    if not code.isdigit() or len(code) != params.digits:
        return None
    current = step_of(params, now)
    for step in range(current - window, current + window + 1):
        if last_used is not None and step <= last_used:
            continue
        if hmac.compare_digest(code_at(params, step), code):
            return step
    return None


def provisioning_uri(params: TotpParams, issuer: str, account: str) -> str:
    label = quote(f"{issuer}:{account}", safe="@:")
    query = urlencode(
        {
            "secret": params.secret,
            "issuer": issuer,
            "algorithm": params.algorithm,
            "digits": params.digits,
            "period": params.period,
        }
    )
    return f"otpauth://totp/{label}?{query}"


def qr_png_base64(uri: str) -> str:
    """The enrollment QR code as a base64-encoded PNG."""
    buffer = io.BytesIO()
    segno.make(uri, error="m").save(buffer, kind="png", scale=6, border=4)
    return b64encode(buffer.getvalue()).decode()
