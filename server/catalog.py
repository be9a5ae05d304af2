"""The permissions catalogue (sections × functions) and the built-in roles."""

from __future__ import annotations

from typing import Any

SECTIONS: dict[str, tuple[str, dict[str, str]]] = {
    "dialogs": (
        "Dialogs",
        {
            "view_own": "See own dialogs",
            "view_all": "See every operator's dialogs",
            "reply": "Reply to clients",
            "transfer": "Transfer dialogs to other operators",
            "close": "Close dialogs",
            "delete_messages": "Delete messages",
        },
    ),
    "clients": (
        "Clients",
        {
            "view": "See client cards",
            "edit": "Edit client cards",
            "view_contacts": "See phone numbers and e-mail addresses",
            "export": "Export the client base",
            "delete": "Delete clients",
        },
    ),
    "broadcasts": (
        "Broadcasts",
        {"view": "See broadcasts", "create": "Create broadcasts", "send": "Send broadcasts"},
    ),
    "chatbots": ("Chatbots", {"view": "See chatbot scenarios", "edit": "Edit chatbot scenarios"}),
    "templates": (
        "Templates",
        {"use": "Use quick replies", "edit": "Edit quick replies and templates"},
    ),
    "tags": ("Tags", {"assign": "Assign tags", "edit": "Create and delete tags"}),
    "reports": (
        "Reports",
        {"view_own": "See own statistics", "view_all": "See all reports", "export": "Export"},
    ),
    "channels": ("Channels", {"view": "See channels", "edit": "Connect and edit channels"}),
    "operators": (
        "Operators",
        {
            "view": "See operators",
            "edit": "Add and edit operators",
            "manage_2fa": "Reset operators' two-factor authentication",
        },
    ),
    "settings": ("Settings", {"view": "See company settings", "edit": "Change company settings"}),
    "api": ("API", {"view_token": "See the API token", "manage": "Manage API access and webhooks"}),
    "security": (
        "Security",
        {
            "view": "See security settings, roles and the permissions catalogue",
            "edit": "Change security settings (2FA policy, IP allowlist, content filter, support access)",
        },
    ),
    "audit": ("Audit log", {"view": "See the audit log"}),
}

BUILTIN_ROLES = ("admin", "supervisor", "operator")
SUPPORT_ROLE = "support"
#: Not in the catalogue: only the admin role holds it (a role editor could grant itself anything).
ROLES_EDIT = "roles.edit"
#: Technical support sees the account to help: it reads settings and the audit log, nothing else.
SUPPORT_PERMISSIONS = frozenset({"security.view", "audit.view"})

OPERATOR_GRANTS = {
    "dialogs": ["view_own", "reply", "transfer", "close"],
    "clients": ["view", "edit"],
    "templates": ["use"],
    "tags": ["assign"],
    "reports": ["view_own"],
}

SUPERVISOR_GRANTS = {
    **OPERATOR_GRANTS,
    "dialogs": ["view_own", "view_all", "reply", "transfer", "close"],
    "clients": ["view", "edit", "view_contacts", "export"],
    "broadcasts": ["view", "create", "send"],
    "chatbots": ["view"],
    "templates": ["use", "edit"],
    "tags": ["assign", "edit"],
    "reports": ["view_own", "view_all", "export"],
    "channels": ["view"],
    "operators": ["view"],
}


def catalog_document() -> list[dict[str, Any]]:
    """The catalogue as the API returns it."""
    return [
        {
            "id": section,
            "title": title,
            "functions": [{"id": fn, "title": text} for fn, text in functions.items()],
        }
        for section, (title, functions) in SECTIONS.items()
    ]


def permission_matrix(
    grants: dict[str, list[str]] | None = None, *, everything: bool = False
) -> dict[str, dict[str, bool]]:
    """A full sections × functions matrix with the given functions switched on."""
    grants = grants or {}
    return {
        section: {fn: everything or fn in grants.get(section, []) for fn in functions}
        for section, (_title, functions) in SECTIONS.items()
    }


def normalise_matrix(matrix: dict[str, dict[str, bool]]) -> dict[str, dict[str, bool]]:
    """Fill in every function the catalogue knows; unknown names raise KeyError."""
    for section, functions in matrix.items():
        if section not in SECTIONS:
            raise KeyError(section)
        for fn in functions:
            if fn not in SECTIONS[section][1]:
                raise KeyError(f"{section}.{fn}")
    full = permission_matrix()
    for section, functions in matrix.items():
        full[section].update(functions)
    return full


def all_permissions() -> frozenset[str]:
    """Every function in the catalogue plus the admin-only ones."""
    return frozenset(
        {f"{section}.{fn}" for section, (_t, functions) in SECTIONS.items() for fn in functions}
        | {ROLES_EDIT}
    )


def granted(matrix: dict[str, dict[str, bool]]) -> frozenset[str]:
    """The "section.function" ids a role's permission matrix switches on (known ones only)."""
    known = all_permissions()
    return frozenset(
        f"{section}.{fn}"
        for section, functions in matrix.items()
        for fn, on in functions.items()
        if on and f"{section}.{fn}" in known and f"{section}.{fn}" != ROLES_EDIT
    )


def default_roles() -> dict[str, dict[str, Any]]:
    """Documents of the built-in roles (id → document without version)."""
    return {
        "admin": {
            "name": "Administrator",
            "kind": "builtin",
            "editable": False,
            "permissions": permission_matrix(everything=True),
        },
        "supervisor": {
            "name": "Supervisor",
            "kind": "builtin",
            "editable": True,
            "permissions": permission_matrix(SUPERVISOR_GRANTS),
        },
        "operator": {
            "name": "Operator",
            "kind": "builtin",
            "editable": True,
            "permissions": permission_matrix(OPERATOR_GRANTS),
        },
    }
