"""The pure parts of locking: the backoff on disk, the idle timer, wiping the vault's key."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.autolock import IdleTimer
from desktop.core.backoff import MAX_DELAY_S, BackoffState, UnlockBackoff, delay_after
from desktop.core.errors import VaultLocked
from desktop.core.otp import Account
from desktop.core.vault import create_vault, open_vault
from tests.support import fast_kdf


def test_the_delays_double_up_to_30_seconds() -> None:
    assert [delay_after(n) for n in range(9)] == [0, 1, 2, 4, 8, 16, 30, 30, 30]


def test_the_backoff_grows_and_survives_a_restart(tmp_path: Path) -> None:
    now = 1_800_000_000.0
    backoff = UnlockBackoff(tmp_path)
    assert backoff.wait(now) == 0
    waits = []
    for _ in range(7):
        backoff.record_failure(now)
        waits.append(backoff.wait(now))
    assert waits == [1, 2, 4, 8, 16, 30, 30]
    # Another process (a restarted Keydesk) reads the same file.
    code = (
        "import sys; from pathlib import Path; from desktop.core.backoff import UnlockBackoff;"
        "print(UnlockBackoff(Path(sys.argv[1])).wait(float(sys.argv[2])))"
    )
    later = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path), str(now + 12)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert float(later.stdout) == MAX_DELAY_S - 12
    assert backoff.wait(now + MAX_DELAY_S) == 0
    backoff.reset()
    assert backoff.state() == BackoffState()


def test_a_clock_set_back_or_a_damaged_file_cannot_shorten_the_wait(tmp_path: Path) -> None:
    backoff = UnlockBackoff(tmp_path)
    for _ in range(3):
        backoff.record_failure(1000.0)
    assert backoff.wait(10.0) == 4  # the clock went back: still the full delay, not more
    backoff.path.write_text("{garbage")
    assert backoff.wait(backoff.path.stat().st_mtime) == MAX_DELAY_S


def test_the_idle_timer() -> None:
    timer = IdleTimer(300, now=0.0)
    assert timer.due_in(100.0) == 200 and not timer.expired(299.0)
    timer.input_seen(250.0)
    assert timer.due_in(300.0) == 250
    assert timer.expired(550.0)
    timer.input_seen(10.0)  # an old event never moves it back
    assert timer.last_input == 250.0
    assert IdleTimer(0, now=0.0).due_in(1e9) is None


def test_wipe_zeroes_the_key_and_forgets_the_accounts(tmp_path: Path) -> None:
    vault = create_vault(tmp_path / "vault.kdv", passphrase="pw", kdf=fast_kdf())
    vault.add(Account(secret=b"\x01" * 20, issuer="ACME", name="a"))
    vault.save()
    key = vault._master
    assert isinstance(key, bytearray) and any(key)
    vault.wipe()
    assert vault.wiped and vault.accounts == [] and key == bytearray(len(key))
    with pytest.raises(VaultLocked):
        vault.save()
    with pytest.raises(VaultLocked):
        vault.reopen()
    assert [a.issuer for a in open_vault(vault.path, passphrase="pw").accounts] == ["ACME"]


def test_reopen_reads_another_process_save_without_the_passphrase(tmp_path: Path) -> None:
    mine = create_vault(tmp_path / "vault.kdv", passphrase="pw", kdf=fast_kdf())
    theirs = open_vault(mine.path, passphrase="pw")
    theirs.add(Account(secret=b"\x02" * 20, issuer="Other", name="b"))
    theirs.save()
    fresh = mine.reopen()
    assert [a.issuer for a in fresh.accounts] == ["Other"]
    fresh.add(Account(secret=b"\x03" * 20, issuer="Mine", name="c"))
    fresh.save()  # it knows the file as it is now
    fresh.wipe()
    assert mine.wiped  # one key in memory, wiped once


def test_the_command_line_waits_out_and_feeds_the_backoff(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.commands import common
    from desktop.core.errors import WrongPassphrase

    create_vault(tmp_path / "vault.kdv", passphrase="pw", kdf=fast_kdf())
    now = [1_800_000_000.0]
    slept: list[float] = []
    monkeypatch.setattr(common, "wall_clock", lambda: now[0])
    monkeypatch.setattr(common.time, "sleep", slept.append)
    with pytest.raises(WrongPassphrase, match="next try is possible in 1 s"):
        common.open_with_backoff(tmp_path, "not it", None)
    with pytest.raises(WrongPassphrase, match="in 2 s"):
        common.open_with_backoff(tmp_path, "not it", None)
    now[0] += 0.5
    common.open_with_backoff(tmp_path, "pw", None)
    assert slept == [1.0, 1.5] and "waiting 2 s" in capsys.readouterr().err
    assert UnlockBackoff(tmp_path).wait(now[0]) == 0  # success resets it
