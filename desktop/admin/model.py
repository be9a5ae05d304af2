"""What the replica and the outbox hold: resources, edits (outbox items) and their states."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

JsonDict = dict[str, Any]

#: Settings areas with a single document (merge-patched or replaced as a whole).
AREAS = ("two_factor", "ip_allowlist", "content_filter", "support_access")
#: Collections of entries with client-made ids, and the API path of each.
COLLECTIONS = {
    "ip_allowlist": "/v1/security/ip_allowlist/entries",
    "content_filter": "/v1/security/content_filter/rules",
    "roles": "/v1/roles",
    "operators": "/v1/operators",
}


class Status(StrEnum):
    PENDING = "pending"  # waiting to be pushed
    HELD = "held"  # weakens security: waits for an online re-confirmation
    CONFLICT = "conflict"  # the same field changed on the server: waits for the admin
    REJECTED = "rejected"  # the server refused it (validation, self-lockout…)
    DONE = "done"  # on the server
    DISCARDED = "discarded"  # the admin took the server's version instead


#: Items that still shape the local view and block later items of their area.
OPEN = (Status.PENDING, Status.HELD, Status.CONFLICT)


class Op(StrEnum):
    PATCH = "patch"  # JSON merge patch of an area's single values
    SUPPORT = "support"  # grant or revoke support access (the whole grant)
    ADD = "add"  # a new list entry with a client-made id
    UPDATE = "update"  # replace one list entry
    REMOVE = "remove"  # delete one list entry
    ROLE = "role"  # merge patch of a role (name, single permissions)
    RESET_2FA = "reset_2fa"  # an operator back to e-mail codes


@dataclass
class OutboxItem:
    """One edit. ``id`` is also the Idempotency-Key of every attempt to push it."""

    resource: str
    op: Op
    payload: JsonDict
    base_etag: str | None = None
    base_snapshot: JsonDict | None = None
    status: Status = Status.PENDING
    attempts: int = 0
    last_error: str | None = None
    created_at: float = 0.0
    weakening: str | None = None
    confirmed_at: float | None = None
    conflict: JsonDict | None = None
    #: The exact request of the last attempt, resent unchanged until the server answers it.
    request: JsonDict | None = None
    #: How it ended: pushed, already (nothing left to send), rejected, discarded.
    outcome: str | None = None
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    seq: int = 0

    @property
    def area(self) -> str:
        return self.resource.split("/", 1)[0]

    @property
    def entry_id(self) -> str:
        return self.resource.split("/", 1)[1] if "/" in self.resource else ""


@dataclass(frozen=True)
class AreaState:
    """An area as the server last showed it."""

    name: str
    etag: str | None
    version: int
    document: JsonDict


@dataclass(frozen=True)
class EntryState:
    """One list entry as the server last showed it (document without id/etag/version)."""

    id: str
    etag: str | None
    document: JsonDict


def new_client_id(prefix: str) -> str:
    """An id the server accepts for list entries: ``^[A-Za-z0-9][A-Za-z0-9._~-]{0,63}$``."""
    return f"{prefix}-{uuid.uuid4().hex[:20]}"


ENTRY_META = ("id", "etag", "version", "created_at", "updated_at")


def split_entry(data: JsonDict) -> EntryState:
    """A server entry view into the replica's form."""
    document = {k: v for k, v in data.items() if k not in ENTRY_META}
    return EntryState(str(data["id"]), data.get("etag"), document)
