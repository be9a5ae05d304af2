"""Exports read back independently: Aegis by the documented algorithm, QR codes by the decoder."""

from __future__ import annotations

import base64
import io
import json

import numpy as np
import pytest
from PIL import Image

from desktop.core import qr
from desktop.core.errors import ExportFailed, InvalidInput, WrongImportPassword
from desktop.core.exporters import ExportFormat, export_accounts
from desktop.core.importers import preview_import
from desktop.core.migration import parse_migration_uri
from desktop.core.otp import Account, Algorithm, OtpType, steam_account
from desktop.core.uri import build_uri
from tests.core.importers import oracle

ICON = "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\nnot really").decode()
PASSWORD = "export password"


def accounts() -> list[Account]:
    return [
        Account(
            secret=b"secret-one-0123456789",
            issuer="ACME",
            name="alice",
            group="Work",
            note="recovery in the safe",
            favorite=True,
            icon=ICON,
            position=0,
        ),
        Account(
            secret=b"secret-two-0123456789",
            issuer="Bank",
            name="bob",
            type=OtpType.HOTP,
            counter=42,
            digits=8,
            algorithm=Algorithm.SHA512,
            group="Money",
            position=1,
        ),
        Account(
            secret=b"secret-three-01234567",
            issuer="Forum",
            name="",
            digits=7,
            period=60,
            algorithm=Algorithm.SHA256,
            position=2,
        ),
        steam_account(b"secret-steam-01234567", issuer="Steam", name="carol", position=3),
    ]


def _fields(account: Account) -> tuple[object, ...]:
    return (
        account.secret,
        account.issuer,
        account.name,
        account.type,
        account.algorithm,
        account.digits,
        account.period if account.type is not OtpType.HOTP else None,
        account.counter,
        account.group,
        account.note,
        account.favorite,
        account.icon,
    )


def test_aegis_encrypted_decrypts_with_the_documented_algorithm() -> None:
    result = export_accounts(accounts(), ExportFormat.AEGIS_ENCRYPTED, password=PASSWORD)
    document = json.loads(result.files[0].data)
    (slot,) = document["header"]["slots"]
    assert (slot["type"], slot["n"], slot["r"], slot["p"], len(bytes.fromhex(slot["salt"]))) == (
        1,
        32768,
        8,
        1,
        32,
    )
    db = oracle.aegis_db(document, PASSWORD)  # scrypt + AES-GCM written in the test
    assert db["version"] == 3
    groups = {g["uuid"]: g["name"] for g in db["groups"]}
    first = db["entries"][0]
    assert first["type"] == "totp" and first["issuer"] == "ACME" and first["name"] == "alice"
    secret = first["info"]["secret"]
    assert base64.b32decode(secret + "=" * (-len(secret) % 8)) == b"secret-one-0123456789"
    assert first["info"] == {**first["info"], "algo": "SHA1", "digits": 6, "period": 30}
    assert [groups[g] for g in first["groups"]] == ["Work"]
    assert (first["note"], first["favorite"], first["icon_mime"]) == (
        "recovery in the safe",
        True,
        "image/png",
    )
    assert db["entries"][1]["info"]["counter"] == 42 and "period" not in db["entries"][1]["info"]
    assert db["entries"][3]["type"] == "steam" and db["entries"][3]["info"]["digits"] == 5


def test_keydesk_to_aegis_encrypted_to_keydesk_is_lossless() -> None:
    data = export_accounts(accounts(), "aegis-encrypted", password=PASSWORD).files[0].data
    back = preview_import(data, password=PASSWORD)
    assert back.format_name == "aegis" and back.skipped == ()
    assert [_fields(a) for a in back.to_add] == [_fields(a) for a in accounts()]


def test_aegis_plain_has_the_documented_header() -> None:
    document = json.loads(export_accounts(accounts(), "aegis").files[0].data)
    assert document["version"] == 1 and document["header"] == {"slots": None, "params": None}
    back = preview_import(json.dumps(document).encode())
    assert [_fields(a) for a in back.to_add] == [_fields(a) for a in accounts()]


def test_keydesk_backup_round_trip_and_wrong_password() -> None:
    data = export_accounts(accounts(), "keydesk", password=PASSWORD).files[0].data
    back = preview_import(data, password=PASSWORD)
    assert back.format_name == "keydesk"
    assert [_fields(a) for a in back.to_add] == [_fields(a) for a in accounts()]
    with pytest.raises(WrongImportPassword):
        preview_import(data, password="nope")


def test_encrypted_formats_need_a_password() -> None:
    for name in ("keydesk", "aegis-encrypted"):
        with pytest.raises(InvalidInput, match="needs a password"):
            export_accounts(accounts(), name)


def test_otpauth_list_parses_back() -> None:
    text = export_accounts(accounts(), "otpauth").files[0].data.decode()
    assert [oracle.from_link(line) for line in text.splitlines()] == [
        oracle.of_account(a) for a in accounts()
    ]


def _decoded(png: bytes) -> list[str]:
    rgb = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"))
    return qr.decode(np.ascontiguousarray(rgb[:, :, ::-1]))


def test_one_qr_code_per_account() -> None:
    reported: list[tuple[int, int]] = []
    result = export_accounts(accounts(), "qr-png", progress=lambda *p: reported.append(p))
    assert reported == [(n, 4) for n in range(1, 5)]
    assert len(result.files) == 4
    for file, account in zip(result.files, accounts(), strict=True):
        assert _decoded(file.data) == [build_uri(account)] == [file.qr_text]
        assert file.name.endswith(".png")


def test_google_migration_batches_read_back_and_say_what_is_left_out() -> None:
    many = [Account(secret=bytes([n]) * 20, issuer=f"Svc{n}", name=f"u{n}") for n in range(19)]
    result = export_accounts(many + accounts(), "google-migration")
    assert sorted(reason for _, reason in result.left_out) == [
        "Google Authenticator has no 7-digit codes",
        "Google Authenticator has no Steam codes",
    ]
    payloads = [parse_migration_uri(_decoded(f.data)[0]) for f in result.files]
    assert [p.batch_index for p in payloads] == list(range(len(payloads)))
    assert {p.batch_size for p in payloads} == {len(payloads)} and len(
        {p.batch_id for p in payloads}
    ) == 1
    moved = [a for p in payloads for a in p.accounts]
    expected = [a for a in many + accounts() if a.digits in (6, 8) and a.type is not OtpType.STEAM]
    assert [(a.secret, a.issuer, a.name, a.type, a.digits, a.counter) for a in moved] == [
        (a.secret, a.issuer, a.name, a.type, a.digits, a.counter) for a in expected
    ]
    with pytest.raises(ExportFailed):
        export_accounts([accounts()[3]], "google-migration")
