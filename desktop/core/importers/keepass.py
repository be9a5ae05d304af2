"""KeePass / KeePassXC databases (``.kdbx``): the entries that hold a TOTP, read with pykeepass.

KeePassXC keeps an ``otp`` attribute with an otpauth URI; older versions (and the KeeTrayTOTP
plug-in) use ``TOTP Seed`` (base32) with ``TOTP Settings`` = ``"period;digits"``, where the
digits may be ``S`` for Steam.
"""

from __future__ import annotations

import io
from typing import Any

from desktop.core.errors import CorruptImport, PasswordRequired, WrongImportPassword
from desktop.core.importers.base import EntryRejected, Format, Record, Sniff
from desktop.core.importers.fields import base32_secret, build
from desktop.core.importers.links import account_from_link
from desktop.core.otp import Account, OtpType

KDBX_MAGIC = bytes.fromhex("03d9a29a")
SEED, SETTINGS = "TOTP Seed", "TOTP Settings"


def _detect(sniff: Sniff) -> bool:
    return sniff.data.startswith(KDBX_MAGIC)


def _read(sniff: Sniff, password: str | None) -> list[Record]:
    if password is None:
        raise PasswordRequired("this KeePass database is encrypted; give its password")
    import construct
    from pykeepass import PyKeePass
    from pykeepass.exceptions import CredentialsError, HeaderChecksumError, PayloadChecksumError

    try:
        database = PyKeePass(io.BytesIO(sniff.data), password=password)
    except CredentialsError:
        raise WrongImportPassword("the password does not open this KeePass database") from None
    except (HeaderChecksumError, PayloadChecksumError, construct.ConstructError, ValueError):
        raise CorruptImport("the KeePass database is damaged or in an unknown version") from None
    return [_record(entry) for entry in database.entries if _has_totp(entry)]


def _has_totp(entry: Any) -> bool:
    return bool(entry.otp or entry.get_custom_property(SEED))


def _record(entry: Any) -> dict[str, str]:
    return {
        "otp": entry.otp or "",
        "seed": entry.get_custom_property(SEED) or "",
        "settings": entry.get_custom_property(SETTINGS) or "",
        "title": entry.title or "",
        "username": entry.username or "",
        "notes": entry.notes or "",
        "group": entry.group.name if entry.group is not None and entry.group.name else "",
    }


def _convert(record: Record) -> Account:
    presentation = {"note": record["notes"], "group": _group(record["group"])}
    if record["otp"]:
        account = account_from_link(record["otp"], fallback_name=record["username"])
        return account.edited(
            issuer=account.issuer or record["title"],
            name=account.name or record["username"],
            **presentation,
        )
    period, digits, kind = _settings(record["settings"])
    return build(
        secret=base32_secret(record["seed"]),
        type=kind,
        issuer=record["title"],
        name=record["username"],
        digits=digits,
        period=period,
        **presentation,
    )


def _settings(text: str) -> tuple[int, int, OtpType]:
    """``"30;6"`` → (30, 6, TOTP); ``"30;S"`` → Steam; empty → the defaults."""
    if not text.strip():
        return 30, 6, OtpType.TOTP
    period, _, digits = text.strip().partition(";")
    digits = digits.partition(";")[0].strip()
    if not period.strip().isdigit():
        raise EntryRejected(f"the TOTP settings '{text[:20]}' are not 'period;digits'")
    if digits.upper() == "S":
        return 30, 5, OtpType.STEAM
    if not digits.isdigit():
        raise EntryRejected(f"the TOTP settings '{text[:20]}' are not 'period;digits'")
    return int(period), int(digits), OtpType.TOTP


def _group(name: str) -> str:
    return "" if name in ("Root", "Database") else name


def _describe(record: Record) -> str:
    return " ".join(p for p in (record.get("title"), record.get("username")) if p)


FORMAT = Format(
    name="keepass",
    label="KeePass (.kdbx)",
    detect=_detect,
    read=_read,
    convert=_convert,
    describe=_describe,
    encrypted=lambda _sniff: True,
)
