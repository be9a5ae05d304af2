"""Server configuration: one frozen object built by the CLI or by tests."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@dataclass(frozen=True)
class ServerConfig:
    """Everything the application factory needs besides the clock and the mailer."""

    db_url: str = "sqlite:///keydesk-server.db"
    trusted_proxies: tuple[Network, ...] = ()
    token_ttl_seconds: int = 12 * 3600
    challenge_ttl_seconds: int = 600
    enrollment_ttl_seconds: int = 900
    idempotency_ttl_seconds: int = 24 * 3600
    mail_from: str = "Keydesk <no-reply@keydesk.invalid>"
    service_name: str = "Keydesk"
    free_failures: int = 5
    max_delay_seconds: int = 900
    argon2_time_cost: int = 2
    argon2_memory_kib: int = 19456
    #: 32 bytes: seals TOTP secrets (AES-256-GCM) and keys the e-mail codes' HMAC.
    secret_key: bytes | None = field(default=None, repr=False)


def parse_networks(values: list[str] | tuple[str, ...]) -> tuple[Network, ...]:
    """CIDR strings (a bare address is a single-host network) to network objects."""
    return tuple(ipaddress.ip_network(value.strip(), strict=False) for value in values)
