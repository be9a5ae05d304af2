"""Writes that weaken security need a recent step-up (POST /v1/auth/reconfirm).

The same list as the desktop's (desktop/admin/weakening.py): granting support access, weakening
the 2FA policy, turning the IP allowlist on or off, removing, deactivating or narrowing an
active allowlist entry, and removing another user's authenticator. A token counts as confirmed for RECONFIRM_SECONDS after its login or its
last reconfirmation."""

from __future__ import annotations

from typing import Any

from server.context import Principal
from server.errors import ApiError
from server.security import netaddr

RECONFIRM_SECONDS = 300
ALGORITHM_STRENGTH = {"SHA1": 1, "SHA256": 2, "SHA512": 3}
#: (path in the policy, reason, +1 when a larger value is weaker, -1 when a smaller one is)
POLICY_NUMBERS = [
    ("grace_hours", "two_factor_longer_grace", 1),
    ("email_code.ttl_seconds", "email_code_longer", 1),
    ("email_code.max_attempts", "email_code_more_attempts", 1),
    ("totp.digits", "totp_fewer_digits", -1),
    ("totp.period", "totp_longer_period", 1),
]


def require_confirmed(principal: Principal, now: float, reasons: list[str]) -> None:
    """403 reconfirm_required when the write weakens security and the token is not fresh."""
    if not reasons or now - principal.confirmed_at <= RECONFIRM_SECONDS:
        return
    raise ApiError(
        403,
        "reconfirm_required",
        "this change weakens security: confirm with a fresh code (POST /v1/auth/reconfirm)",
        data={"reasons": reasons, "window_seconds": RECONFIRM_SECONDS},
    )


def two_factor(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    found = []
    if old.get("default_method") == "totp" and new.get("default_method") == "email":
        found.append("two_factor_email")
    if set(old.get("required_roles") or []) - set(new.get("required_roles") or []):
        found.append("two_factor_roles_removed")
    for path, reason, direction in POLICY_NUMBERS:
        before, after = _get(old, path), _get(new, path)
        numbers = isinstance(before, int | float) and isinstance(after, int | float)
        if numbers and (after - before) * direction > 0:
            found.append(reason)
    old_alg, new_alg = _get(old, "totp.algorithm"), _get(new, "totp.algorithm")
    if ALGORITHM_STRENGTH.get(str(new_alg), 9) < ALGORITHM_STRENGTH.get(str(old_alg), 0):
        found.append("totp_weaker_algorithm")
    return found


def authenticator_reset(method: str) -> list[str]:
    """Removing someone's authenticator sends their logins back to e-mailed codes."""
    return ["operator_2fa_reset"] if method == "totp" else []


def allowlist_switch(old_enabled: bool, new_enabled: bool) -> list[str]:
    if old_enabled == new_enabled:
        return []
    return ["allowlist_on" if new_enabled else "allowlist_off"]


def allowlist_entry(old: dict[str, Any] | None, new: dict[str, Any] | None) -> list[str]:
    """Removing, deactivating or narrowing an active entry (adding one weakens nothing)."""
    if old is None or not old.get("is_active", True):
        return []
    if new is None:
        return ["allowlist_entry_removed"]
    if not new.get("is_active", True):
        return ["allowlist_entry_deactivated"]
    try:
        before = netaddr.parse_entry(old["kind"], old["value"])
        after = netaddr.parse_entry(new["kind"], new["value"])
    except ValueError:
        return []
    covers = (
        before.first.version == after.first.version
        and int(after.first) <= int(before.first)
        and int(after.last) >= int(before.last)
    )
    return [] if covers else ["allowlist_entry_narrowed"]


def support_grant(enabled: bool) -> list[str]:
    return ["support_access_on"] if enabled else []


def _get(document: dict[str, Any], path: str) -> Any:
    current: Any = document
    for part in path.split("."):
        current = current.get(part) if isinstance(current, dict) else None
    return current
