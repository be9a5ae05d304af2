"""``keydesk add | list | code | remove``: the accounts in the vault."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from desktop.commands._usage import note
from desktop.commands.common import (
    add_passphrase_option,
    log,
    open_vault_for_read,
    open_vault_for_write,
    policy_of,
    print_json,
)
from desktop.core.base32 import decode_secret
from desktop.core.errors import Ambiguous, InvalidInput, NotFound, PolicyRefused
from desktop.core.otp import (
    Account,
    Algorithm,
    OtpType,
    advance_counter,
    code_at,
    seconds_left,
    steam_account,
)
from desktop.core.policy import MANAGED_TEXT, Policy
from desktop.core.search import find_accounts
from desktop.core.uri import parse_uri
from desktop.core.vault import Vault


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_add(subparsers)
    listing = subparsers.add_parser("list", help="list the accounts (never their secrets)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    add_passphrase_option(listing)
    listing.set_defaults(func=run_list)

    code = subparsers.add_parser(
        "code",
        help="print the current code of one account",
        description="Print the current code of one account (recorded in the usage record as "
        "a reveal). Refused (exit 2) when the policy pins hide_codes: a code printed in a "
        "terminal stays in its scrollback for the next person at the PC; copy it in the "
        "Keydesk window instead.",
    )
    code.add_argument("query", metavar="QUERY", help="id, issuer or name (case-insensitive)")
    code.add_argument("--at", type=float, metavar="UNIX", help="the code at this Unix time")
    code.add_argument("--json", action="store_true", help="print JSON")
    add_passphrase_option(code)
    code.set_defaults(func=run_code)

    remove = subparsers.add_parser("remove", help="delete one account")
    remove.add_argument("query", metavar="QUERY", help="id, issuer or name (case-insensitive)")
    remove.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    add_passphrase_option(remove)
    remove.set_defaults(func=run_remove)


def _register_add(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add = subparsers.add_parser(
        "add",
        help="add an account from an otpauth:// URI or its parts",
        description="Add an account. Give an otpauth:// URI, or --secret with --issuer/--name. "
        "'-' as URI or secret reads it from standard input (keeps it out of the process list).",
    )
    add.add_argument("uri", nargs="?", metavar="URI", help="otpauth:// URI, or - for stdin")
    add.add_argument("--secret", metavar="BASE32", help="the secret in base32, or - for stdin")
    add.add_argument("--issuer", default="", help="who issued the account (e.g. the service)")
    add.add_argument("--name", default="", help="the account name (e.g. your login)")
    add.add_argument("--type", choices=[t.value for t in OtpType], default="totp")
    add.add_argument("--digits", type=int, default=6, help="code length, 4-10 (default 6)")
    add.add_argument("--period", type=int, default=30, help="seconds per code (default 30)")
    add.add_argument(
        "--algorithm", choices=[a.value for a in Algorithm], default="SHA1", type=str.upper
    )
    add.add_argument("--counter", type=int, default=0, help="HOTP counter (default 0)")
    add.add_argument("--group", default="", help="group to file the account under")
    add.add_argument("--json", action="store_true", help="print the new account as JSON")
    add_passphrase_option(add)
    add.set_defaults(func=run_add)


def account_summary(account: Account) -> dict[str, Any]:
    """What may be shown about an account: everything but the secret."""
    return {
        "id": account.id,
        "issuer": account.issuer,
        "name": account.name,
        "type": account.type.value,
        "algorithm": account.algorithm.value,
        "digits": account.digits,
        "period": account.period,
        "counter": account.counter,
        "group": account.group,
    }


def run_add(args: argparse.Namespace) -> int:
    policy = policy_of(args)
    policy.require("allow_add")
    account = _account_from_args(args)
    policy.check_issuer(account.issuer)
    vault = open_vault_for_write(args)
    vault.add(account)
    vault.save()
    note(args, vault, "add", account.label)
    log.info("added account %s", account.id)
    if args.json:
        print_json(account_summary(vault.get(account.id)))
    else:
        weak = " (warning: the secret is shorter than 128 bits)" if account.is_weak else ""
        print(f"Added {account.label or account.id}{weak}")
    return 0


def _account_from_args(args: argparse.Namespace) -> Account:
    if (args.uri is None) == (args.secret is None):
        raise InvalidInput("give either an otpauth:// URI or --secret (not both)")
    if args.uri is not None:
        account = parse_uri(_maybe_stdin(args.uri))
        return account.edited(group=args.group) if args.group else account
    secret = decode_secret(_maybe_stdin(args.secret))
    if not (args.issuer or args.name):
        raise InvalidInput("give --issuer or --name so you can tell the account apart")
    common = {"issuer": args.issuer, "name": args.name, "group": args.group}
    if args.type == OtpType.STEAM.value:
        return steam_account(secret, **common)
    return Account(
        secret=secret,
        type=OtpType(args.type),
        algorithm=Algorithm(args.algorithm),
        digits=args.digits,
        period=args.period,
        counter=args.counter,
        **common,
    )


def _maybe_stdin(value: str) -> str:
    return sys.stdin.readline().strip() if value == "-" else value


def run_list(args: argparse.Namespace) -> int:
    vault = open_vault_for_read(args)
    accounts = sorted(vault.accounts, key=lambda a: a.position)
    if args.json:
        print_json([account_summary(a) for a in accounts])
        return 0
    if not accounts:
        print("No accounts yet. Add one with 'keydesk add' or 'keydesk scan --add'.")
    for account in accounts:
        print(
            f"{account.id[:8]}  {account.issuer or '-':<24} {account.name or '-':<32} {account.type.value}"
        )
    return 0


def pick_one(vault: Vault, query: str) -> Account:
    found = find_accounts(vault.accounts, query)
    if not found:
        raise NotFound(f"no account matches '{query}'")
    if len(found) > 1:
        listing = "\n".join(f"  {a.id[:8]}  {a.label}" for a in found)
        raise Ambiguous(f"'{query}' matches {len(found)} accounts; be more specific:\n{listing}")
    return found[0]


def run_code(args: argparse.Namespace) -> int:
    refuse_hidden_codes(policy_of(args))
    vault = open_vault_for_read(args)
    account = pick_one(vault, args.query)
    now = time.time() if args.at is None else args.at
    code = code_at(account, now)
    note(args, vault, "reveal", account.label)
    if account.type is OtpType.HOTP:
        vault.update(advance_counter(account))
        vault.save()
    if args.json:
        left = None if account.type is OtpType.HOTP else round(seconds_left(account, now), 3)
        print_json({**account_summary(account), "code": code, "seconds_left": left})
    else:
        print(code)
    return 0


def refuse_hidden_codes(policy: Policy) -> None:
    """A pinned hide_codes: the window shows a code only to whoever clicks it, and then only
    until it is hidden again; a terminal keeps it in its scrollback, so it prints none."""
    if policy.value("hide_codes"):
        raise PolicyRefused(
            f"{MANAGED_TEXT}: codes are not shown on the command line (hide_codes = true); "
            "copy the code in the Keydesk window",
            reason="hide_codes",
        )


def run_remove(args: argparse.Namespace) -> int:
    policy_of(args).require("allow_remove")
    vault = open_vault_for_read(args)
    account = pick_one(vault, args.query)
    if not args.yes:
        if not sys.stdin.isatty():
            raise InvalidInput(f"refusing to remove {account.label} without --yes")
        answer = input(f"Remove {account.label}? Its codes will be gone for good. [y/N] ")
        if answer.strip().lower() not in {"y", "yes"}:
            print("Kept.")
            return 1
    vault.remove(account.id)
    vault.save()
    note(args, vault, "remove", account.label)
    log.info("removed account %s", account.id)
    print(f"Removed {account.label}")
    return 0
