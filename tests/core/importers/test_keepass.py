"""A KeePass database made here with pykeepass: both ways KeePassXC stores a TOTP import."""

from __future__ import annotations

import base64

import pytest
from pykeepass import create_database

from desktop.core.errors import PasswordRequired, WrongImportPassword
from desktop.core.importers import preview_import
from desktop.core.otp import Algorithm, OtpType

SECRET = base64.b32encode(b"keepass-totp-secret!").decode()


@pytest.fixture(scope="module")
def kdbx(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("kdbx") / "test.kdbx"
    database = create_database(str(path), password="kdbx password")
    work = database.add_group(database.root_group, "Work")
    database.add_entry(
        work,
        "ACME",
        "alice",
        "pw",
        otp=f"otpauth://totp/ACME:alice?secret={SECRET}&issuer=ACME&digits=8&period=60&algorithm=SHA256",
    )
    legacy = database.add_entry(database.root_group, "Legacy", "bob", "pw")
    legacy.set_custom_property("TOTP Seed", SECRET)
    legacy.set_custom_property("TOTP Settings", "45;7")
    steam = database.add_entry(database.root_group, "Steam", "carol", "pw")
    steam.set_custom_property("TOTP Seed", SECRET)
    steam.set_custom_property("TOTP Settings", "30;S")
    database.add_entry(database.root_group, "Plain login", "dave", "pw")
    broken = database.add_entry(database.root_group, "Broken", "erin", "pw")
    broken.set_custom_property("TOTP Seed", "not base32 !!")
    database.save()
    return path.read_bytes()


def test_kdbx_totp_entries_import(kdbx: bytes) -> None:
    preview = preview_import(kdbx, password="kdbx password")
    assert preview.format_name == "keepass"
    by_issuer = {a.issuer: a for a in preview.to_add}
    assert set(by_issuer) == {"ACME", "Legacy", "Steam"}
    acme = by_issuer["ACME"]
    assert (acme.name, acme.digits, acme.period, acme.algorithm, acme.group) == (
        "alice",
        8,
        60,
        Algorithm.SHA256,
        "Work",
    )
    assert base64.b32encode(acme.secret).decode() == SECRET
    legacy = by_issuer["Legacy"]
    assert (legacy.name, legacy.digits, legacy.period, legacy.type) == ("bob", 7, 45, OtpType.TOTP)
    assert by_issuer["Steam"].type is OtpType.STEAM
    assert [(s.label, "base32" in s.reason) for s in preview.skipped] == [("Broken erin", True)]


def test_kdbx_password_errors(kdbx: bytes) -> None:
    with pytest.raises(PasswordRequired):
        preview_import(kdbx)
    with pytest.raises(WrongImportPassword):
        preview_import(kdbx, password="wrong")
