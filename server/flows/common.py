"""Pieces shared by the login and enrollment flows."""

from __future__ import annotations

import math
from typing import Any

import sqlalchemy as sa

from server.clock import from_epoch
from server.context import Services
from server.db.schema import users as users_table
from server.errors import ApiError
from server.mail import compose
from server.security import codes
from server.store import areas, audit, sessions, throttle
from server.store.users import User, method_of


def claim_attempt(conn: sa.Connection, login: str, ip: str, now: float) -> ApiError | None:
    """Count a password or code check against the account and the source address before it
    runs (see server.store.throttle); the 429 to answer when either must still wait."""
    wait = throttle.claim(conn, throttle.keys_for(login, ip), now)
    return too_many(wait) if wait > 0 else None


def attempt_passed(conn: sa.Connection, login: str, ip: str) -> None:
    """The claimed check succeeded: it does not count as a failure."""
    throttle.give_back(conn, throttle.keys_for(login, ip))


def reset_account(conn: sa.Connection, login: str) -> None:
    """A completed login ends the account's run of failures (the source keeps its count)."""
    throttle.clear(conn, throttle.account_key(login))


def too_many(wait: float) -> ApiError:
    seconds = max(1, math.ceil(wait))
    return ApiError(
        429,
        "too_many_attempts",
        f"too many failed attempts; try again in {seconds} s",
        headers={"Retry-After": str(seconds)},
        data={"retry_after": seconds},
    )


def policy(conn: sa.Connection) -> dict[str, Any]:
    return areas.get_area(conn, "two_factor").document


def send_code(services: Services, user: User, code: str, purpose: str, minutes: int) -> None:
    """E-mail a one-time code. The code is in the mail only, never in logs or the database."""
    what = {
        "login": "sign in",
        "enroll": "set up an authenticator app",
        "reconfirm": "confirm a change that weakens security",
    }[purpose]
    body = (
        f"Hello {user['name']},\n\n"
        f"Your {services.config.service_name} code to {what} is: {code}\n\n"
        f"It is valid for {minutes} minutes and can be used once.\n"
        "If you did not ask for it, change your password and tell your administrator.\n"
    )
    subject = f"{services.config.service_name} code: {code}"
    services.mailer.send(compose(services.config.mail_from, user["email"], subject, body))


def user_view(user: User, enrollment_required: bool = False) -> dict[str, Any]:
    enrolled = user["totp_enrolled_at"]
    return {
        "id": user["id"],
        "login": user["login"],
        "name": user["name"],
        "email": user["email"],
        "role": user["role"],
        "two_factor": {
            "method": method_of(user),
            "enrolled_at": from_epoch(enrolled) if enrolled else None,
            "enrollment_required": enrollment_required,
        },
    }


def new_email_challenge(
    services: Services,
    conn: sa.Connection,
    user: User,
    purpose: str,
    *,
    now: float,
    ttl: float,
    ip: str,
) -> tuple[str, str]:
    """Create an e-mail challenge; returns (challenge id, the clear code to mail)."""
    challenge_id = codes.new_id("ch")
    code = codes.new_email_code(6)
    sessions.add_challenge(
        conn,
        id=challenge_id,
        user_id=user["id"],
        purpose=purpose,
        method="email",
        code_hash=services.secrets.code_mac(challenge_id, code),
        created_at=now,
        expires_at=now + ttl,
        ip=ip,
    )
    return challenge_id, code


def record_auth(
    conn: sa.Connection, now: float, actor: audit.Actor, action: str, outcome: str, **details: Any
) -> None:
    audit.record(conn, now, actor, action, f"users/{actor.login}", outcome=outcome, details=details)


def bump_user_counter(conn: sa.Connection, now: float) -> int:
    """The next user version (versions come from one counter so they are never reused)."""
    return areas.save_area(conn, areas.get_area(conn, "operators", for_update=True), now).version


def bump_user(conn: sa.Connection, user_id: str, now: float, **values: Any) -> int:
    """Change a user and give it a new version."""
    version = bump_user_counter(conn, now)
    conn.execute(
        sa.update(users_table).where(users_table.c.id == user_id).values(version=version, **values)
    )
    return version


TOTP_CLEARED = {
    "totp_secret": None,
    "totp_digits": None,
    "totp_period": None,
    "totp_algorithm": None,
    "totp_last_step": None,
    "totp_enrolled_at": None,
    "pending_secret": None,
    "pending_challenge": None,
}
