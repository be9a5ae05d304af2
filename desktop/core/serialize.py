"""Accounts to and from plain JSON-able dictionaries (the vault's content, backups)."""

from __future__ import annotations

from typing import Any

from desktop.core.base32 import decode_secret, encode_secret
from desktop.core.errors import InvalidAccount, InvalidInput
from desktop.core.otp import Account, Algorithm, OtpType


def account_to_dict(account: Account) -> dict[str, Any]:
    return {
        "id": account.id,
        "type": account.type.value,
        "issuer": account.issuer,
        "name": account.name,
        "secret": encode_secret(account.secret),
        "algorithm": account.algorithm.value,
        "digits": account.digits,
        "period": account.period,
        "counter": account.counter,
        "group": account.group,
        "tags": list(account.tags),
        "icon": account.icon,
        "note": account.note,
        "favorite": account.favorite,
        "position": account.position,
        "extra": [list(pair) for pair in account.extra],
    }


def account_from_dict(data: object) -> Account:
    """Rebuild an account; any missing or mistyped field raises :class:`InvalidAccount`."""
    if not isinstance(data, dict):
        raise InvalidAccount("account entry is not an object")
    try:
        return Account(
            id=_text(data, "id"),
            type=OtpType(_text(data, "type")),
            issuer=_text(data, "issuer"),
            name=_text(data, "name"),
            secret=decode_secret(_text(data, "secret")),
            algorithm=Algorithm(_text(data, "algorithm")),
            digits=_int(data, "digits"),
            period=_int(data, "period"),
            counter=_int(data, "counter"),
            group=_text(data, "group", ""),
            tags=tuple(_text_list(data, "tags")),
            icon=_text(data, "icon", ""),
            note=_text(data, "note", ""),
            favorite=bool(data.get("favorite", False)),
            position=_int(data, "position", 0),
            extra=tuple(_pairs(data.get("extra", []))),
        )
    except ValueError as exc:
        raise InvalidAccount(f"account entry has an invalid value: {exc}") from None
    except InvalidInput as exc:
        raise InvalidAccount(f"account entry is invalid: {exc.message}") from None


def _text(data: dict[str, Any], key: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise InvalidAccount(f"account field '{key}' must be text")
    return value


def _int(data: dict[str, Any], key: str, default: int | None = None) -> int:
    value = data.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidAccount(f"account field '{key}' must be a whole number")
    return value


def _text_list(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InvalidAccount(f"account field '{key}' must be a list of text")
    return value


def _pairs(value: object) -> list[tuple[str, str]]:
    if not isinstance(value, list):
        raise InvalidAccount("account field 'extra' must be a list")
    pairs = []
    for item in value:
        if not (
            isinstance(item, list) and len(item) == 2 and all(isinstance(s, str) for s in item)
        ):
            raise InvalidAccount("account field 'extra' must hold [name, value] pairs")
        pairs.append((item[0], item[1]))
    return pairs
