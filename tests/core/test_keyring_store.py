"""The keyring adapter: a real Secret Service when the test run has one, insecure backends
refused, a stuck backend timed out."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import pytest
from keyrings.alt.file import PlaintextKeyring

from desktop.core.errors import KeyringTimeout, KeyringUnavailable
from desktop.core.keyring_store import SystemKeyring, default_backend, insecurity
from desktop.core.vault import create_vault, open_vault


def secret_service() -> keyring.backend.KeyringBackend:
    backend = default_backend()
    if "SecretService" not in type(backend).__module__:
        if os.environ.get("CI"):
            pytest.fail(f"CI must provide a Secret Service, found {type(backend).__name__}")
        pytest.skip(
            f"no Secret Service in this session ({type(backend).__name__}); "
            "run the suite through scripts/with-keyring.sh (make test does)"
        )
    return backend


@pytest.mark.keyring
def test_real_secret_service_holds_the_vault_key(tmp_path: Path) -> None:
    store = SystemKeyring(secret_service())
    path = tmp_path / "vault.kdv"
    vault = create_vault(path, keystore=store)
    entry = f"vault-{vault.vault_id}-slot-{vault.slots[0].id}"
    assert len(store.get_key(entry)) == 32
    assert open_vault(path, keystore=store).vault_id == vault.vault_id
    store.delete_key(entry)


@pytest.mark.parametrize(
    "backend",
    [
        PlaintextKeyring(),
        keyring.backends.fail.Keyring(),
        keyring.backends.null.Keyring(),
    ],
    ids=["plaintext", "fail", "null"],
)
def test_insecure_backends_are_refused_with_advice(backend: keyring.backend.KeyringBackend) -> None:
    with pytest.raises(KeyringUnavailable) as caught:
        SystemKeyring(backend)
    message = str(caught.value)
    assert "passphrase" in message and "Secret Service" in message


def test_chainer_that_falls_back_to_plaintext_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    chain = keyring.backends.chainer.ChainerBackend()
    monkeypatch.setattr(
        type(chain), "backends", property(lambda _self: [PlaintextKeyring()]), raising=False
    )
    assert insecurity(chain) is not None


class StuckBackend:
    """Duck-typed backend; not a KeyringBackend subclass, which keyring would auto-register."""

    priority = 1

    def __init__(self) -> None:
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(5)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(5)

    def delete_password(self, service: str, username: str) -> None:
        self.release.wait(5)


def test_default_picks_the_secure_member_of_a_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    secure = StuckBackend()
    chain = keyring.backends.chainer.ChainerBackend()
    monkeypatch.setattr(
        type(chain), "backends", property(lambda _self: [PlaintextKeyring(), secure]), raising=False
    )
    monkeypatch.setattr(keyring, "get_keyring", lambda: chain)
    assert default_backend() is secure


def test_a_stuck_keyring_times_out_instead_of_hanging() -> None:
    backend = StuckBackend()
    store = SystemKeyring(backend, timeout=0.2)  # type: ignore[arg-type]
    with pytest.raises(KeyringTimeout, match="did not answer"):
        store.get_key("x")
    backend.release.set()
