"""Vault unlock time: passphrase slot (Argon2id) against the keyring-slot path in the same run.

The passphrase slot's cost is deliberate (0.2–0.5 s here); the keyring slot shows what the rest
of opening a vault costs, so the ratio is the price of the KDF.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.otp import Account
from desktop.core.vault import create_vault, open_vault
from tests.support import MemoryKeyStore

RUNS = 5


def timed(action: object) -> float:
    samples = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = MemoryKeyStore()
        path = Path(folder) / "vault.kdv"
        vault = create_vault(path, passphrase="benchmark passphrase", keystore=store)
        for index in range(100):
            vault.add(Account(secret=bytes(20), issuer=f"Issuer {index}", name="user"))
        vault.save()
        with_passphrase = timed(lambda: open_vault(path, passphrase="benchmark passphrase"))
        with_keyring = timed(lambda: open_vault(path, keystore=store))
    print(f"unlock with passphrase (Argon2id): {with_passphrase * 1000:.0f} ms (median of {RUNS})")
    print(f"unlock with keyring key (baseline): {with_keyring * 1000:.1f} ms")
    print(f"ratio passphrase/keyring: {with_passphrase / with_keyring:.0f}x")
    verdict = "within" if 0.2 <= with_passphrase <= 0.5 else "OUTSIDE"
    print(f"target 0.2-0.5 s: {verdict}")


if __name__ == "__main__":
    main()
