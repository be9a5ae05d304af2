"""Scan problems in the user's language. Core errors carry a stable code; this picks the text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import KeydeskError, NotAnAuthenticatorCode
from desktop.ui.errors_text import describe

_CONTEXT = "ScanMessages"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _content_names() -> dict[str, str]:
    return {
        "url": _tr("a web address"),
        "wifi": _tr("Wi-Fi network settings"),
        "contact": _tr("a contact card"),
        "event": _tr("a calendar event"),
        "email": _tr("an e-mail address"),
        "phone": _tr("a phone number"),
        "sms": _tr("a text message"),
        "geo": _tr("a map location"),
        "payment": _tr("a payment request"),
        "link": _tr("a link"),
        "binary": _tr("binary data"),
        "text": _tr("text"),
        "empty": _tr("no text"),
    }


def explain(error: KeydeskError) -> str:
    """What went wrong, for a person."""
    if isinstance(error, NotAnAuthenticatorCode):
        return _not_authenticator(error)
    texts = {
        "camera_not_found": _tr(
            "No camera was found. Connect a webcam, or scan from the screen or an image file."
        ),
        "camera_busy": _tr(
            "The camera is in use by another program (a video call?). Close it and try again."
        ),
        "camera_permission_denied": _tr(
            "Keydesk is not allowed to use the camera. Allow camera access in the system "
            "settings (on Linux: add yourself to the “video” group) and try again."
        ),
        "camera_disconnected": _tr("The camera stopped sending pictures. Was it unplugged?"),
        "no_code_found": _tr("No QR code was found."),
    }
    return texts.get(error.code) or describe(error)


def _not_authenticator(error: NotAnAuthenticatorCode) -> str:
    if error.content_kind == "prefixed":
        return _tr(
            "This QR code holds an authenticator link behind other text; only a code that "
            "starts with otpauth:// can be used."
        )
    what = _content_names().get(error.content_kind, _tr("something else"))
    if error.detail:
        return (
            _tr("This QR code holds %1: %2, not an authenticator setup code.")
            .replace("%1", what)
            .replace("%2", error.detail)
        )
    return _tr("This QR code holds %1, not an authenticator setup code.").replace("%1", what)
