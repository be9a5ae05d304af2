"""What a scanned text holds: authenticator codes are read, everything else is named clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import InvalidMigration, InvalidUri, NotAnAuthenticatorCode
from desktop.core.otp import OtpType
from desktop.core.payloads import PayloadKind, read_payload

SAMPLES = "google-authenticator-migration"


def test_otpauth_link() -> None:
    payload = read_payload(" otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP&issuer=ACME \n")
    assert payload.kind is PayloadKind.OTPAUTH
    assert (payload.accounts[0].issuer, payload.accounts[0].name) == ("ACME", "alice")


def test_bare_base32_secret_in_any_case_with_spaces() -> None:
    for text in ("JBSWY3DPEHPK3PXP", "jbsw y3dp ehpk 3pxp", "JBSW-Y3DP-EHPK-3PXP===="):
        payload = read_payload(text)
        assert payload.kind is PayloadKind.SECRET
        assert payload.accounts[0].secret == b"Hello!\xde\xad\xbe\xef"


def test_steam_link() -> None:
    assert read_payload("steam://JBSWY3DPEHPK3PXP").accounts[0].type is OtpType.STEAM


@pytest.mark.parametrize(
    ("text", "kind", "shown"),
    [
        (
            "https://example.com/login?token=S3CR3T",
            "url",
            "a web address: https://example.com/login…",
        ),
        ("WIFI:T:WPA;S:Office;P:hunter22;;", "wifi", "Wi-Fi network settings: Office"),
        ("BEGIN:VCARD\nVERSION:3.0\nFN:Ada Lovelace\nEND:VCARD", "contact", "a contact card: Ada"),
        ("mailto:help@example.com", "email", "an e-mail address: help@example.com"),
        ("tel:+4930123456", "phone", "a phone number: +4930123456"),
        ("geo:52.5,13.4", "geo", "a map location: 52.5,13.4"),
        ("Lorem ipsum dolor sit amet", "text", "plain text: “Lorem ipsum"),
        ("HELLO", "text", "text (5 characters)"),
    ],
)
def test_other_codes_say_what_they_hold(text: str, kind: str, shown: str) -> None:
    with pytest.raises(NotAnAuthenticatorCode) as caught:
        read_payload(text)
    assert caught.value.content_kind == kind
    assert f"This QR code holds {shown}" in caught.value.message
    assert caught.value.message.endswith("not an authenticator setup code")


def test_secrets_of_other_codes_are_not_repeated() -> None:
    for text, secret in (
        ("WIFI:S:Office;T:WPA;P:hunter22;;", "hunter22"),
        ("https://example.com/reset?token=S3CR3T#frag", "S3CR3T"),
        ("correcthorsebatterystaple", "correcthorse"),
    ):
        with pytest.raises(NotAnAuthenticatorCode) as caught:
            read_payload(text)
        assert secret not in caught.value.message


def test_a_broken_otpauth_link_names_the_problem() -> None:
    with pytest.raises(InvalidUri, match=r"cannot be used: .*base32"):
        read_payload("otpauth://totp/x?secret=not*base32")


def test_negative_samples_give_clear_messages(interop: Path) -> None:
    folder = interop / SAMPLES
    with pytest.raises(NotAnAuthenticatorCode, match="plain text: “Lorem ipsum"):
        read_payload((folder / "scito_test_export_wrong_content.txt").read_text())
    with pytest.raises(NotAnAuthenticatorCode, match=r"behind other text .“QR-Code:”"):
        read_payload((folder / "scito_test_export_wrong_prefix.txt").read_text())
    with pytest.raises(InvalidMigration, match="damaged"):
        read_payload((folder / "scito_test_export_wrong_data.txt").read_text())
