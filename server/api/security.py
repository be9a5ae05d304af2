"""GET /v1/security, the two-factor policy and support access."""

from __future__ import annotations

from datetime import UTC
from typing import Any

import sqlalchemy as sa
from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from server import views, weakening
from server.api.areas_common import locked_area, merge_patch
from server.api.deps import SecurityViewer, ServicesDep
from server.api.writes import Outcome, Write, perform
from server.db.schema import roles
from server.errors import invalid, success_body
from server.models.common import Envelope
from server.models.security import (
    SecurityDocument,
    SupportAccess,
    SupportAccessGrant,
    TwoFactorArea,
    TwoFactorPatch,
    TwoFactorSettings,
)
from server.store import areas, audit

router = APIRouter(prefix="/v1/security", tags=["security"])


def _area_response(services: ServicesDep, name: str) -> JSONResponse:
    with services.read() as conn:
        data = views.area_view(conn, name, services.now())
    return JSONResponse(success_body(data), headers={"ETag": data["etag"]})


@router.get("", response_model=Envelope[SecurityDocument])
def security_document(_viewer: SecurityViewer, services: ServicesDep) -> JSONResponse:
    """Every settings area with its version and ETag; the header ETag covers them all."""
    with services.read() as conn:
        document = views.security_document(conn, services.now())
    return JSONResponse(success_body(document), headers={"ETag": views.security_etag(document)})


@router.get("/two_factor", response_model=Envelope[TwoFactorArea])
def get_two_factor(_viewer: SecurityViewer, services: ServicesDep) -> JSONResponse:
    return _area_response(services, "two_factor")


@router.patch("/two_factor", response_model=Envelope[TwoFactorArea])
def patch_two_factor(body: TwoFactorPatch, write: Write) -> JSONResponse:
    """JSON merge patch of the policy. Needs If-Match (the area's ETag) and Idempotency-Key."""
    patch = body.model_dump(exclude_unset=True)

    def action(conn: sa.Connection, now: float) -> Outcome:
        area = locked_area(write, conn, "two_factor", now)
        document = _validate_policy(conn, merge_patch(area.document, patch))
        reasons = weakening.two_factor(area.document, document)
        weakening.require_confirmed(write.principal, now, reasons)
        if any(
            document.get(k) != area.document.get(k) for k in ("default_method", "required_roles")
        ):
            document["enforced_since"] = now
        new = areas.save_area(conn, area, now, document)
        audit.record(
            conn,
            now,
            write.principal.actor,
            "security.two_factor.updated",
            "security/two_factor",
            before=area.document,
            after=document,
        )
        data = views.two_factor(new)
        return Outcome(data, data["etag"])

    return perform(write, action)


def _validate_policy(conn: sa.Connection, document: dict[str, Any]) -> dict[str, Any]:
    """The merged policy checked and completed (a field patched to null gets its default)."""
    try:
        valid = TwoFactorSettings.model_validate({**document, "enforced_since": None})
    except ValidationError as error:
        raise invalid(error.errors()[0]["msg"], "two_factor") from None
    known = set(conn.execute(sa.select(roles.c.id)).scalars())
    unknown = sorted(set(valid.required_roles) - known)
    if unknown:
        raise invalid(f"unknown roles: {', '.join(unknown)}", "required_roles")
    return {
        **valid.model_dump(),
        "required_roles": sorted(set(valid.required_roles)),
        "enforced_since": document.get("enforced_since"),
    }


@router.get("/support_access", response_model=Envelope[SupportAccess])
def get_support_access(_viewer: SecurityViewer, services: ServicesDep) -> JSONResponse:
    """The current grant; `active` is computed from the clock, so it ends by itself."""
    return _area_response(services, "support_access")


@router.put("/support_access", response_model=Envelope[SupportAccess])
def put_support_access(body: SupportAccessGrant, write: Write) -> JSONResponse:
    """Grant (enabled true, with expires_at or hours, and a reason) or revoke support access."""

    def action(conn: sa.Connection, now: float) -> Outcome:
        area = locked_area(write, conn, "support_access", now)
        weakening.require_confirmed(write.principal, now, weakening.support_grant(body.enabled))
        if body.enabled:
            document = _grant(body, write.principal.login, now)
        else:
            document = _revoke(area.document, now)
        new = areas.save_area(conn, area, now, document)
        verb = "granted" if body.enabled else "revoked"
        audit.record(
            conn,
            now,
            write.principal.actor,
            f"security.support_access.{verb}",
            "security/support_access",
            before=area.document,
            after=document,
        )
        data = views.support_access(new, now)
        return Outcome(data, data["etag"])

    return perform(write, action)


def _grant(body: SupportAccessGrant, login: str, now: float) -> dict[str, Any]:
    if body.expires_at is not None and body.hours is not None:
        raise invalid("give either expires_at or hours, not both", "expires_at")
    if body.expires_at is not None:
        moment = body.expires_at
        expires = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()
    elif body.hours is not None:
        expires = now + body.hours * 3600
    else:
        raise invalid("a grant needs expires_at or hours", "expires_at")
    if not now < expires <= now + 720 * 3600:
        raise invalid("expires_at must be in the future and at most 30 days ahead", "expires_at")
    if not body.reason.strip():
        raise invalid("a grant needs a reason", "reason")
    return {
        "enabled": True,
        "expires_at": expires,
        "reason": body.reason.strip(),
        "ticket_ref": body.ticket_ref.strip(),
        "granted_by": login,
        "granted_at": now,
        "ended_at": None,
        "end_reason": None,
    }


def _revoke(document: dict[str, Any], now: float) -> dict[str, Any]:
    if not document["enabled"]:
        return dict(document)
    return {**document, "enabled": False, "ended_at": now, "end_reason": "revoked"}
