"""One profile's admin pane in one object: settings, token, replica, edits, login and sync.
The CLI and the GUI both drive this (the GUI from worker threads)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.admin import login as flow
from desktop.admin.api import ApiClient
from desktop.admin.edits import Editor
from desktop.admin.model import OPEN, Status
from desktop.admin.resolve import Choice, resolve
from desktop.admin.session import AdminSettings, TokenStore, client_for, default_token_store
from desktop.admin.store import Store
from desktop.admin.sync import STATE_KEY, SyncEngine, SyncReport, confirm_held
from desktop.admin.urls import normalise_server_url
from desktop.core.errors import InvalidInput
from desktop.core.otp import Account


@dataclass(frozen=True)
class PendingLogin:
    """Between the password and the code: the client and the server's challenge."""

    client: ApiClient
    challenge: flow.Challenge
    server_url: str
    login: str
    ca_file: str | None


class AdminService:
    def __init__(
        self,
        home: Path,
        *,
        tokens: TokenStore | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.home = home
        self.clock = clock
        self.sleep = sleep
        self.tokens = tokens if tokens is not None else default_token_store()
        self.store = Store.in_home(home)
        self.editor = Editor(self.store, clock)

    @property
    def settings(self) -> AdminSettings:
        return AdminSettings.load(self.home)

    def client(self) -> ApiClient:
        return client_for(self.settings, self.tokens)

    # --- login ------------------------------------------------------------------------

    def begin_login(
        self, server_url: str, login: str, password: str, ca_file: str | None = None
    ) -> PendingLogin:
        url = normalise_server_url(server_url)
        settings = self.settings
        settings.ca_file = ca_file if ca_file is not None else settings.ca_file
        client = ApiClient(url, options=settings.options(), sleep=self.sleep)
        challenge = flow.start_login(client, login.strip(), password)
        return PendingLogin(client, challenge, url, login.strip(), settings.ca_file)

    def finish_login(self, pending: PendingLogin, code: str) -> flow.LoggedIn:
        """The code; on success the token goes to the keyring and held edits are released
        (this login is the online re-confirmation with a fresh code)."""
        done = flow.finish_login(pending.client, pending.challenge, code)
        settings = self.settings
        settings.server_url, settings.login, settings.ca_file = (
            pending.server_url, pending.login, pending.ca_file,
        )  # fmt: skip
        settings.save(self.home)
        self.tokens.put(pending.server_url, pending.login, done.token)
        confirm_held(self.store, self.clock())
        return done

    def request_reconfirm(self) -> flow.Reconfirmation:
        """Step-up without a new login: the server mails a code (or wants the app's)."""
        return flow.request_reconfirm(self.client())

    def reconfirm(self, code: str) -> flow.Reconfirmation:
        """The fresh code on the current token; held edits are released to go out now."""
        done = flow.reconfirm(self.client(), code)
        confirm_held(self.store, self.clock())
        return done

    def logout(self) -> None:
        settings = self.settings
        if not settings.server_url:
            return
        url = normalise_server_url(settings.server_url)
        token = self.tokens.get(url, settings.login)
        self.tokens.delete(url, settings.login)
        if token:
            flow.logout(ApiClient(url, token=token, options=settings.options()))

    def vault_matches(self, accounts: list[Account], server_url: str, login: str) -> list[Account]:
        """Vault accounts whose code the login step can offer."""
        totp = self.store.area("two_factor") or None
        issuers = [str(totp.document.get("totp", {}).get("issuer", ""))] if totp else []
        return flow.matching_accounts(accounts, server_url, login, [*issuers, "Keydesk"])

    # --- sync and status ----------------------------------------------------------------

    def engine(self, client: ApiClient | None = None, **options: Any) -> SyncEngine:
        return SyncEngine(
            self.store, client or self.client(), clock=self.clock, sleep=self.sleep, **options
        )

    def sync(self, **options: Any) -> SyncReport:
        return self.engine(**options).sync()

    def status(self) -> dict[str, Any]:
        counts = self.store.counts()
        state = self.store.meta(STATE_KEY, {}) or {}
        settings = self.settings
        return {
            "server": settings.server_url or None,
            "login": settings.login or None,
            "online": state.get("online"),
            "auth_required": bool(state.get("auth_required")),
            "pending": counts.get(Status.PENDING.value, 0),
            "held": counts.get(Status.HELD.value, 0),
            "conflicts": counts.get(Status.CONFLICT.value, 0),
            "rejected": counts.get(Status.REJECTED.value, 0),
            "last_sync": state.get("last_sync"),
            "last_error": state.get("last_error") or None,
            "last_attempt": state.get("last_attempt"),
            "server_error": bool(state.get("server_error")),
            "retry_at": state.get("retry_at"),
            "token_in_keyring": self.tokens.secure,
        }

    def open_items(self) -> list[dict[str, Any]]:
        return [
            {"id": i.id, "resource": i.resource, "op": i.op.value, "status": i.status.value,
             "weakening": i.weakening, "last_error": i.last_error}
            for i in self.store.items((*OPEN, Status.REJECTED))
        ]  # fmt: skip

    def resolve(self, item_id: str, choice: str) -> None:
        resolve(self.store, item_id, Choice(choice))

    def discard(self, item_id: str) -> None:
        """Drop a rejected or held edit the admin no longer wants."""
        item = self.store.item(item_id)
        if item is None or item.status not in (Status.REJECTED, Status.HELD, Status.PENDING):
            raise InvalidInput("only a pending, held or rejected edit can be discarded")
        if item.request is not None:
            raise InvalidInput("this edit may already be on its way to the server; sync first")
        self.store.update_item(item_id, status=Status.DISCARDED, outcome="discarded")
