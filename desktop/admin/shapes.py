"""What the client relies on in each successful answer, checked before anything is settled.

A server (or a proxy in front of it) that answers ``200 {"status": "success", "data": "xyz"}``
must not empty the outbox: every answer's ``data`` is checked against the shape below, and a
mismatch is a :class:`~desktop.admin.errors.MalformedAnswer` (a server error; the edit stays
queued). The shapes name the OpenAPI component they rely on, and a contract test checks each
field against ``resources/openapi.json``, so the client and the server cannot drift apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from desktop.admin import errors

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "boolean": (bool,),
    "object": (dict,),
    "array": (list,),
}


@dataclass(frozen=True)
class Value:
    """A JSON value of one type ("string", "integer", "boolean", "object", "array")."""

    type: str


@dataclass(frozen=True)
class Obj:
    """An object with at least these fields; ``schema`` is its OpenAPI component."""

    schema: str
    fields: dict[str, Value | Obj | Arr] = field(default_factory=dict)


@dataclass(frozen=True)
class Arr:
    items: Value | Obj


Shape = Value | Obj | Arr

_VERSIONED = {"version": Value("integer"), "etag": Value("string")}
TWO_FACTOR = Obj("TwoFactorArea", dict(_VERSIONED))
IP_ALLOWLIST = Obj("IpAllowlistArea", {**_VERSIONED, "entries": Value("array")})
CONTENT_FILTER = Obj("ContentFilterArea", {**_VERSIONED, "rules": Value("array")})
SUPPORT_ACCESS = Obj("SupportAccess", {**_VERSIONED, "active": Value("boolean")})
IP_ENTRY = Obj("IpEntry", {"id": Value("string"), **_VERSIONED})
RULE = Obj("Rule", {"id": Value("string"), **_VERSIONED})
ROLE = Obj("Role", {"id": Value("string"), **_VERSIONED, "permissions": Value("object")})
OPERATOR = Obj(
    "Operator", {"id": Value("string"), **_VERSIONED, "two_factor_method": Value("string")}
)
DELETED = Obj("Deleted", {"id": Value("string"), "deleted": Value("boolean")})
SECURITY = Obj(
    "SecurityDocument",
    {
        "two_factor": TWO_FACTOR,
        "ip_allowlist": IP_ALLOWLIST,
        "content_filter": CONTENT_FILTER,
        "support_access": SUPPORT_ACCESS,
    },
)

#: (method, path template) -> the shape of ``data`` in a successful answer.
EXPECTED: dict[tuple[str, str], Shape] = {
    ("GET", "/v1/security"): SECURITY,
    ("PATCH", "/v1/security/two_factor"): TWO_FACTOR,
    ("PATCH", "/v1/security/ip_allowlist"): IP_ALLOWLIST,
    ("PATCH", "/v1/security/content_filter"): CONTENT_FILTER,
    ("PUT", "/v1/security/support_access"): SUPPORT_ACCESS,
    ("POST", "/v1/security/ip_allowlist/entries"): IP_ENTRY,
    ("PUT", "/v1/security/ip_allowlist/entries/{entry_id}"): IP_ENTRY,
    ("DELETE", "/v1/security/ip_allowlist/entries/{entry_id}"): DELETED,
    ("POST", "/v1/security/content_filter/rules"): RULE,
    ("PUT", "/v1/security/content_filter/rules/{rule_id}"): RULE,
    ("DELETE", "/v1/security/content_filter/rules/{rule_id}"): DELETED,
    ("GET", "/v1/roles"): Arr(ROLE),
    ("PATCH", "/v1/roles/{role_id}"): ROLE,
    ("GET", "/v1/permissions/catalog"): Arr(Obj("CatalogSection", {"id": Value("string")})),
    ("GET", "/v1/operators"): Arr(OPERATOR),
    ("POST", "/v1/operators/{operator_id}/2fa:reset"): OPERATOR,
    ("GET", "/v1/account"): Obj("Me", {"login": Value("string")}),
    ("GET", "/v1/audit_events"): Arr(Obj("AuditEvent", {"action": Value("string")})),
    ("POST", "/v1/auth/login"): Obj(
        "Challenge", {"id": Value("string"), "method": Value("string")}
    ),
    ("POST", "/v1/auth/verify"): Obj("Session", {"token": Value("string")}),
    ("POST", "/v1/auth/logout"): Obj("LoggedOut"),
    ("POST", "/v1/account/2fa/totp:start"): Obj(
        "EnrollmentStarted", {"challenge_id": Value("string")}
    ),
    ("POST", "/v1/account/2fa/totp:confirm-email"): Obj(
        "EnrollmentSecret", {"otpauth_uri": Value("string")}
    ),
    ("POST", "/v1/account/2fa/totp:complete"): Obj("User", {"id": Value("string")}),
}

_TEMPLATES = [
    (method, re.compile("^" + re.sub(r"\\\{[a-z_]+\\\}", "[^/]+", re.escape(path)) + "$"), shape)
    for (method, path), shape in EXPECTED.items()
]


def expected_shape(method: str, path: str) -> Shape | None:
    for known_method, pattern, shape in _TEMPLATES:
        if known_method == method and pattern.match(path):
            return shape
    return None


def check_answer(method: str, path: str, data: Any, meta: Any) -> None:
    """Raise :class:`errors.MalformedAnswer` when ``data`` (or the paging meta) is off."""
    shape = expected_shape(method, path.split("?", 1)[0])
    problem = _problem(shape, data, "data") if shape is not None else None
    if problem is None and isinstance(data, list) and meta is not None:
        problem = _meta_problem(meta)
    if problem is not None:
        raise errors.MalformedAnswer(
            f"the server's answer to {method} {path} is not what the API promises: {problem}"
        )


def _problem(shape: Shape, value: Any, where: str) -> str | None:
    if isinstance(shape, Value):
        return None if _is(value, shape.type) else f"{where} is not {_article(shape.type)}"
    if isinstance(shape, Arr):
        if not isinstance(value, list):
            return f"{where} is not a list"
        found = (_problem(shape.items, item, f"{where}[{i}]") for i, item in enumerate(value))
        return next((problem for problem in found if problem), None)
    if not isinstance(value, dict):
        return f"{where} is not an object"
    return next(
        (
            problem
            for name, inner in shape.fields.items()
            if (problem := _field(inner, value, name, where))
        ),
        None,
    )


def _field(shape: Shape, value: dict[str, Any], name: str, where: str) -> str | None:
    if name not in value:
        return f"{where}.{name} is missing"
    return _problem(shape, value[name], f"{where}.{name}")


def _meta_problem(meta: Any) -> str | None:
    if not isinstance(meta, dict) or not _is(meta.get("total"), "integer"):
        return "meta.total is not an integer"
    return None


def _is(value: Any, json_type: str) -> bool:
    if json_type != "boolean" and isinstance(value, bool):
        return False  # JSON true is not the integer 1
    return isinstance(value, _JSON_TYPES[json_type])


def _article(json_type: str) -> str:
    return f"an {json_type}" if json_type[0] in "aeiou" else f"a {json_type}"
