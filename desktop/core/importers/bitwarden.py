"""Bitwarden password-manager exports (JSON and CSV): the logins that carry a TOTP.

``login.totp`` (CSV column ``login_totp``) is an otpauth URI, ``steam://BASE32`` or a bare base32
secret. Items without one are not authenticator entries and are left out silently.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from desktop.core.errors import CorruptImport, UnsupportedFormat
from desktop.core.importers.base import Format, Record, Sniff
from desktop.core.importers.fields import base32_secret, build
from desktop.core.importers.links import parse_link
from desktop.core.otp import Account, OtpType

CSV_COLUMN = "login_totp"


def _detect_json(sniff: Sniff) -> bool:
    doc = sniff.json_object()
    if doc is None:
        return False
    has_items = isinstance(doc.get("items"), list) and ("folders" in doc or "encrypted" in doc)
    return has_items or doc.get("encrypted") is True


def _read_json(sniff: Sniff, _password: str | None) -> list[Record]:
    doc = sniff.json_object()
    assert doc is not None
    if doc.get("encrypted") is True or not isinstance(doc.get("items"), list):
        raise UnsupportedFormat(
            "this is an encrypted Bitwarden export, which Keydesk cannot read; export "
            "the vault again from Bitwarden as plain JSON or CSV"
        )
    records = []
    for item in doc["items"]:
        login = item.get("login") if isinstance(item, dict) else None
        if isinstance(login, dict) and login.get("totp"):
            records.append(
                {
                    "totp": login.get("totp"),
                    "item": item.get("name"),
                    "username": login.get("username"),
                    "note": item.get("notes"),
                    "favorite": item.get("favorite") is True,
                }
            )
    return records


def _detect_csv(sniff: Sniff) -> bool:
    text = sniff.text
    if text is None:
        return False
    header = text.partition("\n")[0].strip().split(",")
    return CSV_COLUMN in header and "name" in header


def _read_csv(sniff: Sniff, _password: str | None) -> list[Record]:
    assert sniff.text is not None
    try:
        rows = list(csv.DictReader(io.StringIO(sniff.text)))
    except csv.Error as exc:
        raise CorruptImport(f"the Bitwarden CSV cannot be read: {exc}") from None
    return [
        {
            "totp": row.get(CSV_COLUMN),
            "item": row.get("name"),
            "username": row.get("login_username"),
            "note": row.get("notes"),
            "favorite": row.get("favorite") == "1",
        }
        for row in rows
        if row.get(CSV_COLUMN)
    ]


def _convert(record: Record) -> Account:
    totp = str(record["totp"]).strip()
    item = _clean(record.get("item"))
    username = _clean(record.get("username"))
    note = _clean(record.get("note"))
    if totp.lower().startswith("otpauth://"):
        account = parse_link(totp)
        return account.edited(
            issuer=account.issuer or item,
            name=account.name or username,
            note=note,
            favorite=bool(record.get("favorite")),
        )
    kind = OtpType.TOTP
    if totp.lower().startswith("steam://"):
        kind, totp = OtpType.STEAM, totp[len("steam://") :]
    return build(
        secret=base32_secret(totp),
        type=kind,
        issuer=item,
        name=username,
        note=note,
        favorite=bool(record.get("favorite")),
    )


def _clean(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _describe(record: Record) -> str:
    return " ".join(p for p in (_clean(record.get("item")), _clean(record.get("username"))) if p)


JSON = Format(
    name="bitwarden",
    label="Bitwarden (JSON)",
    detect=_detect_json,
    read=_read_json,
    convert=_convert,
    describe=_describe,
)

CSV = Format(
    name="bitwarden-csv",
    label="Bitwarden (CSV)",
    detect=_detect_csv,
    read=_read_csv,
    convert=_convert,
    describe=_describe,
)
