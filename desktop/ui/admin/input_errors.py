"""Input refused by desktop.admin's checks (English, as the CLI shows it) in the user's language.

As in desktop/ui/errors_text.py: the message's known shapes are recognised and the values it
names are put into a translated sentence; a message of an unknown shape is shown as it is."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.errors import InvalidInput

CONTEXT = "AdminInput"

_PATTERNS: list[tuple[re.Pattern[str], object]] = [
    (
        re.compile(r"^enter an address, a CIDR block"),
        QT_TRANSLATE_NOOP(
            "AdminInput", "Enter an address, a CIDR block (10.0.0.0/8) or a range (a-b)."
        ),
    ),
    (
        re.compile(r"^'(.+)' is not a valid range: both ends must be the same IP version$"),
        QT_TRANSLATE_NOOP(
            "AdminInput", "“%1” is not a valid range: both ends must be the same IP version."
        ),
    ),
    (
        re.compile(r"^'(.+)' is not a valid range: the first address is above the last$"),
        QT_TRANSLATE_NOOP(
            "AdminInput", "“%1” is not a valid range: the first address is above the last."
        ),
    ),
    (
        re.compile(r"^'(.+)' is not a valid range: "),
        QT_TRANSLATE_NOOP("AdminInput", "“%1” is not a valid range of addresses (FIRST-LAST)."),
    ),
    (
        re.compile(r"^'(.+)' is not a valid cidr: "),
        QT_TRANSLATE_NOOP("AdminInput", "“%1” is not a valid address or CIDR block."),
    ),
    (
        re.compile(r"^the rule name is too long"),
        QT_TRANSLATE_NOOP("AdminInput", "The rule name is too long (at most 200 characters)."),
    ),
    (
        re.compile(r"^a \w+ rule needs a pattern"),
        QT_TRANSLATE_NOOP("AdminInput", "The rule needs a pattern (at most 300 characters)."),
    ),
    (
        re.compile(r"^the regular expression is not valid: (.+)$"),
        QT_TRANSLATE_NOOP("AdminInput", "The regular expression is not valid: %1"),
    ),
    (
        re.compile(r"^support access lasts more than 0"),
        QT_TRANSLATE_NOOP("AdminInput", "Support access can last at most 720 hours."),
    ),
    (
        re.compile(r"^give a reason for granting support access$"),
        QT_TRANSLATE_NOOP("AdminInput", "A reason is required."),
    ),
    (
        re.compile(r"^the reason \(500\) or ticket reference \(100\) is too long$"),
        QT_TRANSLATE_NOOP(
            "AdminInput", "The reason (500 characters) or the ticket (100) is too long."
        ),
    ),
    (
        re.compile(r"^the name \(200\) or comment \(500 characters\) is too long$"),
        QT_TRANSLATE_NOOP(
            "AdminInput", "The name (200 characters) or the comment (500) is too long."
        ),
    ),
    (
        re.compile(r"^totp\.issuer: "),
        QT_TRANSLATE_NOOP("AdminInput", "The issuer needs 1 to 60 characters, without “:”."),
    ),
    (
        re.compile(r"^nothing to change$"),
        QT_TRANSLATE_NOOP("AdminInput", "Nothing to change."),
    ),
    (
        re.compile(r"^these permissions are already set$"),
        QT_TRANSLATE_NOOP("AdminInput", "These permissions are already set."),
    ),
    (
        re.compile(r"^(.+) already uses e-mail codes$"),
        QT_TRANSLATE_NOOP("AdminInput", "%1 already uses e-mail codes."),
    ),
    (
        re.compile(r"^the role '(.+)' cannot be changed$"),
        QT_TRANSLATE_NOOP("AdminInput", "The role “%1” cannot be changed."),
    ),
]


def input_error_text(error: InvalidInput) -> str:
    """The refusal in the user's language when its shape is known; as given otherwise."""
    for pattern, template in _PATTERNS:
        found = pattern.search(error.message)
        if found:
            text = QCoreApplication.translate(CONTEXT, str(template))
            for number, value in enumerate(found.groups(), start=1):
                text = text.replace(f"%{number}", value)
            return text
    return error.message
