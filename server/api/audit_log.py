"""GET /v1/audit_events: the audit trail with filters and paging."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query

from server.api.areas_common import page_meta
from server.api.deps import AuditViewer, ServicesDep
from server.clock import from_epoch
from server.errors import success_body
from server.models.admin import AuditEvent
from server.models.common import Envelope
from server.store import audit

router = APIRouter(prefix="/v1", tags=["audit"])
Filter = Annotated[str | None, Query(max_length=200, pattern=r"^[^\x00]*$")]


def _epoch(moment: datetime | None) -> float | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


@router.get("/audit_events", response_model=Envelope[list[AuditEvent]])
def audit_events(
    *,
    _viewer: AuditViewer,
    services: ServicesDep,
    actor: Filter = None,
    action: Filter = None,
    resource: Filter = None,
    outcome: Filter = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
) -> dict[str, Any]:
    """Newest first. `action` and `resource` match exactly, or by prefix when they end in `*`;
    `actor` is a login or user id; `since` is inclusive, `until` exclusive."""
    query = audit.AuditQuery(actor, action, resource, outcome, _epoch(since), _epoch(until))
    with services.read() as conn:
        rows, total = audit.search(conn, query, limit, offset)
    events = [{**row, "at": from_epoch(row["at"])} for row in rows]
    data = [AuditEvent.model_validate(e).model_dump(mode="json") for e in events]
    return success_body(data, page_meta(total, limit, offset))
