"""Mutated samples: every importer answers with a typed error or a preview, and a failed
import leaves the vault file exactly as it was."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.errors import KeydeskError, VaultError
from desktop.core.importers import commit_import, preview_import
from desktop.core.vault import Vault, create_vault, open_vault
from tests.conftest import INTEROP
from tests.support import fast_kdf

PASSPHRASE = "fuzz"
# Plain formats and the encrypted ones whose key derivation is cheap (2FAS, old andOTP).
FUZZED = [
    ("aegis/importers/aegis_plain.json", None),
    ("aegis/vault/aegis_plain_grouped_v2.json", None),
    ("aegis/importers/2fas_authenticator_plain_v4.2fas", None),
    ("aegis/importers/2fas_authenticator_encrypted_v4.2fas", "test"),
    ("aegis/importers/andotp_plain.json", None),
    ("aegis/importers/andotp_encrypted_old.bin", "test"),
    ("aegis/importers/bitwarden.json", None),
    ("aegis/importers/bitwarden.csv", None),
    ("aegis/importers/freeotp_plus.json", None),
    ("aegis/importers/stratum_plain.json", None),
    ("aegis/importers/proton_authenticator.json", None),
    ("aegis/importers/ente_auth.txt", None),
    ("aegis/importers/plain.txt", None),
    ("google-authenticator-migration/scito_example_export.txt", None),
]

pytestmark = pytest.mark.skipif(not INTEROP.is_dir(), reason=f"no interop samples at {INTEROP}")


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    path = tmp_path_factory.mktemp("fuzz") / "vault.kdv"
    create_vault(path, passphrase=PASSPHRASE, kdf=fast_kdf())
    return open_vault(path, passphrase=PASSPHRASE)


def _samples() -> list[tuple[bytes, str | None]]:
    return [((INTEROP / name).read_bytes(), password) for name, password in FUZZED]


SAMPLES = _samples() if INTEROP.is_dir() else [(b"", None)]


@st.composite
def mutated(draw: st.DrawFn) -> tuple[bytes, str | None]:
    data, password = draw(st.sampled_from(SAMPLES))
    buffer = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        if not buffer:
            break
        position = draw(st.integers(0, len(buffer) - 1))
        action = draw(st.sampled_from(["flip", "delete", "insert", "truncate"]))
        if action == "flip":
            buffer[position] = draw(st.integers(0, 255))
        elif action == "delete":
            del buffer[position : position + draw(st.integers(1, 16))]
        elif action == "insert":
            buffer[position:position] = draw(st.binary(min_size=1, max_size=8))
        else:
            del buffer[position:]
    return bytes(buffer), password


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=mutated())
def test_mutated_exports_give_typed_errors_and_no_partial_writes(
    vault: Vault, case: tuple[bytes, str | None]
) -> None:
    data, password = case
    before = vault.path.read_bytes()
    count = len(vault.accounts)
    try:
        preview = preview_import(data, existing=vault.accounts, password=password)
    except KeydeskError:
        assert vault.path.read_bytes() == before
        return
    added = commit_import(vault, preview.to_add)
    assert len(vault.accounts) == count + added == count + len(preview.to_add)


def test_a_failing_save_leaves_the_vault_as_it_was(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview = preview_import((INTEROP / "aegis/importers/aegis_plain.json").read_bytes())
    accounts = [a.edited(issuer=a.issuer + " (copy)") for a in preview.to_add]
    before, listed = vault.path.read_bytes(), list(vault.accounts)

    def disk_full() -> None:
        raise VaultError("no space left on the device")

    monkeypatch.setattr(vault, "save", disk_full)
    with pytest.raises(VaultError):
        commit_import(vault, accounts)
    assert vault.accounts == listed
    assert vault.path.read_bytes() == before


# Encrypted formats whose key derivation costs tens of milliseconds, and QR images: fewer cases.
COSTLY = [
    ("aegis/importers/aegis_encrypted.json", "test"),
    ("aegis/importers/andotp_encrypted.bin", "test"),
    ("aegis/importers/stratum_encrypted.bin", "test"),
    ("aegis/importers/stratum_encrypted_legacy.bin", "test"),
    ("ente/proton_authenticator_backup_encrypted_1231246.json", "1231246"),
    ("google-authenticator-migration/scito_example_export.png", None),
]


@pytest.mark.parametrize(("name", "password"), COSTLY, ids=[c[0] for c in COSTLY])
def test_mutated_encrypted_exports_give_typed_errors(name: str, password: str | None) -> None:
    original = (INTEROP / name).read_bytes()

    @settings(max_examples=6, deadline=None, derandomize=True)
    @given(position=st.integers(0, len(original) - 1), value=st.integers(0, 255), cut=st.booleans())
    def mutate(position: int, value: int, cut: bool) -> None:
        data = bytearray(original)
        if cut:
            del data[position:]
        else:
            data[position] = value
        with contextlib.suppress(KeydeskError):
            preview_import(bytes(data), password=password)

    mutate()
