"""Preconditions of every resource write: If-Match (428/412) and Idempotency-Key (replay/422)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import Depends, Header, Request
from fastapi.responses import JSONResponse

from server.api.deps import CurrentUser, ServicesDep, permission
from server.catalog import ROLES_EDIT
from server.context import Principal, Services
from server.errors import ApiError, success_body
from server.store import idempotency


@dataclass(frozen=True)
class WriteRequest:
    principal: Principal
    services: Services
    if_match: str | None
    key: str | None
    fingerprint: str


@dataclass
class Outcome:
    """What a write produced: the resource (data), its ETag, status and extra headers."""

    data: Any
    etag: str | None
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


async def write_request(
    request: Request,
    services: ServicesDep,
    principal: CurrentUser,
    if_match: Annotated[
        str | None,
        Header(alias="If-Match", description="ETag of the version edited, or *"),
    ] = None,
    idempotency_key: Annotated[
        str | None,
        Header(alias="Idempotency-Key", description="Client-made unique key of this write"),
    ] = None,
) -> WriteRequest:
    body = await request.body()
    try:
        canonical = json.dumps(json.loads(body), sort_keys=True) if body else ""
    except ValueError:
        canonical = body.decode("utf-8", "replace")
    text = f"{request.method} {request.url.path}\n{canonical}"
    fingerprint = hashlib.sha256(text.encode()).hexdigest()
    return WriteRequest(principal, services, if_match, idempotency_key, fingerprint)


def _writer(name: str) -> Callable[..., Any]:
    """The write preconditions of a route, behind the permission it needs."""
    allowed = permission(name)

    # a default, not Annotated: the closure's name cannot be resolved from a string annotation
    async def dependency(
        write: Annotated[WriteRequest, Depends(write_request)],
        _allowed: Principal = Depends(allowed),  # noqa: B008
    ) -> WriteRequest:
        return write

    return dependency


#: Writes to the security settings (2FA policy, IP allowlist, content filter, support access).
Write = Annotated[WriteRequest, Depends(_writer("security.edit"))]
RoleWrite = Annotated[WriteRequest, Depends(_writer(ROLES_EDIT))]
OperatorWrite = Annotated[WriteRequest, Depends(_writer("operators.manage_2fa"))]


def etag_matches(header: str, *current: str | None) -> bool:
    """If-Match semantics: `*` or any listed tag (weak or strong form) equal to a current tag."""
    if header.strip() == "*":
        return True
    offered = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return any(tag in offered for tag in current if tag)


def stale(current: Any, etag: str) -> ApiError:
    return ApiError(
        412,
        "stale_version",
        "the resource changed since you read it; the current version is included",
        data=current,
        headers={"ETag": etag},
    )


def perform(write: WriteRequest, action: Callable[[sa.Connection, float], Outcome]) -> JSONResponse:
    """Run a write once per Idempotency-Key, in one transaction, and store its answer."""
    key = (write.key or "").strip()
    if not key or len(key) > 200:
        raise ApiError(400, "idempotency_key_required", "send an Idempotency-Key (1-200 chars)")
    try:
        return _perform_once(write, key, action)
    except sa.exc.IntegrityError:
        # Another process stored an answer under this key while we worked (our transaction was
        # rolled back): that answer is the one to give, as for any replay.
        with write.services.read() as conn:
            stored = idempotency.lookup(conn, write.principal.user_id, key)
        if stored is None:
            raise
        return _replay(stored, write.fingerprint)


def _perform_once(
    write: WriteRequest, key: str, action: Callable[[sa.Connection, float], Outcome]
) -> JSONResponse:
    services = write.services
    now = services.now()
    with services.write() as conn:
        stored = idempotency.lookup(conn, write.principal.user_id, key)
        if stored is not None:
            return _replay(stored, write.fingerprint)
        if not write.if_match:
            raise ApiError(428, "precondition_required", "send If-Match with the ETag you edited")
        outcome = action(conn, now)
        body = success_body(outcome.data)
        cutoff = now - services.config.idempotency_ttl_seconds
        idempotency.forget_older_than(conn, write.principal.user_id, cutoff)
        idempotency.remember(
            conn,
            user_id=write.principal.user_id,
            key=key,
            fingerprint=write.fingerprint,
            status=outcome.status,
            body=body,
            etag=outcome.etag,
            now=now,
        )
    headers = {**outcome.headers, **({"ETag": outcome.etag} if outcome.etag else {})}
    return JSONResponse(body, status_code=outcome.status, headers=headers)


def _replay(stored: dict[str, Any], fingerprint: str) -> JSONResponse:
    if stored["fingerprint"] != fingerprint:
        raise ApiError(
            422, "idempotency_key_reused", "this Idempotency-Key was used for a different request"
        )
    headers = {"Idempotent-Replayed": "true"}
    if stored["etag"]:
        headers["ETag"] = stored["etag"]
    return JSONResponse(stored["body"], status_code=stored["status"], headers=headers)
