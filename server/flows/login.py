"""Login as in the seed: password → challenge (e-mail code or TOTP) → token."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from server import policy
from server.clock import from_epoch
from server.context import Services
from server.errors import ApiError
from server.flows import common
from server.security import codes, sealing, totp
from server.store import areas, audit, sessions, users
from server.store.users import User


def bad_credentials() -> ApiError:
    return ApiError(401, "invalid_credentials", "wrong login or password")


def ip_blocked() -> ApiError:
    return ApiError(403, "ip_not_allowed", "your address is not on the IP allowlist")


def start(services: Services, login: str, password: str, ip: str) -> dict[str, Any]:
    """Check the password and open a challenge; e-mails the code unless the user has TOTP."""
    now = services.now()
    with services.read() as conn:
        support = areas.get_area(conn, "support_access").document
        permitted = policy.ip_permitted(conn, ip)
        user = users.by_login(conn, login)
    if policy.support_expired(support, now):
        policy.expire_support_access(services, now)
    actor = audit.Actor(user["id"] if user else None, login.lower(), ip)
    if not permitted:
        _refuse(services, now, actor, "ip_not_allowed", ip_blocked())
    with services.write() as conn:
        throttled = common.claim_attempt(conn, login, ip, now)
    if throttled is not None:
        _refuse(services, now, actor, "throttled", throttled)
    password_ok = services.passwords.verify(user["password_hash"] if user else None, password)
    if not password_ok or user is None:
        _refuse(services, now, actor, "bad_password", bad_credentials())  # already counted
    assert user is not None
    with services.write() as conn:
        common.attempt_passed(conn, login, ip)
    _require_support_grant(services, user, now, actor)
    return _open_challenge(services, user, now, ip)


def _refuse(
    services: Services, now: float, actor: audit.Actor, outcome: str, error: ApiError
) -> None:
    with services.write() as conn:
        common.record_auth(conn, now, actor, "auth.login", outcome)
    raise error


def _require_support_grant(services: Services, user: User, now: float, actor: audit.Actor) -> None:
    if not policy.is_support(user):
        return
    with services.read() as conn:
        document = areas.get_area(conn, "support_access").document
    if not policy.support_active(document, now):
        error = ApiError(403, "support_access_inactive", "support access is not granted")
        _refuse(services, now, actor, "support_access_inactive", error)


def _open_challenge(services: Services, user: User, now: float, ip: str) -> dict[str, Any]:
    with services.write() as conn:
        settings = common.policy(conn)["email_code"]
        if user["totp_secret"]:
            challenge_id, code = codes.new_id("ch"), None
            ttl = float(services.config.challenge_ttl_seconds)
            sessions.add_challenge(
                conn,
                id=challenge_id,
                user_id=user["id"],
                purpose="login",
                method="totp",
                created_at=now,
                expires_at=now + ttl,
                ip=ip,
            )
        else:
            ttl = float(settings["ttl_seconds"])
            challenge_id, code = common.new_email_challenge(
                services, conn, user, "login", now=now, ttl=ttl, ip=ip
            )
    if code is not None:
        common.send_code(services, user, code, "login", int(ttl // 60))
    method = "totp" if code is None else "email"
    return {"id": challenge_id, "method": method, "expires_at": from_epoch(now + ttl)}


def verify(services: Services, challenge_id: str, code: str, ip: str) -> dict[str, Any]:
    """Check the second factor; a success returns a new token."""
    now = services.now()
    result: dict[str, Any] | None = None
    with services.write() as conn:
        error, user = _check_code(services, conn, challenge_id, code, ip=ip, now=now)
        if error is None and user is not None:
            result = _issue_token(services, conn, user, ip, now)
    if error is not None:
        raise error
    assert result is not None
    return result


def _check_code(
    services: Services, conn: sa.Connection, challenge_id: str, code: str, *, ip: str, now: float
) -> tuple[ApiError | None, User | None]:
    challenge = sessions.get_challenge(conn, challenge_id, for_update=True)
    if challenge is None or challenge["purpose"] != "login":
        actor = audit.Actor(None, None, ip)
        common.record_auth(conn, now, actor, "auth.verify", "unknown_challenge")
        return ApiError(404, "challenge_not_found", "no such challenge"), None
    user = users.by_id(conn, challenge["user_id"], for_update=True)
    assert user is not None
    actor = audit.Actor(user["id"], user["login"], ip)
    refusal = _precheck(conn, challenge, ip, now) or common.claim_attempt(
        conn, user["login"], ip, now
    )
    if refusal is not None:
        common.record_auth(conn, now, actor, "auth.verify", refusal.code)
        return refusal, None
    outcome = _code_outcome(services, conn, challenge, user, code=code, now=now)
    if outcome is None:
        common.attempt_passed(conn, user["login"], ip)
        sessions.update_challenge(conn, challenge_id, state="used")
        common.record_auth(conn, now, actor, "auth.verify", "success", method=challenge["method"])
        return None, user
    return _wrong_code(conn, challenge, actor=actor, outcome=outcome, now=now), None


def _precheck(
    conn: sa.Connection, challenge: dict[str, Any], ip: str, now: float
) -> ApiError | None:
    if not policy.ip_permitted(conn, ip):
        return ip_blocked()
    if challenge["state"] != "open":
        return ApiError(410, "challenge_closed", "this challenge was used or closed; log in again")
    if now >= challenge["expires_at"]:
        return ApiError(410, "challenge_expired", "the code expired; log in again")
    return None


def _code_outcome(
    services: Services,
    conn: sa.Connection,
    challenge: dict[str, Any],
    user: User,
    *,
    code: str,
    now: float,
) -> str | None:
    """None when the code is right, else the audit outcome of the failure."""
    if challenge["method"] == "email":
        right = services.secrets.code_matches(challenge["id"], code, challenge["code_hash"])
        return None if right else "invalid_code"
    params = user_totp(services, user)
    last = user["totp_last_step"]
    step = totp.matching_step(params, code, from_epoch(now), last)
    if step is not None:
        users.update(conn, user["id"], totp_last_step=step)
        return None
    replayed = totp.matching_step(params, code, from_epoch(now), None)
    return "replayed_code" if replayed is not None else "invalid_code"


def user_totp(services: Services, user: User, column: str = "totp_secret") -> totp.TotpParams:
    """The user's TOTP parameters with the secret opened (it is sealed at rest)."""
    secret = services.secrets.open(user[column], sealing.totp_owner(user["id"]))
    return totp.TotpParams(secret, user["totp_digits"], user["totp_period"], user["totp_algorithm"])


