"""The caller's own account and authenticator enrollment."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from server.api.deps import CurrentUser, ServicesDep
from server.errors import ApiError, success_body
from server.flows import common, enrollment
from server.models.auth import (
    CodeRequest,
    ConfirmEmailRequest,
    EnrollmentSecret,
    EnrollmentStarted,
    Me,
    User,
)
from server.models.common import Envelope
from server.store import users

router = APIRouter(prefix="/v1/account", tags=["account"])


@router.get("", response_model=Envelope[Me])
def me(principal: CurrentUser, services: ServicesDep) -> dict[str, Any]:
    """Who the token belongs to, with the 2FA method."""
    with services.read() as conn:
        user = users.by_id(conn, principal.user_id)
    if user is None:
        raise ApiError(401, "unauthorized", "the account no longer exists")
    view = common.user_view(user, principal.enrollment_required)
    return success_body({**view, "ip": principal.ip})


@router.post("/2fa/totp:start", response_model=Envelope[EnrollmentStarted], status_code=201)
def start(principal: CurrentUser, services: ServicesDep) -> dict[str, Any]:
    """Step 1: e-mails a confirmation code."""
    return success_body(enrollment.start(services, principal))


@router.post("/2fa/totp:confirm-email", response_model=Envelope[EnrollmentSecret])
def confirm_email(
    body: ConfirmEmailRequest, principal: CurrentUser, services: ServicesDep
) -> dict[str, Any]:
    """Step 2: the e-mailed code; answers with the secret, otpauth URI and QR code."""
    return success_body(enrollment.confirm_email(services, principal, body.challenge_id, body.code))


@router.post("/2fa/totp:complete", response_model=Envelope[User])
def complete(body: CodeRequest, principal: CurrentUser, services: ServicesDep) -> dict[str, Any]:
    """Step 3: a code from the app; from now on logins ask for TOTP and no e-mail is sent."""
    return success_body(enrollment.complete(services, principal, body.code))


@router.delete("/2fa/totp", response_model=Envelope[User])
def disable(body: CodeRequest, principal: CurrentUser, services: ServicesDep) -> dict[str, Any]:
    """Turn the authenticator off (back to e-mail codes); needs a current TOTP code."""
    return success_body(enrollment.disable(services, principal, body.code))
