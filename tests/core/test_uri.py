"""otpauth:// parsing and building: real-world variants, every rejection, fuzzing, round trips."""

from __future__ import annotations

import contextlib
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.errors import InvalidUri, KeydeskError
from desktop.core.otp import Account, Algorithm, OtpType
from desktop.core.uri import build_uri, parse_uri

SECRET = "JBSWY3DPEHPK3PXP"  # b"Hello!\xde\xad\xbe\xef"
SECRET_BYTES = b"Hello!\xde\xad\xbe\xef"

GOOD = [
    # (uri, expected fields)
    (f"otpauth://totp/ACME:alice?secret={SECRET}&issuer=ACME",
     {"issuer": "ACME", "name": "alice"}),
    (f"otpauth://totp/alice?secret={SECRET}", {"issuer": "", "name": "alice"}),
    (f"otpauth://totp/ACME%20Co:john.doe%40email.com?secret={SECRET}&issuer=ACME%20Co",
     {"issuer": "ACME Co", "name": "john.doe@email.com"}),
    (f"otpauth://totp/ACME%3Aalice?secret={SECRET}", {"issuer": "ACME", "name": "alice"}),
    (f"otpauth://totp/ACME%3aalice?secret={SECRET}", {"issuer": "ACME", "name": "alice"}),
    (f"otpauth://totp/Label:alice?secret={SECRET}&issuer=Param",
     {"issuer": "Param", "name": "alice"}),
    (f"otpauth://totp/ACME:%20alice?secret={SECRET}", {"issuer": "ACME", "name": "alice"}),
    (f"otpauth://totp/ACME:alice?secret={SECRET.lower()}", {"secret": SECRET_BYTES}),
    ("otpauth://totp/ACME:alice?secret=JBSW%20Y3DP%20EHPK%203PXP", {"secret": SECRET_BYTES}),
    ("otpauth://totp/ACME:alice?secret=JBSW+Y3DP+EHPK+3PXP", {"secret": SECRET_BYTES}),
    (f"otpauth://totp/ACME:alice?secret={SECRET}%3D%3D%3D%3D", {"secret": SECRET_BYTES}),
    ("otpauth://totp/A:b?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", {"secret": b"12345678901234567890"}),
    (f"OTPAUTH://TOTP/ACME:alice?secret={SECRET}", {"type": OtpType.TOTP}),
    (f"otpauth://totp/A:b?secret={SECRET}&algorithm=SHA256", {"algorithm": Algorithm.SHA256}),
    (f"otpauth://totp/A:b?secret={SECRET}&algorithm=sha512", {"algorithm": Algorithm.SHA512}),
    (f"otpauth://totp/A:b?secret={SECRET}&algorithm=SHA-256", {"algorithm": Algorithm.SHA256}),
    (f"otpauth://totp/A:b?secret={SECRET}&digits=8", {"digits": 8}),
    (f"otpauth://totp/A:b?secret={SECRET}&digits=4", {"digits": 4}),
    (f"otpauth://totp/A:b?secret={SECRET}&digits=10", {"digits": 10}),
    (f"otpauth://totp/A:b?secret={SECRET}&period=60", {"period": 60}),
    (f"otpauth://totp/A:b?secret={SECRET}&period=1", {"period": 1}),
    (f"otpauth://hotp/A:b?secret={SECRET}&counter=0", {"type": OtpType.HOTP, "counter": 0}),
    (f"otpauth://hotp/A:b?secret={SECRET}&counter=42", {"counter": 42}),
    (f"otpauth://steam/Steam:gamer?secret={SECRET}", {"type": OtpType.STEAM, "digits": 5}),
    (f"otpauth://totp/Steam:gamer?secret={SECRET}&encoder=steam", {"type": OtpType.STEAM}),
    (f"otpauth://totp/A:b?secret={SECRET}&image=https%3A%2F%2Fx.test%2Fi.png",
     {"extra": (("image", "https://x.test/i.png"),)}),
    (f"otpauth://totp/A:b?Secret={SECRET}&ISSUER=A", {"issuer": "A"}),
    (f"otpauth://totp/%D0%AF%D0%BD%D0%B4%D0%B5%D0%BA%D1%81:%D0%B8%D0%B2%D0%B0%D0%BD?secret={SECRET}",
     {"issuer": "Яндекс", "name": "иван"}),
    (f"otpauth://totp/?secret={SECRET}&issuer=OnlyIssuer", {"issuer": "OnlyIssuer", "name": ""}),
    (f"  otpauth://totp/A:b?secret={SECRET}\n", {"issuer": "A"}),
    (f"otpauth://totp/A:b?secret={SECRET}#fragment", {"name": "b"}),
    (f"otpauth://totp/A:b:c?secret={SECRET}", {"issuer": "A", "name": "b:c"}),
    (f"otpauth://totp/A:b?secret={SECRET}&&issuer=A", {"issuer": "A"}),
]  # fmt: skip

