"""Scan problems in the user's language. Core errors carry a stable code; this picks the text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import KeydeskError, NotAnAuthenticatorCode
from desktop.ui.errors_text import describe


def _content_names() -> dict[str, str]:
    return {
        "url": QCoreApplication.translate("ScanMessages", "a web address"),
        "wifi": QCoreApplication.translate("ScanMessages", "Wi-Fi network settings"),
        "contact": QCoreApplication.translate("ScanMessages", "a contact card"),
        "event": QCoreApplication.translate("ScanMessages", "a calendar event"),
        "email": QCoreApplication.translate("ScanMessages", "an e-mail address"),
        "phone": QCoreApplication.translate("ScanMessages", "a phone number"),
        "sms": QCoreApplication.translate("ScanMessages", "a text message"),
        "geo": QCoreApplication.translate("ScanMessages", "a map location"),
        "payment": QCoreApplication.translate("ScanMessages", "a payment request"),
        "link": QCoreApplication.translate("ScanMessages", "a link"),
        "binary": QCoreApplication.translate("ScanMessages", "binary data"),
        "text": QCoreApplication.translate("ScanMessages", "text"),
        "empty": QCoreApplication.translate("ScanMessages", "no text"),
    }


def explain(error: KeydeskError) -> str:
    """What went wrong, for a person."""
    if isinstance(error, NotAnAuthenticatorCode):
        return _not_authenticator(error)
    texts = {
        "camera_not_found": QCoreApplication.translate(
            "ScanMessages",
            "No camera was found. Connect a webcam, or scan from the screen or an image file.",
        ),
        "camera_busy": QCoreApplication.translate(
            "ScanMessages",
            "The camera is in use by another program (a video call?). Close it and try again.",
        ),
        "camera_permission_denied": QCoreApplication.translate(
            "ScanMessages",
            "Keydesk is not allowed to use the camera. Allow camera access in the system "
            "settings (on Linux: add yourself to the “video” group) and try again.",
        ),
        "camera_disconnected": QCoreApplication.translate(
            "ScanMessages", "The camera stopped sending pictures. Was it unplugged?"
        ),
        "no_code_found": QCoreApplication.translate("ScanMessages", "No QR code was found."),
    }
    known = texts.get(error.code)
    if known:
        return known
    described = describe(error)
    if described != error.message:
        return described
    return _by_code(error) or described


def _by_code(error: KeydeskError) -> str:
    """A general sentence for errors whose English message names details we cannot word."""
    texts = {
        "image_unreadable": QCoreApplication.translate(
            "ScanMessages", "This file cannot be read as an image. Choose a PNG, JPEG or WebP file."
        ),
        "frame_source_error": QCoreApplication.translate(
            "ScanMessages", "The picture source cannot be read."
        ),
        "invalid_migration": QCoreApplication.translate(
            "ScanMessages",
            "This Google Authenticator export code is damaged or cannot be read.",
        ),
        "invalid_uri": QCoreApplication.translate(
            "ScanMessages", "This authenticator link cannot be used: it is incomplete or damaged."
        ),
        "invalid_secret": QCoreApplication.translate(
            "ScanMessages", "The key in this code is not valid."
        ),
        "invalid_account": QCoreApplication.translate(
            "ScanMessages", "The account in this code is not valid."
        ),
    }
    return texts.get(error.code, "")


def _not_authenticator(error: NotAnAuthenticatorCode) -> str:
    if error.content_kind == "prefixed":
        return QCoreApplication.translate(
            "ScanMessages",
            "This QR code holds an authenticator link behind other text; only a code that "
            "starts with otpauth:// can be used.",
        )
    what = _content_names().get(
        error.content_kind, QCoreApplication.translate("ScanMessages", "something else")
    )
    if error.detail:
        return (
            QCoreApplication.translate(
                "ScanMessages", "This QR code holds %1: %2, not an authenticator setup code."
            )
            .replace("%1", what)
            .replace("%2", error.detail)
        )
    return QCoreApplication.translate(
        "ScanMessages", "This QR code holds %1, not an authenticator setup code."
    ).replace("%1", what)
