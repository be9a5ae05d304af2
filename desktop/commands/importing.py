"""``keydesk import FILE``: accounts from another authenticator's export, previewed first."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.commands._usage import note
from desktop.commands.accounts import account_summary
from desktop.commands.common import (
    add_passphrase_option,
    log,
    open_vault_for_read,
    policy_of,
    print_json,
    read_passphrase_file,
)
from desktop.core.errors import InvalidInput, PasswordRequired, VaultMissing
from desktop.core.importers import (
    ImportPreview,
    commit_import,
    format_names,
    is_encrypted,
    preview_files,
    read_file,
)
from desktop.core.otp import Account

DESCRIPTION = """\
Import accounts from another authenticator's export. The format is detected from the content:
Aegis, 2FAS, andOTP, Bitwarden (JSON, CSV), FreeOTP+, Authenticator Pro, Proton Authenticator,
Ente Auth (plain text), KeePass/KeePassXC (.kdbx), Google Authenticator exports (links or QR
images), otpauth:// link lists and Keydesk's own encrypted backups.

A preview lists what will be added, the duplicates (same secret, issuer and name; skipped) and
the entries that cannot be imported, with the reason. Everything is added in one save."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import accounts from another authenticator's export",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "files",
        metavar="FILE",
        type=Path,
        nargs="+",
        help="the export to import (several: one import, e.g. a Google export's screenshots)",
    )
    parser.add_argument(
        "--format", choices=format_names(), help="skip detection and read FILE as this format"
    )
    parser.add_argument(
        "--password-file", metavar="P", help="read the export's password from the file P"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="only show what would be imported; write nothing"
    )
    parser.add_argument(
        "--with-duplicates",
        action="store_true",
        help="also add the accounts already in the vault (skipped by default)",
    )
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    parser.add_argument("--json", action="store_true", help="print the preview as JSON")
    add_passphrase_option(parser)
    parser.set_defaults(func=run_import, policy_gate="allow_import")


def run_import(args: argparse.Namespace) -> int:
    files = [read_file(path) for path in args.files]
    password = _export_password(args, files)
    vault = None
    try:
        vault = open_vault_for_read(args)
    except VaultMissing:
        if not args.dry_run:
            raise
    existing = vault.accounts if vault is not None else []
    preview = preview_files(files, existing=existing, password=password, format_name=args.format)
    added = 0
    chosen = preview.accounts(args.with_duplicates)
    if not args.dry_run and chosen and _confirmed(args, preview, len(chosen)):
        assert vault is not None
        for account in chosen:  # all or nothing, as for every import
            policy_of(args).check_issuer(account.issuer)
        added = commit_import(vault, chosen)
        note(args, vault, "import", f"{added} account(s) from {preview.format_name}")
        log.info("imported %d account(s) from a %s file", added, preview.format_name)
    _report(args, preview, added)
    return 0


def _export_password(args: argparse.Namespace, files: list[bytes]) -> str | None:
    if args.password_file:
        return read_passphrase_file(Path(args.password_file))
    if not any(is_encrypted(data, args.format) for data in files):
        return None
    if not sys.stdin.isatty():
        raise PasswordRequired("the export is encrypted; give its password with --password-file")
    import getpass

    return getpass.getpass("Password of the export: ") or None


def _confirmed(args: argparse.Namespace, preview: ImportPreview, count: int) -> bool:
    if args.yes or args.json or not sys.stdin.isatty():
        return True
    _print_preview(preview)
    answer = input(f"Import {count} account(s)? [y/N] ")
    if answer.strip().lower() in {"y", "yes"}:
        return True
    raise InvalidInput("import cancelled; nothing was changed")


def _report(args: argparse.Namespace, preview: ImportPreview, added: int) -> None:
    if args.json:
        print_json(_as_json(preview, added, args.dry_run))
        return
    if args.dry_run or not sys.stdin.isatty() or args.yes:
        _print_preview(preview)
    if args.dry_run:
        print("Dry run: nothing was written.")
    else:
        print(f"Imported {added} account(s).")


def _print_preview(preview: ImportPreview) -> None:
    print(f"Format: {preview.format_label}")
    for notice in preview.notices:
        print(f"Warning: {notice}")
    _print_section("To add", preview.to_add)
    _print_section("Duplicates (already present, skipped)", preview.duplicates)
    if preview.skipped:
        print(f"Cannot import ({len(preview.skipped)}):")
        for skipped in preview.skipped:
            print(f"  {skipped.label or '-'}: {skipped.reason}")


def _print_section(title: str, accounts: tuple[Account, ...]) -> None:
    print(f"{title} ({len(accounts)}):")
    for account in accounts:
        print(f"  {account.label}  [{_kind(account)}]")


def _kind(account: Account) -> str:
    if account.type.value == "hotp":
        return f"HOTP {account.digits} digits, {account.algorithm.value}"
    if account.type.value == "steam":
        return "Steam"
    return f"TOTP {account.digits} digits, {account.period} s, {account.algorithm.value}"


def _as_json(preview: ImportPreview, added: int, dry_run: bool) -> dict[str, Any]:
    return {
        "format": preview.format_name,
        "dry_run": dry_run,
        "added": added,
        "to_add": [_public(a) for a in preview.to_add],
        "duplicates": [_public(a) for a in preview.duplicates],
        "skipped": [
            {"label": s.label, "reason": s.reason, "code": s.code} for s in preview.skipped
        ],
        "notices": list(preview.notices),
    }


def _public(account: Account) -> dict[str, Any]:
    summary = account_summary(account)
    del summary["id"]  # not yet in the vault: the id would change on import
    return summary