def _wrong_code(
    conn: sa.Connection,
    challenge: dict[str, Any],
    *,
    actor: audit.Actor,
    outcome: str,
    now: float,
) -> ApiError:
    attempts = challenge["attempts"] + 1
    limit = common.policy(conn)["email_code"]["max_attempts"]
    state = "dead" if attempts >= limit else "open"
    sessions.update_challenge(conn, challenge["id"], attempts=attempts, state=state)
    common.record_auth(conn, now, actor, "auth.verify", outcome, attempts=attempts)
    left = max(0, limit - attempts)
    message = "wrong code" if left else "wrong code; too many attempts, log in again"
    return ApiError(401, "invalid_code", message, data={"attempts_left": left})


def _issue_token(
    services: Services, conn: sa.Connection, user: User, ip: str, now: float
) -> dict[str, Any]:
    token = codes.new_token()
    expires = now + services.config.token_ttl_seconds
    sessions.add_token(conn, codes.token_hash(token), user["id"], now=now, expires=expires, ip=ip)
    common.reset_account(conn, user["login"])
    fresh = users.by_id(conn, user["id"]) or user
    required = policy.enrollment_required(conn, fresh, now)
    return {
        "token": token,
        "expires_at": from_epoch(expires),
        "user": common.user_view(fresh, required),
    }


def logout(services: Services, token_hash: str, actor: audit.Actor) -> None:
    now = services.now()
    with services.write() as conn:
        sessions.revoke_token(conn, token_hash, now)
        audit.record(conn, now, actor, "auth.logout", f"users/{actor.login}")
