"""otpauth:// URIs (Google Authenticator Key Uri Format), parsed strictly and built losslessly.

Parsing tolerates what real QR codes contain (lowercase, spaced or padded secrets, a percent-encoded
colon in the label, the issuer only in the label) and rejects everything else with a message that
names the problem. Parameters we do not interpret are kept in ``Account.extra``.
"""

from __future__ import annotations

from urllib.parse import quote, unquote, urlencode

from desktop.core.base32 import decode_secret, encode_secret
from desktop.core.errors import InvalidAccount, InvalidSecret, InvalidUri
from desktop.core.otp import (
    STEAM_DIGITS,
    Account,
    Algorithm,
    OtpType,
    has_control_characters,
)

SCHEME = "otpauth://"
MAX_URI_LENGTH = 8192
_KNOWN = frozenset({"secret", "issuer", "algorithm", "digits", "period", "counter"})


def parse_uri(text: str) -> Account:
    """Parse one otpauth:// URI into an account. Raises :class:`InvalidUri` naming the problem."""
    text = text.strip()
    if len(text) > MAX_URI_LENGTH:
        raise InvalidUri(f"URI is too long ({len(text)} characters, at most {MAX_URI_LENGTH})")
    if not text.lower().startswith(SCHEME):
        raise InvalidUri("not an otpauth:// URI")
    rest = text[len(SCHEME) :]
    authority, _, after = rest.partition("/")
    label, _, query = after.partition("?")
    query = query.partition("#")[0]
    otp_type = _parse_type(authority)
    params = _parse_query(query)
    issuer, name = _parse_label(label)
    if "issuer" in params:
        issuer = params["issuer"].strip()
    if not issuer and not name:
        raise InvalidUri("the URI names neither an account nor an issuer")
    if "secret" not in params:
        raise InvalidUri("the URI has no secret parameter")
    try:
        secret = decode_secret(params["secret"])
    except InvalidSecret as exc:
        raise InvalidUri(exc.message) from exc
    if otp_type is OtpType.TOTP and params.get("encoder", "").lower() == "steam":
        otp_type = OtpType.STEAM
    extra = tuple((k, v) for k, v in params.items() if k not in _KNOWN)
    try:
        return Account(
            secret=secret,
            issuer=issuer,
            name=name,
            type=otp_type,
            algorithm=_parse_algorithm(params.get("algorithm")),
            digits=_parse_digits(params.get("digits"), otp_type),
            period=_parse_int(params.get("period"), "period", 30),
            counter=_parse_counter(params.get("counter"), otp_type),
            extra=extra,
        )
    except InvalidAccount as exc:
        raise InvalidUri(exc.message) from exc


def build_uri(account: Account) -> str:
    """The otpauth:// URI for an account; :func:`parse_uri` gives the same account back."""
    label = _build_label(account.issuer, account.name)
    params: list[tuple[str, str]] = [("secret", encode_secret(account.secret))]
    if account.issuer:
        params.append(("issuer", account.issuer))
    params.append(("algorithm", account.algorithm.value))
    params.append(("digits", str(account.digits)))
    if account.type is OtpType.HOTP:
        params.append(("counter", str(account.counter)))
    if account.type is not OtpType.HOTP or account.period != 30:
        params.append(("period", str(account.period)))
    params.extend(account.extra)
    return f"{SCHEME}{account.type.value}/{label}?{urlencode(params, quote_via=quote)}"


def _parse_type(authority: str) -> OtpType:
    if not authority:
        raise InvalidUri("the URI has no type (expected otpauth://totp/…, hotp or steam)")
    try:
        return OtpType(authority.lower())
    except ValueError:
        raise InvalidUri(
            f"unsupported OTP type '{authority[:40]}' (expected totp, hotp or steam)"
        ) from None


def _parse_query(query: str) -> dict[str, str]:
    params: dict[str, str] = {}
    for part in query.split("&"):
        if not part:
            continue
        raw_key, _, raw_value = part.partition("=")
        key = _decode(raw_key, "parameter name").lower()
        if key in params:
            raise InvalidUri(f"parameter '{key[:40]}' appears more than once")
        params[key] = _decode(raw_value.replace("+", " "), f"parameter '{key[:40]}'")
    return params


def _parse_label(raw: str) -> tuple[str, str]:
    # The separator may be a literal or percent-encoded colon; split before decoding the parts
    # so that a name containing an encoded colon in the issuer position is still one name.
    raw = raw.replace("%3a", "%3A")
    if ":" in raw:
        raw_issuer, _, raw_name = raw.partition(":")
    elif "%3A" in raw:
        raw_issuer, _, raw_name = raw.partition("%3A")
    else:
        raw_issuer, raw_name = "", raw
    issuer = _decode(raw_issuer, "label").strip()
    name = _decode(raw_name, "label").strip()
    for part in (issuer, name):
        if has_control_characters(part):
            raise InvalidUri("the label contains control characters")
    return issuer, name


def _decode(raw: str, what: str) -> str:
    try:
        return unquote(raw, errors="strict")
    except UnicodeDecodeError:
        raise InvalidUri(f"{what} is not valid percent-encoded UTF-8") from None


def _parse_algorithm(value: str | None) -> Algorithm:
    if value is None:
        return Algorithm.SHA1
    normalized = value.strip().upper().replace("-", "")
    try:
        return Algorithm(normalized)
    except ValueError:
        raise InvalidUri(
            f"unsupported algorithm '{value[:20]}' (expected SHA1, SHA256 or SHA512)"
        ) from None


def _parse_int(value: str | None, what: str, default: int) -> int:
    if value is None:
        return default
    stripped = value.strip()
    if not stripped.isdigit() or not stripped.isascii() or len(stripped) > 19:
        raise InvalidUri(f"{what} must be a whole number, not '{value[:20]}'")
    return int(stripped)


def _parse_digits(value: str | None, otp_type: OtpType) -> int:
    if otp_type is OtpType.STEAM:
        return STEAM_DIGITS
    return _parse_int(value, "digits", 6)


def _parse_counter(value: str | None, otp_type: OtpType) -> int:
    if otp_type is OtpType.HOTP and value is None:
        raise InvalidUri("an HOTP URI needs a counter parameter")
    return _parse_int(value, "counter", 0) if otp_type is OtpType.HOTP else 0


def _build_label(issuer: str, name: str) -> str:
    safe_issuer = quote(issuer, safe="")
    safe_name = quote(name, safe="")
    if issuer or ":" in name:
        # An empty prefix keeps a name that contains a colon from being read as "issuer:name".
        return f"{safe_issuer}:{safe_name}"
    return safe_name
