"""Default documents of the settings areas (what a fresh installation starts with)."""

from __future__ import annotations

from typing import Any

SETTINGS_AREAS = ("two_factor", "ip_allowlist", "content_filter", "support_access")
COUNTER_AREAS = ("roles", "operators")


def default_area(name: str) -> dict[str, Any]:
    """The initial document of one area."""
    documents: dict[str, dict[str, Any]] = {
        "two_factor": {
            "default_method": "email",
            "required_roles": [],
            "grace_hours": 72,
            "enforced_since": None,
            "email_code": {"digits": 6, "ttl_seconds": 600, "max_attempts": 5},
            "totp": {"issuer": "Keydesk", "digits": 6, "period": 30, "algorithm": "SHA1"},
        },
        "ip_allowlist": {"enabled": False},
        "content_filter": {
            "enabled": True,
            "attachments": {
                "mode": "block_listed",
                "max_size_mb": 25,
                "blocked_extensions": ["bat", "cmd", "exe", "js", "scr", "vbs"],
            },
        },
        "support_access": {
            "enabled": False,
            "expires_at": None,
            "reason": "",
            "ticket_ref": "",
            "granted_by": None,
            "granted_at": None,
            "ended_at": None,
            "end_reason": None,
        },
        "roles": {},
        "operators": {},
    }
    return documents[name]
