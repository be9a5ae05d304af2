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
#: Codes in table cells (kind of an allowlist entry or rule, direction, action, outcome, role),
#: in the words a person uses.
CODES = {
    "cidr": QT_TRANSLATE_NOOP("AdminValues", "Network"),
    "range": QT_TRANSLATE_NOOP("AdminValues", "Range"),
    "word": QT_TRANSLATE_NOOP("AdminValues", "Word"),
    "regex": QT_TRANSLATE_NOOP("AdminValues", "Pattern"),
    "pii": QT_TRANSLATE_NOOP("AdminValues", "Personal data"),
    "card": QT_TRANSLATE_NOOP("AdminValues", "Card number"),
    "email": QT_TRANSLATE_NOOP("AdminValues", "E-mail address"),
    "phone": QT_TRANSLATE_NOOP("AdminValues", "Phone number"),
    "in": QT_TRANSLATE_NOOP("AdminValues", "Incoming"),
    "out": QT_TRANSLATE_NOOP("AdminValues", "Outgoing"),
    "both": QT_TRANSLATE_NOOP("AdminValues", "Both ways"),
    "flag": QT_TRANSLATE_NOOP("AdminValues", "Flag for review"),
    "mask": QT_TRANSLATE_NOOP("AdminValues", "Mask"),
    "block": QT_TRANSLATE_NOOP("AdminValues", "Block"),
    "success": QT_TRANSLATE_NOOP("AdminValues", "Success"),
    "failure": QT_TRANSLATE_NOOP("AdminValues", "Failed"),
    "bad_password": QT_TRANSLATE_NOOP("AdminValues", "Wrong password"),
    "invalid_code": QT_TRANSLATE_NOOP("AdminValues", "Wrong code"),
    "ip_not_allowed": QT_TRANSLATE_NOOP("AdminValues", "Address not allowed"),
    "admin": QT_TRANSLATE_NOOP("AdminValues", "Administrator"),
    "supervisor": QT_TRANSLATE_NOOP("AdminValues", "Supervisor"),
    "operator": QT_TRANSLATE_NOOP("AdminValues", "Operator"),
    "support": QT_TRANSLATE_NOOP("AdminValues", "Support"),
}
#: Audit log actions, as the server names them.
ACTIONS = {
    "auth.login": QT_TRANSLATE_NOOP("AdminValues", "Login"),
    "auth.verify": QT_TRANSLATE_NOOP("AdminValues", "Login code"),
    "auth.logout": QT_TRANSLATE_NOOP("AdminValues", "Logout"),
    "auth.token_rejected": QT_TRANSLATE_NOOP("AdminValues", "Session refused"),
    "account.2fa.enrollment_started": QT_TRANSLATE_NOOP(
        "AdminValues", "Authenticator setup started"
    ),
    "account.2fa.email_confirmed": QT_TRANSLATE_NOOP(
        "AdminValues", "Authenticator setup: e-mail confirmed"
    ),
    "account.2fa.enrolled": QT_TRANSLATE_NOOP("AdminValues", "Authenticator app turned on"),
    "account.2fa.disabled": QT_TRANSLATE_NOOP("AdminValues", "Authenticator app turned off"),
    "operators.2fa.reset": QT_TRANSLATE_NOOP("AdminValues", "Operator's 2FA reset"),
    "security.two_factor.updated": QT_TRANSLATE_NOOP("AdminValues", "2FA policy changed"),
    "security.ip_allowlist.updated": QT_TRANSLATE_NOOP("AdminValues", "IP allowlist switched"),
    "security.ip_allowlist.entry.added": QT_TRANSLATE_NOOP("AdminValues", "Address added"),
    "security.ip_allowlist.entry.replaced": QT_TRANSLATE_NOOP("AdminValues", "Address changed"),
    "security.ip_allowlist.entry.removed": QT_TRANSLATE_NOOP("AdminValues", "Address removed"),
    "security.content_filter.updated": QT_TRANSLATE_NOOP("AdminValues", "Content filter changed"),
    "security.content_filter.rule.added": QT_TRANSLATE_NOOP("AdminValues", "Filter rule added"),
    "security.content_filter.rule.replaced": QT_TRANSLATE_NOOP(
        "AdminValues", "Filter rule changed"
    ),
    "security.content_filter.rule.removed": QT_TRANSLATE_NOOP("AdminValues", "Filter rule removed"),
    "security.support_access.granted": QT_TRANSLATE_NOOP("AdminValues", "Support access granted"),
    "security.support_access.revoked": QT_TRANSLATE_NOOP("AdminValues", "Support access revoked"),
    "support_access.expired": QT_TRANSLATE_NOOP("AdminValues", "Support access expired"),
    "roles.added": QT_TRANSLATE_NOOP("AdminValues", "Role added"),
    "roles.replaced": QT_TRANSLATE_NOOP("AdminValues", "Role permissions changed"),
    "roles.removed": QT_TRANSLATE_NOOP("AdminValues", "Role removed"),
}
#: What an audit event's resource path (or an outbox item's resource) starts with.
AREAS = {
    "two_factor": QT_TRANSLATE_NOOP("AdminValues", "2FA policy"),
    "ip_allowlist": QT_TRANSLATE_NOOP("AdminValues", "IP allowlist"),
    "content_filter": QT_TRANSLATE_NOOP("AdminValues", "Content filter"),
    "support_access": QT_TRANSLATE_NOOP("AdminValues", "Support access"),
    "security/two_factor": QT_TRANSLATE_NOOP("AdminValues", "2FA policy"),
    "security/ip_allowlist": QT_TRANSLATE_NOOP("AdminValues", "IP allowlist"),
    "security/content_filter": QT_TRANSLATE_NOOP("AdminValues", "Content filter"),
    "security/support_access": QT_TRANSLATE_NOOP("AdminValues", "Support access"),
    "roles": QT_TRANSLATE_NOOP("AdminValues", "Role"),
    "users": QT_TRANSLATE_NOOP("AdminValues", "User"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def code_text(value: Any) -> Any:
    """A code from the server in the user's language (other values unchanged)."""
    return _tr(CODES[value]) if isinstance(value, str) and value in CODES else value


def action_text(action: Any) -> Any:
    """An audit action in words; an action this version does not know, as the server sent it."""
    return _tr(ACTIONS[action]) if isinstance(action, str) and action in ACTIONS else action


def resource_text(resource: Any, names: dict[str, str] | None = None) -> Any:
    """An audit resource in words: "IP allowlist: Main office" for
    ``security/ip_allowlist/entry/ip-0d75…``, "User: alice" for ``users/alice``. ``names``
    maps entry ids to what the editors call them; an unknown id is left out, not shown raw."""
    if not isinstance(resource, str):
        return resource
    for prefix, english in sorted(AREAS.items(), key=lambda pair: -len(pair[0])):
        if resource == prefix or resource.startswith(prefix + "/"):
            area = _tr(english)
            rest = [part for part in resource[len(prefix) :].split("/") if part]
            detail = _detail(rest, names or {})
            return f"{area}: {detail}" if detail else area
    return resource


def _detail(parts: list[str], names: dict[str, str]) -> str:
    known = [names[part] for part in parts if part in names]
    if known:
        return known[-1]
    plain = [p for p in parts if p not in ("entry", "rule", "2fa") and not _looks_like_id(p)]
    return plain[0] if plain else ""


def _looks_like_id(part: str) -> bool:
    """Client-made ids (``ip-0d75…``, ``rule-…``) and uuids say nothing to a person."""
    _head, _, tail = part.partition("-")
    return bool(tail) and len(tail) >= 8 and all(c in "0123456789abcdef-" for c in tail.lower())


def entry_names(snapshot: dict[str, Any]) -> dict[str, str]:
    """What the editors call the entries a resource path may name, by id."""
    view = snapshot.get("view") or {}
    names: dict[str, str] = {}
    for entry in (view.get("ip_allowlist") or {}).get("entries", []):
        label = " — ".join(str(v) for v in (entry.get("value"), entry.get("name")) if v)
        names[str(entry.get("id"))] = label
    for rule in (view.get("content_filter") or {}).get("rules", []):
        names[str(rule.get("id"))] = str(rule.get("name") or "")
    for role in view.get("roles") or []:
        names[str(role.get("id"))] = role_name(str(role.get("id")), str(role.get("name", "")))
    return {key: value for key, value in names.items() if value}


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
