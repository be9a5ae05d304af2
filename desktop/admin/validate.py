"""Client-side checks of edits, mirroring the server's rules, so bad input is refused at once
(offline too) with a message naming the field."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.admin.filtering import PatternError, matcher_of
from desktop.admin.merge import leaves
from desktop.admin.model import JsonDict
from desktop.core.errors import InvalidInput

TWO_FACTOR_RULES: dict[str, Any] = {
    "default_method": ("email", "totp"),
    "grace_hours": range(0, 24 * 90 + 1),
    "email_code.ttl_seconds": range(60, 601),
    "email_code.max_attempts": range(1, 6),
    "email_code.digits": (6,),
    "totp.digits": (6, 8),
    "totp.period": (30, 60),
    "totp.algorithm": ("SHA1", "SHA256", "SHA512"),
}
ATTACHMENT_MODES = ("allow", "block", "block_listed")
RULE_KINDS = ("word", "regex", "pii")
PII_TYPES = ("card", "email", "phone")
DIRECTIONS = ("in", "out", "both")
ACTIONS = ("block", "mask", "flag")
_ENTRY_NAME_MAX = 200


def two_factor_patch(patch: JsonDict, known_roles: Iterable[str]) -> JsonDict:
    """A checked, normalised merge patch of the two-factor policy."""
    result: JsonDict = {}
    for path, value in leaves(patch):
        if path == "required_roles":
            result[path] = _roles(value, set(known_roles))
        elif path == "totp.issuer":
            _issuer(value)
            result.setdefault("totp", {})["issuer"] = value.strip()
        elif path in TWO_FACTOR_RULES:
            allowed = TWO_FACTOR_RULES[path]
            if isinstance(value, bool) or value not in allowed:
                raise InvalidInput(f"{path}: {value!r} is not allowed ({_show(allowed)})")
            _put(result, path, value)
        else:
            raise InvalidInput(f"unknown two-factor setting {path!r}")
    return result


def _roles(value: Any, known: set[str]) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InvalidInput("required_roles: give a list of role ids")
    unknown = sorted(set(value) - known) if known else []
    if unknown:
        raise InvalidInput(f"required_roles: unknown roles {', '.join(unknown)}")
    return sorted(set(value))


def _issuer(value: Any) -> None:
    if not isinstance(value, str) or not 1 <= len(value.strip()) <= 60 or ":" in value:
        raise InvalidInput("totp.issuer: 1-60 characters without ':'", reason="totp_issuer")


def _show(allowed: Any) -> str:
    if isinstance(allowed, range):
        return f"{allowed.start}-{allowed.stop - 1}"
    return ", ".join(str(a) for a in allowed)


def _put(target: JsonDict, path: str, value: Any) -> None:
    parts = path.split(".")
    for part in parts[:-1]:
        target = target.setdefault(part, {})
    target[parts[-1]] = value


def filter_patch(patch: JsonDict) -> JsonDict:
    """A checked merge patch of the content filter's own values."""
    result: JsonDict = {}
    for path, value in leaves(patch):
        if path == "enabled" and isinstance(value, bool):
            result["enabled"] = value
        elif (path == "attachments.mode" and value in ATTACHMENT_MODES) or (
            path == "attachments.max_size_mb" and _int_in(value, 0, 1024)
        ):
            _put(result, path, value)
        elif path == "attachments.blocked_extensions" and isinstance(value, list):
            _put(result, path, normalise_extensions(value))
        else:
            raise InvalidInput(f"content filter: {path} cannot be {value!r}")
    return result


def normalise_extensions(values: Iterable[Any]) -> list[str]:
    cleaned = {str(v).strip().lstrip(".").lower() for v in values if str(v).strip()}
    if len(cleaned) > 100:
        raise InvalidInput("at most 100 blocked extensions")
    return sorted(cleaned)


def _int_in(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def rule_document(rule: JsonDict) -> JsonDict:
    """A checked filter rule (without id), normalised as the server stores it."""
    kind = rule.get("kind")
    document: JsonDict = {
        "name": str(rule.get("name", "")).strip(),
        "kind": kind,
        "pii_type": rule.get("pii_type"),
        "pattern": rule.get("pattern"),
        "direction": rule.get("direction", "both"),
        "action": rule.get("action", "flag"),
        "enabled": bool(rule.get("enabled", True)),
    }
    _choice("kind", kind, RULE_KINDS)
    _choice("direction", document["direction"], DIRECTIONS)
    _choice("action", document["action"], ACTIONS)
    if len(document["name"]) > _ENTRY_NAME_MAX:
        raise InvalidInput(
            "the rule name is too long (at most 200 characters)", reason="rule_name_too_long"
        )
    if kind == "pii":
        _choice("pii_type", document["pii_type"], PII_TYPES)
        document["pattern"] = None
        return document
    document["pii_type"] = None
    pattern = str(document["pattern"] or "")
    if not pattern.strip() or len(pattern) > 300:
        raise InvalidInput(
            f"a {kind} rule needs a pattern (at most 300 characters)", reason="rule_pattern"
        )
    if kind == "regex":
        try:
            matcher_of({"kind": "regex", "pattern": pattern})
        except PatternError as exc:  # the server runs RE2 too and refuses the same patterns
            raise InvalidInput(
                f"the regular expression is not valid: {exc}",
                reason="regex_invalid",
                value=str(exc),
            ) from None
    return document


def _choice(what: str, value: Any, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise InvalidInput(f"{what} must be one of {', '.join(allowed)}, not {value!r}")


def support_grant(hours: float, reason: str, ticket_ref: str) -> JsonDict:
    if not 0 < hours <= 720:
        raise InvalidInput(
            "support access lasts more than 0 and at most 720 hours", reason="support_hours"
        )
    if not reason.strip():
        raise InvalidInput("give a reason for granting support access", reason="support_reason")
    if len(reason) > 500 or len(ticket_ref) > 100:
        raise InvalidInput(
            "the reason (500) or ticket reference (100) is too long", reason="support_too_long"
        )
    return {
        "enabled": True,
        "hours": hours,
        "reason": reason.strip(),
        "ticket_ref": ticket_ref.strip(),
    }


def entry_text(name: str, comment: str) -> tuple[str, str]:
    if len(name) > _ENTRY_NAME_MAX or len(comment) > 500:
        raise InvalidInput(
            "the name (200) or comment (500 characters) is too long", reason="entry_too_long"
        )
    return name.strip(), comment.strip()
