"""``keydesk scan FILE... [--json] [--add]``: read authenticator QR codes from image files.

Per file it reports what was found: the payloads (their kind, never their text: it holds secrets),
the accounts (without secrets) and an error when nothing usable was found. ``--add`` saves the
accounts; the QR codes of one Google Authenticator export may be spread over several files, and
an export is added only when all of its codes were given.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.commands._usage import note
from desktop.commands.common import (
    add_passphrase_option,
    log,
    open_vault_for_write,
    policy_of,
    print_json,
)
from desktop.core.errors import InvalidInput, KeydeskError, NoCodeFound
from desktop.core.frames import load_image
from desktop.core.migration import MigrationBatch
from desktop.core.otp import Account
from desktop.core.payloads import read_payload
from desktop.core.qr import decode

EXIT_OK, EXIT_BAD_INPUT = 0, 2


@dataclass
class FileResult:
    file: str
    payloads: list[dict[str, Any]] = field(default_factory=list)
    accounts: list[Account] = field(default_factory=list)
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "payloads": self.payloads,
            "accounts": [account_summary(a) for a in self.accounts],
            "error": self.error,
        }


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    scan = subparsers.add_parser(
        "scan",
        help="read authenticator QR codes from image files",
        description="Read otpauth:// and Google Authenticator export QR codes from images "
        "(PNG, JPEG, WebP, BMP, GIF). Secrets are never printed.",
    )
    scan.add_argument("files", nargs="+", metavar="FILE", help="image files to scan")
    scan.add_argument("--json", action="store_true", help="print JSON")
    scan.add_argument("--add", action="store_true", help="save the accounts found to the vault")
    scan.add_argument("--group", default="", help="with --add: file the accounts under GROUP")
    add_passphrase_option(scan)
    scan.set_defaults(func=run)


def account_summary(account: Account) -> dict[str, Any]:
    """Everything worth showing about a scanned account, never its secret."""
    summary: dict[str, Any] = {
        "issuer": account.issuer,
        "name": account.name,
        "type": account.type.value,
        "digits": account.digits,
        "period": account.period,
        "algorithm": account.algorithm.value,
    }
    if account.type.value == "hotp":
        summary["counter"] = account.counter
    return summary


def scan_file(path: Path, batches: dict[int, MigrationBatch]) -> FileResult:
    """Decode one image; migration codes go into ``batches`` (one per export)."""
    result = FileResult(str(path))
    try:
        texts = decode(load_image(path))
        if not texts:
            raise NoCodeFound(f"No QR code was found in {path.name}.")
    except KeydeskError as exc:
        result.error = exc.message
        return result
    for text in texts:
        result.payloads.append(_read_one(text, result, batches))
    if not result.accounts:
        problems = [p["error"] for p in result.payloads if p.get("error")]
        result.error = problems[0] if problems else f"No authenticator code in {path.name}."
    return result


def _read_one(text: str, result: FileResult, batches: dict[int, MigrationBatch]) -> dict[str, Any]:
    try:
        payload = read_payload(text)
    except InvalidInput as exc:
        return {"kind": "other", "error": exc.message}
    entry: dict[str, Any] = {"kind": payload.kind.value, "accounts": len(payload.accounts)}
    migration = payload.migration
    if migration is not None:
        entry["batch"] = {
            "id": migration.batch_id,
            "index": migration.batch_index + 1,
            "size": migration.batch_size,
        }
        batches.setdefault(migration.batch_id, MigrationBatch()).add(migration)
    result.accounts.extend(payload.accounts)
    return entry


def incomplete_batches(batches: dict[int, MigrationBatch]) -> list[str]:
    return [
        f"A Google Authenticator export is incomplete: {batch.progress_text()} "
        f"(missing code {', '.join(map(str, batch.missing))})."
        for batch in batches.values()
        if not batch.complete
    ]


def run(args: argparse.Namespace) -> int:
    if args.add:
        policy_of(args).require("allow_add")
    batches: dict[int, MigrationBatch] = {}
    results = [scan_file(Path(name), batches) for name in args.files]
    problems = incomplete_batches(batches)
    added = 0
    if args.add and not problems:
        added = _save(args, [a for r in results for a in r.accounts])
    if args.json:
        print_json({"files": [r.to_json() for r in results], "problems": problems, "added": added})
    else:
        _print_text(results, problems, added, args.add)
    failed = any(r.error for r in results) or bool(problems)
    return EXIT_BAD_INPUT if failed else EXIT_OK


def _save(args: argparse.Namespace, accounts: list[Account]) -> int:
    if not accounts:
        return 0
    policy = policy_of(args)
    for account in accounts:  # all or nothing: one refused issuer adds none
        policy.check_issuer(account.issuer)
    vault = open_vault_for_write(args)
    for account in accounts:
        vault.add(account.edited(group=args.group) if args.group else account)
    vault.save()
    for account in accounts:
        note(args, vault, "add", account.label)
    log.info("added %d scanned account(s)", len(accounts))
    return len(accounts)


def _print_text(results: list[FileResult], problems: list[str], added: int, add: bool) -> None:
    for result in results:
        print(f"{result.file}:")
        if result.error:
            print(f"  {result.error}")
        for account in result.accounts:
            s = account_summary(account)
            label = account.label or "(unnamed account)"
            print(
                f"  {label}  {s['type']}, {s['digits']} digits, {s['period']} s, {s['algorithm']}"
            )
    for problem in problems:
        print(problem)
    if add:
        print(f"Added {added} account(s)." if not problems else "Nothing was added.")
