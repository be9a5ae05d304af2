"""POST /v1/auth/login, /v1/auth/verify, /v1/auth/logout."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from server.api.deps import ClientIp, CurrentUser, ServicesDep
from server.errors import success_body
from server.flows import login as flow
from server.flows.reconfirm import reconfirm as step_up
from server.models.auth import (
    Challenge,
    LoggedOut,
    LoginRequest,
    Reconfirmation,
    ReconfirmRequest,
    Session,
    VerifyRequest,
)
from server.models.common import Envelope

router = APIRouter(prefix="/v1/auth", tags=["auth"])


@router.post("/login", response_model=Envelope[Challenge])
def login(body: LoginRequest, services: ServicesDep, ip: ClientIp) -> dict[str, Any]:
    """Username and password; answers with a challenge (e-mail code, or TOTP when enrolled)."""
    return success_body(flow.start(services, body.login, body.password, ip))


@router.post("/verify", response_model=Envelope[Session])
def verify(body: VerifyRequest, services: ServicesDep, ip: ClientIp) -> dict[str, Any]:
    """The one-time code for a challenge; answers with a token."""
    return success_body(flow.verify(services, body.challenge_id, body.code, ip))


@router.post("/reconfirm", response_model=Envelope[Reconfirmation])
def reconfirm(
    body: ReconfirmRequest, principal: CurrentUser, services: ServicesDep
) -> dict[str, Any]:
    """Step-up: without a code, e-mails one (or says to use the app); with the code, confirms
    this token for 5 minutes, which weakening writes need (else 403 `reconfirm_required`)."""
    return success_body(step_up(services, principal, body.code))


@router.post("/logout", response_model=Envelope[LoggedOut])
def logout(principal: CurrentUser, services: ServicesDep) -> dict[str, Any]:
    """Revoke the token of this request."""
    flow.logout(services, principal.token_hash, principal.actor)
    return success_body({"revoked": True})
