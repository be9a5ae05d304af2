"""The application factory: wires the data layer, clock and mailer into FastAPI."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from server import __version__
from server.api import account, admin, audit_log, auth, content_filter, ip_allowlist, security
from server.clock import Clock, SystemClock
from server.config import ServerConfig
from server.context import Services
from server.db.engine import make_engine
from server.db.migrations import migrate
from server.errors import ApiError, error_body
from server.limits import BodyLimits
from server.mail import Mailer
from server.models.common import ErrorEnvelope
from server.security.passwords import Passwords
from server.security.sealing import SecretBox, SecretKeyError, reseal_users

ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorEnvelope, "description": text}
    for status, text in {
        400: "Bad request (also: JSON nested too deep)",
        401: "No valid token",
        403: "Forbidden (role, IP allowlist, support access, enrollment required)",
        404: "Not found",
        409: "Conflict",
        410: "Challenge expired or used",
        412: "Stale If-Match; the current resource is in data",
        413: "Request body above 1 MiB",
        422: "Invalid input",
        428: "If-Match missing",
        429: "Too many attempts; see Retry-After",
    }.items()
}


def create_app(
    config: ServerConfig,
    *,
    mailer: Mailer,
    clock: Clock | None = None,
    passwords: Passwords | None = None,
) -> FastAPI:
    """A ready application; the database is migrated on creation."""
    if config.secret_key is None:
        raise SecretKeyError(
            "the server needs a secret key (--secret-key-file or KEYDESK_SECRET_KEY)"
        )
    box = SecretBox(config.secret_key)
    engine = make_engine(config.db_url)
    migrate(engine)
    with engine.begin() as conn:  # rows from before sealing are sealed now (no-op afterwards)
        reseal_users(conn, None, box)
    services = Services(
        secrets=box,
        config=config,
        engine=engine,
        clock=clock or SystemClock(),
        mailer=mailer,
        passwords=passwords or Passwords(config.argon2_time_cost, config.argon2_memory_kib),
    )
    app = FastAPI(
        title="Keydesk security API",
        version=__version__,
        description="Security settings, two-factor login and audit trail (see docs/api.md).",
        responses=ERRORS,
    )
    app.state.services = services
    for module in (auth, account, security, ip_allowlist, content_filter, admin, audit_log):
        app.include_router(module.router)
    _install_handlers(app)
    app.add_middleware(BodyLimits)
    return app


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        body = error_body(exc.code, exc.message, exc.data)
        return JSONResponse(body, status_code=exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"field": ".".join(str(p) for p in err.get("loc", ())), "message": err.get("msg", "")}
            for err in exc.errors()
        ]
        body = error_body("invalid_request", "the request is not valid", {"errors": errors})
        return JSONResponse(body, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        body = error_body(code, str(exc.detail))
        return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)
