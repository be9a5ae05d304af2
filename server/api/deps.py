"""Request dependencies: services, caller address, authentication and authorisation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

import sqlalchemy as sa
from fastapi import Depends, Request
from fastapi.security import APIKeyHeader

from server import policy
from server.catalog import SUPPORT_PERMISSIONS, all_permissions, granted
from server.context import Principal, Services
from server.db.schema import roles
from server.errors import ApiError
from server.security import codes, netaddr
from server.store import areas, audit, entries, sessions, users
from server.store.users import User

token_header = APIKeyHeader(
    name="Authorization",
    auto_error=False,
    description="The raw token from POST /v1/auth/verify (no scheme).",
)

ENROLLMENT_PATHS = ("/v1/account", "/v1/auth/")


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


ServicesDep = Annotated[Services, Depends(get_services)]


def client_ip(request: Request, services: ServicesDep) -> str:
    peer = request.client.host if request.client else None
    # A proxy may append its own header line instead of extending the first one: every line
    # counts, in order, or a spoofed first line would pass for the client.
    lines = request.headers.getlist("x-forwarded-for")
    forwarded = ", ".join(lines) if lines else None
    return netaddr.client_address(peer, forwarded, services.config.trusted_proxies)


ClientIp = Annotated[str, Depends(client_ip)]


def authenticate(
    request: Request,
    services: ServicesDep,
    ip: ClientIp,
    raw: Annotated[str | None, Depends(token_header)],
) -> Principal:
    """The caller behind the token, after the token, allowlist and support-access checks."""
    token = (raw or "").removeprefix("Bearer ").strip()
    if not token:
        raise ApiError(401, "unauthorized", "an Authorization token is required")
    digest = codes.token_hash(token)
    now = services.now()
    with services.read() as conn:
        row = sessions.find_token(conn, digest)
        if row is None or row["revoked_at"] is not None or row["expires_at"] <= now:
            raise ApiError(401, "unauthorized", "the token is unknown, expired or revoked")
        user = users.by_id(conn, row["user_id"])
        assert user is not None
        settings = areas.get_areas(conn, "support_access", "ip_allowlist", "two_factor")
        permitted = policy.ip_permitted(conn, ip, settings["ip_allowlist"])
        two_factor = settings["two_factor"].document
        needs_enrollment = policy.enrollment_required(conn, user, now, two_factor)
        permissions = permissions_of(conn, user)
    support = settings["support_access"].document
    if policy.support_expired(support, now):
        policy.expire_support_access(services, now)
    support_ok = not policy.is_support(user) or policy.support_active(support, now)
    confirmed = max(row["created_at"], row["confirmed_at"] or 0.0)
    principal = Principal(
        user["id"],
        user["login"],
        user["role"],
        ip,
        digest,
        needs_enrollment,
        permissions,
        confirmed,
    )
    if principal.is_support:
        _record_support(services, principal, request, now)
    if not permitted:
        _refuse_ip(services, principal, request.url.path, now)
    if not support_ok:
        raise ApiError(403, "support_access_inactive", "support access is not granted")
    if needs_enrollment and not request.url.path.startswith(ENROLLMENT_PATHS):
        raise ApiError(
            403, "enrollment_required", "set up an authenticator app before using the API"
        )
    return principal


def permissions_of(conn: sa.Connection, user: User) -> frozenset[str]:
    """What the user's role lets it do: admin everything, support read-only, others their role."""
    if user["role"] == "admin":
        return all_permissions()
    if policy.is_support(user):
        return SUPPORT_PERMISSIONS
    role = entries.get_entry(conn, roles, user["role"])
    return granted(role.document.get("permissions") or {}) if role else frozenset()


def _record_support(services: Services, principal: Principal, request: Request, now: float) -> None:
    """Every request the support account makes is in the audit log, whatever its outcome."""
    with services.write() as conn:
        audit.record(
            conn,
            now,
            principal.actor,
            "support.request",
            request.url.path,
            details={"method": request.method, "query": str(request.url.query)[:200]},
        )


def _refuse_ip(services: Services, principal: Principal, path: str, now: float) -> None:
    with services.write() as conn:
        audit.record(
            conn, now, principal.actor, "auth.token_rejected", path, outcome="ip_not_allowed"
        )
    raise ApiError(403, "ip_not_allowed", "your address is not on the IP allowlist")


CurrentUser = Annotated[Principal, Depends(authenticate)]


def permission(name: str) -> Callable[..., Principal]:
    """A dependency that lets the caller through only with this function of the catalogue."""

    def check(request: Request, principal: CurrentUser, services: ServicesDep) -> Principal:
        if not principal.may(name):
            with services.write() as conn:
                audit.record(
                    conn,
                    services.now(),
                    principal.actor,
                    "access.forbidden",
                    request.url.path,
                    outcome="forbidden",
                    details={"method": request.method, "needs": name},
                )
            raise ApiError(403, "forbidden", f"your role does not allow this ({name})")
        return principal

    return check


SecurityViewer = Annotated[Principal, Depends(permission("security.view"))]
AuditViewer = Annotated[Principal, Depends(permission("audit.view"))]
OperatorViewer = Annotated[Principal, Depends(permission("operators.view"))]
