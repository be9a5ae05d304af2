"""IP allowlist entries (CIDR blocks and address ranges, IPv4 and IPv6) and client addresses."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from server.config import Network

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class Span:
    """An inclusive range of addresses of one family."""

    first: Address
    last: Address

    def contains(self, address: Address) -> bool:
        if address.version != self.first.version:
            return False
        return int(self.first) <= int(address) <= int(self.last)


def parse_address(text: str) -> Address:
    """An address; IPv4-mapped IPv6 addresses become plain IPv4. Raises ValueError."""
    address = ipaddress.ip_address(text.strip())
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def parse_network(text: str) -> Network:
    """A CIDR block; an IPv4-mapped IPv6 block (``::ffff:10.9.0.0/120``) becomes the IPv4 block
    it covers, since mapped addresses are compared as IPv4. Raises ValueError."""
    network = ipaddress.ip_network(text.strip(), strict=False)
    mapped = (
        network.network_address.ipv4_mapped if isinstance(network, ipaddress.IPv6Network) else None
    )
    if mapped is None:
        return network
    return ipaddress.IPv4Network(f"{mapped}/{network.prefixlen - 96}")


def parse_entry(kind: str, value: str) -> Span:
    """Parse an allowlist value of the given kind; raises ValueError with a reason."""
    if kind == "cidr":
        network = parse_network(value)
        return Span(network.network_address, network.broadcast_address)
    if kind == "range":
        if value.count("-") != 1:
            raise ValueError("a range is written FIRST-LAST")
        first_text, last_text = value.split("-")
        first, last = parse_address(first_text), parse_address(last_text)
        if first.version != last.version:
            raise ValueError("both ends of a range must be the same IP version")
        if int(first) > int(last):
            raise ValueError("the first address of a range must not be above the last")
        return Span(first, last)
    raise ValueError(f"unknown kind {kind!r}")


def canonical_value(kind: str, value: str) -> str:
    """The normalised text of a valid value (networks get their network address)."""
    if kind == "cidr":
        return str(parse_network(value))
    span = parse_entry(kind, value)
    return f"{span.first}-{span.last}"


def allowed(address: str, spans: Iterable[Span]) -> bool:
    try:
        parsed = parse_address(address)
    except ValueError:
        return False
    return any(span.contains(parsed) for span in spans)


def client_address(peer: str | None, forwarded_for: str | None, trusted: Sequence[Network]) -> str:
    """The caller's address: X-Forwarded-For is honoured only when the peer is a trusted proxy.

    The header is read from the right; the first address that is not itself a trusted proxy
    is the client."""
    if not peer:
        return "0.0.0.0"  # noqa: S104 - a placeholder that no allowlist entry should match
    if not forwarded_for or not _is_trusted(peer, trusted):
        return peer
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    for hop in reversed(hops):
        try:
            parse_address(hop)
        except ValueError:
            return peer
        if not _is_trusted(hop, trusted):
            return str(parse_address(hop))
    return str(parse_address(hops[0])) if hops else peer


def _is_trusted(address: str, trusted: Sequence[Network]) -> bool:
    try:
        parsed = parse_address(address)
    except ValueError:
        return False
    return any(parsed.version == net.version and parsed in net for net in trusted)
