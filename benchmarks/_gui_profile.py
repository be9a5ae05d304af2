"""A profile with N accounts for the GUI benchmarks: keyring slot when a secure keyring exists."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.keyring_store import system_keyring_or_reason
from desktop.core.otp import Account, OtpType
from desktop.core.vault import create_vault, vault_path
from tests.support import fast_kdf

PASSPHRASE = "benchmark passphrase"


def make_profile(home: Path, count: int) -> tuple[dict[str, str], str]:
    """Create the vault; returns extra environment for the app and how it unlocks."""
    home.mkdir(parents=True, exist_ok=True)
    store, reason = system_keyring_or_reason()
    if store is not None:
        vault = create_vault(vault_path(home), keystore=store)
        env: dict[str, str] = {}
        how = f"keyring slot ({store.backend_name})"
    else:
        vault = create_vault(vault_path(home), keystore=_Throwaway())
        vault.add_passphrase_slot(PASSPHRASE, kdf=fast_kdf())
        secret = home / "passphrase"
        secret.write_text(PASSPHRASE, encoding="utf-8")
        env = {"KEYDESK_PASSPHRASE_FILE": str(secret)}
        how = f"passphrase slot with minimal Argon2 (no secure keyring: {reason[:60]}…)"
    for index in range(count):
        kind = OtpType.HOTP if index % 25 == 0 else OtpType.TOTP
        vault.add(
            Account(
                secret=os.urandom(20),
                issuer=f"Service {index:04d}",
                name=f"operator{index}@example.com",
                group=("Work", "Personal", "")[index % 3],
                period=60 if index % 7 == 0 else 30,
                type=kind,
                favorite=index % 50 == 0,
            )
        )
    vault.save()
    return env, how


class _Throwaway:
    def __init__(self) -> None:
        self.keys: dict[str, bytes] = {}

    def get_key(self, entry: str) -> bytes:
        return self.keys[entry]

    def set_key(self, entry: str, key: bytes) -> None:
        self.keys[entry] = key

    def delete_key(self, entry: str) -> None:
        self.keys.pop(entry, None)
