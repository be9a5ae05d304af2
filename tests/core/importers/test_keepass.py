"""A KeePass database made here with pykeepass: both ways KeePassXC stores a TOTP import."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pykeepass import PyKeePass, create_database

from desktop.core.errors import (
    CorruptImport,
    KeydeskError,
    PasswordRequired,
    WrongImportPassword,
)
from desktop.core.importers import preview_import
from desktop.core.otp import Algorithm, OtpType

HEADER = 300  # past the KDBX 4 header, whose key-derivation costs are checked separately
SECRET = base64.b32encode(b"keepass-totp-secret!").decode()


@pytest.fixture(scope="module")
def kdbx(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("kdbx") / "test.kdbx"
    database = create_database(str(path), password="kdbx password")
    kdf = database.kdbx.header.value.dynamic_header.kdf_parameters.data.dict
    kdf["I"].value, kdf["M"].value = 2, 1 << 20  # cheap for the test; same code path
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


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(position=st.integers(0, 10_000), value=st.integers(0, 255), cut=st.booleans())
def test_mutated_kdbx_gives_typed_errors(kdbx: bytes, position: int, value: int, cut: bool) -> None:
    data = bytearray(kdbx)
    if cut:  # a cut anywhere, a changed byte after the header (whose costs are bounded)
        del data[position % len(data) :]
    else:
        data[HEADER + position % (len(data) - HEADER)] = value
    with contextlib.suppress(KeydeskError):
        preview_import(bytes(data), password="kdbx password")


def test_implausible_key_derivation_costs_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "costly.kdbx"
    database = create_database(str(path), password="pw")
    kdf = database.kdbx.header.value.dynamic_header.kdf_parameters.data.dict
    kdf["I"].value, kdf["M"].value = 2, 1 << 20
    database.save()
    data = path.read_bytes()
    memory = (1 << 20).to_bytes(8, "little")
    assert data.count(memory) == 1
    crafted = bytearray(data.replace(memory, (1 << 40).to_bytes(8, "little")))
    # KDBX 4: the header, then its SHA-256 (unkeyed, so a crafted file simply recomputes it).
    header = len(PyKeePass(io.BytesIO(data), password="pw", decrypt=False).kdbx.header.data)
    crafted[header : header + 32] = hashlib.sha256(crafted[:header]).digest()
    crafted = bytes(crafted)
    with pytest.raises(CorruptImport, match="implausible"):
        preview_import(crafted, password="pw")


def test_kdbx_password_errors(kdbx: bytes) -> None:
    with pytest.raises(PasswordRequired):
        preview_import(kdbx)
    with pytest.raises(WrongImportPassword):
        preview_import(kdbx, password="wrong")
