"""The admin's own login and authenticator: enrollment puts the server's otpauth URI straight
into the vault and completes with a fresh code; later logins take the code from the vault."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.admin import errors
from desktop.admin.api import ApiClient
from desktop.admin.login import (
    code_from,
    enrollment_account,
    enrollment_complete,
    enrollment_start,
    finish_login,
    matching_accounts,
    start_login,
)
from desktop.admin.urls import normalise_server_url
from desktop.core.otp import Account
from desktop.core.vault import create_vault, open_vault, vault_path
from tests.admin.serverproc import ServerProcess
from tests.support import MemoryKeyStore


def test_enroll_into_the_vault_then_log_in_with_it(
    shared_server: ServerProcess, tmp_path: Path
) -> None:
    shared_server.add_user("enrolling", "admin")
    client = shared_server.login("enrolling")
    keystore = MemoryKeyStore()
    vault = create_vault(vault_path(tmp_path), keystore=keystore)
    seen = shared_server.mails()
    challenge = enrollment_start(client)
    account = enrollment_account(client, challenge, shared_server.email_code("enrolling", seen))
    vault.add(account)
    vault.save()
    completed_at = time.time()
    user = enrollment_complete(client, account, completed_at)
    assert user["two_factor"]["method"] == "totp"

    accounts = open_vault(vault_path(tmp_path), keystore=keystore).accounts
    decoy = Account(secret=b"0123456789abcdef", issuer="GitHub", name="enrolling")
    found = matching_accounts([decoy, *accounts], shared_server.url, "enrolling", ["Keydesk"])
    assert [a.id for a in found] == [account.id]
    fresh = ApiClient(shared_server.url)
    login = start_login(fresh, "enrolling", shared_server.passwords["enrolling"])
    assert login.method == "totp"  # no e-mail any more
    # The completion used its step's code, which is never accepted again: take the next step's
    # (accepted within ±1 step, so however long the lines between took, up to a minute).
    code = code_from(found[0], (completed_at // 30 + 1) * 30)
    assert finish_login(fresh, login, code).user["login"] == "enrolling"
    with pytest.raises(errors.AdminError):
        finish_login(ApiClient(shared_server.url), login, code)  # a used challenge


def test_wrong_password_and_code_are_typed(shared_server: ServerProcess) -> None:
    client = ApiClient(shared_server.url)
    with pytest.raises(errors.AuthRequired) as bad:
        start_login(client, "admin", "not the password")
    assert bad.value.server_code == "invalid_credentials"
    challenge = start_login(client, "super1", shared_server.passwords["super1"])
    with pytest.raises(errors.WrongCode) as wrong:
        finish_login(client, challenge, "000000")
    assert wrong.value.attempts_left == 4
    with pytest.raises(errors.Forbidden):
        supervisor = shared_server.login("super1")
        supervisor.get("/v1/security")


def test_urls_and_transport() -> None:
    assert normalise_server_url("https://keydesk.example.com/v1/") == "https://keydesk.example.com"
    assert normalise_server_url("http://127.0.0.1:8765") == "http://127.0.0.1:8765"
    assert normalise_server_url("http://[::1]:8765/api") == "http://[::1]:8765/api"
    for bad in ("http://keydesk.example.com", "ftp://x", "keydesk.example.com",
                "https://user:pw@host"):  # fmt: skip
        with pytest.raises(errors.InsecureServerUrl):
            normalise_server_url(bad)
    client = ApiClient("https://127.0.0.1:9", options=None)
    assert client._session.verify is True
    with pytest.raises(errors.Offline):
        ApiClient("http://127.0.0.1:9").get("/v1/account")
