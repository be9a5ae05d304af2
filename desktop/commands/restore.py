"""``keydesk restore-backup``: put the vault's previous version (or an interrupted write) back."""

from __future__ import annotations

import argparse
from datetime import datetime

from desktop.commands.common import log, print_json, profile_home
from desktop.core.recovery import restore_backup, restore_candidates
from desktop.core.vault import vault_path


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "restore-backup",
        help="restore the vault from its backup",
        description="Put the vault's previous version (vault.kdv.bak), or the newest readable "
        "file left by an interrupted write, back in place. Whatever file is replaced is kept "
        "beside it as vault.kdv.replaced-TIME, and the backup itself stays where it is.",
    )
    parser.add_argument(
        "--list", action="store_true", help="only list what could be restored, newest first"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = vault_path(profile_home(args))
    if args.list:
        candidates = [str(candidate) for candidate in restore_candidates(path)]
        if args.json:
            print_json({"candidates": candidates})
        else:
            print("\n".join(candidates) if candidates else "Nothing to restore.")
        return 0
    restored = restore_backup(path, now=datetime.now())
    log.info("restored the vault from %s", restored.source.name)
    if args.json:
        print_json({"restored_from": str(restored.source), "kept": _text(restored.kept)})
        return 0
    print(f"Restored the vault from {restored.source}.")
    if restored.kept is not None:
        print(f"The file it replaced is kept at {restored.kept}.")
    return 0


def _text(path: object) -> str | None:
    return None if path is None else str(path)
