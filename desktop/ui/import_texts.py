"""The words of an import preview that come from the core: format names and refusal reasons,
in the user's language where the UI knows them (the core's English otherwise)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.importers import Skipped

#: Skipped-entry reasons the UI words itself (``%1`` is the value the core quotes).
_REASONS: dict[str, object] = {
    "digits": QT_TRANSLATE_NOOP("ImportReasons", "Codes with %1 digits are not supported"),
    "otp_type": QT_TRANSLATE_NOOP("ImportReasons", "%1 accounts are not supported"),
    "algorithm": QT_TRANSLATE_NOOP("ImportReasons", "The %1 algorithm is not supported"),
    "secret": QT_TRANSLATE_NOOP("ImportReasons", "The secret is not valid"),
    "no_secret": QT_TRANSLATE_NOOP("ImportReasons", "The entry has no secret"),
    "no_label": QT_TRANSLATE_NOOP("ImportReasons", "The entry has neither an issuer nor a name"),
    "trashed": QT_TRANSLATE_NOOP("ImportReasons", "The entry is in the other app's trash"),
    "malformed": QT_TRANSLATE_NOOP("ImportReasons", "The entry is malformed"),
}


#: Format names that are words, not product names, in the user's language.
_FORMAT_LABELS: dict[str, object] = {
    "andotp-encrypted": QT_TRANSLATE_NOOP("ImportFormats", "andOTP (encrypted)"),
    "google-migration": QT_TRANSLATE_NOOP("ImportFormats", "Google Authenticator export (text)"),
    "google-qr": QT_TRANSLATE_NOOP("ImportFormats", "Google Authenticator export (QR image)"),
    "keydesk": QT_TRANSLATE_NOOP("ImportFormats", "Keydesk encrypted backup"),
    "otpauth": QT_TRANSLATE_NOOP("ImportFormats", "otpauth:// link list"),
    "ente": QT_TRANSLATE_NOOP("ImportFormats", "Ente Auth (plain text)"),
    "several": QT_TRANSLATE_NOOP("ImportFormats", "several formats"),
}


def format_label(name: str, english: str) -> str:
    template = _FORMAT_LABELS.get(name)
    return QCoreApplication.translate("ImportFormats", str(template)) if template else english


def reason_text(entry: Skipped) -> str:
    """The reason in the user's language when the UI knows its kind; the core's words otherwise."""
    template = _REASONS.get(entry.code)
    if template is None:
        return entry.reason
    translated = QCoreApplication.translate("ImportReasons", str(template))
    if translated == template:  # English: the core's message is more specific
        return entry.reason
    return translated.replace("%1", entry.value)
