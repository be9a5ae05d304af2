"""What every subcommand shares: the profile folder, passphrases, opening the vault, output."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

from desktop.core.errors import (
    InvalidInput,
    KeydeskError,
    KeyringUnavailable,
    VaultMissing,
    WrongPassphrase,
)
from desktop.core.keyring_store import KeyStore, SystemKeyring, system_keyring_or_reason
from desktop.core.logfile import attach_log_file
from desktop.core.policy import Policy, load_policy
from desktop.core.profile import home_dir
from desktop.core.profile_migration import migrate_legacy
from desktop.core.profiles import Profile, ProfileStore
from desktop.core.usage_log import note_failed_unlock
from desktop.core.vault import Vault, create_vault, open_vault, read_slots, vault_path
from desktop.core.vault_file import ensure_nothing_there

PASSPHRASE_ENV = "KEYDESK_PASSPHRASE_FILE"  # noqa: S105 - an environment variable name
log = logging.getLogger("keydesk")


def policy_of(args: argparse.Namespace) -> Policy:
    """The policy the CLI loaded before running the command (see desktop.cli)."""
    policy = getattr(args, "policy", None)
    if policy is None:
        policy = load_policy(getattr(args, "policy_file", None))
        args.policy = policy
    assert isinstance(policy, Policy)
    return policy


def data_home(args: argparse.Namespace) -> Path:
    """The data folder (--home): every profile, shared settings and the log. An old one-vault
    layout found there is migrated to the profile "default" first."""
    home = home_dir(getattr(args, "home", None))
    attach_log_file(home)
    migrate_legacy(home)
    return home


def selected_profile(args: argparse.Namespace, *, create: bool = False) -> Profile:
    """The profile named by --profile (or $KEYDESK_PROFILE, or the only one).

    With ``create``, a data folder without any profile gets "default"; without it, that is
    :class:`VaultMissing`.
    """
    store = ProfileStore(data_home(args))
    profile = store.resolve(getattr(args, "profile", None))
    if profile is not None:
        return profile
    if not create:
        raise VaultMissing(
            f"no profile in {store.home}; create one with 'keydesk init' or 'keydesk add'"
        )
    return store.create_default()


def profile_home(args: argparse.Namespace, *, create: bool = False) -> Path:
    """The selected profile's folder: its vault, slots and admin data."""
    return selected_profile(args, create=create).folder


def add_passphrase_option(parser: argparse.ArgumentParser, *, help_text: str | None = None) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=help_text or f"read the vault passphrase from FILE (or ${PASSPHRASE_ENV})",
    )


def passphrase_from(args: argparse.Namespace, attribute: str = "passphrase_file") -> str | None:
    """The passphrase from the given file option, or the environment; None when neither is set."""
    path = getattr(args, attribute, None)
    if path is None and attribute == "passphrase_file":
        path = os.environ.get(PASSPHRASE_ENV)
    return read_passphrase_file(Path(path)) if path else None


def read_passphrase_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"cannot read the passphrase file {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"the passphrase file {path} is not UTF-8 text") from None
    passphrase = text.rstrip("\r\n")
    if not passphrase:
        raise InvalidInput(f"the passphrase file {path} is empty")
    return passphrase


def system_keystore() -> KeyStore:
    """The OS keyring, or :class:`KeyringUnavailable` saying what to do instead."""
    return SystemKeyring()


def open_vault_for_read(args: argparse.Namespace, *, adding_passphrase: bool = False) -> Vault:
    """Open the profile's vault. Under require_passphrase a keyring-only profile opens only to
    get a passphrase (``keydesk slots add-passphrase``)."""
    home = profile_home(args)
    if not adding_passphrase and policy_of(args).value("require_passphrase"):
        kinds = {slot.kind.value for slot in read_slots(vault_path(home))}
        policy_of(args).check_slots(has_passphrase="passphrase" in kinds)
    passphrase = passphrase_from(args)
    keystore = None if passphrase is not None else _keystore_if_needed(vault_path(home))
    vault = open_with_backoff(home, passphrase, keystore)
    from desktop.commands._usage import unlocked  # it imports this module

    unlocked(args, vault)
    return with_backups(vault, home)


def wall_clock() -> float:
    """The time the backoff counts in (a function, so tests can move it)."""
    return time.time()


def open_with_backoff(home: Path, passphrase: str | None, keystore: KeyStore | None) -> Vault:
    """Open the profile's vault; a passphrase attempt waits out and feeds the profile's backoff
    (the same file the GUI uses, so the command line is no way around it)."""
    from desktop.core.backoff import UnlockBackoff

    backoff = UnlockBackoff(home)
    wait = backoff.wait(wall_clock()) if passphrase is not None else 0.0
    if wait > 0:  # a command waits its turn (scripts keep working); the GUI counts down
        print(
            f"keydesk: waiting {wait:.0f} s after failed unlocks of this profile", file=sys.stderr
        )
        time.sleep(wait)
    try:
        vault = open_vault(vault_path(home), passphrase=passphrase, keystore=keystore)
    except WrongPassphrase:
        now = wall_clock()
        wait = backoff.record_failure(now).wait(now)
        note_failed_unlock(home, now=now, detail="command line")
        raise WrongPassphrase(
            f"wrong passphrase; the next try is possible in {wait:.0f} s"
        ) from None
    if passphrase is not None:
        backoff.reset()
    return vault


def with_backups(vault: Vault, home: Path) -> Vault:
    """Every save of this vault leaves an encrypted backup; a failed backup is said, loudly."""
    from desktop.core.backups import install

    def warn(exc: KeydeskError) -> None:
        log.warning("automatic backup failed")
        print(f"keydesk: warning: {exc.message}", file=sys.stderr)

    install(vault, home, warn)
    return vault


def open_vault_for_write(args: argparse.Namespace) -> Vault:
    """Open the profile's vault, creating it first when the profile has none at all.

    Never where a backup or an interrupted write is left: that is restored, not replaced.
    """
    policy = policy_of(args)
    try:
        home = profile_home(args)
    except VaultMissing:  # no profile at all: making "default" is creating a profile
        policy.require("profiles_create")
        home = profile_home(args, create=True)
    if vault_path(home).exists():
        return open_vault_for_read(args)
    policy.require("profiles_create")
    ensure_nothing_there(vault_path(home))
    passphrase = passphrase_from(args)
    check_new_slots(policy, passphrase)
    keystore, reason = system_keyring_or_reason()
    if keystore is None and passphrase is None:
        raise KeyringUnavailable(
            f"there is no vault yet and it cannot be created with a keyring slot: {reason}"
        )
    vault = with_backups(
        create_vault(vault_path(home), passphrase=passphrase, keystore=keystore), home
    )
    log.info("created vault %s with %d slot(s)", vault.vault_id, len(vault.slots))
    print(f"Created a new vault in {home}", file=sys.stderr)
    return vault


def check_new_slots(policy: Policy, passphrase: str | None) -> None:
    """A new vault obeys require_passphrase and min_passphrase_length."""
    policy.check_slots(has_passphrase=passphrase is not None)
    if passphrase is not None:
        policy.check_new_passphrase(passphrase)


def _keystore_if_needed(path: Path) -> KeyStore | None:
    slots = read_slots(path)  # a missing vault says whether a backup of it is left
    if any(slot.kind.value == "keyring" for slot in slots):
        return system_keystore()
    return None


def print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))
