"""Server addresses: https everywhere, plain http only to this machine (loopback)."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from desktop.admin.errors import InsecureServerUrl


def is_loopback(host: str) -> bool:
    if host.lower() in {"localhost", "ip6-localhost"}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalise_server_url(url: str) -> str:
    """``scheme://host[:port][/prefix]`` without a trailing ``/`` or ``/v1``.

    Raises :class:`InsecureServerUrl` for anything but https, or http to loopback."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise InsecureServerUrl(f"not a server address: {text!r} (expected https://host)")
    if parts.username or parts.password:
        raise InsecureServerUrl("the server address must not contain a user name or password")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InsecureServerUrl(
            f"plain http is refused for {parts.hostname}: use https:// "
            "(http is allowed only to this computer, e.g. http://127.0.0.1)"
        )
    path = parts.path.rstrip("/")
    path = path.removesuffix("/v1")
    return f"{parts.scheme}://{parts.netloc}{path}"


def server_host(url: str) -> str:
    """The host name of a server address, lower-case (for matching vault accounts)."""
    return (urlsplit(url).hostname or "").lower()
