"""Text exports of ``otpauth://`` links, one per line (FreeOTP+, WinAuth, many others), and
Ente Auth's plain-text export, whose links carry a ``codeDisplay`` JSON parameter."""

from __future__ import annotations

import json

from desktop.core.importers.base import EntryRejected, Format, Record, Skipped, Sniff
from desktop.core.importers.links import otpauth_lines, parse_link
from desktop.core.otp import Account

SCHEME = "otpauth://"
ENTE_PARAMETER = "codedisplay"


def _detect_list(sniff: Sniff) -> bool:
    text = sniff.text
    return text is not None and any(
        line.lower().startswith(SCHEME) for line in otpauth_lines(text[:100_000])
    )


def _detect_ente(sniff: Sniff) -> bool:
    return _detect_list(sniff) and "codeDisplay=" in (sniff.text or "")


def _read(sniff: Sniff, _password: str | None) -> list[Record]:
    assert sniff.text is not None
    return [
        line if line.lower().startswith(SCHEME) else Skipped(line[:60], "not an otpauth:// link")
        for line in otpauth_lines(sniff.text)
    ]


def _convert_link(record: Record) -> Account:
    return parse_link(record)


def _convert_ente(record: Record) -> Account:
    account = _convert_link(record)
    display = dict(account.extra).get(ENTE_PARAMETER)
    extra = tuple((k, v) for k, v in account.extra if k != ENTE_PARAMETER)
    if display is None:
        return account.edited(extra=extra)
    try:
        shown = json.loads(display)
    except ValueError:
        shown = {}
    shown = shown if isinstance(shown, dict) else {}
    if shown.get("trashed") is True:
        raise EntryRejected("the entry is in Ente's trash", reason="trashed")
    note = shown.get("note")
    tags = shown.get("tags")
    return account.edited(
        extra=extra,
        favorite=shown.get("pinned") is True,
        note=note if isinstance(note, str) else "",
        tags=tuple(t for t in tags if isinstance(t, str)) if isinstance(tags, list) else (),
    )


def _describe(record: Record) -> str:
    if not isinstance(record, str):
        return ""
    label = record.partition("?")[0].rpartition("/")[2]
    from urllib.parse import unquote

    return unquote(label)[:80]


URI_LIST = Format(
    name="otpauth",
    label="otpauth:// link list",
    detect=_detect_list,
    read=_read,
    convert=_convert_link,
    describe=_describe,
)

ENTE = Format(
    name="ente",
    label="Ente Auth (plain text)",
    detect=_detect_ente,
    read=_read,
    convert=_convert_ente,
    describe=_describe,
)
