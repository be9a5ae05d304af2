"""Input refused by desktop.admin's checks, in the user's language.

Each refusal carries a stable ``reason`` (and the ``value`` it names), set where the check is
made; this table words it. A refusal without a known reason is shown as desktop.admin gave it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.errors import InvalidInput

CONTEXT = "AdminInput"

_TEXTS: dict[str, object] = {
    "address_empty": QT_TRANSLATE_NOOP(
        "AdminInput", "Enter an address, a CIDR block (10.0.0.0/8) or a range (a-b)."
    ),
    "range_mixed_versions": QT_TRANSLATE_NOOP(
        "AdminInput", "“%1” is not a valid range: both ends must be the same IP version."
    ),
    "range_reversed": QT_TRANSLATE_NOOP(
        "AdminInput", "“%1” is not a valid range: the first address is above the last."
    ),
    "range_invalid": QT_TRANSLATE_NOOP(
        "AdminInput", "“%1” is not a valid range of addresses (FIRST-LAST)."
    ),
    "cidr_invalid": QT_TRANSLATE_NOOP("AdminInput", "“%1” is not a valid address or CIDR block."),
    "rule_name_too_long": QT_TRANSLATE_NOOP(
        "AdminInput", "The rule name is too long (at most 200 characters)."
    ),
    "rule_pattern": QT_TRANSLATE_NOOP(
        "AdminInput", "The rule needs a pattern (at most 300 characters)."
    ),
    "regex_invalid": QT_TRANSLATE_NOOP("AdminInput", "The regular expression is not valid: %1"),
    "support_hours": QT_TRANSLATE_NOOP("AdminInput", "Support access can last at most 720 hours."),
    "support_reason": QT_TRANSLATE_NOOP("AdminInput", "A reason is required."),
    "support_too_long": QT_TRANSLATE_NOOP(
        "AdminInput", "The reason (500 characters) or the ticket (100) is too long."
    ),
    "entry_too_long": QT_TRANSLATE_NOOP(
        "AdminInput", "The name (200 characters) or the comment (500) is too long."
    ),
    "totp_issuer": QT_TRANSLATE_NOOP(
        "AdminInput", "The issuer needs 1 to 60 characters, without “:”."
    ),
    "nothing_to_change": QT_TRANSLATE_NOOP("AdminInput", "Nothing to change."),
    "permissions_unchanged": QT_TRANSLATE_NOOP("AdminInput", "These permissions are already set."),
    "already_email": QT_TRANSLATE_NOOP("AdminInput", "%1 already uses e-mail codes."),
    "role_fixed": QT_TRANSLATE_NOOP("AdminInput", "The role “%1” cannot be changed."),
}


def input_error_text(error: InvalidInput) -> str:
    """The refusal in the user's language when its reason is known; as given otherwise."""
    template = _TEXTS.get(error.reason)
    if template is None:
        return error.message
    return QCoreApplication.translate(CONTEXT, str(template)).replace("%1", error.value)
