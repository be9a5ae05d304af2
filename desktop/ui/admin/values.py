"""Values the server sends as codes or English data, shown in the user's language: built-in
role names, the permissions catalogue, and the codes in the editors' tables.

English stays exactly as before (the source text is what was shown); unknown codes and custom
roles are shown as the server sends them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.ui.admin.catalog_text import FUNCTIONS, SECTIONS

CONTEXT = "AdminValues"

ROLES = {
    "admin": QT_TRANSLATE_NOOP("AdminValues", "Administrator"),
    "supervisor": QT_TRANSLATE_NOOP("AdminValues", "Supervisor"),
    "operator": QT_TRANSLATE_NOOP("AdminValues", "Operator"),
}
#: Codes in table cells (kind of an allowlist entry or rule, direction, action, outcome, role).
CODES = {
    "cidr": QT_TRANSLATE_NOOP("AdminValues", "cidr"),
    "range": QT_TRANSLATE_NOOP("AdminValues", "range"),
    "word": QT_TRANSLATE_NOOP("AdminValues", "word"),
    "regex": QT_TRANSLATE_NOOP("AdminValues", "regex"),
    "pii": QT_TRANSLATE_NOOP("AdminValues", "pii"),
    "card": QT_TRANSLATE_NOOP("AdminValues", "card"),
    "email": QT_TRANSLATE_NOOP("AdminValues", "email"),
    "phone": QT_TRANSLATE_NOOP("AdminValues", "phone"),
    "in": QT_TRANSLATE_NOOP("AdminValues", "in"),
    "out": QT_TRANSLATE_NOOP("AdminValues", "out"),
    "both": QT_TRANSLATE_NOOP("AdminValues", "both"),
    "flag": QT_TRANSLATE_NOOP("AdminValues", "flag"),
    "mask": QT_TRANSLATE_NOOP("AdminValues", "mask"),
    "block": QT_TRANSLATE_NOOP("AdminValues", "block"),
    "success": QT_TRANSLATE_NOOP("AdminValues", "success"),
    "failure": QT_TRANSLATE_NOOP("AdminValues", "failure"),
    "bad_password": QT_TRANSLATE_NOOP("AdminValues", "bad_password"),
    "invalid_code": QT_TRANSLATE_NOOP("AdminValues", "invalid_code"),
    "ip_not_allowed": QT_TRANSLATE_NOOP("AdminValues", "ip_not_allowed"),
    "admin": QT_TRANSLATE_NOOP("AdminValues", "admin"),
    "supervisor": QT_TRANSLATE_NOOP("AdminValues", "supervisor"),
    "operator": QT_TRANSLATE_NOOP("AdminValues", "operator"),
    "support": QT_TRANSLATE_NOOP("AdminValues", "support"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def code_text(value: Any) -> Any:
    """A code from the server in the user's language (other values unchanged)."""
    return _tr(CODES[value]) if isinstance(value, str) and value in CODES else value


def role_name(role_id: str, name: str) -> str:
    """The server's name of a built-in role translated; a custom role's name as it is."""
    english = ROLES.get(role_id)
    return _tr(english) if english is not None and name == english else name


def section_title(section: dict[str, Any]) -> str:
    english = SECTIONS.get(str(section.get("id")))
    title = str(section.get("title", ""))
    return QCoreApplication.translate("Catalog", str(english)) if english == title else title


def function_title(section_id: str, function: dict[str, Any]) -> str:
    english = FUNCTIONS.get(f"{section_id}.{function.get('id')}")
    title = str(function.get("title", ""))
    return QCoreApplication.translate("Catalog", str(english)) if english == title else title
