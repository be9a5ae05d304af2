"""The CLI with the OS keyring: a real Secret Service, and a plaintext backend refused."""

from __future__ import annotations

import json
import os

import keyring
import pytest

from desktop.core.keyring_store import default_backend
from tests.cli.conftest import Keydesk

URI = "otpauth://totp/ACME:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ACME"


def require_secret_service() -> None:
    name = type(default_backend()).__module__
    if "SecretService" in name:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI must provide a Secret Service, found {name}")
    pytest.skip(f"no Secret Service in this session ({name}); make test provides one")


@pytest.mark.keyring
def test_add_on_empty_home_creates_a_keyring_vault(keydesk: Keydesk) -> None:
    require_secret_service()
    done = keydesk("add", URI)
    assert done.returncode == 0, done.stderr
    assert "Created a new vault" in done.stderr
    slots = json.loads(keydesk("slots", "list", "--json").stdout)
    assert [s["kind"] for s in slots] == ["keyring"]
    assert keydesk("code", "acme", "--at", "59").stdout.strip() == "287082"


def test_plaintext_keyring_is_refused_and_the_user_told_why(keydesk: Keydesk) -> None:
    env = {"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}
    done = keydesk("add", URI, env=env)
    assert done.returncode == 3
    assert "does not store secrets securely" in done.stderr
    assert "--passphrase-file" in done.stderr
    assert keyring.get_keyring() is not None  # this process's keyring is untouched
