"""Three-way merges of an edit (base → mine) with what the server has now (theirs).

Fields changed only on one side merge by themselves; a field changed on both sides to different
values is a conflict for the admin. Set-like lists (required roles, blocked extensions) merge
element by element, so they never conflict.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from desktop.admin.model import JsonDict

SET_FIELDS = frozenset({"required_roles", "attachments.blocked_extensions"})
MISSING: Any = object()


@dataclass(frozen=True)
class FieldConflict:
    path: str
    base: Any
    mine: Any
    theirs: Any

    def as_json(self) -> JsonDict:
        return {
            "path": self.path,
            "base": _plain(self.base),
            "mine": _plain(self.mine),
            "theirs": _plain(self.theirs),
        }


@dataclass(frozen=True)
class MergeResult:
    """What still has to be sent (a merge patch), and the fields that conflict."""

    patch: JsonDict = field(default_factory=dict)
    conflicts: tuple[FieldConflict, ...] = ()

    @property
    def nothing_to_send(self) -> bool:
        return not self.patch and not self.conflicts


def _plain(value: Any) -> Any:
    return None if value is MISSING else value


def leaves(document: JsonDict, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """(dotted path, value) of every non-dict value; an empty dict counts as no leaves."""
    for key, value in document.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            yield from leaves(value, f"{path}.")
        else:
            yield path, value


def get_path(document: Any, path: str) -> Any:
    current = document
    for part in path.split("."):
        if not isinstance(current, dict) or part not in current:
            return MISSING
        current = current[part]
    return current


def set_path(document: JsonDict, path: str, value: Any) -> None:
    parts = path.split(".")
    current = document
    for part in parts[:-1]:
        current = current.setdefault(part, {})
    current[parts[-1]] = value


def merge_set(base: list[Any], mine: list[Any], theirs: list[Any]) -> list[Any]:
    """Theirs plus what I added, minus what I removed (sorted, no duplicates)."""
    added = set(mine) - set(base)
    removed = set(base) - set(mine)
    return sorted((set(theirs) | added) - removed)


def _same(a: Any, b: Any) -> bool:
    # A merge-patch null means "absent"; a missing value and None compare equal.
    return (None if a is MISSING else a) == (None if b is MISSING else b)


def three_way(
    base: JsonDict, patch: JsonDict, theirs: JsonDict, set_fields: frozenset[str] = SET_FIELDS
) -> MergeResult:
    """Merge a merge-patch edit made on ``base`` into ``theirs``."""
    result: JsonDict = {}
    conflicts: list[FieldConflict] = []
    for path, mine in leaves(patch):
        old, now = get_path(base, path), get_path(theirs, path)
        if old is MISSING:
            old = now  # never saw this value: nobody else changed it as far as we know
        if path in set_fields and all(isinstance(v, list) for v in (old, mine, now)):
            merged = merge_set(old, mine, now)
            if merged != sorted(set(now)):
                set_path(result, path, merged)
        elif _same(mine, old) or _same(mine, now):
            continue  # not really my change, or the server already has it
        elif _same(now, old):
            set_path(result, path, mine)
        else:
            conflicts.append(FieldConflict(path, old, mine, now))
    return MergeResult(result, tuple(conflicts))


def changed_fields(base: JsonDict, mine: JsonDict) -> JsonDict:
    """The merge patch that turns ``base`` into ``mine`` (top-level and nested values)."""
    patch: JsonDict = {}
    for path, value in leaves(mine):
        if not _same(get_path(base, path), value):
            set_path(patch, path, value)
    for path, _value in leaves(base):
        if get_path(mine, path) is MISSING:
            set_path(patch, path, None)
    return patch


def apply_patch(target: Any, patch: Any) -> Any:
    """RFC 7396 JSON merge patch (returns a new value)."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = apply_patch(result.get(key), value)
    return result


def merge_entry(base: JsonDict, mine: JsonDict, theirs: JsonDict) -> tuple[JsonDict, MergeResult]:
    """A replaced list entry: the full document to send, and the field-level result."""
    result = three_way(base, changed_fields(base, mine), theirs)
    return apply_patch(theirs, result.patch), result


SUPPORT_KEYS = ("enabled", "reason", "ticket_ref", "expires_at", "granted_at")


def merge_support(base: JsonDict, mine: JsonDict, theirs: JsonDict) -> MergeResult:
    """Support access is one value: a grant or a revocation, resent only when nobody else
    changed the grant since the edit was made."""
    if not mine.get("enabled") and not theirs.get("active", theirs.get("enabled")):
        return MergeResult()
    if mine.get("enabled") and theirs.get("active", theirs.get("enabled")):
        same = all(mine.get(k, "") == theirs.get(k, "") for k in ("reason", "ticket_ref"))
        if same:
            return MergeResult()
    if not base or all(_same(get_path(base, k), get_path(theirs, k)) for k in SUPPORT_KEYS):
        return MergeResult(dict(mine))
    summary = {k: theirs.get(k) for k in ("enabled", "reason", "ticket_ref", "expires_at")}
    return MergeResult(conflicts=(FieldConflict("support_access", base, mine, summary),))
