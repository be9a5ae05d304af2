"""``keydesk export FILE --format F``: the accounts in a form other apps (or Keydesk) read."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands._usage import note
from desktop.commands.common import (
    add_passphrase_option,
    log,
    open_vault_for_read,
    policy_of,
    read_passphrase_file,
)
from desktop.core.errors import InvalidInput
from desktop.core.exporters import (
    UNENCRYPTED_WARNING,
    ExportFormat,
    export_accounts,
    write_export,
)

DESCRIPTION = """\
Export every account.

  keydesk           an encrypted Keydesk backup (needs --password-file)
  aegis             an Aegis vault, NOT encrypted
  aegis-encrypted   an Aegis vault encrypted with the password (needs --password-file)
  otpauth           one otpauth:// link per line, NOT encrypted
  qr-png            one QR code per account: FILE is a folder of PNG images, NOT encrypted
  google-migration  Google Authenticator transfer QR codes: FILE is a folder of PNG images,
                    NOT encrypted (accounts Google cannot hold are listed and left out)

Unencrypted formats ask for confirmation (or --yes)."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export the accounts (Keydesk backup, Aegis, otpauth links, QR codes)",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE", type=Path, help="where to write (a folder for QR)")
    parser.add_argument(
        "--format", required=True, choices=[f.value for f in ExportFormat], help="what to write"
    )
    parser.add_argument(
        "--password-file", metavar="P", help="read the export's password from the file P"
    )
    parser.add_argument(
        "--yes", action="store_true", help="write an unencrypted export without asking"
    )
    add_passphrase_option(parser)
    parser.set_defaults(func=run_export, policy_gate="allow_export")


def run_export(args: argparse.Namespace) -> int:
    chosen = ExportFormat(args.format)
    password = read_passphrase_file(Path(args.password_file)) if args.password_file else None
    if chosen.encrypted and password is None:
        raise InvalidInput(f"the {chosen.value} export needs --password-file")
    if not chosen.encrypted:
        _confirm_unencrypted(args)
    vault = open_vault_for_read(args)
    result = export_accounts(vault.accounts, chosen, password=password, policy=policy_of(args))
    written = write_export(result, args.file)
    note(args, vault, "export", f"{len(vault.accounts)} account(s) as {chosen.value}")
    log.info("exported %d account(s) as %s", len(vault.accounts), chosen.value)
    for label, reason in result.left_out:
        print(f"Left out {label}: {reason}", file=sys.stderr)
    where = args.file if len(written) == 1 else f"{len(written)} files in {args.file}"
    print(f"Exported {len(vault.accounts) - len(result.left_out)} account(s) to {where}")
    return 0


def _confirm_unencrypted(args: argparse.Namespace) -> None:
    print(f"Warning: {UNENCRYPTED_WARNING}.", file=sys.stderr)
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise InvalidInput("refusing to write an unencrypted export without --yes")
    if input("Write it anyway? [y/N] ").strip().lower() not in {"y", "yes"}:
        raise InvalidInput("export cancelled; nothing was written")
