"""How an outbox item ends: done, rejected by the server, or waiting for the admin (conflict).

Used by the sync engine after each answer (or after deciding there is nothing to send)."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Any

from desktop.admin import errors
from desktop.admin.api import ApiClient
from desktop.admin.merge import FieldConflict
from desktop.admin.model import OPEN, JsonDict, Op, OutboxItem, Status
from desktop.admin.push import Plan, store_answer, store_current
from desktop.admin.store import Store

if TYPE_CHECKING:
    from desktop.admin.sync import SyncReport


class Outcome(Enum):
    SETTLED = "settled"  # done or rejected: later items of the area may go
    STALE = "stale"  # 412: the replica was refreshed, plan again
    BLOCKED = "blocked"  # conflict or held: later items of the area wait


def success(store: Store, item: OutboxItem, data: Any) -> None:
    with store.atomic():
        store_answer(store, item, data)
        _finish(store, item, Status.DONE, "pushed")
        if item.op is Op.SUPPORT and isinstance(data, dict):
            _rebase_support(store, data)


def _finish(
    store: Store, item: OutboxItem, status: Status, outcome: str, error: str | None = None
) -> None:
    store.update_item(
        item.id, status=status, request=None, last_error=error, conflict=None, outcome=outcome
    )


def _rebase_support(store: Store, data: JsonDict) -> None:
    """Later support edits were made on top of this one: their base is now the server's."""
    base = {k: v for k, v in data.items() if k not in ("version", "etag")}
    for later in store.items(OPEN, resource="support_access"):
        store.update_item(later.id, base_snapshot=base)


def without_sending(
    store: Store, client: ApiClient, item: OutboxItem, decided: Plan, report: SyncReport
) -> Outcome:
    if decided.done:
        _finish(store, item, Status.DONE, "already")
        report.already += 1
        return Outcome.SETTLED
    conflicts = decided.merge.conflicts if decided.merge else ()
    mark_conflict(
        store, client, item, conflicts, theirs=decided.theirs, theirs_etag=decided.theirs_etag
    )
    report.conflicts += 1
    return Outcome.BLOCKED


def after_error(
    store: Store, client: ApiClient, item: OutboxItem, exc: errors.AdminError, report: SyncReport
) -> Outcome:
    """A definitive error answer to a write."""
    if isinstance(exc, errors.StaleVersion):
        with store.atomic():
            store_current(store, item, exc.data)
            store.update_item(item.id, request=None)
        return Outcome.STALE
    if isinstance(exc, errors.AuthRequired | errors.IpNotAllowed) or _account_wide(exc):
        raise exc
    if exc.server_code == "reconfirm_required":
        # the server wants a step-up (its window ran out): the edit waits for one, unchanged
        store.update_item(item.id, status=Status.HELD, confirmed_at=None, request=None)
        report.held += 1
        return Outcome.BLOCKED
    if _already_applied(item, exc):
        with store.atomic():
            if item.op is Op.REMOVE:
                store.delete_entry(item.area, item.entry_id)
            _finish(store, item, Status.DONE, "already")
        report.already += 1
        return Outcome.SETTLED
    _finish(store, item, Status.REJECTED, "rejected", exc.message)
    report.rejected += 1
    report.rejections.append(f"{item.resource}: {exc.message}")
    report.refusals.append((item.resource, exc))
    return Outcome.SETTLED


def _account_wide(exc: errors.AdminError) -> bool:
    """Errors about the caller, not the edit: stop the whole sync."""
    wide = {"forbidden", "support_access_inactive", "enrollment_required"}
    return isinstance(exc, errors.Forbidden) and exc.server_code in wide


def _already_applied(item: OutboxItem, exc: errors.AdminError) -> bool:
    if exc.server_code == "idempotency_key_reused":
        return True  # this key went through earlier with the body of that time
    if isinstance(exc, errors.NotFoundOnServer):
        return item.op in (Op.REMOVE, Op.RESET_2FA)
    if exc.server_code == "already_exists" and isinstance(exc.data, dict):
        current = {k: exc.data.get(k) for k in item.payload}
        return current == item.payload
    return False


def mark_conflict(
    store: Store,
    client: ApiClient,
    item: OutboxItem,
    conflicts: tuple[FieldConflict, ...],
    *,
    theirs: JsonDict | None,
    theirs_etag: str | None,
) -> None:
    me = (store.meta("me") or {}).get("login")
    who, when = last_change(client, item, theirs, me)
    details = {
        "fields": [conflict.as_json() for conflict in conflicts],
        "theirs": theirs,
        "theirs_etag": theirs_etag,
        "who": who,
        "when": when,
    }
    store.update_item(item.id, status=Status.CONFLICT, conflict=details, request=None)


def audit_resource(item: OutboxItem, theirs: JsonDict | None) -> str:
    if item.area == "ip_allowlist" and item.entry_id:
        return f"security/ip_allowlist/entry/{item.entry_id}"
    if item.area == "content_filter" and item.entry_id:
        return f"security/content_filter/rule/{item.entry_id}"
    if item.area == "roles":
        return item.resource
    if item.area == "operators":
        return f"users/{(theirs or {}).get('login', '')}/2fa"
    return f"security/{item.resource}"


def last_change(
    client: ApiClient, item: OutboxItem, theirs: JsonDict | None, me: str | None = None
) -> tuple[str | None, str | None]:
    """Who changed the resource last (someone other than me, when possible), and when, from the
    audit trail. This is extra detail for the conflict dialog: when the trail cannot be read
    the dialog says "someone"."""
    try:
        answer = client.get(
            "/v1/audit_events", {"resource": audit_resource(item, theirs), "limit": 20}
        )
    except errors.AdminError:
        return None, None
    events = [e for e in answer.data or [] if isinstance(e, dict)]
    others = [e for e in events if e.get("actor_login") != me]
    candidates = others or events
    if not candidates:
        return None, None
    return candidates[0].get("actor_login"), candidates[0].get("at")
