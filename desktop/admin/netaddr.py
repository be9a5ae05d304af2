"""IP allowlist values, checked as the admin types: CIDR blocks, single addresses, ranges,
IPv4 and IPv6 — canonicalised the way the server stores them."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop.core.errors import InvalidInput

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
_ALLOWED_CHARS = re.compile(r"^[0-9A-Fa-f.:/\- ]*$")


class Typing(StrEnum):
    EMPTY = "empty"
    INTERMEDIATE = "intermediate"  # could still become valid
    VALID = "valid"
    INVALID = "invalid"


@dataclass(frozen=True)
class Span:
    """An inclusive range of addresses of one family, with its canonical text and kind."""

    kind: str  # "cidr" or "range"
    value: str
    first: Address
    last: Address

    def contains(self, address: Address) -> bool:
        return address.version == self.first.version and self.first <= address <= self.last  # type: ignore[operator]

    def covers(self, other: Span) -> bool:
        return self.contains(other.first) and self.contains(other.last)


def parse_address(text: str) -> Address:
    """An address; IPv4-mapped IPv6 becomes IPv4. Raises ValueError."""
    address = ipaddress.ip_address(text.strip())
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def parse_value(text: str, kind: str | None = None) -> Span:
    """A CIDR block, a single address (a /32 or /128 block) or a range ``FIRST-LAST``.

    Raises :class:`InvalidInput` naming the problem."""
    value = text.strip()
    if not value:
        raise InvalidInput(
            "enter an address, a CIDR block (10.0.0.0/8) or a range (a-b)", reason="address_empty"
        )
    guessed = kind or ("range" if "-" in value else "cidr")
    try:
        return _range(value) if guessed == "range" else _cidr(value)
    except _RangeError as exc:
        raise InvalidInput(
            f"{value!r} is not a valid range: {exc}", reason=exc.reason, value=value
        ) from None
    except ValueError as exc:
        raise InvalidInput(
            f"{value!r} is not a valid {guessed}: {exc}", reason=f"{guessed}_invalid", value=value
        ) from None


def _cidr(value: str) -> Span:
    network: ipaddress.IPv4Network | ipaddress.IPv6Network
    network = ipaddress.ip_network(value, strict=False)
    mapped = (
        network.network_address.ipv4_mapped if isinstance(network, ipaddress.IPv6Network) else None
    )
    if mapped is not None:  # ::ffff:10.9.0.0/120 is the IPv4 block 10.9.0.0/24, as the server
        network = ipaddress.IPv4Network(f"{mapped}/{network.prefixlen - 96}")
    return Span("cidr", str(network), network.network_address, network.broadcast_address)


class _RangeError(ValueError):
    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


def _range(value: str) -> Span:
    if value.count("-") != 1:
        raise ValueError("a range is written FIRST-LAST")
    first_text, last_text = value.split("-")
    first, last = parse_address(first_text), parse_address(last_text)
    if first.version != last.version:
        raise _RangeError("both ends must be the same IP version", "range_mixed_versions")
    if first > last:  # type: ignore[operator]
        raise _RangeError("the first address is above the last", "range_reversed")
    return Span("range", f"{first}-{last}", first, last)


def typing_state(text: str) -> Typing:
    """For validation as the admin types: is this text valid, on its way, or hopeless?"""
    if not text.strip():
        return Typing.EMPTY
    if not _ALLOWED_CHARS.match(text) or text.count("/") > 1 or text.count("-") > 1:
        return Typing.INVALID
    if "/" in text and "-" in text:
        return Typing.INVALID
    try:
        parse_value(text)
    except InvalidInput:
        return Typing.INTERMEDIATE if _could_grow(text) else Typing.INVALID
    return Typing.VALID


def _could_grow(text: str) -> bool:
    stripped = text.strip()
    if stripped.endswith(("/", "-", ".", ":")):
        return True
    if "-" in stripped:
        return not all(_parses(part) for part in stripped.split("-"))
    if "/" not in stripped:
        return True
    address, prefix = stripped.split("/")
    if not prefix.isdigit():
        return False
    try:
        limit = 32 if parse_address(address).version == 4 else 128
    except ValueError:
        return False  # the address before the "/" is already wrong
    return int(prefix) <= limit


def _parses(text: str) -> bool:
    try:
        parse_address(text)
    except ValueError:
        return False
    return True


def spans_of(entries: Iterable[dict[str, object]]) -> list[Span]:
    """Spans of the active entries that parse (others let nobody in, as on the server)."""
    spans = []
    for entry in entries:
        if not entry.get("is_active", True):
            continue
        try:
            spans.append(parse_value(str(entry.get("value", "")), str(entry.get("kind", "cidr"))))
        except InvalidInput:
            continue
    return spans


def permits(enabled: bool, entries: Iterable[dict[str, object]], address: str) -> bool:
    """Would this address be let in by this allowlist?"""
    if not enabled:
        return True
    try:
        parsed = parse_address(address)
    except ValueError:
        return False
    return any(span.contains(parsed) for span in spans_of(entries))
