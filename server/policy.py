"""Policy decisions shared by login and every request: IP allowlist, support access, 2FA."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server.catalog import SUPPORT_ROLE
from server.context import Services
from server.db.schema import ip_entries
from server.security import netaddr
from server.store import areas, audit, entries
from server.store.users import User


def active_spans(
    entry_documents: list[tuple[str, dict[str, Any]]],
) -> list[tuple[str, netaddr.Span]]:
    """(id, span) for every active entry that parses."""
    spans = []
    for entry_id, document in entry_documents:
        if not document.get("is_active", True):
            continue
        try:
            spans.append((entry_id, netaddr.parse_entry(document["kind"], document["value"])))
        except ValueError:
            continue
    return spans


def entries_permit(enabled: bool, documents: list[tuple[str, dict[str, Any]]], ip: str) -> bool:
    if not enabled:
        return True
    return netaddr.allowed(ip, (span for _id, span in active_spans(documents)))


def ip_permitted(conn: sa.Connection, ip: str, area: areas.Area | None = None) -> bool:
    """Whether the allowlist lets this address in (always, when the list is off). ``area`` is
    the allowlist's area when the caller has already read it."""
    area = area or areas.get_area(conn, "ip_allowlist")
    if not area.document["enabled"]:
        return True
    documents = [(e.id, e.document) for e in entries.list_entries(conn, ip_entries)]
    return entries_permit(True, documents, ip)


def support_active(document: dict[str, Any], now: float) -> bool:
    expires = document.get("expires_at")
    return bool(document.get("enabled")) and expires is not None and now < expires


def support_expired(document: dict[str, Any], now: float) -> bool:
    """A grant still switched on whose time is up (expire_support_access ends it)."""
    return bool(document["enabled"]) and not support_active(document, now)


def expire_support_access(services: Services, now: float) -> None:
    """End a grant whose time is up: state and audit event, written once by whoever looks first.

    Callers that already read the support-access area check `support_expired` first, so an
    ordinary request pays no extra round trip to the database."""
    with services.write() as conn:
        area = areas.get_area(conn, "support_access", for_update=True)
        if not area.document["enabled"] or support_active(area.document, now):
            return
        ended = area.document["expires_at"] or now
        after = {**area.document, "enabled": False, "ended_at": ended, "end_reason": "expired"}
        areas.save_area(conn, area, now, after)
        audit.record(
            conn,
            ended,
            audit.SYSTEM,
            "support_access.expired",
            "security/support_access",
            before=area.document,
            after=after,
        )


def is_support(user: User) -> bool:
    return bool(user["role"] == SUPPORT_ROLE)


def enrollment_required(
    conn: sa.Connection, user: User, now: float, policy: dict[str, Any] | None = None
) -> bool:
    """True when policy wants an authenticator for this user and the grace period is over.
    ``policy`` is the two_factor area's document when the caller has already read it."""
    if user["totp_secret"]:
        return False
    policy = policy or areas.get_area(conn, "two_factor").document
    required = policy["default_method"] == "totp" or user["role"] in policy["required_roles"]
    if not required:
        return False
    since = max(policy.get("enforced_since") or 0.0, user["created_at"])
    return bool(now >= since + policy["grace_hours"] * 3600)
