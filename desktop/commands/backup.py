"""``keydesk backup list | restore | settings``: the automatic encrypted backups."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.common import (
    add_passphrase_option,
    log,
    open_vault_for_read,
    policy_of,
    print_json,
    profile_home,
)
from desktop.core.backups import (
    MAX_KEEP,
    change_settings,
    find_backup,
    list_backups,
    load_settings,
    require_restore_allowed,
    restore,
)
from desktop.core.errors import InvalidInput

DESCRIPTION = """\
After every change Keydesk writes an encrypted copy of the vault into the backup folder
(default: backups/ in the profile) and keeps the newest versions (default 10). A backup opens
with the same keyring or passphrase as the vault."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "backup",
        help="list or restore the automatic encrypted backups",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the backups, newest first, with their accounts")
    listing.add_argument("--json", action="store_true", help="print JSON")
    add_passphrase_option(listing)
    listing.set_defaults(func=run_list)
    back = actions.add_parser("restore", help="replace the accounts with a backup's")
    back.add_argument(
        "which", metavar="BACKUP", help="its number in 'backup list' (1 = newest) or file name"
    )
    back.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    add_passphrase_option(back)
    back.set_defaults(func=run_restore)
    settings = actions.add_parser("settings", help="show or change where and how many")
    settings.add_argument("--folder", metavar="DIR", help="the backup folder ('' for the default)")
    settings.add_argument("--keep", type=int, metavar="N", help=f"versions to keep (1-{MAX_KEEP})")
    settings.add_argument("--on", dest="enabled", action="store_true", default=None)
    settings.add_argument("--off", dest="enabled", action="store_false")
    settings.add_argument("--json", action="store_true", help="print JSON")
    settings.set_defaults(func=run_settings)


def run_list(args: argparse.Namespace) -> int:
    home = profile_home(args)
    vault = open_vault_for_read(args)
    versions = list_backups(vault, home)
    if args.json:
        print_json(
            [
                {
                    "number": n,
                    "file": str(v.path),
                    "created": v.created.isoformat(),
                    "accounts": v.accounts,
                    "problem": v.problem,
                }
                for n, v in enumerate(versions, start=1)
            ]
        )
        return 0
    if not versions:
        print(f"No backups yet in {load_settings(home).folder_in(home)}.")
    for number, version in enumerate(versions, start=1):
        local = version.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        count = (
            f"{version.accounts} account(s)" if version.accounts is not None else version.problem
        )
        print(f"{number:3d}  {local}  {count}  {version.path.name}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    require_restore_allowed(policy_of(args))  # before the unlock: a refusal changes nothing
    home = profile_home(args)
    vault = open_vault_for_read(args)
    version = find_backup(vault, home, args.which)
    if version.accounts is None:
        raise InvalidInput(f"{version.path.name} cannot be restored: {version.problem}")
    when = version.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    if not args.yes:
        if not sys.stdin.isatty():
            raise InvalidInput("refusing to restore without --yes")
        question = (
            f"Replace the {len(vault.accounts)} account(s) in the vault with the "
            f"{version.accounts} of the backup from {when}? [y/N] "
        )
        if input(question).strip().lower() not in {"y", "yes"}:
            raise InvalidInput("restore cancelled; nothing was changed")
    count = restore(vault, version, policy_of(args))
    log.info("restored %d account(s) from backup %s", count, version.path.name)
    print(f"Restored {count} account(s) from the backup of {when}.")
    return 0


def run_settings(args: argparse.Namespace) -> int:
    home = profile_home(args)
    changes: dict[str, object] = {}
    if args.folder is not None:
        changes["folder"] = Path(args.folder).expanduser() if args.folder else None
    if args.keep is not None:
        changes["keep"] = args.keep
    if args.enabled is not None:
        changes["enabled"] = args.enabled
    settings = change_settings(home, **changes) if changes else load_settings(home)
    shown = {
        "enabled": settings.enabled,
        "folder": str(settings.folder_in(home)),
        "keep": settings.keep,
    }
    if args.json:
        print_json(shown)
    else:
        state = "on" if settings.enabled else "off"
        print(f"Automatic backups: {state}; folder {shown['folder']}; keeping {settings.keep}")
    return 0