BAD = [
    ("", "not an otpauth:// URI"),
    ("https://example.com/?secret=JBSWY3DP", "not an otpauth:// URI"),
    ("otpauth-migration://offline?data=abc", "not an otpauth:// URI"),
    ("otpauth:///A:b?secret=JBSWY3DP", "has no type"),
    ("otpauth://motp/A:b?secret=JBSWY3DP", "unsupported OTP type 'motp'"),
    ("otpauth://totp/A:b", "no secret"),
    ("otpauth://totp/A:b?issuer=A", "no secret"),
    ("otpauth://totp/A:b?secret=", "secret is empty"),
    ("otpauth://totp/A:b?secret=JBS1Y3DP", "character '1' at position 4"),
    ("otpauth://totp/A:b?secret=JBSWY3D!", "character '!' at position 8"),
    ("otpauth://totp/A:b?secret=JBSWY3DPE", "9 characters is not a possible length"),
    ("otpauth://totp/A:b?secret=JBSWY3DP==X", "after the '=' padding"),
    ("otpauth://totp/?secret=JBSWY3DP", "neither an account nor an issuer"),
    ("otpauth://totp/A:b?secret=JBSWY3DP&algorithm=MD5", "unsupported algorithm 'MD5'"),
    ("otpauth://totp/A:b?secret=JBSWY3DP&digits=3", "digits must be between 4 and 10"),
    ("otpauth://totp/A:b?secret=JBSWY3DP&digits=11", "digits must be between 4 and 10"),
    ("otpauth://totp/A:b?secret=JBSWY3DP&digits=six", "digits must be a whole number"),
    ("otpauth://totp/A:b?secret=JBSWY3DP&digits=-6", "digits must be a whole number"),
    ("otpauth://totp/A:b?secret=JBSWY3DP&period=0", "period must be between 1"),
    ("otpauth://totp/A:b?secret=JBSWY3DP&period=30s", "period must be a whole number"),
    ("otpauth://totp/A:b?secret=JBSWY3DP&period=999999999", "period must be between 1"),
    ("otpauth://hotp/A:b?secret=JBSWY3DP", "needs a counter"),
    ("otpauth://hotp/A:b?secret=JBSWY3DP&counter=x", "counter must be a whole number"),
    ("otpauth://totp/A:b?secret=JBSWY3DP&secret=JBSWY3DP", "'secret' appears more than once"),
    ("otpauth://totp/A%0Ab?secret=JBSWY3DP", "control characters"),
    ("otpauth://totp/A%FFb?secret=JBSWY3DP", "not valid percent-encoded UTF-8"),
    ("otpauth://totp/A:b?secret=JBSWY3DP&issuer=%FF", "not valid percent-encoded UTF-8"),
    ("otpauth://totp/A:b?secret=JBSWY3DP&digits=٦", "digits must be a whole number"),
    ("otpauth://totp/A:b?secret=" + "A" * 10_240, "URI is too long"),
    ("otpauth://totp/" + "x" * 10_240 + "?secret=JBSWY3DP", "URI is too long"),
]  # fmt: skip


@pytest.mark.parametrize(("uri", "expected"), GOOD)
def test_good_uris(uri: str, expected: dict[str, object]) -> None:
    account = parse_uri(uri)
    for field, value in expected.items():
        assert getattr(account, field) == value, field


@pytest.mark.parametrize(("uri", "message"), BAD)
def test_bad_uris_name_the_problem(uri: str, message: str) -> None:
    with pytest.raises(InvalidUri) as caught:
        parse_uri(uri)
    assert message in str(caught.value)
    assert caught.value.code == "invalid_uri"


def test_at_least_forty_cases() -> None:
    assert len(GOOD) + len(BAD) >= 40


def test_error_message_never_contains_the_secret() -> None:
    with pytest.raises(InvalidUri) as caught:
        parse_uri("otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP&digits=99")
    assert "JBSWY3DP" not in str(caught.value)


text = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=30
).map(str.strip)
accounts = st.builds(
    lambda secret, issuer, name, kind, algorithm, digits, period, counter, extra: Account(
        secret=secret,
        issuer=issuer,
        name=name or ("n" if not issuer else ""),
        type=kind,
        algorithm=algorithm,
        digits=5 if kind is OtpType.STEAM else digits,
        period=30 if kind is OtpType.STEAM else period,
        counter=counter if kind is OtpType.HOTP else 0,
        extra=extra,
    ),
    st.binary(min_size=1, max_size=64),
    text,
    text,
    st.sampled_from(list(OtpType)),
    st.sampled_from(list(Algorithm)),
    st.integers(4, 10),
    st.integers(1, 86400),
    st.integers(0, 2**63 - 1),
    st.lists(
        st.tuples(st.sampled_from(["image", "color", "x-note"]), text),
        max_size=2,
        unique_by=lambda p: p[0],
    ).map(tuple),
)


@given(accounts)
@settings(max_examples=300, deadline=None)
def test_round_trip_is_lossless(account: Account) -> None:
    parsed = parse_uri(build_uri(account))
    assert parsed.edited(id=account.id) == account


@given(st.text(max_size=300))
@settings(max_examples=500, deadline=None)
def test_fuzz_any_text_gives_only_typed_errors(text_input: str) -> None:
    with contextlib.suppress(KeydeskError):
        parse_uri(text_input)


uri_like = st.builds(
    lambda kind, label, query: f"otpauth://{kind}/{label}?{query}",
    st.sampled_from(["totp", "hotp", "steam", "TOTP", "x", ""]),
    st.text(alphabet=string.printable + "%:é", max_size=40),
    st.lists(
        st.builds(
            lambda k, v: f"{k}={v}",
            st.sampled_from(["secret", "issuer", "digits", "period", "counter", "algorithm", "z"]),
            st.text(alphabet=string.ascii_letters + string.digits + "%=+-/ ", max_size=20),
        ),
        max_size=6,
    ).map("&".join),
)


@given(uri_like)
@settings(max_examples=1000, deadline=None)
def test_fuzz_uri_shaped_text_gives_only_typed_errors(uri: str) -> None:
    try:
        account = parse_uri(uri)
    except KeydeskError:
        return
    assert account.secret
