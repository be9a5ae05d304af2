"""Admin errors and states as text in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.admin import errors
from desktop.admin.weakening import DESCRIPTIONS
from desktop.core.errors import KeydeskError


def tr(text: str) -> str:
    return QCoreApplication.translate("Admin", text)


def error_text(exc: Exception) -> str:
    """A sentence for the user; the server's own message where it explains the refusal."""
    if isinstance(exc, errors.WrongCode):
        left = exc.attempts_left
        text = tr("That code is not right (%1 attempts left).") if left is not None else ""
        return text.replace("%1", str(left)) or tr("That code is not right.")
    if isinstance(exc, errors.RateLimited):
        return tr("Too many attempts. Try again in %1 s.").replace(
            "%1", str(round(exc.retry_after))
        )
    if isinstance(exc, errors.AuthRequired) and exc.server_code == "invalid_credentials":
        return tr("Wrong login or password.")
    for kind, text in _FIXED:
        if isinstance(exc, kind):
            return tr(text)
    if isinstance(exc, KeydeskError):
        return exc.message
    return tr("Unexpected error: %1").replace("%1", type(exc).__name__)


_FIXED: list[tuple[type[Exception], str]] = [
    (errors.Offline, "The server cannot be reached. Your edits are kept and will be sent later."),
    (errors.AuthRequired, "Please log in again. Your edits are kept."),
    (
        errors.IpNotAllowed,
        "The server does not accept connections from this address (IP allowlist).",
    ),
    (errors.CodeExpired, "The code expired. Start the login again."),
]


def weakening_text(codes: str | None) -> str:
    texts = {code: tr(english) for code, english in DESCRIPTIONS.items()}
    return "; ".join(texts.get(code, code) for code in (codes or "").split(",") if code)


STATUS_TEXT = {
    "pending": "Waiting to sync",
    "held": "Needs re-confirmation",
    "conflict": "Conflict",
    "rejected": "Refused by the server",
}


def status_text(status: str) -> str:
    return tr(STATUS_TEXT.get(status, status))
