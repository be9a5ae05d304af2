"""Clock drift: how far the local clock is from an HTTPS server's, read from its ``Date`` header.

TOTP codes depend on the clock; a PC that is 30 s off produces codes the service rejects. The
measurement is one HEAD request: the server's time is the ``Date`` header (whole seconds, so its
middle, +0.5 s, is the best estimate) compared with the midpoint of our send and receive times.
Being offline is not an error: :func:`measure_offset` returns None. Time is always passed in.
"""

from __future__ import annotations

import ipaddress
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from desktop.core.errors import InvalidInput

#: Codes are still accepted by most services within one 30 s step; warn well before that.
DRIFT_THRESHOLD_S = 10.0
CHECK_INTERVAL_S = 3600
DEFAULT_TIMEOUT_S = 5.0
_DATE_RESOLUTION_S = 1.0

Fetch = Callable[[str, float], "str | None"]


@dataclass(frozen=True, slots=True)
class DriftReading:
    """``offset`` is server time minus local time: positive when the local clock is behind."""

    offset: float
    round_trip: float
    server: str

    @property
    def significant(self) -> bool:
        return is_significant(self.offset)


def is_significant(offset: float) -> bool:
    return abs(offset) > DRIFT_THRESHOLD_S


def check_server_url(url: str) -> str:
    """HTTPS only (plain HTTP to a loopback address is allowed for tests and local servers)."""
    parts = urlsplit(url.strip())
    if parts.scheme == "https" and parts.hostname:
        return url.strip()
    if parts.scheme == "http" and parts.hostname and _is_loopback(parts.hostname):
        return url.strip()
    raise InvalidInput("the time server must be an https:// address")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def offset_from_date(date_header: str, sent: float, received: float) -> float | None:
    """Server minus local time, or None when the header is not an HTTP date."""
    try:
        server = parsedate_to_datetime(date_header)
    except (TypeError, ValueError, IndexError):
        return None
    if server.tzinfo is None:
        return None
    local = (sent + received) / 2
    return server.timestamp() + _DATE_RESOLUTION_S / 2 - local


def fetch_date_header(url: str, timeout: float) -> str | None:
    """The ``Date`` header of a HEAD request (TLS verified), or None when the server is unreachable."""
    request = urllib.request.Request(url, method="HEAD", headers={"User-Agent": "Keydesk"})  # noqa: S310 - scheme checked
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            date: str | None = response.headers.get("Date")
            return date
    except urllib.error.HTTPError as exc:
        # An error page still carries the server's clock.
        error_date: str | None = exc.headers.get("Date") if exc.headers else None
        return error_date
    except (urllib.error.URLError, OSError, ValueError):
        return None


def measure_offset(
    url: str,
    now: Callable[[], float],
    *,
    timeout: float = DEFAULT_TIMEOUT_S,
    fetch: Fetch = fetch_date_header,
) -> DriftReading | None:
    """One drift reading against ``url``; None when offline or the server sends no usable date."""
    checked = check_server_url(url)
    sent = now()
    header = fetch(checked, timeout)
    received = now()
    if header is None:
        return None
    offset = offset_from_date(header, sent, received)
    if offset is None:
        return None
    return DriftReading(offset=offset, round_trip=received - sent, server=checked)
