"""Authenticator enrollment as in the seed: e-mail code → QR → code from the app → done."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server import policy
from server.clock import from_epoch
from server.context import Principal, Services
from server.errors import ApiError
from server.flows import common
from server.flows.login import user_totp
from server.security import sealing, totp
from server.store import audit, sessions, users
from server.store.users import User


def start(services: Services, principal: Principal) -> dict[str, Any]:
    now = services.now()
    with services.write() as conn:
        user = _user(conn, principal)
        if user["totp_secret"]:
            raise ApiError(409, "already_enrolled", "an authenticator app is already set up")
        ttl = float(common.policy(conn)["email_code"]["ttl_seconds"])
        challenge_id, code = common.new_email_challenge(
            services, conn, user, "enroll", now=now, ttl=ttl, ip=principal.ip
        )
        users.update(conn, user["id"], pending_challenge=challenge_id, pending_secret=None)
        audit.record(conn, now, principal.actor, "account.2fa.enrollment_started", _res(user))
    common.send_code(services, user, code, "enroll", int(ttl // 60))
    return {"challenge_id": challenge_id, "method": "email", "expires_at": from_epoch(now + ttl)}


def confirm_email(
    services: Services, principal: Principal, challenge_id: str, code: str
) -> dict[str, Any]:
    now = services.now()
    result: dict[str, Any] | None = None
    with services.write() as conn:
        user = _user(conn, principal)
        challenge = _open_enrollment(conn, principal, user, challenge_id, now=now, state="open")
        if services.secrets.code_matches(challenge_id, code, challenge["code_hash"]):
            common.attempt_passed(conn, user["login"], principal.ip)
            result = _issue_secret(services, conn, user, challenge_id, now)
            audit.record(conn, now, principal.actor, "account.2fa.email_confirmed", _res(user))
        else:
            error = _wrong(conn, principal, user, challenge, now=now)
    if result is None:
        raise error
    return result


def complete(services: Services, principal: Principal, code: str) -> dict[str, Any]:
    now = services.now()
    done: dict[str, Any] | None = None
    with services.write() as conn:
        user = _user(conn, principal)
        challenge_id = user["pending_challenge"] or ""
        challenge = _open_enrollment(
            conn, principal, user, challenge_id, now=now, state="confirmed"
        )
        params = user_totp(services, user, "pending_secret")
        step = totp.matching_step(params, code, from_epoch(now), None)
        if step is None:
            error = _wrong(conn, principal, user, challenge, now=now)
        else:
            common.attempt_passed(conn, user["login"], principal.ip)
            done = _enroll(conn, principal, user, step=step, now=now)
    if done is None:
        raise error
    return done


def disable(services: Services, principal: Principal, code: str) -> dict[str, Any]:
    """Turn the authenticator off (back to e-mail codes); needs a current code."""
    now = services.now()
    done: dict[str, Any] | None = None
    error: ApiError | None
    with services.write() as conn:
        user = _user(conn, principal)
        error = _disable_refusal(conn, user) or common.claim_attempt(
            conn, user["login"], principal.ip, now
        )
        if error is None:
            step = _current_step(services, user, code, now)
            if step is None:
                common.record_auth(
                    conn, now, principal.actor, "account.2fa.disable", "invalid_code"
                )
                error = ApiError(401, "invalid_code", "wrong or already used code")
            else:
                common.attempt_passed(conn, user["login"], principal.ip)
                common.bump_user(conn, user["id"], now, **common.TOTP_CLEARED)
                audit.record(
                    conn,
                    now,
                    principal.actor,
                    "account.2fa.disabled",
                    _res(user),
                    before={"method": "totp"},
                    after={"method": "email"},
                )
                done = common.user_view(users.by_id(conn, user["id"]) or user)
    if done is None:
        assert error is not None
        raise error
    return done


def _disable_refusal(conn: sa.Connection, user: User) -> ApiError | None:
    if not user["totp_secret"]:
        return ApiError(409, "not_enrolled", "no authenticator app is set up")
    rules = common.policy(conn)
    if rules["default_method"] == "totp" or user["role"] in rules["required_roles"]:
        return ApiError(409, "totp_required", "the security policy requires an authenticator app")
    return None


def _current_step(services: Services, user: User, code: str, now: float) -> int | None:
    params = user_totp(services, user)
    return totp.matching_step(params, code, from_epoch(now), user["totp_last_step"])


def _user(conn: sa.Connection, principal: Principal) -> User:
    user = users.by_id(conn, principal.user_id, for_update=True)
    assert user is not None
    return user


def _res(user: User) -> str:
    return f"users/{user['login']}/2fa"


def _open_enrollment(
    conn: sa.Connection,
    principal: Principal,
    user: User,
    challenge_id: str,
    *,
    now: float,
    state: str,
) -> dict[str, Any]:
    """The user's pending enrollment challenge, locked, after claiming this code check."""
    challenge = (
        sessions.get_challenge(conn, challenge_id, for_update=True) if challenge_id else None
    )
    if challenge is None or challenge["user_id"] != user["id"] or challenge["purpose"] != "enroll":
        raise ApiError(404, "challenge_not_found", "no enrollment in progress with this id")
    if challenge["state"] != state or challenge_id != user["pending_challenge"]:
        raise ApiError(410, "challenge_closed", "this enrollment step is over; start again")
    if now >= challenge["expires_at"]:
        raise ApiError(410, "challenge_expired", "the enrollment expired; start again")
    throttled = common.claim_attempt(conn, user["login"], principal.ip, now)
    if throttled is not None:
        raise throttled
    return challenge


