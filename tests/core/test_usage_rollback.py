"""Rolling the usage record back: the vault's anchor catches the record and its head restored
together from an older copy; rolling back the vault file as well is the documented limit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.core.otp import Account
from desktop.core.usage_log import DAY_S, UsageLogBroken, usage_log_for
from desktop.core.vault import Vault, create_vault, open_vault, vault_path
from tests.support import fast_kdf

PASSPHRASE = "a long test passphrase"
T0 = 1_800_000_000.0
FILES = ("usage.log", "usage.head")


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    return create_vault(vault_path(tmp_path / "p"), passphrase=PASSPHRASE, kdf=fast_kdf())


def record(vault: Vault, *labels: str, now: float = T0) -> None:
    log = usage_log_for(vault)
    for label in labels:
        log.record("copy", label, now=now)


def keep(folder: Path, names: tuple[str, ...], into: Path) -> None:
    into.mkdir(exist_ok=True)
    for name in names:
        shutil.copy2(folder / name, into / name)


def put_back(copy: Path, folder: Path) -> None:
    for path in copy.iterdir():
        shutil.copy2(path, folder / path.name)


def reopened(vault: Vault) -> Vault:
    """The vault as another process (the next command) opens it."""
    return open_vault(vault.path, passphrase=PASSPHRASE)


def test_the_record_and_its_head_rolled_back_together_are_detected(
    vault: Vault, tmp_path: Path
) -> None:
    folder = vault.path.parent
    record(vault, "a", "b", "c")
    keep(folder, FILES, tmp_path / "old")
    record(vault, "the copy someone wants gone", "e")
    assert [r.seq for r in usage_log_for(reopened(vault)).verify()] == [0, 1, 2, 3, 4]
    put_back(tmp_path / "old", folder)
    with pytest.raises(UsageLogBroken) as caught:
        usage_log_for(reopened(vault)).verify()
    assert caught.value.message == (
        "the usage record is broken at record #4: it ends at record #2, but this profile's "
        "vault shows record #4 was written: the record was rolled back (restored from an "
        "older copy)"
    )


def test_rolled_back_and_written_again_is_detected_and_the_anchor_kept(
    vault: Vault, tmp_path: Path
) -> None:
    folder = vault.path.parent
    record(vault, "a", "b")
    keep(folder, FILES, tmp_path / "old")
    record(vault, "c", "d")
    anchored = reopened(vault).usage_anchor
    put_back(tmp_path / "old", folder)
    later = reopened(vault)
    record(later, "x", "y", "z")  # the numbers reach and pass #3 again, with other records
    assert reopened(vault).usage_anchor == anchored  # the evidence stays
    with pytest.raises(UsageLogBroken, match="record #3: it is not the record this profile"):
        usage_log_for(reopened(vault)).verify()


def test_a_deleted_record_and_head_are_detected(vault: Vault) -> None:
    record(vault, "a")
    for name in FILES:
        (vault.path.parent / name).unlink()
    with pytest.raises(UsageLogBroken, match="record #0: it is empty, but"):
        usage_log_for(reopened(vault)).verify()


def test_rolling_back_the_vault_file_too_is_not_detected(vault: Vault, tmp_path: Path) -> None:
    """The limit, kept honest: every file of the profile restored from one moment passes."""
    folder = vault.path.parent
    record(vault, "a", "b")
    keep(folder, (*FILES, vault.path.name), tmp_path / "all")
    record(vault, "c")
    put_back(tmp_path / "all", folder)
    assert [r.account for r in usage_log_for(reopened(vault)).verify()] == ["a", "b"]


def test_pruning_keeps_the_kept_lines_so_an_older_anchor_still_holds(vault: Vault) -> None:
    folder = vault.path.parent
    for day in range(6):
        record(vault, f"day {day}", now=T0 + day * DAY_S)
    before = (folder / "usage.log").read_bytes().splitlines()
    older = reopened(vault)  # its anchor: record #5, as an older vault copy would hold
    log = usage_log_for(vault)
    assert log.prune(2, now=T0 + 6 * DAY_S) == 4
    after = (folder / "usage.log").read_bytes().splitlines()
    assert after[1:] == before[4:]  # the kept records are byte for byte what they were
    assert [r.event for r in log.verify()] == ["pruned", "copy", "copy"]
    assert usage_log_for(older).verify()[-1].account == "day 5"
    record(vault, "after pruning", now=T0 + 6 * DAY_S)
    assert usage_log_for(reopened(vault)).verify()[-1].seq == 6


def test_pruning_never_hides_a_removed_record(vault: Vault) -> None:
    folder = vault.path.parent
    for day in range(6):
        record(vault, f"day {day}", now=T0 + day * DAY_S)
    path = folder / "usage.log"
    rows = path.read_bytes().splitlines()
    path.write_bytes(b"\n".join(rows[:4] + rows[5:]) + b"\n")  # day 4: recent, kept by pruning
    damaged = path.read_bytes()
    with pytest.raises(UsageLogBroken, match="record #5"):
        usage_log_for(vault).prune(2, now=T0 + 6 * DAY_S)
    assert path.read_bytes() == damaged


def test_two_processes_anchor_in_turn_and_lose_no_account(vault: Vault) -> None:
    window, command = vault, reopened(vault)  # the app and a 'keydesk' command
    record(window, "a")
    command.add(Account(secret=b"\x01" * 16, issuer="Added by the command"))
    command.save()
    record(command, "b")
    record(window, "c")  # the window's copy of the vault is stale: the file's accounts stay
    now = reopened(vault)
    assert [a.issuer for a in now.accounts] == ["Added by the command"]
    assert [r.account for r in usage_log_for(now).verify()] == ["a", "b", "c"]
    assert now.usage_anchor is not None and now.usage_anchor[0] == 2


def test_an_anchor_removed_from_the_vault_file_is_detected_and_never_made_again(
    vault: Vault, tmp_path: Path
) -> None:
    import json

    folder = vault.path.parent
    record(vault, "a")
    keep(folder, FILES, tmp_path / "old")
    record(vault, "b", "c")
    envelope = json.loads(vault.path.read_bytes())
    del envelope["content"]["usage_anchor"]
    vault.path.write_text(json.dumps(envelope, indent=1))
    put_back(tmp_path / "old", folder)
    after = reopened(vault)  # the accounts still open: only the anchor is gone
    record(after, "d")
    assert reopened(vault).usage_anchor is None
    with pytest.raises(UsageLogBroken, match="vault holds no anchor for the record"):
        usage_log_for(reopened(vault)).verify()


def test_an_anchor_from_another_version_of_the_file_does_not_open(vault: Vault) -> None:
    """The accounts still open (a damaged anchor never locks anyone out); the record's check
    names it."""
    import json

    record(vault, "a")
    old_anchor = json.loads(vault.path.read_bytes())["content"]["usage_anchor"]
    vault.add(Account(secret=b"\x02" * 16, issuer="New"))
    vault.save()  # the accounts' ciphertext changes; the anchor is sealed to it again
    envelope = json.loads(vault.path.read_bytes())
    envelope["content"]["usage_anchor"] = old_anchor
    vault.path.write_text(json.dumps(envelope, indent=1))
    opened = reopened(vault)
    assert [a.issuer for a in opened.accounts] == ["New"] and opened.usage_anchor is None
    with pytest.raises(UsageLogBroken, match="holds an anchor for it that does not open"):
        usage_log_for(opened).verify()
    record(opened, "b")  # the anchor is not made afresh over it
    with pytest.raises(UsageLogBroken):
        usage_log_for(reopened(vault)).verify()
