"""Code generation against the RFCs' own test vectors, Steam vectors, and short secrets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.errors import InvalidAccount
from desktop.core.otp import (
    Account,
    Algorithm,
    OtpType,
    advance_counter,
    code_at,
    code_for_counter,
    format_code,
    next_code,
    seconds_left,
    steam_account,
)

RFC_SEED_SHA1 = b"12345678901234567890"
RFC_SEED_SHA256 = b"12345678901234567890123456789012"
RFC_SEED_SHA512 = b"1234567890" * 6 + b"1234"

# RFC 4226 Appendix D: HOTP values for counters 0..9.
RFC4226 = ["755224", "287082", "359152", "969429", "338314",
           "254676", "287922", "162583", "399871", "520489"]  # fmt: skip

# RFC 6238 Appendix B: (time, SHA1, SHA256, SHA512), 8 digits, 30 s.
RFC6238 = [
    (59, "94287082", "46119246", "90693936"),
    (1111111109, "07081804", "68084774", "25091201"),
    (1111111111, "14050471", "67062674", "99943326"),
    (1234567890, "89005924", "91819424", "93441116"),
    (2000000000, "69279037", "90698825", "38618901"),
    (20000000000, "65353130", "77737706", "47863826"),
]


@pytest.mark.parametrize("counter", range(10))
def test_rfc4226_hotp_vectors(counter: int) -> None:
    account = Account(secret=RFC_SEED_SHA1, type=OtpType.HOTP, counter=counter)
    assert code_at(account, now=0) == RFC4226[counter]


@pytest.mark.parametrize(("now", "sha1", "sha256", "sha512"), RFC6238)
def test_rfc6238_totp_vectors(now: int, sha1: str, sha256: str, sha512: str) -> None:
    cases = [
        (RFC_SEED_SHA1, Algorithm.SHA1, sha1),
        (RFC_SEED_SHA256, Algorithm.SHA256, sha256),
        (RFC_SEED_SHA512, Algorithm.SHA512, sha512),
    ]
    for seed, algorithm, expected in cases:
        account = Account(secret=seed, algorithm=algorithm, digits=8)
        assert code_at(account, now) == expected


def test_six_digit_code_is_the_low_digits_of_the_eight_digit_one() -> None:
    assert code_at(Account(secret=RFC_SEED_SHA1), 59) == "287082"


@pytest.mark.parametrize(
    ("secret_b32", "now", "expected"),
    [
        # Published by KeePassXC's and Authenticator Pro's test suites.
        ("63BEDWCQZKTQWPESARIERL5DTTQFCJTK", 1511200518, "FR8RV"),
        ("63BEDWCQZKTQWPESARIERL5DTTQFCJTK", 1511200714, "9P3VP"),
    ],
)
def test_steam_vectors(secret_b32: str, now: int, expected: str) -> None:
    from desktop.core.base32 import decode_secret

    assert code_at(steam_account(decode_secret(secret_b32)), now) == expected


def test_steam_counter_vectors_with_zero_secret() -> None:
    account = steam_account(bytes(20))
    assert code_for_counter(account, 0) == "RYH4D"
    assert code_for_counter(account, 1) == "DR2DK"


def test_eighty_bit_secret_is_accepted_and_flagged_weak() -> None:
    account = Account(secret=bytes(range(10)))  # 16 base32 characters, as many services issue
    assert len(code_at(account, 1_700_000_000)) == 6
    assert account.is_weak
    assert not Account(secret=bytes(16)).is_weak


@pytest.mark.parametrize("digits", [4, 5, 7, 9, 10])
def test_any_digit_count_from_four_to_ten(digits: int) -> None:
    code = code_at(Account(secret=RFC_SEED_SHA1, digits=digits), 59)
    assert len(code) == digits and code.isdigit()
    assert "94287082".endswith(code) or digits > 8


def test_ten_digits_keeps_leading_zeros() -> None:
    # Truncated value of counter 1 is 1094287082 (RFC 4226 Appendix D).
    assert code_at(Account(secret=RFC_SEED_SHA1, digits=10), 59) == "1094287082"


@pytest.mark.parametrize(
    "fields",
    [
        {"digits": 3},
        {"digits": 11},
        {"period": 0},
        {"counter": -1},
        {"secret": b""},
        {"name": "a\nb"},
        {"type": OtpType.STEAM, "digits": 6},
    ],
)
def test_invalid_accounts_are_refused(fields: dict[str, object]) -> None:
    base: dict[str, object] = {"secret": RFC_SEED_SHA1}
    with pytest.raises(InvalidAccount):
        Account(**{**base, **fields})  # type: ignore[arg-type]


def test_one_second_period_and_seconds_left() -> None:
    account = Account(secret=RFC_SEED_SHA1, period=1)
    assert code_at(account, 10.2) != code_at(account, 11.2)
    assert seconds_left(Account(secret=RFC_SEED_SHA1), 59.25) == pytest.approx(0.75)
    assert seconds_left(Account(secret=RFC_SEED_SHA1), 60.0) == 30


def test_next_code_is_next_step_or_next_counter() -> None:
    totp = Account(secret=RFC_SEED_SHA1, digits=8)
    assert next_code(totp, 59) == code_at(totp, 89)
    hotp = Account(secret=RFC_SEED_SHA1, type=OtpType.HOTP, counter=3)
    assert next_code(hotp, 0) == RFC4226[4]
    assert code_at(advance_counter(hotp), 0) == RFC4226[4]


@pytest.mark.parametrize(
    ("code", "shown"),
    [("123456", "123 456"), ("12345678", "1234 5678"), ("1234567", "1234 567"),
     ("123456789", "123 456 789"), ("1234", "1234"), ("RYH4D", "RYH4D")],
)  # fmt: skip
def test_format_code_groups_for_reading(code: str, shown: str) -> None:
    assert format_code(code) == shown


def test_secret_is_not_in_repr() -> None:
    assert "1234567890" not in repr(Account(secret=RFC_SEED_SHA1))


@given(
    secret=st.binary(min_size=16, max_size=64),  # pyotp refuses secrets under 128 bits
    counter=st.integers(min_value=0, max_value=2**63 - 1),
    digits=st.integers(min_value=6, max_value=10),
    algorithm=st.sampled_from(list(Algorithm)),
)
def test_codes_match_pyotp(secret: bytes, counter: int, digits: int, algorithm: Algorithm) -> None:
    """pyotp, an independent implementation, agrees on any secret, counter and length."""
    import base64

    import pyotp

    reference = pyotp.HOTP(
        base64.b32encode(secret).decode(), digits=digits, digest=algorithm.digest
    )
    account = Account(secret=secret, type=OtpType.HOTP, digits=digits, algorithm=algorithm)
    assert code_for_counter(account, counter) == reference.at(counter)
