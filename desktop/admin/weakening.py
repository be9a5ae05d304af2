"""Which edits weaken security. Those are never replayed silently: they wait until the admin is
online and re-confirms with a fresh code (DESIGN §6)."""

from __future__ import annotations

from typing import Any

from desktop.admin.merge import apply_patch
from desktop.admin.model import JsonDict, Op, OutboxItem
from desktop.admin.netaddr import Span, spans_of

DESCRIPTIONS = {
    "support_access_on": "grants technical support access to the account",
    "two_factor_email": "lets people log in with e-mail codes instead of an authenticator",
    "two_factor_roles_removed": "stops requiring an authenticator for some roles",
    "two_factor_longer_grace": "gives people longer before an authenticator is required",
    "email_code_longer": "makes e-mailed codes live longer",
    "email_code_more_attempts": "allows more wrong codes per login",
    "totp_fewer_digits": "makes authenticator codes shorter",
    "totp_longer_period": "makes authenticator codes live longer",
    "totp_weaker_algorithm": "uses a weaker hash for authenticator codes",
    "allowlist_off": "turns the IP allowlist off",
    "allowlist_on": "turns the IP allowlist on (only listed addresses may log in)",
    "allowlist_entry_removed": "removes an address from the IP allowlist",
    "allowlist_emptied": "leaves the IP allowlist without any active entry",
    "allowlist_entry_deactivated": "deactivates an IP allowlist entry",
    "allowlist_entry_narrowed": "narrows an IP allowlist entry",
    "operator_2fa_reset": "removes an operator's authenticator (their logins fall back to e-mailed codes)",
}
ALGORITHM_STRENGTH = {"SHA1": 1, "SHA256": 2, "SHA512": 3}


def describe(codes: str | None) -> str:
    """English text for a stored weakening value (comma-separated codes)."""
    return "; ".join(DESCRIPTIONS.get(code, code) for code in (codes or "").split(",") if code)


def weakening_of(item: OutboxItem, before: JsonDict | None, siblings: list[JsonDict]) -> str | None:
    """The weakening codes of an edit (comma-separated), or None.

    ``before`` is the area or entry document the edit changes, as the admin saw it;
    ``siblings`` the IP allowlist entries as the admin saw them (for "emptied")."""
    found: list[str] = []
    if item.op is Op.SUPPORT and item.payload.get("enabled"):
        found.append("support_access_on")
    elif item.op is Op.PATCH and item.resource == "two_factor":
        found += _two_factor(before or {}, apply_patch(before or {}, item.payload))
    elif item.op is Op.PATCH and item.resource == "ip_allowlist" and "enabled" in item.payload:
        if bool((before or {}).get("enabled")) != bool(item.payload["enabled"]):
            found.append("allowlist_on" if item.payload["enabled"] else "allowlist_off")
    elif item.area == "ip_allowlist" and item.op in (Op.REMOVE, Op.UPDATE) and before:
        found += _entry(item, before, siblings)
    elif item.op is Op.RESET_2FA and (before or {}).get("two_factor_method") != "email":
        found.append("operator_2fa_reset")
    return ",".join(found) or None


def _two_factor(old: JsonDict, new: JsonDict) -> list[str]:
    found = []
    if old.get("default_method") == "totp" and new.get("default_method") == "email":
        found.append("two_factor_email")
    if set(old.get("required_roles") or []) - set(new.get("required_roles") or []):
        found.append("two_factor_roles_removed")
    checks: list[tuple[str, str, int]] = [
        ("grace_hours", "two_factor_longer_grace", 1),
        ("email_code.ttl_seconds", "email_code_longer", 1),
        ("email_code.max_attempts", "email_code_more_attempts", 1),
        ("totp.digits", "totp_fewer_digits", -1),
        ("totp.period", "totp_longer_period", 1),
    ]
    for path, code, direction in checks:
        if _moved(_get(old, path), _get(new, path), direction):
            found.append(code)
    old_alg, new_alg = _get(old, "totp.algorithm"), _get(new, "totp.algorithm")
    if ALGORITHM_STRENGTH.get(str(new_alg), 9) < ALGORITHM_STRENGTH.get(str(old_alg), 0):
        found.append("totp_weaker_algorithm")
    return found


def _get(document: JsonDict, path: str) -> Any:
    current: Any = document
    for part in path.split("."):
        current = current.get(part) if isinstance(current, dict) else None
    return current


def _moved(old: Any, new: Any, direction: int) -> bool:
    if not isinstance(old, int | float) or not isinstance(new, int | float):
        return False
    return (new - old) * direction > 0


def _entry(item: OutboxItem, before: JsonDict, siblings: list[JsonDict]) -> list[str]:
    if not before.get("is_active", True):
        return []  # an inactive entry lets nobody in: changing it narrows nothing
    after = None if item.op is Op.REMOVE else item.payload
    others = [e for e in siblings if e.get("id") != item.entry_id]
    found = []
    if after is None:
        found.append("allowlist_entry_removed")
    elif not after.get("is_active", True):
        found.append("allowlist_entry_deactivated")
    elif not _covers(spans_of([after]), spans_of([before])):
        found.append("allowlist_entry_narrowed")
    if found and not spans_of([*others, *([after] if after else [])]):
        found.append("allowlist_emptied")
    return found


def _covers(new: list[Span], old: list[Span]) -> bool:
    return bool(new and old) and new[0].covers(old[0])
