"""Step-up: POST /v1/auth/reconfirm proves a second factor again on an existing token.

Without a code it e-mails one (users on e-mail codes) or says to use the app (TOTP users); with a
code it checks it — counted by the throttle like any code — and marks the token confirmed, which
lets weakening writes through for the next RECONFIRM_SECONDS."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server.clock import from_epoch
from server.context import Principal, Services
from server.db.schema import challenges
from server.errors import ApiError
from server.flows import common
from server.flows.login import user_totp
from server.security import totp
from server.store import sessions, users
from server.store.users import User
from server.weakening import RECONFIRM_SECONDS


def reconfirm(services: Services, principal: Principal, code: str | None) -> dict[str, Any]:
    now = services.now()
    if code is None:
        return _offer(services, principal, now)
    result: dict[str, Any] | None = None
    error: ApiError | None = None
    with services.write() as conn:
        user = users.by_id(conn, principal.user_id, for_update=True)
        assert user is not None
        error = common.claim_attempt(conn, user["login"], principal.ip, now)
        if error is None:
            error = _check(services, conn, user, code, now)
        outcome = "success" if error is None else error.code
        common.record_auth(conn, now, principal.actor, "auth.reconfirm", outcome)
        if error is None:
            common.attempt_passed(conn, user["login"], principal.ip)
            sessions.confirm_token(conn, principal.token_hash, now)
            result = _state(user, sent=False, until=now + RECONFIRM_SECONDS)
    if error is not None:
        raise error
    assert result is not None
    return result


def _offer(services: Services, principal: Principal, now: float) -> dict[str, Any]:
    code: str | None = None
    with services.write() as conn:
        user = users.by_id(conn, principal.user_id)
        assert user is not None
        if users.method_of(user) == "email":
            ttl = float(common.policy(conn)["email_code"]["ttl_seconds"])
            _challenge_id, code = common.new_email_challenge(
                services, conn, user, "reconfirm", now=now, ttl=ttl, ip=principal.ip
            )
    if code is not None:
        common.send_code(services, user, code, "reconfirm", int(ttl // 60))
        return {**_state(user, sent=True, until=None), "expires_at": from_epoch(now + ttl)}
    return _state(user, sent=False, until=None)


def _check(
    services: Services, conn: sa.Connection, user: User, code: str, now: float
) -> ApiError | None:
    if users.method_of(user) == "totp":
        params = user_totp(services, user)
        step = totp.matching_step(params, code, from_epoch(now), user["totp_last_step"])
        if step is None:
            return ApiError(401, "invalid_code", "wrong or already used code")
        users.update(conn, user["id"], totp_last_step=step)
        return None
    challenge = _open_challenge(conn, user["id"], now)
    if challenge is None:
        return ApiError(409, "no_code_sent", "ask for a code first (POST without a code)")
    if services.secrets.code_matches(challenge["id"], code, challenge["code_hash"]):
        sessions.update_challenge(conn, challenge["id"], state="used")
        return None
    attempts = challenge["attempts"] + 1
    limit = common.policy(conn)["email_code"]["max_attempts"]
    state = "dead" if attempts >= limit else "open"
    sessions.update_challenge(conn, challenge["id"], attempts=attempts, state=state)
    left = max(0, limit - attempts)
    return ApiError(401, "invalid_code", "wrong code", data={"attempts_left": left})


def _open_challenge(conn: sa.Connection, user_id: str, now: float) -> dict[str, Any] | None:
    query = (
        sa.select(challenges)
        .where(
            challenges.c.user_id == user_id,
            challenges.c.purpose == "reconfirm",
            challenges.c.state == "open",
            challenges.c.expires_at > now,
        )
        .order_by(challenges.c.created_at.desc())
        .limit(1)
        .with_for_update()
    )
    row = conn.execute(query).mappings().first()
    return dict(row) if row else None


def _state(user: User, *, sent: bool, until: float | None) -> dict[str, Any]:
    return {
        "method": users.method_of(user),
        "code_sent": sent,
        "expires_at": None,
        "confirmed_until": from_epoch(until) if until is not None else None,
    }
