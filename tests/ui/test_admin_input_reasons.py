"""Every reason desktop.admin gives for refusing input has a translatable text, and back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.admin.netaddr import parse_value
from desktop.core.errors import InvalidInput
from desktop.ui.admin.input_errors import _TEXTS, input_error_text

ADMIN = Path(__file__).resolve().parents[2] / "desktop" / "admin"


#: Reasons built at run time: netaddr's f"{kind}_invalid".
COMPOSED = {"cidr_invalid", "range_invalid"}


def raised_reasons() -> set[str]:
    found = set(COMPOSED)
    for path in ADMIN.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r'reason="(\w+)"', text))
        found |= set(re.findall(r'_RangeError\("[^"]*", "(\w+)"\)', text))
    return found


def test_reasons_and_texts_match() -> None:
    assert raised_reasons() == set(_TEXTS)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("10.0.0.1-::1", "“10.0.0.1-::1” is not a valid range: both ends must be the same IP version."),
        ("10.0.0.9-10.0.0.1", "“10.0.0.9-10.0.0.1” is not a valid range: the first address is above the last."),
        ("10.0.0.300", "“10.0.0.300” is not a valid address or CIDR block."),
        ("", "Enter an address, a CIDR block (10.0.0.0/8) or a range (a-b)."),
    ],
)  # fmt: skip
def test_address_refusals_are_worded_by_reason(text: str, shown: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_value(text)
    assert input_error_text(caught.value) == shown


def test_unknown_reason_falls_back_to_the_message() -> None:
    assert input_error_text(InvalidInput("something new")) == "something new"
