"""The published policy schema and validation against it.

Validation runs the JSON Schema (``resources/policy.schema.json``) with the ``jsonschema``
library, then checks what a schema cannot say (a server address must be https, or http only to
this machine). Every defect becomes a :class:`Problem` naming the key, the value and why, with a
stable ``reason`` the UI words in the user's language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop.core.resources import resource_dir

#: The newest policy format this Keydesk understands.
POLICY_VERSION = 1
SCHEMA_FILENAME = "policy.schema.json"

# Why a policy is refused: the stable reasons.
WRONG_TYPE = "wrong_type"
OUT_OF_RANGE = "out_of_range"
UNKNOWN_KEY = "unknown_key"
INVALID_VALUE = "invalid_value"
UNREADABLE = "unreadable"
NOT_JSON = "not_json"
TOO_NEW = "too_new"

_RANGE_KEYWORDS = {"minimum", "maximum", "minItems", "maxItems", "minLength", "maxLength"}


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason a policy cannot be applied."""

    source: str
    key: str
    value: str
    reason: str
    detail: str

    def describe(self) -> str:
        where = f"key '{self.key}'" if self.key else "the document"
        shown = f" = {self.value}" if self.value else ""
        return f"{self.source}: {where}{shown}: {self.detail}"


@cache
def schema() -> dict[str, Any]:
    with (resource_dir() / SCHEMA_FILENAME).open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = json.load(handle)
    return loaded


def policy_keys() -> tuple[str, ...]:
    """Every key a policy can pin, in the schema's order (``version`` is not a setting)."""
    return tuple(key for key in schema()["properties"] if key != "version")


def key_schema(key: str) -> dict[str, Any]:
    found: dict[str, Any] = schema()["properties"][key]
    return found


def default_value(key: str) -> Any:
    """The value in force when no policy pins ``key`` (None: no limit, e.g. any issuer)."""
    return key_schema(key).get("default")


def show_value(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "..."


def validate(document: object, source: str) -> list[Problem]:
    """Every problem with ``document`` (empty when it may be applied)."""
    if not isinstance(document, dict):
        kind = type(document).__name__
        return [Problem(source, "", "", WRONG_TYPE, f"must be a JSON object, not {kind}")]
    version = document.get("version", POLICY_VERSION)
    if isinstance(version, int) and not isinstance(version, bool) and version > POLICY_VERSION:
        detail = (
            f"policy version {version} is newer than this Keydesk understands "
            f"(up to {POLICY_VERSION}); update Keydesk"
        )
        return [Problem(source, "version", show_value(version), TOO_NEW, detail)]
    problems = _schema_problems(document, source)
    problems += _address_problems(document, source, {p.key for p in problems})
    return sorted(problems, key=lambda problem: problem.key)


def _schema_problems(document: dict[str, Any], source: str) -> list[Problem]:
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema())
    return [_problem(error, document, source) for error in validator.iter_errors(document)]


def _problem(error: Any, document: dict[str, Any], source: str) -> Problem:
    if error.validator == "additionalProperties":
        unknown = sorted(set(document) - set(schema()["properties"]))
        key = unknown[0] if unknown else ""
        value = show_value(document.get(key))
        detail = "unknown key (a typo, or a key from a newer Keydesk)"
        return Problem(source, key, value, UNKNOWN_KEY, detail)
    key = str(error.absolute_path[0]) if error.absolute_path else ""
    value = show_value(document.get(key)) if key else ""
    rule = key_schema(key) if key in schema()["properties"] else {}
    if error.validator == "type":
        where = "" if len(error.absolute_path) <= 1 else " in every entry"
        return Problem(source, key, value, WRONG_TYPE, f"must be {_type_text(error)}{where}")
    if error.validator in _RANGE_KEYWORDS:
        return Problem(source, key, value, OUT_OF_RANGE, _range_text(rule, error))
    return Problem(source, key, value, INVALID_VALUE, _invalid_text(rule, error))


def _type_text(error: Any) -> str:
    names = {
        "boolean": "true or false",
        "integer": "a whole number",
        "string": "text",
        "array": "a list of text",
        "object": "an object",
    }
    expected = error.validator_value
    return str(names.get(expected, expected))


def _range_text(rule: dict[str, Any], error: Any) -> str:
    if "minimum" in rule or "maximum" in rule:
        return f"must be between {rule.get('minimum')} and {rule.get('maximum')}"
    if error.validator == "maxItems":
        return f"may hold at most {rule.get('maxItems')} entries"
    items = rule.get("items", rule)
    return f"every entry must be 1 to {items.get('maxLength')} characters long"


def _invalid_text(rule: dict[str, Any], error: Any) -> str:
    if "enum" in rule:
        return "must be one of " + ", ".join(rule["enum"])
    if error.validator == "pattern":
        return "must be an https:// address"
    return str(error.message)


def _address_problems(document: dict[str, Any], source: str, known: set[str]) -> list[Problem]:
    from desktop.core.clock import check_server_url
    from desktop.core.errors import InvalidInput

    problems = []
    for key in ("admin_server_url", "drift_server"):
        value = document.get(key)
        if key in known or not isinstance(value, str) or not value:
            continue
        try:
            check_server_url(value)
        except InvalidInput:
            detail = "must be an https:// address (plain http only to this computer)"
            problems.append(Problem(source, key, show_value(value), INVALID_VALUE, detail))
    return problems
