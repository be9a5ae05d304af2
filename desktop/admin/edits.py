"""The admin's edits: each one checked, then queued in the outbox (online or not).

Every function returns the queued :class:`OutboxItem`. Edits that weaken security are queued as
HELD: they wait for an online re-confirmation (see :mod:`desktop.admin.weakening`)."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

from desktop.admin import validate, view
from desktop.admin.model import JsonDict, Op, OutboxItem, Status, new_client_id
from desktop.admin.netaddr import parse_value
from desktop.admin.store import Store
from desktop.admin.weakening import weakening_of
from desktop.core.errors import InvalidInput, NotFound

ENTRY_PREFIX = {"ip_allowlist": "ip", "content_filter": "rule"}


class Editor:
    """Turns the admin's intentions into outbox items on one profile's store."""

    def __init__(self, store: Store, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.clock = clock

    # --- two-factor policy, allowlist flag, content filter flag/attachments ------------

    def patch_two_factor(self, patch: JsonDict) -> OutboxItem:
        roles = [entry.id for entry in self.store.entries("roles")]
        return self._patch_area("two_factor", validate.two_factor_patch(patch, roles))

    def set_allowlist_enabled(self, enabled: bool) -> OutboxItem:
        return self._patch_area("ip_allowlist", {"enabled": bool(enabled)})

    def patch_content_filter(self, patch: JsonDict) -> OutboxItem:
        return self._patch_area("content_filter", validate.filter_patch(patch))

    def _patch_area(self, area: str, patch: JsonDict) -> OutboxItem:
        if not patch:
            raise InvalidInput("nothing to change", reason="nothing_to_change")
        state = self.store.area(area)
        before = view.area_document(self.store, area)
        item = OutboxItem(area, Op.PATCH, patch, state.etag if state else None, before)
        return self._queue(item, before)

    # --- support access -------------------------------------------------------------------

    def grant_support(self, hours: float, reason: str, ticket_ref: str = "") -> OutboxItem:
        return self._support(validate.support_grant(hours, reason, ticket_ref))

    def revoke_support(self) -> OutboxItem:
        return self._support({"enabled": False})

    def _support(self, payload: JsonDict) -> OutboxItem:
        state = self.store.area("support_access")
        before = view.area_document(self.store, "support_access")
        item = OutboxItem(
            "support_access", Op.SUPPORT, payload, state.etag if state else None, before
        )
        return self._queue(item, before)

    # --- IP allowlist entries ---------------------------------------------------------------

    def add_ip(
        self, value: str, name: str = "", comment: str = "", active: bool = True
    ) -> OutboxItem:
        span = parse_value(value)
        name, comment = validate.entry_text(name, comment)
        document = {"kind": span.kind, "value": span.value, "name": name, "comment": comment,
                    "is_active": bool(active)}  # fmt: skip
        return self._add("ip_allowlist", document)

    def update_ip(self, entry_id: str, **changes: Any) -> OutboxItem:
        current = self._entry("ip_allowlist", entry_id)
        document = {**current, **changes}
        span = parse_value(str(document["value"]), str(document.get("kind") or "") or None)
        document["kind"], document["value"] = span.kind, span.value
        document["name"], document["comment"] = validate.entry_text(
            str(document.get("name", "")), str(document.get("comment", ""))
        )
        return self._update("ip_allowlist", entry_id, current, document)

    def remove_ip(self, entry_id: str) -> OutboxItem:
        return self._remove("ip_allowlist", entry_id)

    # --- content filter rules ---------------------------------------------------------------

    def add_rule(self, rule: JsonDict) -> OutboxItem:
        return self._add("content_filter", validate.rule_document(rule))

    def update_rule(self, rule_id: str, **changes: Any) -> OutboxItem:
        current = self._entry("content_filter", rule_id)
        document = validate.rule_document({**current, **changes})
        return self._update("content_filter", rule_id, current, document)

    def remove_rule(self, rule_id: str) -> OutboxItem:
        return self._remove("content_filter", rule_id)

    # --- roles and operators ----------------------------------------------------------------

    def set_permissions(
        self, role_id: str, changes: Mapping[str, Mapping[str, bool]]
    ) -> OutboxItem:
        role = self._entry("roles", role_id)
        if not role.get("editable", True):
            name = str(role.get("name", role_id))
            raise InvalidInput(
                f"the role {name!r} cannot be changed", reason="role_fixed", value=name
            )
        matrix = role.get("permissions", {})
        patch: dict[str, dict[str, bool]] = {}
        for section, functions in changes.items():
            for function, allowed in functions.items():
                if function not in matrix.get(section, {}):
                    raise InvalidInput(f"unknown permission {section}.{function}")
                if matrix[section][function] != bool(allowed):
                    patch.setdefault(section, {})[function] = bool(allowed)
        if not patch:
            raise InvalidInput("these permissions are already set", reason="permissions_unchanged")
        state = self.store.entry("roles", role_id)
        item = OutboxItem(f"roles/{role_id}", Op.ROLE, {"permissions": patch},
                          state.etag if state else None, role)  # fmt: skip
        return self._queue(item, role)

    def reset_operator_2fa(self, operator_id: str) -> OutboxItem:
        operator = self._entry("operators", operator_id)
        if operator.get("two_factor_method") != "totp":
            login = str(operator.get("login", operator_id))
            raise InvalidInput(
                f"{login} already uses e-mail codes", reason="already_email", value=login
            )
        state = self.store.entry("operators", operator_id)
        item = OutboxItem(f"operators/{operator_id}", Op.RESET_2FA, {},
                          state.etag if state else None, operator)  # fmt: skip
        return self._queue(item, operator)

    # --- shared ---------------------------------------------------------------------------

    def _entry(self, area: str, entry_id: str) -> JsonDict:
        document = view.entry_document(self.store, area, entry_id)
        if document is None:
            raise NotFound(f"no {area.replace('_', ' ')} entry with id {entry_id}")
        return document

    def _add(self, area: str, document: JsonDict) -> OutboxItem:
        entry_id = new_client_id(ENTRY_PREFIX[area])
        return self._queue(OutboxItem(f"{area}/{entry_id}", Op.ADD, document), None)

    def _update(self, area: str, entry_id: str, current: JsonDict, new: JsonDict) -> OutboxItem:
        if new == current:
            raise InvalidInput("nothing to change", reason="nothing_to_change")
        state = self.store.entry(area, entry_id)
        item = OutboxItem(
            f"{area}/{entry_id}", Op.UPDATE, new, state.etag if state else None, current
        )
        return self._queue(item, current)

    def _remove(self, area: str, entry_id: str) -> OutboxItem:
        current = self._entry(area, entry_id)
        state = self.store.entry(area, entry_id)
        item = OutboxItem(
            f"{area}/{entry_id}", Op.REMOVE, {}, state.etag if state else None, current
        )
        return self._queue(item, current)

    def _queue(self, item: OutboxItem, before: JsonDict | None) -> OutboxItem:
        item.created_at = self.clock()
        siblings: list[JsonDict] = []
        if item.area == "ip_allowlist" and item.op in (Op.REMOVE, Op.UPDATE):
            siblings = [
                {"id": k, **v} for k, v in view.collection(self.store, "ip_allowlist").items()
            ]
        item.weakening = weakening_of(item, before, siblings)
        if item.weakening:
            item.status = Status.HELD
        return self.store.enqueue(item)
