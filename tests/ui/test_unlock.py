"""Unlocking at start-up in a forked child: the vault crosses the pipe intact, failures too."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from desktop.core.errors import KeyringUnavailable
from desktop.core.vault import create_vault, vault_path
from desktop.ui.unlock import State, _unlock_in_child, unlock_automatically
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
