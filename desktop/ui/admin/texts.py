"""Admin errors and states as text in the user's language.

``desktop.admin`` is pure Python and speaks English with stable codes (error classes, the
server's ``code``, weakening codes); the texts for the user are picked here, by code, with the
English sources marked by ``QT_TRANSLATE_NOOP`` so that lupdate extracts them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from desktop.admin import errors
from desktop.admin.weakening import describe
from desktop.core.errors import InvalidInput, KeydeskError
from desktop.ui.admin.input_errors import input_error_text

CONTEXT = "Admin"


def tr(text: object) -> str:
    """``text`` is an English source marked with QT_TRANSLATE_NOOP in this module."""
    return QCoreApplication.translate(CONTEXT, str(text))


def error_text(exc: Exception) -> str:
    """A sentence for the user, chosen by the error's class and the server's code."""
    if isinstance(exc, errors.WrongCode | errors.RateLimited):
        return _counted(exc)
    if isinstance(exc, errors.AdminError) and exc.server_code in BY_SERVER_CODE:
        return tr(BY_SERVER_CODE[exc.server_code])
    if isinstance(exc, errors.ValidationFailed | errors.ConflictError) and not isinstance(
        exc, errors.StaleVersion
    ):
        # The server explains the refusal (which field, which address): its words are kept.
        return QCoreApplication.translate("Admin", "The server refused this change: %1").replace(
            "%1", exc.message
        )
    return _by_class(exc)


class AdminCounts(QObject):
    """Texts with a count: tr() of a QObject is what lupdate extracts with plural forms."""

    def retry_in(self, seconds: int) -> str:
        return self.tr("Too many attempts. Try again in %n s.", "", seconds)

    def attempts_left(self, left: int) -> str:
        return self.tr("That code is not right (%n attempts left).", "", left)


def _counted(exc: errors.WrongCode | errors.RateLimited) -> str:
    if isinstance(exc, errors.RateLimited):
        return AdminCounts().retry_in(round(exc.retry_after))
    left = exc.attempts_left
    if left is None:
        return QCoreApplication.translate("Admin", "That code is not right.")
    return AdminCounts().attempts_left(left)


def _by_class(exc: Exception) -> str:
    for kind, text in BY_CLASS:
        if isinstance(exc, kind):
            return tr(text)
    if isinstance(exc, InvalidInput):
        return input_error_text(exc)
    if isinstance(exc, KeydeskError):
        return exc.message
    return QCoreApplication.translate("Admin", "Unexpected error: %1").replace(
        "%1", type(exc).__name__
    )


BY_SERVER_CODE: dict[str, object] = {
    "invalid_credentials": QT_TRANSLATE_NOOP("Admin", "Wrong login or password."),
    "forbidden": QT_TRANSLATE_NOOP("Admin", "Only administrators may do this."),
    "role_not_editable": QT_TRANSLATE_NOOP("Admin", "The administrator role cannot be changed."),
    "support_access_inactive": QT_TRANSLATE_NOOP("Admin", "Support access is not granted."),
    "enrollment_required": QT_TRANSLATE_NOOP(
        "Admin", "Set up an authenticator app before using the security settings."
    ),
    "already_enrolled": QT_TRANSLATE_NOOP("Admin", "An authenticator app is already set up."),
    "not_enrolled": QT_TRANSLATE_NOOP("Admin", "No authenticator app is set up."),
    "totp_required": QT_TRANSLATE_NOOP(
        "Admin", "The security policy requires an authenticator app."
    ),
    "reset_self": QT_TRANSLATE_NOOP("Admin", "You cannot reset your own authenticator here."),
    "self_lockout": QT_TRANSLATE_NOOP(
        "Admin", "This change would lock your own address out (IP allowlist)."
    ),
    "already_exists": QT_TRANSLATE_NOOP("Admin", "This entry already exists on the server."),
    "too_many_attempts": QT_TRANSLATE_NOOP("Admin", "Too many attempts. Start the login again."),
    "challenge_not_found": QT_TRANSLATE_NOOP("Admin", "This step is over. Start again."),
    "challenge_closed": QT_TRANSLATE_NOOP("Admin", "This step is over. Start again."),
    "challenge_expired": QT_TRANSLATE_NOOP("Admin", "The code expired. Start the login again."),
    "not_found": QT_TRANSLATE_NOOP("Admin", "The server no longer has this entry."),
}

BY_CLASS: list[tuple[type[Exception], object]] = [
    (
        errors.Offline,
        QT_TRANSLATE_NOOP(
            "Admin", "The server cannot be reached. Your edits are kept and will be sent later."
        ),
    ),
    (
        errors.NotLoggedIn,
        QT_TRANSLATE_NOOP("Admin", "You are not logged in. Your edits are kept."),
    ),
    (errors.AuthRequired, QT_TRANSLATE_NOOP("Admin", "Please log in again. Your edits are kept.")),
    (
        errors.IpNotAllowed,
        QT_TRANSLATE_NOOP(
            "Admin", "The server does not accept connections from this address (IP allowlist)."
        ),
    ),
    (errors.Forbidden, QT_TRANSLATE_NOOP("Admin", "You are not allowed to do this.")),
    (errors.CodeExpired, QT_TRANSLATE_NOOP("Admin", "The code expired. Start the login again.")),
    (
        errors.StaleVersion,
        QT_TRANSLATE_NOOP("Admin", "Someone changed this on the server in the meantime."),
    ),
    (
        errors.NotFoundOnServer,
        QT_TRANSLATE_NOOP("Admin", "The server no longer has this entry."),
    ),
    (
        errors.ServerError,
        QT_TRANSLATE_NOOP("Admin", "The server failed to answer properly. Try again later."),
    ),
    (
        errors.InsecureServerUrl,
        QT_TRANSLATE_NOOP(
            "Admin",
            "Enter the server's address as https://host (plain http only for this computer).",
        ),
    ),
]

#: What each weakening code (desktop.admin.weakening.DESCRIPTIONS) means, in the user's language.
WEAKENING: dict[str, object] = {
    "support_access_on": QT_TRANSLATE_NOOP(
        "Admin", "grants technical support access to the account"
    ),
    "two_factor_email": QT_TRANSLATE_NOOP(
        "Admin", "lets people log in with e-mail codes instead of an authenticator"
    ),
    "two_factor_roles_removed": QT_TRANSLATE_NOOP(
        "Admin", "stops requiring an authenticator for some roles"
    ),
    "two_factor_longer_grace": QT_TRANSLATE_NOOP(
        "Admin", "gives people longer before an authenticator is required"
    ),
    "email_code_longer": QT_TRANSLATE_NOOP("Admin", "makes e-mailed codes live longer"),
    "email_code_more_attempts": QT_TRANSLATE_NOOP("Admin", "allows more wrong codes per login"),
    "totp_fewer_digits": QT_TRANSLATE_NOOP("Admin", "makes authenticator codes shorter"),
    "totp_longer_period": QT_TRANSLATE_NOOP("Admin", "makes authenticator codes live longer"),
    "totp_weaker_algorithm": QT_TRANSLATE_NOOP(
        "Admin", "uses a weaker hash for authenticator codes"
    ),
    "allowlist_off": QT_TRANSLATE_NOOP("Admin", "turns the IP allowlist off"),
    "allowlist_on": QT_TRANSLATE_NOOP(
        "Admin", "turns the IP allowlist on (only listed addresses may log in)"
    ),
    "allowlist_entry_removed": QT_TRANSLATE_NOOP(
        "Admin", "removes an address from the IP allowlist"
    ),
    "allowlist_emptied": QT_TRANSLATE_NOOP(
        "Admin", "leaves the IP allowlist without any active entry"
    ),
    "allowlist_entry_deactivated": QT_TRANSLATE_NOOP("Admin", "deactivates an IP allowlist entry"),
    "allowlist_entry_narrowed": QT_TRANSLATE_NOOP("Admin", "narrows an IP allowlist entry"),
    "operator_2fa_reset": QT_TRANSLATE_NOOP(
        "Admin", "removes an operator's authenticator (their logins fall back to e-mailed codes)"
    ),
}


def weakening_text(codes: str | None) -> str:
    parts = [
        tr(WEAKENING[code]) if code in WEAKENING else describe(code)
        for code in (codes or "").split(",")
        if code
    ]
    return "; ".join(parts)


STATUS_TEXT: dict[str, object] = {
    "pending": QT_TRANSLATE_NOOP("Admin", "Waiting to sync"),
    "held": QT_TRANSLATE_NOOP("Admin", "Needs re-confirmation"),
    "conflict": QT_TRANSLATE_NOOP("Admin", "Conflict"),
    "rejected": QT_TRANSLATE_NOOP("Admin", "Refused by the server"),
}


def status_text(status: str) -> str:
    return tr(STATUS_TEXT[status]) if status in STATUS_TEXT else status
