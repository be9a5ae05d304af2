"""FreeOTP+ JSON backups: secrets as lists of signed bytes, Steam marked by its issuer."""

from __future__ import annotations

from desktop.core.importers.base import EntryRejected, Format, Record, Sniff
from desktop.core.importers.fields import algorithm, build, number, otp_type, text
from desktop.core.otp import Account, OtpType

STEAM_ISSUER = "Steam"


def _detect(sniff: Sniff) -> bool:
    doc = sniff.json_object()
    return doc is not None and isinstance(doc.get("tokens"), list)


def _read(sniff: Sniff, _password: str | None) -> list[Record]:
    doc = sniff.json_object()
    assert doc is not None
    return list(doc["tokens"])


def _secret(value: object) -> bytes:
    if not isinstance(value, list) or not value:
        raise EntryRejected("the token has no secret", reason="no_secret")
    if not all(isinstance(b, int) and not isinstance(b, bool) and -128 <= b <= 255 for b in value):
        raise EntryRejected("the token's secret is not a list of bytes", reason="secret")
    return bytes(b & 0xFF for b in value)


def _convert(record: Record) -> Account:
    if not isinstance(record, dict):
        raise EntryRejected("the token is not an object")
    kind = otp_type(record.get("type"))
    issuer = text(record, "issuerExt") or text(record, "issuerInt")
    if kind is OtpType.TOTP and issuer == STEAM_ISSUER:
        kind = OtpType.STEAM
    return build(
        secret=_secret(record.get("secret")),
        type=kind,
        issuer=issuer,
        name=text(record, "label"),
        algorithm=algorithm(record.get("algo")),
        digits=number(record, "digits", 6),
        period=number(record, "period", 30),
        counter=number(record, "counter", 0) if kind is OtpType.HOTP else 0,
    )


def _describe(record: Record) -> str:
    if not isinstance(record, dict):
        return ""
    return " ".join(str(record.get(k) or "") for k in ("issuerExt", "label")).strip()


FORMAT = Format(
    name="freeotp-plus",
    label="FreeOTP+",
    detect=_detect,
    read=_read,
    convert=_convert,
    describe=_describe,
)
