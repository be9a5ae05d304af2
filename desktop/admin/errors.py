"""Typed errors of the admin side: what went wrong talking to the security API.

Messages never carry tokens, passwords or codes; the server's own message is shown as given
(the server redacts secrets), prefixed by nothing so the UI can translate by ``code``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from desktop.core.errors import InvalidInput, KeydeskError


class AdminError(KeydeskError):
    """Base of every admin-side error; ``server_code`` is the API's stable error code."""

    code: ClassVar[str] = "admin_error"

    def __init__(
        self, message: str, *, status: int = 0, server_code: str = "", data: Any = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.server_code = server_code
        self.data = data


class InsecureServerUrl(InvalidInput):
    """Plain http to anything but loopback, or not a URL at all."""

    code = "insecure_server_url"


class Offline(AdminError):
    """No answer: connection refused, DNS failure, TLS failure or a timeout."""

    code = "offline"


class AuthRequired(AdminError):
    """No token, or the token expired or was revoked: log in again (the queue is kept)."""

    code = "auth_required"
    exit_status = 3


class Forbidden(AdminError):
    code = "forbidden"
    exit_status = 3


class IpNotAllowed(Forbidden):
    code = "ip_not_allowed"


class ConflictError(AdminError):
    """409 (e.g. a change that would lock out your own address) or 412 (stale version)."""

    code = "conflict"


class StaleVersion(ConflictError):
    """412: the resource changed since it was read; ``data`` is the current version."""

    code = "stale_version"

    def __init__(self, message: str, *, data: Any = None, etag: str | None = None) -> None:
        super().__init__(message, status=412, server_code="stale_version", data=data)
        self.etag = etag


class ValidationFailed(AdminError):
    code = "validation_failed"
    exit_status = 2


class NotFoundOnServer(AdminError):
    code = "not_found_on_server"


class RateLimited(AdminError):
    """429: too many attempts; wait ``retry_after`` seconds."""

    code = "rate_limited"

    def __init__(self, message: str, *, retry_after: float, server_code: str = "") -> None:
        super().__init__(message, status=429, server_code=server_code)
        self.retry_after = retry_after


class ServerError(AdminError):
    """5xx, or an answer that is not the API's JSON envelope."""

    code = "server_error"


class MalformedAnswer(ServerError):
    """A success envelope whose data is not what the API promises: nothing is settled on it."""

    code = "malformed_answer"


class ReplicaDamaged(AdminError):
    """The local replica cannot be opened without losing queued edits."""

    code = "replica_damaged"


class CodeExpired(AdminError):
    """410: the challenge is over; start the login again."""

    code = "code_expired"
    exit_status = 3


class WrongCode(AuthRequired):
    code = "wrong_code"

    @property
    def attempts_left(self) -> int | None:
        if isinstance(self.data, dict) and isinstance(self.data.get("attempts_left"), int):
            return int(self.data["attempts_left"])
        return None


class NotLoggedIn(AuthRequired):
    """No server or token configured in this profile."""

    code = "not_logged_in"
