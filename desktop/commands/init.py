"""``keydesk init``: create the profile's vault."""

from __future__ import annotations

import argparse

from desktop.commands.common import (
    add_passphrase_option,
    check_new_slots,
    passphrase_from,
    policy_of,
    profile_home,
)
from desktop.core.errors import InvalidInput, KeyringUnavailable
from desktop.core.keyring_store import system_keyring_or_reason
from desktop.core.vault import create_vault, vault_path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "init",
        help="create an empty vault",
        description="Create an empty vault. Its key goes to the OS keyring when a secure one is "
        "available, and/or is protected by a passphrase.",
    )
    add_passphrase_option(parser, help_text="also protect the vault with the passphrase in FILE")
    parser.add_argument(
        "--no-keyring", action="store_true", help="do not use the OS keyring (needs a passphrase)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    policy = policy_of(args)
    policy.require("profiles_create")  # before "default" is made in an empty data folder
    home = profile_home(args, create=True)
    passphrase = passphrase_from(args)
    check_new_slots(policy, passphrase)
    keystore = None
    if not args.no_keyring:
        keystore, reason = system_keyring_or_reason()
        if keystore is None and passphrase is None:
            raise KeyringUnavailable(f"{reason}")
    elif passphrase is None:
        raise InvalidInput("--no-keyring needs --passphrase-file: the vault needs some key")
    vault = create_vault(vault_path(home), passphrase=passphrase, keystore=keystore)
    kinds = ", ".join(slot.kind.value for slot in vault.slots)
    print(f"Created a vault in {home} (slots: {kinds})")
    return 0