def _wrong(
    conn: sa.Connection,
    principal: Principal,
    user: User,
    challenge: dict[str, Any],
    *,
    now: float,
) -> ApiError:
    attempts = challenge["attempts"] + 1
    limit = common.policy(conn)["email_code"]["max_attempts"]
    state = "dead" if attempts >= limit else challenge["state"]
    sessions.update_challenge(conn, challenge["id"], attempts=attempts, state=state)
    common.record_auth(conn, now, principal.actor, "account.2fa.enroll", "invalid_code")
    return ApiError(401, "invalid_code", "wrong code", data={"attempts_left": limit - attempts})


def _issue_secret(
    services: Services, conn: sa.Connection, user: User, challenge_id: str, now: float
) -> dict[str, Any]:
    settings = common.policy(conn)["totp"]
    params = totp.TotpParams(
        totp.new_secret(), settings["digits"], settings["period"], settings["algorithm"]
    )
    expires = now + services.config.enrollment_ttl_seconds
    sessions.update_challenge(conn, challenge_id, state="confirmed", expires_at=expires)
    users.update(
        conn,
        user["id"],
        pending_secret=services.secrets.seal(params.secret, sealing.totp_owner(user["id"])),
        totp_digits=params.digits,
        totp_period=params.period,
        totp_algorithm=params.algorithm,
    )
    uri = totp.provisioning_uri(params, settings["issuer"], user["login"])
    return {
        "secret": params.secret,
        "otpauth_uri": uri,
        "qr_png_base64": totp.qr_png_base64(uri),
        "issuer": settings["issuer"],
        "account": user["login"],
        "digits": params.digits,
        "period": params.period,
        "algorithm": params.algorithm,
        "expires_at": from_epoch(expires),
    }


def _enroll(
    conn: sa.Connection, principal: Principal, user: User, *, step: int, now: float
) -> dict[str, Any]:
    challenge_id = user["pending_challenge"]
    sessions.update_challenge(conn, challenge_id, state="used")
    common.bump_user(
        conn,
        user["id"],
        now,
        totp_secret=user["pending_secret"],
        totp_last_step=step,
        totp_enrolled_at=now,
        pending_secret=None,
        pending_challenge=None,
    )
    audit.record(
        conn,
        now,
        principal.actor,
        "account.2fa.enrolled",
        _res(user),
        before={"method": "email"},
        after={"method": "totp"},
    )
    fresh = users.by_id(conn, user["id"]) or user
    return common.user_view(fresh, policy.enrollment_required(conn, fresh, now))
