"""Permissions catalogue, roles, and operators with their 2FA method."""

from __future__ import annotations

from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse

from server import views, weakening
from server.api.areas_common import merge_patch, page_meta
from server.api.deps import OperatorViewer, SecurityViewer, ServicesDep
from server.api.entry_writes import EntrySpec, write_entry
from server.api.writes import (
    OperatorWrite,
    Outcome,
    RoleWrite,
    WriteRequest,
    etag_matches,
    perform,
    stale,
)
from server.catalog import SUPPORT_ROLE, catalog_document, normalise_matrix
from server.clock import from_epoch
from server.db.schema import roles
from server.errors import ApiError, invalid, not_found, success_body
from server.flows import common
from server.models.admin import CatalogSection, Operator, Role, RoleInput, RolePatch
from server.models.common import Envelope
from server.store import audit, entries, sessions, users
from server.store.areas import make_etag

router = APIRouter(prefix="/v1", tags=["roles and operators"])
Id = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9._~-]{0,63}$")]
Limit = Annotated[int, Query(ge=1, le=200)]
Offset = Annotated[int, Query(ge=0, le=1_000_000_000)]
SPEC = EntrySpec("roles", roles, views.role, "roles")


@router.get("/permissions/catalog", response_model=Envelope[list[CatalogSection]])
def catalog(_viewer: SecurityViewer) -> dict[str, Any]:
    """Every section with its functions; role permissions are sections × functions."""
    return success_body(catalog_document())


@router.get("/roles", response_model=Envelope[list[Role]])
def list_roles(_viewer: SecurityViewer, services: ServicesDep) -> dict[str, Any]:
    with services.read() as conn:
        found = entries.list_entries(conn, roles)
    return success_body([views.role(e) for e in found], page_meta(len(found), len(found), 0))


@router.get("/roles/{role_id}", response_model=Envelope[Role])
def get_role(role_id: Id, _viewer: SecurityViewer, services: ServicesDep) -> JSONResponse:
    with services.read() as conn:
        entry = entries.get_entry(conn, roles, role_id)
    if entry is None:
        raise not_found(f"role {role_id!r}")
    data = views.role(entry)
    return JSONResponse(success_body(data), headers={"ETag": data["etag"]})


def _role_document(
    old: entries.Entry | None, name: str, matrix: dict[str, dict[str, bool]]
) -> dict[str, Any]:
    if old is not None and not old.document["editable"]:
        raise ApiError(403, "role_not_editable", "the administrator role cannot be changed")
    try:
        permissions = normalise_matrix(matrix)
    except KeyError as error:
        raise invalid(f"unknown section or function {error.args[0]}", "permissions") from None
    kind = old.document["kind"] if old else "custom"
    return {"name": name.strip(), "kind": kind, "editable": True, "permissions": permissions}


@router.put("/roles/{role_id}", response_model=Envelope[Role])
def put_role(role_id: Id, body: RoleInput, write: RoleWrite) -> JSONResponse:
    """Replace a role's name and permissions, or create a custom role with a client id (201).
    Missing functions are off. If-Match: `*` or the role's ETag."""
    if role_id == SUPPORT_ROLE:
        raise invalid("this id is reserved", "role_id")

    def action(conn: sa.Connection, now: float) -> Outcome:
        old = entries.get_entry(conn, roles, role_id)
        document = _role_document(old, body.name, body.permissions)
        return write_entry(write, conn, now, SPEC, role_id, document=document)

    return perform(write, action)


@router.patch("/roles/{role_id}", response_model=Envelope[Role])
def patch_role(role_id: Id, body: RolePatch, write: RoleWrite) -> JSONResponse:
    """JSON merge patch: `{"permissions": {"clients": {"export": true}}}` changes one function."""
    patch = body.model_dump(exclude_unset=True, exclude_none=True)

    def action(conn: sa.Connection, now: float) -> Outcome:
        old = entries.get_entry(conn, roles, role_id)
        if old is None:
            raise not_found(f"role {role_id!r}")
        merged = merge_patch(old.document, patch)
        document = _role_document(old, merged["name"], merged["permissions"])
        return write_entry(write, conn, now, SPEC, role_id, document=document)

    return perform(write, action)


def operator_view(user: users.User) -> dict[str, Any]:
    enrolled = user["totp_enrolled_at"]
    value = {
        "id": user["id"],
        "login": user["login"],
        "name": user["name"],
        "email": user["email"],
        "role": user["role"],
        "two_factor_method": users.method_of(user),
        "totp_enrolled_at": from_epoch(enrolled) if enrolled else None,
        "created_at": from_epoch(user["created_at"]),
        "version": user["version"],
        "etag": make_etag("operator", user["id"], user["version"]),
    }
    return Operator.model_validate(value).model_dump(mode="json")


@router.get("/operators", response_model=Envelope[list[Operator]])
def list_operators(
    _viewer: OperatorViewer,
    services: ServicesDep,
    limit: Limit = 50,
    offset: Offset = 0,
    role: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9][A-Za-z0-9._~-]{0,63}$")] = None,
) -> dict[str, Any]:
    """Everyone who can log in, with role and 2FA method (email or totp)."""
    with services.read() as conn:
        found, total = users.page(conn, limit, offset, role)
    return success_body([operator_view(u) for u in found], page_meta(total, limit, offset))


@router.post("/operators/{operator_id}/2fa:reset", response_model=Envelope[Operator])
def reset_two_factor(operator_id: Id, write: OperatorWrite) -> JSONResponse:
    """Remove an operator's authenticator: logins go back to e-mail codes and the operator's
    tokens are revoked. If-Match: `*` or the operator's ETag."""
    return perform(write, lambda conn, now: _reset(write, conn, now, operator_id))


def _reset(write: WriteRequest, conn: sa.Connection, now: float, operator_id: str) -> Outcome:
    user = users.by_id(conn, operator_id, for_update=True)
    if user is None:
        raise not_found(f"operator {operator_id!r}")
    current = operator_view(user)
    if not etag_matches(write.if_match or "", current["etag"]):
        raise stale(current, current["etag"])
    if user["id"] == write.principal.user_id:
        raise ApiError(409, "reset_self", "use DELETE /v1/account/2fa/totp for your own account")
    reasons = weakening.authenticator_reset(users.method_of(user))
    weakening.require_confirmed(write.principal, now, reasons)
    common.bump_user(conn, user["id"], now, **common.TOTP_CLEARED)
    sessions.revoke_user_tokens(conn, user["id"], now)
    audit.record(
        conn,
        now,
        write.principal.actor,
        "operators.2fa.reset",
        f"users/{user['login']}/2fa",
        before={"method": users.method_of(user)},
        after={"method": "email"},
    )
    data = operator_view(users.by_id(conn, user["id"]) or user)
    return Outcome(data, data["etag"])
