"""A small HTTP client for the tests: envelopes, logins, and writes with preconditions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

import httpx
import pyotp

from server.clock import ManualClock
from server.seed import Credential
from tests.server.infra import Inbox


@dataclass
class Api:
    base: str
    inbox: Inbox
    clock: ManualClock
    people: dict[str, Credential]
    totp: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.http = httpx.Client(base_url=self.base, timeout=15)
        self.proxy = httpx.Client(
            base_url=self.base,
            timeout=15,
            transport=httpx.HTTPTransport(local_address="127.0.0.2"),
        )

    def close(self) -> None:
        self.http.close()
        self.proxy.close()

    def call(
        self,
        method: str,
        path: str,
        *,
        as_user: str | None = None,
        token: str | None = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
        via_proxy: bool = False,
    ) -> httpx.Response:
        all_headers = dict(headers or {})
        if as_user is not None:
            token = self.token(as_user)
        if token is not None:
            all_headers["Authorization"] = token
        client = self.proxy if via_proxy else self.http
        return client.request(method, path, json=json, headers=all_headers)

    def write(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        etag: str | None = "*",
        key: str | None = None,
        as_user: str = "admin",
        via_proxy: bool = False,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """A resource write with If-Match and a fresh (or given) Idempotency-Key."""
        extra = dict(headers or {})
        if etag is not None:
            extra["If-Match"] = etag
        extra["Idempotency-Key"] = key or str(uuid.uuid4())
        return self.call(
            method, path, as_user=as_user, json=body, headers=extra, via_proxy=via_proxy
        )

    def start_login(self, login: str, password: str | None = None, **kw: Any) -> httpx.Response:
        password = password if password is not None else self.people[login].password
        return self.call(
            "POST", "/v1/auth/login", json={"login": login, "password": password}, **kw
        )

    def verify(self, challenge_id: str, code: str, **kw: Any) -> httpx.Response:
        body = {"challenge_id": challenge_id, "code": code}
        return self.call("POST", "/v1/auth/verify", json=body, **kw)

    def totp_code(self, login: str, offset_steps: int = 0) -> str:
        moment = self.clock.now().timestamp() + 30 * offset_steps
        return pyotp.TOTP(self.totp[login]).at(moment)

    def login(self, login: str, **kw: Any) -> str:
        """A full login (password, then the e-mailed code or a TOTP code); returns the token."""
        answer = self.start_login(login, **kw)
        assert answer.status_code == 200, answer.text
        challenge = answer.json()["data"]
        if challenge["method"] == "totp":
            self.clock.advance(30)  # a fresh step: used steps are never accepted again
            code = self.totp_code(login)
        else:
            code = self.inbox.last_code(self.people[login].email)
        verified = self.verify(challenge["id"], code, **kw)
        assert verified.status_code == 200, verified.text
        token: str = verified.json()["data"]["token"]
        self.tokens[login] = token
        return token

    def token(self, login: str) -> str:
        if login not in self.tokens:
            self.login(login)
        return self.tokens[login]

    def get(self, path: str, as_user: str = "admin", **kw: Any) -> httpx.Response:
        return self.call("GET", path, as_user=as_user, **kw)

    def data(self, path: str, as_user: str = "admin") -> Any:
        answer = self.get(path, as_user)
        assert answer.status_code == 200, answer.text
        return answer.json()["data"]

    def enroll(self, login: str) -> str:
        """The seed's enrollment flow; returns the TOTP secret."""
        started = self.call("POST", "/v1/account/2fa/totp:start", as_user=login)
        assert started.status_code == 201, started.text
        challenge_id = started.json()["data"]["challenge_id"]
        code = self.inbox.last_code(self.people[login].email)
        body = {"challenge_id": challenge_id, "code": code}
        confirmed = self.call(
            "POST", "/v1/account/2fa/totp:confirm-email", as_user=login, json=body
        )
        assert confirmed.status_code == 200, confirmed.text
        secret: str = confirmed.json()["data"]["secret"]
        self.totp[login] = secret
        done = self.call(
            "POST",
            "/v1/account/2fa/totp:complete",
            as_user=login,
            json={"code": self.totp_code(login)},
        )
        assert done.status_code == 200, done.text
        return secret
