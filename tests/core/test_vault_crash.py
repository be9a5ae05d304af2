"""Crash safety: a process saving in a loop is SIGKILLed at random moments; the vault always
opens, with either the old or the new content."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.otp import Account
from desktop.core.vault import create_vault, open_vault
from tests.support import fast_kdf

TRIALS = 60
SAVER = """
import os, sys
from pathlib import Path
from desktop.core.vault import open_vault
vault = open_vault(Path(sys.argv[1]), passphrase=os.environ["PW"])
step = vault.accounts[0].counter
print("ready", flush=True)
while True:
    step += 1
    # Every account carries the same step, so a half-written state would show as a mix.
    vault.accounts[:] = [a.edited(counter=step) for a in vault.accounts]
    vault.save()
    print("saved", flush=True)
"""


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_vault_survives_sigkill_mid_save(tmp_path: Path) -> None:
    path = tmp_path / "vault.kdv"
    vault = create_vault(path, passphrase="pw", kdf=fast_kdf())
    for index in range(20):
        vault.add(Account(secret=os.urandom(20), issuer=f"issuer {index}", name="n"))
    vault.save()
    rng = random.Random(20261128)
    last_step = 0
    progressed = 0
    for _ in range(TRIALS):
        with subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path)],
            stdout=subprocess.PIPE,
            env={**os.environ, "PW": "pw"},
        ) as child:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == b"ready"
            # Killed after it was seen to save (from its progress, not a timer), while it is
            # already at work on the next save: the kill lands wherever that save then is.
            for _ in range(rng.randint(1, 3)):
                assert child.stdout.readline().strip() == b"saved"
            child.send_signal(signal.SIGKILL)
            child.wait()
        reopened = open_vault(path, passphrase="pw")
        steps = {account.counter for account in reopened.accounts}
        assert len(steps) == 1, f"mixed state after a kill: {sorted(steps)}"
        assert len(reopened.accounts) == 20
        step = steps.pop()
        assert step >= last_step
        progressed += step > last_step
        last_step = step
    # Every kill came after at least one observed save.
    assert progressed == TRIALS
