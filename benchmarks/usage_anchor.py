"""What the vault's anchor of the usage record costs a record (a copy, a reveal, an unlock).

Each record with the anchor also reads the vault file and rewrites it with a new anchor (the
accounts' ciphertext copied, not re-encrypted). The baseline, measured in the same run, is the
same record without an anchor (what Keydesk wrote before). Vaults of 10 and 1,000 accounts;
the median of RECORDS records each.

Run: ``.venv/bin/python benchmarks/usage_anchor.py``
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.crypto import KdfParams
from desktop.core.otp import Account
from desktop.core.usage_log import UsageLog, usage_log_for
from desktop.core.vault import Vault, create_vault, vault_path

RECORDS = 60
#: A cheap KDF: creating the vault is not what is measured.
KDF = KdfParams(salt=b"s" * 16, iterations=1, lanes=1, memory_kib=64)


def vault_with(folder: Path, accounts: int) -> Vault:
    vault = create_vault(vault_path(folder), passphrase="benchmark passphrase", kdf=KDF)
    for n in range(accounts):
        secret = n.to_bytes(4, "big") * 5
        vault.add(Account(secret=secret, issuer=f"Service {n}", name=f"user{n}@example.com"))
    vault.save()
    return vault


def per_record_ms(log: UsageLog) -> float:
    samples = []
    for n in range(RECORDS):
        started = time.perf_counter()
        log.record("copy", f"Service {n}", now=1_800_000_000.0 + n)
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> None:
    for accounts in (10, 1000):
        with tempfile.TemporaryDirectory() as tmp:
            plain_folder, anchored_folder = Path(tmp, "plain"), Path(tmp, "anchored")
            vault = vault_with(anchored_folder, accounts)
            plain = UsageLog(plain_folder, vault.subkey("usage log"))
            baseline = per_record_ms(plain)
            anchored = per_record_ms(usage_log_for(vault))
            usage_log_for(vault).verify()  # the anchor it wrote holds
            print(
                f"{accounts:5d} accounts: a record takes {anchored:.2f} ms with the anchor, "
                f"{baseline:.2f} ms without: {anchored / baseline:.1f}x"
            )


if __name__ == "__main__":
    main()
