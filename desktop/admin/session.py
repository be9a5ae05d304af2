"""Where the admin's connection lives: server address and login in ``admin.json`` (no secrets),
the token in the OS keyring — or only in memory when there is no secure keyring."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop.admin.api import ApiClient, ClientOptions
from desktop.admin.errors import NotLoggedIn
from desktop.admin.urls import normalise_server_url
from desktop.core.errors import InvalidInput, KeyringError
from desktop.core.keyring_store import KeyStore

SETTINGS_FILE = "admin.json"


@dataclass
class AdminSettings:
    server_url: str = ""
    login: str = ""
    ca_file: str | None = None
    connect_timeout: float = 5.0
    read_timeout: float = 20.0

    @classmethod
    def load(cls, home: Path) -> AdminSettings:
        path = home / SETTINGS_FILE
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            raise InvalidInput(f"cannot read {path}: {exc}") from None
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self, home: Path) -> None:
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = home / SETTINGS_FILE
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        os.replace(temporary, path)

    def options(self) -> ClientOptions:
        return ClientOptions(
            timeout=(self.connect_timeout, self.read_timeout), ca_file=self.ca_file or None
        )


class TokenStore:
    """The admin token for a server: in the keyring when it is secure, else in memory only."""

    def __init__(self, keystore: KeyStore | None, reason: str = "") -> None:
        self._keystore = keystore
        self.reason = reason
        self._memory: dict[str, str] = {}

    @property
    def secure(self) -> bool:
        return self._keystore is not None

    @staticmethod
    def entry(server_url: str, login: str) -> str:
        digest = hashlib.sha256(f"{server_url}\n{login}".encode()).hexdigest()[:24]
        return f"admin-token-{digest}"

    def get(self, server_url: str, login: str) -> str | None:
        name = self.entry(server_url, login)
        if self._keystore is None:
            return self._memory.get(name)
        try:
            return self._keystore.get_key(name).decode("utf-8")
        except KeyringError:
            return self._memory.get(name)

    def put(self, server_url: str, login: str, token: str) -> None:
        name = self.entry(server_url, login)
        if self._keystore is None:
            self._memory[name] = token
            return
        self._keystore.set_key(name, token.encode("utf-8"))

    def delete(self, server_url: str, login: str) -> None:
        name = self.entry(server_url, login)
        self._memory.pop(name, None)
        if self._keystore is not None:
            self._keystore.delete_key(name)


def default_token_store() -> TokenStore:
    from desktop.core.keyring_store import system_keyring_or_reason

    keystore, reason = system_keyring_or_reason()
    return TokenStore(keystore, reason)


def client_for(
    settings: AdminSettings, tokens: TokenStore, *, require_token: bool = True
) -> ApiClient:
    """A client for the profile's server with its token (NotLoggedIn when there is none)."""
    if not settings.server_url:
        raise NotLoggedIn("no server configured: log in first ('keydesk admin login')")
    url = normalise_server_url(settings.server_url)
    token = tokens.get(url, settings.login)
    if require_token and not token:
        raise NotLoggedIn("not logged in (or the token was only kept in memory): log in again")
    return ApiClient(url, token=token, options=settings.options())
