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
#: Key-derivation costs above these come from a crafted file, not from KeePass: refused before
#: any work (KeePassXC's own defaults are 64 MiB and a few dozen passes).
MAX_ARGON2_BYTES = 1 << 30
MAX_ARGON2_PASSES = 1000
MAX_ARGON2_LANES = 64
MAX_AES_ROUNDS = 100_000_000
KDBX4 = 4
TRANSFORM_ROUNDS, KDF_PARAMETERS = 6, 11
_UNSIGNED = (0x04, 0x05)  # UInt32, UInt64 in a KDBX 4 variant dictionary


def _detect(sniff: Sniff) -> bool:
    return sniff.data.startswith(KDBX_MAGIC)


def _read(sniff: Sniff, password: str | None) -> list[Record]:
    if password is None:
        raise PasswordRequired("this KeePass database is encrypted; give its password")
    from pykeepass import PyKeePass
    from pykeepass.exceptions import CredentialsError

    damaged = CorruptImport("the KeePass database is damaged or in an unknown version")
    try:
        _check_costs(sniff.data)
        database = PyKeePass(io.BytesIO(sniff.data), password=password)
        return [_record(entry) for entry in database.entries if _has_totp(entry)]
    except CredentialsError:
        raise WrongImportPassword("the password does not open this KeePass database") from None
    except CorruptImport:
        raise
    # pykeepass passes on its parsers', zlib's and lxml's errors, which share no base class.
    except Exception:  # noqa: BLE001
        raise damaged from None


def _check_costs(data: bytes) -> None:
    """Refuse absurd key-derivation costs before pykeepass derives the key (it does so while
    parsing, from whatever the header says)."""
    costs = _kdf_costs(data)
    if (
        costs.get("M", 0) > MAX_ARGON2_BYTES
        or costs.get("I", 0) > MAX_ARGON2_PASSES
        or costs.get("P", 1) > MAX_ARGON2_LANES
        or costs.get("R", 0) > MAX_AES_ROUNDS
    ):
        raise CorruptImport("the KeePass database asks for an implausible key-derivation cost")


def _kdf_costs(data: bytes) -> dict[str, int]:
    """The numbers of the header's key-derivation settings (KDBX 3: rounds; KDBX 4: a
    variant dictionary with M, I, P or R). Damage is left for pykeepass to report."""
    major = int.from_bytes(data[10:12], "little")
    size_bytes = 4 if major >= KDBX4 else 2
    pos = 12
    while pos + 1 + size_bytes <= len(data):
        field = data[pos]
        size = int.from_bytes(data[pos + 1 : pos + 1 + size_bytes], "little")
        value = data[pos + 1 + size_bytes : pos + 1 + size_bytes + size]
        pos += 1 + size_bytes + size
        if field == 0:
            break
        if field == TRANSFORM_ROUNDS and major < KDBX4:
            return {"R": int.from_bytes(value, "little")}
        if field == KDF_PARAMETERS:
            return _variant_numbers(value)
    return {}


def _variant_numbers(data: bytes) -> dict[str, int]:
    numbers: dict[str, int] = {}
    pos = 2  # the dictionary's version
    while pos < len(data) and data[pos] != 0:
        kind = data[pos]
        key_size = int.from_bytes(data[pos + 1 : pos + 5], "little")
        key = data[pos + 5 : pos + 5 + key_size].decode("utf-8", "replace")
        pos += 5 + key_size
        value_size = int.from_bytes(data[pos : pos + 4], "little")
        value = data[pos + 4 : pos + 4 + value_size]
        pos += 4 + value_size
        if kind in _UNSIGNED:
            numbers[key] = int.from_bytes(value, "little")
    return numbers


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
