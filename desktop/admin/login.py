"""The admin's own login as in the seed (password → one-time code), the authenticator code
offered from the vault, and enrolling the admin's authenticator straight into the vault."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.admin.api import ApiClient
from desktop.admin.urls import server_host
from desktop.core.otp import Account, OtpType, code_at
from desktop.core.uri import parse_uri


@dataclass(frozen=True)
class Challenge:
    id: str
    method: str  # "email" or "totp"
    expires_at: str


@dataclass(frozen=True)
class LoggedIn:
    token: str
    expires_at: str
    user: dict[str, Any]


def start_login(client: ApiClient, login: str, password: str) -> Challenge:
    data = client.call("POST", "/v1/auth/login", {"login": login, "password": password}).data
    return Challenge(str(data["id"]), str(data["method"]), str(data.get("expires_at", "")))


def finish_login(client: ApiClient, challenge: Challenge, code: str) -> LoggedIn:
    body = {"challenge_id": challenge.id, "code": code.replace(" ", "").strip()}
    data = client.call("POST", "/v1/auth/verify", body).data
    client.token = str(data["token"])
    return LoggedIn(client.token, str(data.get("expires_at", "")), dict(data.get("user") or {}))


@dataclass(frozen=True)
class Reconfirmation:
    method: str  # "email" (a code was mailed) or "totp" (use the authenticator)
    code_sent: bool
    confirmed_until: str | None


def _reconfirmation(data: Any) -> Reconfirmation:
    until = data.get("confirmed_until")
    return Reconfirmation(
        str(data["method"]), bool(data.get("code_sent")), str(until) if until else None
    )


def request_reconfirm(client: ApiClient) -> Reconfirmation:
    """Step-up on the current token: the server e-mails a code, or says to use the app."""
    return _reconfirmation(client.call("POST", "/v1/auth/reconfirm", {}).data)


def reconfirm(client: ApiClient, code: str) -> Reconfirmation:
    """The code: weakening writes with this token are accepted for the next 5 minutes."""
    body = {"code": code.replace(" ", "").strip()}
    return _reconfirmation(client.call("POST", "/v1/auth/reconfirm", body).data)


def logout(client: ApiClient) -> None:
    client.call("POST", "/v1/auth/logout")
    client.token = None


def matching_accounts(
    accounts: Iterable[Account], server_url: str, login: str, issuers: Iterable[str] = ()
) -> list[Account]:
    """Vault accounts that look like this server's authenticator entry.

    An account matches when its issuer is the server's TOTP issuer or the server's host (or the
    host appears in its issuer or name). When several match, those named after the login win."""
    host = server_host(server_url)
    wanted = {i.casefold() for i in issuers if i} | ({host} if host else set())
    found = [
        account
        for account in accounts
        if account.type is not OtpType.HOTP
        and (account.issuer.casefold() in wanted or (host and host in account.label.casefold()))
    ]
    named = [a for a in found if a.name.casefold() == login.casefold()]
    return named or found


def code_from(account: Account, now: float) -> str:
    return code_at(account, now)


# --- enrolling the admin's own authenticator ----------------------------------------------


def enrollment_start(client: ApiClient) -> str:
    """Step 1: the server e-mails a confirmation code; returns the enrollment challenge id."""
    return str(client.call("POST", "/v1/account/2fa/totp:start").data["challenge_id"])


def enrollment_account(client: ApiClient, challenge_id: str, email_code: str) -> Account:
    """Step 2: the e-mailed code; the server's otpauth URI becomes a vault account."""
    body = {"challenge_id": challenge_id, "code": email_code.strip()}
    data = client.call("POST", "/v1/account/2fa/totp:confirm-email", body).data
    return parse_uri(str(data["otpauth_uri"]))


def enrollment_complete(client: ApiClient, account: Account, now: float) -> dict[str, Any]:
    """Step 3: a fresh code from the new account completes the setup."""
    data = client.call("POST", "/v1/account/2fa/totp:complete", {"code": code_at(account, now)})
    return dict(data.data or {})
