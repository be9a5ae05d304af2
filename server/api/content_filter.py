"""The content filter: enabled flag, attachments policy, rules with client ids, and a test."""

from __future__ import annotations

from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse

from server import views
from server.api.areas_common import entry_page, locked_area, merge_patch, one_entry
from server.api.deps import SecurityViewer, ServicesDep
from server.api.entry_writes import EntrySpec, write_entry
from server.api.writes import Outcome, Write, perform
from server.db.schema import filter_rules
from server.errors import invalid, success_body
from server.models.common import Deleted, Envelope
from server.models.security import (
    ContentFilterArea,
    ContentFilterPatch,
    FilterTestRequest,
    FilterTestResult,
    Rule,
    RuleCreate,
    RuleInput,
)
from server.security import content
from server.store import areas, audit, entries

router = APIRouter(prefix="/v1/security/content_filter", tags=["content_filter"])
RuleId = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9._~-]{0,63}$")]
SPEC = EntrySpec("content_filter", filter_rules, views.rule, "security.content_filter.rule")


@router.get("", response_model=Envelope[ContentFilterArea])
def get_filter(_viewer: SecurityViewer, services: ServicesDep) -> JSONResponse:
    with services.read() as conn:
        data = views.area_view(conn, "content_filter", services.now())
    return JSONResponse(success_body(data), headers={"ETag": data["etag"]})


@router.patch("", response_model=Envelope[ContentFilterArea])
def patch_filter(body: ContentFilterPatch, write: Write) -> JSONResponse:
    """Merge patch of `enabled` and `attachments`."""
    patch = body.model_dump(exclude_unset=True, exclude_none=True)

    def action(conn: sa.Connection, now: float) -> Outcome:
        area = locked_area(write, conn, "content_filter", now)
        document = merge_patch(area.document, patch)
        extensions = document["attachments"]["blocked_extensions"]
        document["attachments"]["blocked_extensions"] = sorted(
            {ext.strip().lstrip(".").lower() for ext in extensions if ext.strip()}
        )
        new = areas.save_area(conn, area, now, document)
        audit.record(
            conn,
            now,
            write.principal.actor,
            "security.content_filter.updated",
            "security/content_filter",
            before=area.document,
            after=document,
        )
        data = views.content_filter(conn, new)
        return Outcome(data, data["etag"])

    return perform(write, action)


@router.get("/rules", response_model=Envelope[list[Rule]])
def list_rules(
    _viewer: SecurityViewer,
    services: ServicesDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
) -> dict[str, Any]:
    return entry_page(services, filter_rules, views.rule, limit, offset)


@router.get("/rules/{rule_id}", response_model=Envelope[Rule])
def get_rule(rule_id: RuleId, _viewer: SecurityViewer, services: ServicesDep) -> JSONResponse:
    return one_entry(services, filter_rules, views.rule, rule_id, "rule")


def _document(body: RuleInput) -> dict[str, Any]:
    document = body.model_dump()
    if body.kind == "pii":
        if body.pii_type is None:
            raise invalid("a pii rule needs pii_type (card, email or phone)", "pii_type")
        document["pattern"] = None
        return document
    document["pii_type"] = None
    if not (body.pattern or "").strip():
        raise invalid(f"a {body.kind} rule needs a pattern", "pattern")
    try:
        content.compile_rule({**document, "id": ""})
    except ValueError as error:
        raise invalid(f"the pattern is not usable: {error}", "pattern") from None
    return document


def _room_for(conn: sa.Connection, rule_id: str) -> None:
    """A filter holds at most MAX_RULES rules: each message is checked against all of them."""
    if entries.get_entry(conn, filter_rules, rule_id) is not None:
        return
    count = conn.execute(sa.select(sa.func.count()).select_from(filter_rules)).scalar_one()
    if count >= content.MAX_RULES:
        raise invalid(f"a content filter holds at most {content.MAX_RULES} rules", "id")


@router.post("/rules", response_model=Envelope[Rule], status_code=201)
def create_rule(body: RuleCreate, write: Write) -> JSONResponse:
    """Add a rule with a client-made id. If-Match: `*` or the area's ETag."""
    document = _document(body)
    document.pop("id", None)

    def action(conn: sa.Connection, now: float) -> Outcome:
        _room_for(conn, body.id)
        return write_entry(write, conn, now, SPEC, body.id, document=document, create_only=True)

    return perform(write, action)


@router.put("/rules/{rule_id}", response_model=Envelope[Rule])
def put_rule(rule_id: RuleId, body: RuleInput, write: Write) -> JSONResponse:
    """Create (201) or replace (200). If-Match: `*`, the rule's ETag, or the area's ETag."""
    document = _document(body)

    def action(conn: sa.Connection, now: float) -> Outcome:
        _room_for(conn, rule_id)
        return write_entry(write, conn, now, SPEC, rule_id, document=document)

    return perform(write, action)


@router.delete("/rules/{rule_id}", response_model=Envelope[Deleted])
def delete_rule(rule_id: RuleId, write: Write) -> JSONResponse:
    """Remove a rule. If-Match: `*`, the rule's ETag, or the area's ETag."""
    return perform(
        write, lambda conn, now: write_entry(write, conn, now, SPEC, rule_id, document=None)
    )


@router.post("/test", response_model=Envelope[FilterTestResult])
def test_text(
    body: FilterTestRequest, _viewer: SecurityViewer, services: ServicesDep
) -> dict[str, Any]:
    """Run the enabled rules over a text: the verdict, the masked text and the matches."""
    with services.read() as conn:
        enabled = areas.get_area(conn, "content_filter").document["enabled"]
        rules = [{**e.document, "id": e.id} for e in entries.list_entries(conn, filter_rules)]
    if not enabled:
        rules = []
    return success_body(content.evaluate(rules, body.text, body.direction))
