"""The IP allowlist: enabled flag, entries with client ids (CIDR or range), and a check."""

from __future__ import annotations

from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse

from server import policy, views, weakening
from server.api.areas_common import entry_page, locked_area, one_entry
from server.api.deps import SecurityViewer, ServicesDep
from server.api.entry_writes import EntrySpec, write_entry
from server.api.writes import Outcome, Write, WriteRequest, perform
from server.db.schema import ip_entries
from server.errors import ApiError, invalid, success_body
from server.models.common import Deleted, Envelope
from server.models.security import (
    IpAllowlistArea,
    IpAllowlistPatch,
    IpCheckRequest,
    IpCheckResult,
    IpEntry,
    IpEntryCreate,
    IpEntryInput,
)
from server.security import netaddr
from server.store import areas, audit, entries

router = APIRouter(prefix="/v1/security/ip_allowlist", tags=["ip_allowlist"])
EntryId = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9._~-]{0,63}$")]


def _refuse_self_lockout(conn: sa.Connection, write: WriteRequest, _now: float) -> None:
    """409 when the list, as it would be after this change, shuts out the caller's address."""
    if not policy.ip_permitted(conn, write.principal.ip):
        raise ApiError(
            409,
            "self_lockout",
            f"this change would block your own address {write.principal.ip}",
            data={"ip": write.principal.ip},
        )


SPEC = EntrySpec(
    "ip_allowlist",
    ip_entries,
    views.ip_entry,
    "security.ip_allowlist.entry",
    _refuse_self_lockout,
    weakening.allowlist_entry,
)


@router.get("", response_model=Envelope[IpAllowlistArea])
def get_allowlist(_viewer: SecurityViewer, services: ServicesDep) -> JSONResponse:
    with services.read() as conn:
        data = views.area_view(conn, "ip_allowlist", services.now())
    return JSONResponse(success_body(data), headers={"ETag": data["etag"]})


@router.patch("", response_model=Envelope[IpAllowlistArea])
def patch_allowlist(body: IpAllowlistPatch, write: Write) -> JSONResponse:
    """Turn the list on or off (merge patch). Turning it on must leave the caller allowed."""

    def action(conn: sa.Connection, now: float) -> Outcome:
        area = locked_area(write, conn, "ip_allowlist", now)
        document = {**area.document}
        if body.enabled is not None:
            document["enabled"] = body.enabled
        reasons = weakening.allowlist_switch(area.document["enabled"], document["enabled"])
        weakening.require_confirmed(write.principal, now, reasons)
        new = areas.save_area(conn, area, now, document)
        _refuse_self_lockout(conn, write, now)
        audit.record(
            conn,
            now,
            write.principal.actor,
            "security.ip_allowlist.updated",
            "security/ip_allowlist",
            before=area.document,
            after=document,
        )
        data = views.ip_allowlist(conn, new)
        return Outcome(data, data["etag"])

    return perform(write, action)


@router.get("/entries", response_model=Envelope[list[IpEntry]])
def list_entries(
    _viewer: SecurityViewer,
    services: ServicesDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
) -> dict[str, Any]:
    return entry_page(services, ip_entries, views.ip_entry, limit, offset)


@router.get("/entries/{entry_id}", response_model=Envelope[IpEntry])
def get_entry(entry_id: EntryId, _viewer: SecurityViewer, services: ServicesDep) -> JSONResponse:
    return one_entry(services, ip_entries, views.ip_entry, entry_id, "entry")


def _document(body: IpEntryInput) -> dict[str, Any]:
    try:
        value = netaddr.canonical_value(body.kind, body.value)
    except ValueError as error:
        raise invalid(f"not a valid {body.kind}: {error}", "value") from None
    return {
        "kind": body.kind,
        "value": value,
        "name": body.name,
        "comment": body.comment,
        "is_active": body.is_active,
    }


@router.post("/entries", response_model=Envelope[IpEntry], status_code=201)
def create_entry(body: IpEntryCreate, write: Write) -> JSONResponse:
    """Add an entry with a client-made id. If-Match: `*` or the area's ETag."""
    document = _document(body)
    return perform(
        write,
        lambda conn, now: write_entry(
            write, conn, now, SPEC, body.id, document=document, create_only=True
        ),
    )


@router.put("/entries/{entry_id}", response_model=Envelope[IpEntry])
def put_entry(entry_id: EntryId, body: IpEntryInput, write: Write) -> JSONResponse:
    """Create (201) or replace (200). If-Match: `*`, the entry's ETag, or the area's ETag."""
    document = _document(body)
    return perform(
        write, lambda conn, now: write_entry(write, conn, now, SPEC, entry_id, document=document)
    )


@router.delete("/entries/{entry_id}", response_model=Envelope[Deleted])
def delete_entry(entry_id: EntryId, write: Write) -> JSONResponse:
    """Remove an entry. If-Match: `*`, the entry's ETag, or the area's ETag."""
    return perform(
        write, lambda conn, now: write_entry(write, conn, now, SPEC, entry_id, document=None)
    )


@router.post("/check", response_model=Envelope[IpCheckResult])
def check(body: IpCheckRequest, _viewer: SecurityViewer, services: ServicesDep) -> dict[str, Any]:
    """Would this address be let in? `matched` lists the active entries that contain it."""
    try:
        address = str(netaddr.parse_address(body.ip))
    except ValueError:
        raise invalid("not an IPv4 or IPv6 address", "ip") from None
    with services.read() as conn:
        enabled = bool(areas.get_area(conn, "ip_allowlist").document["enabled"])
        documents = [(e.id, e.document) for e in entries.list_entries(conn, ip_entries)]
    spans = policy.active_spans(documents)
    matched = [entry_id for entry_id, span in spans if netaddr.allowed(address, [span])]
    allowed = not enabled or bool(matched)
    return success_body(
        {"ip": address, "allowed": allowed, "enforced": enabled, "matched": matched}
    )
