"""Core errors (English, with a stable code) turned into text for the user's language."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.errors import KeydeskError, PolicyRefused

_PATTERNS: list[tuple[re.Pattern[str], object]] = [
    (
        re.compile(r"secret is not valid base32: character '(.+)' at position (\d+)$"),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The key can only contain letters A–Z and digits 2–7; “%1” at position %2 is not allowed.",
        ),
    ),
    (
        re.compile(r"secret is not valid base32: (\d+) characters is not a possible length$"),
        QT_TRANSLATE_NOOP(
            "Errors", "A key cannot be %1 characters long; check that it was copied completely."
        ),
    ),
    (re.compile(r"secret is empty$"), QT_TRANSLATE_NOOP("Errors", "Enter the key.")),
    (
        re.compile(r"secret is not valid base32: text after the '=' padding$"),
        QT_TRANSLATE_NOOP("Errors", "There is text after the “=” padding of the key."),
    ),
]


def describe(error: KeydeskError) -> str:
    """The error in the user's language when we know its shape; the core's message otherwise."""
    if isinstance(error, PolicyRefused):
        from desktop.ui.policy_gate import refusal_text

        return refusal_text(error)
    for pattern, template in _PATTERNS:
        found = pattern.search(error.message)
        if found:
            text = QCoreApplication.translate("Errors", str(template))
            for number, value in enumerate(found.groups(), start=1):
                text = text.replace(f"%{number}", value)
            return text
    return error.message
