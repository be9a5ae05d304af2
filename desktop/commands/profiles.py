"""``keydesk profiles list|create|rename|delete``: the operators' profiles in one data folder."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.commands.common import (
    add_passphrase_option,
    data_home,
    log,
    open_with_backoff,
    passphrase_from,
    policy_of,
    print_json,
    system_keystore,
)
from desktop.core.errors import InvalidInput, KeydeskError
from desktop.core.profiles import DamagedProfile, Profile, ProfileStore


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "profiles",
        help="list, create, rename or delete profiles (one vault per operator)",
        description="A data folder holds one profile per operator, each with its own vault "
        "and slots. Other commands pick one with --profile NAME.",
    )
    actions = parser.add_subparsers(dest="profiles_action", metavar="ACTION")
    listing = actions.add_parser("list", help="list the profiles (the default)")
    listing.add_argument("--json", action="store_true", help="print JSON")

    create = actions.add_parser("create", help="create an empty profile")
    create.add_argument("name", metavar="NAME", help="up to 64 characters, no '/' or '..'")
    create.add_argument("--json", action="store_true", help="print the new profile as JSON")

    rename = actions.add_parser("rename", help="rename a profile")
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("new_name", metavar="NEW_NAME")
    rename.add_argument("--json", action="store_true", help="print the profile as JSON")

    delete = actions.add_parser(
        "delete",
        help="delete a profile and its vault (needs its passphrase)",
        description="Delete a profile, its vault and its keyring entries. A profile with a "
        "passphrase needs it (--passphrase-file); the name must be typed again with --confirm. "
        "Deleting the last profile also needs --confirm-last.",
    )
    delete.add_argument("name", metavar="NAME")
    delete.add_argument("--confirm", metavar="NAME", help="the profile's name again")
    delete.add_argument(
        "--confirm-last", action="store_true", help="yes, delete the data folder's last profile"
    )
    delete.add_argument("--json", action="store_true", help="print the result as JSON")
    add_passphrase_option(delete)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    store = ProfileStore(data_home(args))
    action = args.profiles_action or "list"
    if action == "create":
        policy_of(args).require("profiles_create")
        profile = store.create(args.name)
        log.info("created profile %s", profile.id)
        _report(args, profile, f"Created profile '{profile.name}' in {profile.folder}")
    elif action == "rename":
        profile = store.rename(store.find(args.name), args.new_name)
        _report(args, profile, f"Renamed the profile to '{profile.name}'")
    elif action == "delete":
        _delete(args, store)
    else:
        _list(args, store)
    return 0


def _list(args: argparse.Namespace, store: ProfileStore) -> None:
    profiles, damaged = store.scan()
    rows = [describe(p) for p in profiles] + [_describe_damaged(d) for d in damaged]
    if getattr(args, "json", False):
        print_json(rows)
        return
    for row in rows:
        detail = row.get("error") or (", ".join(row["slots"]) if row["slots"] else "no vault yet")
        print(f"{row['name']}\t{detail}")


def describe(profile: Profile) -> dict[str, Any]:
    """What ``profiles list --json`` says about a profile: never anything from inside the vault."""
    row: dict[str, Any] = {
        "id": profile.id,
        "name": profile.name,
        "folder": str(profile.folder),
        "has_vault": profile.has_vault,
        "slots": [],
    }
    if profile.has_vault:
        from desktop.core.vault import read_slots

        try:
            row["slots"] = sorted({slot.kind.value for slot in read_slots(profile.vault_path)})
        except KeydeskError as exc:
            row["error"] = exc.message
    return row


def _describe_damaged(damaged: DamagedProfile) -> dict[str, Any]:
    return {"id": damaged.id, "name": damaged.id, "folder": str(damaged.folder), "slots": [],
            "has_vault": False, "error": damaged.message}  # fmt: skip


def _delete(args: argparse.Namespace, store: ProfileStore) -> None:
    profile = store.find(args.name)
    if args.confirm is None or args.confirm.strip().casefold() != profile.name.casefold():
        raise InvalidInput(
            f"type the profile's name again to delete it: --confirm '{profile.name}'"
        )
    if len(store.profiles()) == 1 and not args.confirm_last:
        raise InvalidInput(
            f"'{profile.name}' is the last profile of this data folder; add --confirm-last "
            "to delete it anyway"
        )
    entries = _prove_ownership(args, profile)
    store.delete(profile)
    _forget_keyring_entries(entries)
    log.info("deleted profile %s", profile.id)
    _report(args, profile, f"Deleted profile '{profile.name}'")


def _prove_ownership(args: argparse.Namespace, profile: Profile) -> list[str]:
    """Open the vault the way it unlocks (the passphrase when it has one); its keyring entries."""
    if not profile.has_vault:
        return []
    from desktop.core.slots import SlotKind, keyring_entry
    from desktop.core.vault import read_slots

    slots = read_slots(profile.vault_path)
    passphrase = passphrase_from(args)
    has_passphrase = any(slot.kind is SlotKind.PASSPHRASE for slot in slots)
    if has_passphrase and passphrase is None:
        raise InvalidInput(
            f"the profile '{profile.name}' has a passphrase; give it with --passphrase-file"
        )
    keyring_slots = [slot for slot in slots if slot.kind is SlotKind.KEYRING]
    if has_passphrase:
        vault = open_with_backoff(profile.folder, passphrase, None)
    else:
        vault = open_with_backoff(profile.folder, None, system_keystore())
    return [keyring_entry(vault.vault_id, slot.id) for slot in keyring_slots]


def _forget_keyring_entries(entries: list[str]) -> None:
    if not entries:
        return
    store = system_keystore()
    for entry in entries:
        try:
            store.delete_key(entry)
        except KeydeskError as exc:  # the profile is gone; a stale key opens nothing
            log.warning("could not remove a keyring entry of a deleted profile: %s", exc.code)


def _report(args: argparse.Namespace, profile: Profile, text: str) -> None:
    if getattr(args, "json", False):
        print_json({"id": profile.id, "name": profile.name, "folder": str(profile.folder)})
    else:
        print(text)
