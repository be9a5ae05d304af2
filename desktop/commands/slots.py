"""``keydesk slots``: list, add and remove the ways the vault can be unlocked."""

from __future__ import annotations

import argparse

from desktop.commands.common import (
    add_passphrase_option,
    open_vault_for_read,
    passphrase_from,
    policy_of,
    print_json,
    system_keystore,
)
from desktop.core.errors import InvalidInput
from desktop.core.keyring_store import KeyStore
from desktop.core.slots import SlotKind


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "slots",
        help="list, add or remove the vault's keyring and passphrase slots",
        description="A slot is one way to unlock the vault: the OS keyring or a passphrase. "
        "Unlock with --passphrase-file (the current passphrase) or through the keyring.",
    )
    actions = parser.add_subparsers(dest="slot_action", metavar="ACTION")
    listing = actions.add_parser("list", help="list the slots (the default)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    add_passphrase_option(listing)

    passphrase = actions.add_parser("add-passphrase", help="add a passphrase slot")
    passphrase.add_argument(
        "--new-passphrase-file", metavar="FILE", required=True, help="the new passphrase"
    )
    add_passphrase_option(passphrase)

    keyring_slot = actions.add_parser("add-keyring", help="add a slot in the OS keyring")
    add_passphrase_option(keyring_slot)

    remove = actions.add_parser("remove", help="remove a slot (never the last one)")
    remove.add_argument("slot_id", metavar="SLOT_ID")
    add_passphrase_option(remove)

    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    add_passphrase_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    action = args.slot_action or "list"
    vault = open_vault_for_read(args, adding_passphrase=action == "add-passphrase")
    if action == "add-passphrase":
        new = passphrase_from(args, "new_passphrase_file")
        assert new is not None
        policy_of(args).check_new_passphrase(new)
        slot = vault.add_passphrase_slot(new)
        print(f"Added passphrase slot {slot.id}")
    elif action == "add-keyring":
        if any(s.kind is SlotKind.KEYRING for s in vault.slots):
            raise InvalidInput("the vault already has a keyring slot")
        slot = vault.add_keyring_slot(system_keystore())
        print(f"Added keyring slot {slot.id}")
    elif action == "remove":
        store: KeyStore | None = None
        target = [s for s in vault.slots if s.id == args.slot_id]
        left = [s for s in vault.slots if s.id != args.slot_id]
        if target:
            policy_of(args).check_slots(any(s.kind is SlotKind.PASSPHRASE for s in left))
        if target and target[0].kind is SlotKind.KEYRING:
            store = system_keystore()
        slot = vault.remove_slot(args.slot_id, store)
        print(f"Removed {slot.kind.value} slot {slot.id}")
    else:
        rows = [{"id": s.id, "kind": s.kind.value} for s in vault.slots]
        if getattr(args, "json", False):
            print_json(rows)
        for row in [] if getattr(args, "json", False) else rows:
            print(f"{row['id']}  {row['kind']}")
    return 0
