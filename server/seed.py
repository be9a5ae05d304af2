"""Users: creating one, and the demo company (an admin, two supervisors, five operators)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from server.context import Services
from server.flows import common
from server.security import codes
from server.store import users

DEMO_PEOPLE = [
    ("admin", "Alex Admin", "admin"),
    ("super1", "Sam Supervisor", "supervisor"),
    ("super2", "Sasha Supervisor", "supervisor"),
    ("oper1", "Olga Operator", "operator"),
    ("oper2", "Oleg Operator", "operator"),
    ("oper3", "Omar Operator", "operator"),
    ("oper4", "Oona Operator", "operator"),
    ("oper5", "Otto Operator", "operator"),
    ("support", "Vendor Support", "support"),
]


@dataclass(frozen=True)
class Credential:
    login: str
    password: str
    role: str
    email: str
    user_id: str


def create_user(
    services: Services,
    login: str,
    password: str,
    role: str,
    *,
    name: str = "",
    email: str = "",
    password_hash: str | None = None,
) -> Credential:
    """Add a user (password hashed with Argon2id unless a hash is given)."""
    user_id = codes.new_id("u")
    email = email or f"{login}@example.com"
    hashed = password_hash or services.passwords.hash(password)
    now = services.now()
    with services.write() as conn:
        if users.by_login(conn, login) is not None:
            raise ValueError(f"login {login!r} exists")
        version = common.bump_user_counter(conn, now)
        users.create(
            conn,
            user_id=user_id,
            login=login,
            email=email,
            name=name or login,
            role=role,
            password_hash=hashed,
            now=now,
            version=version,
        )
    return Credential(login.lower(), password, role, email, user_id)


def new_password() -> str:
    return secrets.token_urlsafe(12)


def seed_demo(services: Services) -> list[Credential]:
    """The demo company; passwords are random and returned so the CLI can print them."""
    return [
        create_user(services, login, new_password(), role, name=name)
        for login, name, role in DEMO_PEOPLE
    ]
