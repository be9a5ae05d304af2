"""Google Authenticator exports: the protobuf reader, the samples, batches, and fuzzing."""

from __future__ import annotations

import base64
import contextlib
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.errors import InvalidMigration, KeydeskError, MigrationBatchMismatch
from desktop.core.migration import (
    MigrationBatch,
    parse_migration_data,
    parse_migration_uri,
)
from desktop.core.otp import Account, Algorithm, OtpType
from desktop.core.uri import parse_uri

SAMPLES = "google-authenticator-migration"


# --- a tiny protobuf writer, to make our own exports ---------------------------------------


def varint(value: int) -> bytes:
    value &= (1 << 64) - 1
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def field(number: int, value: int | bytes) -> bytes:
    if isinstance(value, int):
        return varint(number << 3) + varint(value)
    return varint(number << 3 | 2) + varint(len(value)) + value


def otp_parameters(secret: bytes, name: str, issuer: str = "", **numbers: int) -> bytes:
    body = field(1, secret) + field(2, name.encode()) + field(3, issuer.encode())
    for number, key in ((4, "algorithm"), (5, "digits"), (6, "type"), (7, "counter")):
        if key in numbers:
            body += field(number, numbers[key])
    return body


def migration_uri(accounts: list[bytes], batch_id: int = 7, index: int = 0, size: int = 1) -> str:
    data = b"".join(field(1, a) for a in accounts)
    data += field(2, 1) + field(3, size) + field(4, index) + field(5, batch_id)
    return "otpauth-migration://offline?data=" + quote(base64.b64encode(data).decode(), safe="")


def export_batch(batch_id: int, size: int = 3) -> list[str]:
    """``size`` QR payloads of one export, two accounts each."""
    uris = []
    for index in range(size):
        accounts = [
            otp_parameters(bytes([index, n]) * 10, f"user{index}{n}@example.com", f"Svc{index}{n}")
            for n in range(2)
        ]
        uris.append(migration_uri(accounts, batch_id, index, size))
    return uris


# --- the public samples ----------------------------------------------------------------------


def sample_pairs(text: str) -> list[tuple[list[str], str]]:
    """(expected otpauth URIs, migration URI) from scito's commented example file."""
    pairs, expected = [], []
    for line in text.splitlines():
        if line.startswith("# otpauth://"):
            expected.append(line[2:].strip())
        elif line.startswith("otpauth-migration://"):
            pairs.append((expected, line.strip()))
            expected = []
    return pairs


def test_scito_examples_match_their_expected_accounts(interop: Path) -> None:
    pairs = sample_pairs((interop / SAMPLES / "scito_example_export.txt").read_text())
    assert len(pairs) == 5
    for expected, uri in pairs:
        got = parse_migration_uri(uri).accounts
        want = [parse_uri(u) for u in expected]
        assert sorted(map(essentials, got)) == sorted(map(essentials, want))


def essentials(a: Account) -> tuple[object, ...]:
    return (a.secret, a.issuer, a.name, a.type.value, a.counter, a.digits, a.algorithm.value)


def test_raw_plus_and_slash_in_base64_are_tolerated(interop: Path) -> None:
    text = (interop / SAMPLES / "scito_test_plus_problem_export.txt").read_text()
    payload = parse_migration_uri(text)
    assert [a.name for a in payload.accounts] == [
        f"test{n}@serenitylabs.co.uk" for n in range(1, 5)
    ]
    assert {a.issuer for a in payload.accounts} == {"SerenityLabs"}


def test_damaged_data_sample_is_a_typed_error(interop: Path) -> None:
    with pytest.raises(InvalidMigration, match="damaged"):
        parse_migration_uri((interop / SAMPLES / "scito_test_export_wrong_data.txt").read_text())


# --- our own payloads -------------------------------------------------------------------------


def test_negative_batch_id_is_a_ten_byte_varint() -> None:
    uri = migration_uri([otp_parameters(b"k" * 10, "a")], batch_id=-123456)
    assert parse_migration_uri(uri).batch_id == -123456
    assert len(varint(-1)) == 10


def test_enums_map_to_account_fields() -> None:
    params = otp_parameters(b"s" * 20, "Bank:bob", algorithm=3, digits=2, type=1, counter=42)
    account = parse_migration_data(field(1, params)).accounts[0]
    assert (account.issuer, account.name) == ("Bank", "bob")
    assert account.algorithm is Algorithm.SHA512 and account.digits == 8
    assert account.type is OtpType.HOTP and account.counter == 42


@pytest.mark.parametrize(
    ("params", "problem"),
    [
        (otp_parameters(b"s" * 10, "a", algorithm=4), "unsupported algorithm"),
        (otp_parameters(b"s" * 10, "a", digits=9), "unsupported digit count"),
        (otp_parameters(b"", "a"), "no valid secret"),
        (field(1, b"s" * 10) + field(2, b"\xff\xfe"), "not UTF-8"),
    ],
)
def test_bad_accounts_are_named(params: bytes, problem: str) -> None:
    with pytest.raises(InvalidMigration, match=problem):
        parse_migration_data(field(1, params))


def test_no_accounts_and_bad_base64() -> None:
    with pytest.raises(InvalidMigration, match="no accounts"):
        parse_migration_data(field(2, 1))
    with pytest.raises(InvalidMigration, match="base64"):
        parse_migration_uri("otpauth-migration://offline?data=%%%%")
    with pytest.raises(InvalidMigration, match="no data"):
        parse_migration_uri("otpauth-migration://offline?foo=1")


def test_a_batch_of_three_gives_all_accounts_in_order() -> None:
    batch = MigrationBatch()
    uris = export_batch(batch_id=-99, size=3)
    for number, uri in enumerate(reversed(uris), start=1):
        assert batch.add(parse_migration_uri(uri))
        assert batch.progress_text() == f"{number} of 3 scanned"
    assert not batch.add(parse_migration_uri(uris[0]))  # the same code again changes nothing
    assert batch.complete and batch.missing == []
    assert [a.name for a in batch.accounts()] == [
        f"user{i}{n}@example.com" for i in range(3) for n in range(2)
    ]


def test_a_code_of_another_export_is_refused() -> None:
    batch = MigrationBatch()
    batch.add(parse_migration_uri(export_batch(1)[0]))
    with pytest.raises(
        MigrationBatchMismatch, match=r"another Google Authenticator export.*1 of 3"
    ):
        batch.add(parse_migration_uri(export_batch(2)[1]))
    assert batch.scanned == 1 and batch.missing == [2, 3]


def test_messages_never_contain_the_secret() -> None:
    secret = b"TOPSECRET!"
    with pytest.raises(InvalidMigration) as caught:
        parse_migration_data(field(1, otp_parameters(secret, "a", digits=7)))
    assert "TOPSECRET" not in str(caught.value)
    assert base64.b32encode(secret).decode()[:10] not in str(caught.value)


# --- fuzzing ----------------------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_give_only_typed_errors(data: bytes) -> None:
    with contextlib.suppress(KeydeskError):
        parse_migration_data(data)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(1, 8), st.one_of(st.integers(-(2**63), 2**64 - 1), st.binary(max_size=40))
        ),
        max_size=8,
    )
)
def test_structured_messages_give_only_typed_errors(fields: list[tuple[int, int | bytes]]) -> None:
    inner = b"".join(field(n, v) for n, v in fields)
    with contextlib.suppress(KeydeskError):
        parse_migration_data(field(1, inner) + inner)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_random_links_give_only_typed_errors(text: str) -> None:
    with contextlib.suppress(KeydeskError):
        parse_migration_uri("otpauth-migration://offline?data=" + text)
