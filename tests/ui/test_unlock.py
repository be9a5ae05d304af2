"""Unlocking at start-up in a forked child: the vault crosses the pipe intact, failures too."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from desktop.core.errors import KeyringUnavailable
from desktop.core.policy import Policy
from desktop.core.usage_log import note_failed_unlock, usage_log_for
from desktop.core.vault import create_vault, vault_path
from desktop.ui.unlock import State, _unlock_in_child, app_recorder, unlock_automatically
from tests.support import MemoryKeyStore
from tests.ui.conftest import sample_accounts

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is Linux-only")
WAIT = 30


def _vault_with_accounts(home: Path) -> MemoryKeyStore:
    store = MemoryKeyStore()
    vault = create_vault(vault_path(home), keystore=store)
    for account in sample_accounts():
        vault.add(account)
    vault.save()
    return store


def test_a_new_profile_needs_no_vault(tmp_path: Path) -> None:
    outcome = _unlock_in_child(tmp_path, None).result(WAIT)
    assert outcome.state is State.MISSING


def test_the_child_sends_the_open_vault_and_the_parent_can_reopen_it(tmp_path: Path) -> None:
    store = _vault_with_accounts(tmp_path)
    outcome = _unlock_in_child(tmp_path, lambda: (store, "")).result(WAIT)
    assert outcome.state is State.OPEN and outcome.vault is not None
    expected = unlock_automatically(tmp_path, lambda: (store, "")).vault
    assert expected is not None
    assert outcome.vault.accounts == expected.accounts
    outcome.vault.save()  # the digest came across too: no false "changed on disk"
    assert outcome.opener is not None
    assert outcome.opener().accounts == expected.accounts


def test_a_missing_keyring_item_comes_back_as_a_failure(tmp_path: Path) -> None:
    _vault_with_accounts(tmp_path)
    outcome = _unlock_in_child(tmp_path, lambda: (MemoryKeyStore(), "")).result(WAIT)
    assert outcome.state is State.FAILED
    assert "missing from the OS keyring" in outcome.message


def test_an_unexpected_error_crosses_the_pipe(tmp_path: Path) -> None:
    _vault_with_accounts(tmp_path)

    def broken() -> tuple[None, str]:
        raise KeyringUnavailable("the Secret Service hung up")

    future = _unlock_in_child(tmp_path, broken)
    with pytest.raises(KeyringUnavailable, match="hung up"):
        future.result(WAIT)


def test_a_child_that_dies_leaves_the_parent_to_unlock(tmp_path: Path) -> None:
    store = _vault_with_accounts(tmp_path)
    parent = os.getpid()

    def dies_in_the_child() -> tuple[MemoryKeyStore, str]:
        if os.getpid() != parent:
            os._exit(9)
        return store, ""

    outcome = _unlock_in_child(tmp_path, dies_in_the_child).result(WAIT)
    assert outcome.state is State.OPEN
    assert outcome.vault is not None and len(outcome.vault.accounts) == len(sample_accounts())


def test_a_new_profile_is_answered_without_forking(tmp_path: Path) -> None:
    from desktop.ui.unlock import start_unlock

    future = start_unlock(tmp_path)
    assert future.done() and future.result().state is State.MISSING


def test_the_child_records_the_unlock_and_the_parent_gets_the_anchor(tmp_path: Path) -> None:
    import time

    store = _vault_with_accounts(tmp_path)
    note_failed_unlock(tmp_path, now=time.time(), detail="wrong passphrase")
    recorder = app_recorder(Policy())
    outcome = _unlock_in_child(tmp_path, lambda: (store, ""), recorder).result(WAIT)
    assert outcome.state is State.OPEN and outcome.recorded and outcome.vault is not None
    vault = outcome.vault
    events = [(r.event, r.detail) for r in usage_log_for(vault).verify()]
    assert events == [("unlock_failed", "wrong passphrase"), ("unlock", "app")]
    # The copy the parent holds carries the anchor the child sealed into the file: saving
    # accounts keeps it, and the next entry moves it on (a stale one would break the record).
    assert vault.usage_anchor is not None and vault.usage_anchor == vault.anchor_on_disk()
    vault.save()
    usage_log_for(vault).record("copy", "ACME", "app", now=time.time())
    reopened = unlock_automatically(tmp_path, lambda: (store, "")).vault
    assert reopened is not None
    assert [r.event for r in usage_log_for(reopened).verify()][-2:] == ["unlock", "copy"]


def test_a_record_that_cannot_be_written_leaves_it_to_the_window(tmp_path: Path) -> None:
    store = _vault_with_accounts(tmp_path)
    (tmp_path / "usage.log").mkdir()  # not a file: the entry cannot be written
    outcome = _unlock_in_child(tmp_path, lambda: (store, ""), app_recorder(Policy())).result(WAIT)
    assert outcome.state is State.OPEN and not outcome.recorded


@pytest.mark.parametrize(
    ("policy", "kiosk"), [(Policy({"usage_log": False}), False), (Policy({"kiosk": True}), True)]
)
def test_nothing_is_recorded_where_the_policy_turns_the_record_off_or_at_a_kiosk(
    tmp_path: Path, policy: Policy, kiosk: bool
) -> None:
    # A kiosk opens each operator's profile itself: its start-up unlock is never used.
    store = _vault_with_accounts(tmp_path)
    recorder = app_recorder(policy, kiosk=kiosk)
    outcome = _unlock_in_child(tmp_path, lambda: (store, ""), recorder).result(WAIT)
    assert outcome.state is State.OPEN and not outcome.recorded
    assert not (tmp_path / "usage.log").exists()
