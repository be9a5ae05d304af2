"""``keydesk log [--json] [--since DATE]`` and ``keydesk log verify``: the usage record."""

from __future__ import annotations

import argparse
from datetime import datetime

from desktop.commands._usage import usage_log
from desktop.commands.common import add_passphrase_option, open_vault_for_read, print_json
from desktop.core.errors import InvalidInput, PolicyRefused
from desktop.core.policy import MANAGED_TEXT
from desktop.core.usage_log import UsageLog, UsageRecord

DESCRIPTION = """\
The profile's usage record: unlocks, failed unlocks, copies and reveals (the account's label,
never a code), adds, edits, removals, imports and exports. It is sealed inside the profile and
hash-chained: 'keydesk log verify' exits 1 and names the record when one was removed or changed."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "log",
        help="show or verify the profile's usage record",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("action", nargs="?", choices=["verify"], help="check the hash chain")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--since",
        metavar="DATE",
        type=since_date,
        help="only records from DATE (YYYY-MM-DD[THH:MM])",
    )
    add_passphrase_option(parser)
    parser.set_defaults(func=run)


def since_date(text: str) -> float:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: '{text}' (use YYYY-MM-DD)") from None
    return moment.timestamp()  # a date without a zone is local time


def run(args: argparse.Namespace) -> int:
    vault = open_vault_for_read(args)
    record = usage_log(args, vault)
    if record is None:
        raise PolicyRefused(f"{MANAGED_TEXT}: the usage record is turned off (usage_log = false)")
    if args.action == "verify":
        return _verify(args, record)
    if args.since is not None and args.since < 0:
        raise InvalidInput("--since must be a date after 1970")
    records = record.records(since=args.since)
    if args.json:
        print_json([r.to_json() for r in records])
    for item in [] if args.json else records:
        print(_line(item))
    return 0


def _verify(args: argparse.Namespace, record: UsageLog) -> int:
    records = record.verify()
    if args.json:
        print_json({"ok": True, "records": len(records)})
    else:
        print(f"The usage record is intact: {len(records)} record(s), chain unbroken.")
    return 0


def _line(item: UsageRecord) -> str:
    when = datetime.fromtimestamp(item.time).strftime("%Y-%m-%d %H:%M:%S")
    parts = [
        f"#{item.seq:<5} {when}  {item.event:<14}",
        item.account,
        item.detail and f"({item.detail})",
    ]
    return " ".join(part for part in parts if part)
