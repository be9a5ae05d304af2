"""The admin's answer to a conflict: keep mine, take theirs, or keep both (list entries)."""

from __future__ import annotations

from enum import StrEnum

from desktop.admin.merge import leaves, set_path
from desktop.admin.model import JsonDict, Op, OutboxItem, Status, new_client_id
from desktop.admin.store import Store
from desktop.core.errors import InvalidInput, NotFound

LIST_AREAS = {"ip_allowlist": "ip", "content_filter": "rule"}


class Choice(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"


def choices_for(item: OutboxItem) -> list[Choice]:
    """What the conflict dialog offers: "keep both" only for edited list entries."""
    both = item.op is Op.UPDATE and item.area in LIST_AREAS
    return [Choice.MINE, Choice.THEIRS, *([Choice.BOTH] if both else [])]


def resolve(store: Store, item_id: str, choice: Choice) -> OutboxItem:
    item = store.item(item_id)
    if item is None:
        raise NotFound(f"no edit with id {item_id}")
    if item.status is not Status.CONFLICT or item.conflict is None:
        raise InvalidInput("this edit is not waiting for a conflict decision")
    if choice not in choices_for(item):
        raise InvalidInput(f"'{choice.value}' is not possible for this edit")
    with store.atomic():
        {Choice.MINE: _keep_mine, Choice.THEIRS: _take_theirs, Choice.BOTH: _keep_both}[choice](
            store, item, item.conflict
        )
    return store.item(item_id) or item


def _reopen(store: Store, item: OutboxItem, **changes: object) -> None:
    store.update_item(
        item.id, status=Status.PENDING, conflict=None, request=None, last_error=None, **changes
    )


def _keep_mine(store: Store, item: OutboxItem, conflict: JsonDict) -> None:
    theirs = conflict.get("theirs")
    if theirs is None and item.op is Op.UPDATE:
        _requeue_as_add(store, item)  # the entry was deleted on the server: create it again
        return
    # The server's version becomes the base: every field I changed is sent as mine.
    _reopen(store, item, base_snapshot=theirs or {}, base_etag=conflict.get("theirs_etag"))


def _requeue_as_add(store: Store, item: OutboxItem) -> None:
    _reopen(store, item, op=Op.ADD, base_snapshot=None, base_etag=None)


def _take_theirs(store: Store, item: OutboxItem, conflict: JsonDict) -> None:
    paths = {field["path"] for field in conflict.get("fields", [])}
    if item.op in (Op.PATCH, Op.ROLE):
        remaining: JsonDict = {}
        for path, value in leaves(item.payload):
            if path not in paths:
                set_path(remaining, path, value)
        if remaining:
            _reopen(store, item, payload=remaining)
            return
    store.update_item(item.id, status=Status.DISCARDED, conflict=None, outcome="took_theirs")


def _keep_both(store: Store, item: OutboxItem, conflict: JsonDict) -> None:
    del conflict  # their entry stays as it is; mine becomes a new entry
    new_id = new_client_id(LIST_AREAS[item.area])
    store.update_item(item.id, status=Status.DISCARDED, conflict=None, outcome="kept_both")
    copy = OutboxItem(
        f"{item.area}/{new_id}", Op.ADD, dict(item.payload), created_at=item.created_at
    )
    store.enqueue(copy)
