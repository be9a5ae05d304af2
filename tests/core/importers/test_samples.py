"""Every public sample export imports with the accounts its own content says it holds."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.errors import (
    ImportFailed,
    PasswordRequired,
    UnsupportedFormat,
    WrongImportPassword,
)
from desktop.core.importers import preview_import
from tests.core.importers import oracle

A = "aegis/importers/"
G = "google-authenticator-migration/"
Oracle = Callable[..., list[oracle.Expected]]

# (sample, password, detected format, the independent reading of the file)
SAMPLES: list[tuple[str, str | None, str, Oracle]] = [
    (A + "aegis_plain.json", None, "aegis", oracle.aegis),
    (A + "aegis_encrypted.json", "test", "aegis", oracle.aegis),
    ("aegis/vault/aegis_plain_grouped_v2.json", None, "aegis", oracle.aegis),
    ("gnome-authenticator/aegis_plain.json", None, "aegis", oracle.aegis),
    ("gnome-authenticator/aegis_encrypted.json", "test", "aegis", oracle.aegis),
    ("gnome-authenticator/aegis_issuer_from_name.json", None, "aegis", oracle.aegis),
    (A + "2fas_authenticator.json", None, "2fas", oracle.twofas),
    (A + "2fas_authenticator_plain.2fas", None, "2fas", oracle.twofas),
    (A + "2fas_authenticator_plain_v3.2fas", None, "2fas", oracle.twofas),
    (A + "2fas_authenticator_plain_v4.2fas", None, "2fas", oracle.twofas),
    (A + "2fas_authenticator_encrypted.2fas", "test", "2fas", oracle.twofas),
    (A + "2fas_authenticator_encrypted_v3.2fas", "test", "2fas", oracle.twofas),
    (A + "2fas_authenticator_encrypted_v4.2fas", "test", "2fas", oracle.twofas),
    (A + "andotp_plain.json", None, "andotp", oracle.andotp),
    ("gnome-authenticator/andotp_plain.json", None, "andotp", oracle.andotp),
    (A + "andotp_encrypted.bin", "test", "andotp-encrypted", oracle.andotp),
    (A + "andotp_encrypted_old.bin", "test", "andotp-encrypted", oracle.andotp),
    (A + "bitwarden.json", None, "bitwarden", oracle.bitwarden),
    ("gnome-authenticator/bitwarden.json", None, "bitwarden", oracle.bitwarden),
    ("keepassxc/bitwarden_export.json", None, "bitwarden", oracle.bitwarden),
    (A + "bitwarden.csv", None, "bitwarden-csv", oracle.bitwarden_csv),
    (A + "freeotp_plus.json", None, "freeotp-plus", oracle.freeotp),
    ("gnome-authenticator/freeotp_json.json", None, "freeotp-plus", oracle.freeotp),
    (A + "plain.txt", None, "otpauth", oracle.uri_list),
    ("gnome-authenticator/plain.txt", None, "otpauth", oracle.uri_list),
    (A + "ente_auth.txt", None, "ente", oracle.uri_list),
    (A + "stratum_plain.json", None, "authenticator-pro", oracle.authpro),
    (A + "stratum_encrypted.bin", "test", "authenticator-pro", oracle.authpro),
    (A + "stratum_encrypted_legacy.bin", "test", "authenticator-pro", oracle.authpro),
    (A + "proton_authenticator.json", None, "proton", oracle.proton),
    ("ente/proton_authenticator_backup.json", None, "proton", oracle.proton),
    ("ente/proton_authenticator_backup_encrypted_1231246.json", "1231246", "proton", oracle.proton),
    (G + "scito_example_export.txt", None, "google-migration", oracle.migration_comments),
    (G + "scito_example_export_only_totp.txt", None, "google-migration", oracle.migration_comments),
]


def _key(expected: oracle.Expected) -> tuple[object, ...]:
    return tuple(sorted(expected.items()))


@pytest.mark.parametrize(
    ("sample", "password", "format_name", "read"), SAMPLES, ids=[s[0] for s in SAMPLES]
)
def test_sample_imports_every_account_it_holds(
    interop: Path, sample: str, password: str | None, format_name: str, read: Oracle
) -> None:
    path = interop / sample
    expected = (
        read(path, password)
        if read is not oracle.uri_list and read is not oracle.migration_comments
        else read(path)
    )
    preview = preview_import(path.read_bytes(), password=password)
    assert preview.format_name == format_name
    assert preview.skipped == ()
    imported = [oracle.of_account(a) for a in (*preview.to_add, *preview.duplicates)]
    assert len(imported) == len(expected) > 0
    assert Counter(map(_key, imported)) == Counter(map(_key, expected))


def test_duplicates_within_a_file_are_listed_not_added(interop: Path) -> None:
    path = interop / G / "scito_example_export.txt"
    preview = preview_import(path.read_bytes())
    distinct = {_key(e) for e in oracle.migration_comments(path)}
    assert len(preview.to_add) == len(distinct)
    assert len(preview.duplicates) == len(oracle.migration_comments(path)) - len(distinct)


def test_accounts_already_in_the_vault_are_duplicates(interop: Path) -> None:
    data = (interop / A / "aegis_plain.json").read_bytes()
    first = preview_import(data)
    again = preview_import(data, existing=first.to_add[:3])
    assert [a.label for a in again.duplicates] == [a.label for a in first.to_add[:3]]
    assert len(again.to_add) == len(first.to_add) - 3


def test_aegis_groups_notes_and_icons_carry_over(interop: Path) -> None:
    preview = preview_import((interop / "aegis/vault/aegis_plain_grouped_v2.json").read_bytes())
    import json

    entries = json.loads((interop / "aegis/vault/aegis_plain_grouped_v2.json").read_text())["db"][
        "entries"
    ]
    assert [a.group for a in preview.to_add] == [e.get("group") or "" for e in entries]


def test_google_export_screenshot(interop: Path) -> None:
    preview = preview_import((interop / G / "scito_example_export.png").read_bytes())
    assert preview.format_name == "google-qr"
    assert [(a.issuer, a.name) for a in preview.to_add] == [
        (f"Test{n}", f"test{n}@example{n}.com") for n in (1, 2, 3)
    ]


@pytest.mark.parametrize(
    ("sample", "kind"),
    [
        (A + "aegis_encrypted.json", PasswordRequired),
        (A + "2fas_authenticator_encrypted_v4.2fas", PasswordRequired),
        (A + "stratum_encrypted.bin", PasswordRequired),
        (A + "google_authenticator.sqlite", UnsupportedFormat),
        (A + "authenticator_plus.zip", UnsupportedFormat),
        (A + "authy_plain.xml", UnsupportedFormat),
        (A + "freeotp_v2_api34.xml", UnsupportedFormat),
        (G + "scito_text_masquerading_as_image.jpeg", UnsupportedFormat),
        (G + "scito_qr_but_without_otp.png", UnsupportedFormat),
        (G + "scito_test_export_wrong_content.txt", UnsupportedFormat),
    ],
)
def test_files_that_cannot_be_imported_say_so(interop: Path, sample: str, kind: type) -> None:
    with pytest.raises(kind) as caught:
        preview_import((interop / sample).read_bytes())
    assert caught.value.message


@pytest.mark.parametrize(
    "sample",
    [
        A + "aegis_encrypted.json",
        A + "2fas_authenticator_encrypted.2fas",
        A + "andotp_encrypted.bin",
        A + "andotp_encrypted_old.bin",
        A + "stratum_encrypted_legacy.bin",
        "ente/proton_authenticator_backup_encrypted_1231246.json",
    ],
)
def test_a_wrong_password_is_its_own_error(interop: Path, sample: str) -> None:
    with pytest.raises(WrongImportPassword):
        preview_import((interop / sample).read_bytes(), password="not the password")


def test_damaged_links_are_listed_with_their_reason(interop: Path) -> None:
    preview = preview_import((interop / G / "scito_test_export_wrong_data.txt").read_bytes())
    assert preview.to_add == ()
    assert len(preview.skipped) == 1 and "damaged" in preview.skipped[0].reason


def test_an_unknown_format_name_is_refused() -> None:
    with pytest.raises(ImportFailed, match="unknown import format"):
        preview_import(b"otpauth://totp/a?secret=JBSWY3DP", format_name="nope")


def test_entries_keydesk_cannot_hold_are_listed_with_their_reason() -> None:
    import json

    def entry(kind: str, digits: int, algo: str = "SHA1") -> dict[str, object]:
        info = {"secret": "JBSWY3DPEHPK3PXP", "algo": algo, "digits": digits, "period": 30}
        return {"type": kind, "uuid": kind, "name": f"{kind}-{digits}", "issuer": "X", "info": info}

    entries = [
        entry("totp", 6),
        entry("hotp", 11),
        entry("motp", 6, "MD5"),
        entry("yandex", 8, "SHA256"),
        entry("totp", 6, "MD5"),
    ]
    document = {
        "version": 1,
        "header": {"slots": None, "params": None},
        "db": {"version": 3, "entries": entries, "groups": []},
    }
    preview = preview_import(json.dumps(document).encode())
    assert [a.name for a in preview.to_add] == ["totp-6"]
    assert [(s.label, s.reason, s.code) for s in preview.skipped] == [
        ("X hotp-11", "HOTP with 11 digits is not supported", "digits"),
        ("X motp-6", "mOTP accounts are not supported", "otp_type"),
        ("X yandex-8", "Yandex accounts are not supported", "otp_type"),
        ("X totp-6", "the MD5 algorithm is not supported", "algorithm"),
    ]


def test_an_empty_aegis_issuer_keeps_an_email_name_whole() -> None:
    import json

    def entry(issuer: object) -> dict[str, object]:
        info = {"secret": "JBSWY3DPEHPK3PXP", "algo": "SHA1", "digits": 6, "period": 30}
        return {
            "type": "totp",
            "uuid": "u",
            "name": "john@gmail.com",
            "issuer": issuer,
            "info": info,
        }

    document = {
        "version": 1,
        "header": {"slots": None, "params": None},
        "db": {"version": 3, "entries": [entry(""), entry(None)], "groups": []},
    }
    first, second = preview_import(json.dumps(document).encode(), format_name="aegis").to_add
    assert (first.issuer, first.name) == ("", "john@gmail.com")
    assert (second.issuer, second.name) == ("gmail.com", "john")
