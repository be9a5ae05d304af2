"""``keydesk admin …``: the security settings from scripts, through the same outbox as the app
(so every edit works offline and goes out with ``keydesk admin sync``)."""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.admin.errors import AuthRequired
from desktop.admin.service import AdminService
from desktop.admin.urls import normalise_server_url
from desktop.admin.view import full_view
from desktop.admin.weakening import describe
from desktop.commands.common import (
    add_passphrase_option,
    open_vault_for_read,
    policy_of,
    print_json,
    profile_home,
    read_passphrase_file,
)
from desktop.core.errors import Ambiguous, InvalidInput, NotFound

if TYPE_CHECKING:
    Sub = argparse._SubParsersAction[argparse.ArgumentParser]


def register(subparsers: Sub) -> None:
    admin = subparsers.add_parser("admin", help="edit the service's security settings")
    admin.set_defaults(policy_gate="admin_console")
    commands = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    _register_session(commands)
    _register_edits(commands)
    _register_queue(commands)


def _register_session(commands: Sub) -> None:
    login = commands.add_parser("login", help="log in: password, then the one-time code")
    login.add_argument(
        "--server", metavar="URL", help="https://host[:port] (default: the one the policy pins)"
    )
    login.add_argument("--user", required=True, metavar="LOGIN")
    login.add_argument("--password-file", required=True, metavar="FILE")
    login.add_argument("--ca-file", metavar="FILE", help="trust this CA bundle for the server")
    codes = login.add_mutually_exclusive_group()
    codes.add_argument("--code", metavar="CODE", help="the one-time code (else prompted)")
    codes.add_argument(
        "--code-from-vault", action="store_true", help="compute the code from the vault account"
    )
    add_passphrase_option(login)
    login.set_defaults(func=run_login)
    commands.add_parser("logout", help="revoke the token").set_defaults(func=run_logout)
    again = commands.add_parser(
        "reconfirm", help="confirm with a fresh code so held (weakening) edits can go out"
    )
    again.add_argument("--code", help="the one-time code (else asked for)")
    again.set_defaults(func=run_reconfirm)
    status = commands.add_parser("status", help="online, pending edits, conflicts, last sync")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=run_status)
    commands.add_parser("sync", help="push queued edits, pull the settings").set_defaults(
        func=run_sync
    )
    show = commands.add_parser("show", help="the settings as you see them (with your edits)")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=run_show)


def _register_edits(commands: Sub) -> None:
    ip = commands.add_parser("ip", help="IP allowlist entries").add_subparsers(
        dest="ip_command", metavar="ACTION", required=True
    )
    add = ip.add_parser("add", help="add a CIDR block, address or range (a-b)")
    add.add_argument("value", metavar="CIDR")
    add.add_argument("--name", default="")
    add.set_defaults(func=run_ip_add)
    remove = ip.add_parser("remove", help="remove an entry by id")
    remove.add_argument("entry_id", metavar="ID")
    remove.set_defaults(func=run_ip_remove)
    support = commands.add_parser("support-access", help="technical support access")
    modes = support.add_subparsers(dest="support_command", metavar="on|off", required=True)
    on = modes.add_parser("on", help="grant support access")
    on.add_argument("--hours", type=float, required=True)
    on.add_argument("--reason", required=True)
    on.add_argument("--ticket", default="")
    on.set_defaults(func=run_support_on)
    modes.add_parser("off", help="revoke support access").set_defaults(func=run_support_off)
    two = commands.add_parser("two-factor", help="two-factor policy").add_subparsers(
        dest="two_factor_command", metavar="set", required=True
    )
    setter = two.add_parser("set", help="e.g. default_method=totp grace_hours=24 "
                            "required_roles=operator,supervisor totp.digits=8")  # fmt: skip
    setter.add_argument("assignments", nargs="+", metavar="KEY=VALUE")
    setter.set_defaults(func=run_two_factor_set)


def _register_queue(commands: Sub) -> None:
    listing = commands.add_parser("queue", help="edits not yet on the server")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=run_queue)
    resolve = commands.add_parser("resolve", help="decide a conflict")
    resolve.add_argument("item_id", metavar="ID")
    resolve.add_argument("choice", choices=["mine", "theirs", "both"])
    resolve.set_defaults(func=run_resolve)
    discard = commands.add_parser("discard", help="drop a held or rejected edit")
    discard.add_argument("item_id", metavar="ID")
    discard.set_defaults(func=run_discard)


def _service(args: argparse.Namespace) -> AdminService:
    return AdminService(profile_home(args, create=True))


# --- session --------------------------------------------------------------------------------


def run_login(args: argparse.Namespace) -> int:
    service = _service(args)
    if not service.tokens.secure:
        print(f"keydesk: no secure keyring ({service.tokens.reason}); the token is kept only "
              "for this command and you will need to log in again", file=sys.stderr)  # fmt: skip
    server = _login_server(args)
    password = read_passphrase_file(Path(args.password_file))
    pending = service.begin_login(server, args.user, password, args.ca_file)
    code = args.code or (_vault_code(args, service, pending.server_url) if args.code_from_vault
                         else _prompt_code(pending.challenge.method))  # fmt: skip
    done = service.finish_login(pending, code)
    released = service.store.counts().get("pending", 0)
    print(f"Logged in to {pending.server_url} as {done.user.get('login', args.user)}.")
    if released:
        print(f"{released} queued edit(s) will go out with 'keydesk admin sync'.")
    return 0


def _login_server(args: argparse.Namespace) -> str:
    """The server to log in to: the one the policy pins (admin_server_url), else --server."""
    policy = policy_of(args)
    if not policy.pinned("admin_server_url"):
        if not args.server:
            raise InvalidInput("give --server URL")
        return str(args.server)
    pinned = str(policy.value("admin_server_url"))
    if args.server and normalise_server_url(args.server) != normalise_server_url(pinned):
        policy.refuse_change("admin_server_url")
    return pinned


def _prompt_code(method: str) -> str:
    where = "from the e-mail" if method == "email" else "from your authenticator"
    if sys.stdin.isatty():
        return getpass.getpass(f"One-time code {where}: ")
    print(f"One-time code {where}: ", end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip()


def _vault_code(args: argparse.Namespace, service: AdminService, server_url: str) -> str:
    vault = open_vault_for_read(args)
    found = service.vault_matches(vault.accounts, server_url, args.user)
    if not found:
        raise NotFound("no vault account matches this server; use --code")
    if len(found) > 1:
        raise Ambiguous(f"{len(found)} vault accounts match this server; use --code")
    from desktop.admin.login import code_from

    return code_from(found[0], time.time())


def run_reconfirm(args: argparse.Namespace) -> int:
    service = _service(args)
    # --code answers a code already sent (or the app's); otherwise ask for one and prompt
    code = args.code or _prompt_code(service.request_reconfirm().method)
    service.reconfirm(code)
    released = service.store.counts().get("pending", 0)
    print("Confirmed for 5 minutes.")
    if released:
        print(f"{released} queued edit(s) will go out with 'keydesk admin sync'.")
    return 0


def run_logout(args: argparse.Namespace) -> int:
    _service(args).logout()
    print("Logged out.")
    return 0


def run_status(args: argparse.Namespace) -> int:
    status = _service(args).status()
    if args.json:
        print_json(status)
        return 0
    online = {True: "online", False: "offline", None: "never synced"}[status["online"]]
    print(f"Server:    {status['server'] or '(not logged in)'} ({online})")
    print(f"Pending:   {status['pending']}   held for re-confirmation: {status['held']}")
    print(f"Conflicts: {status['conflicts']}   rejected: {status['rejected']}")
    print(f"Last sync: {_when(status['last_sync'])}")
    if status["auth_required"]:
        print("Log in again: the server no longer accepts the token (edits are kept).")
    return 0


def _when(moment: float | None) -> str:
    if not moment:
        return "never"
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def run_sync(args: argparse.Namespace) -> int:
    service = _service(args)
    report = service.sync()
    print(f"Pushed {report.pushed}, merged {report.merged}, already there {report.already}, "
          f"conflicts {report.conflicts}, rejected {report.rejected}, held {report.held}, "
          f"left {report.remaining}.")  # fmt: skip
    for line in report.rejections:
        print(f"  refused: {line}")
    if report.auth_required:
        raise AuthRequired(f"{report.message}; log in again (your edits are kept)")
    if report.offline:
        print(f"keydesk: offline: {report.message} (edits are kept)", file=sys.stderr)
        return 1
    if report.server_error:
        print(f"keydesk: server error: {report.message} (edits are kept)", file=sys.stderr)
        return 1
    if report.retry_at is not None:
        print(f"keydesk: {report.message}, after {_when(report.retry_at)} (edits are kept)",
              file=sys.stderr)  # fmt: skip
        return 1
    if report.message:
        print(f"keydesk: {report.message}", file=sys.stderr)
        return 1
    return 0 if report.remaining == 0 else 1


def run_show(args: argparse.Namespace) -> int:
    view = full_view(_service(args).store)
    if args.json:
        print_json(view)
        return 0
    two = view["two_factor"]
    print(f"Two-factor: default {two.get('default_method')}, required for "
          f"{', '.join(two.get('required_roles') or []) or 'nobody'}, grace {two.get('grace_hours')} h")  # fmt: skip
    allow = view["ip_allowlist"]
    print(f"IP allowlist: {'on' if allow.get('enabled') else 'off'}")
    for entry in allow.get("entries", []):
        print(f"  {entry['id']}  {entry['value']}  {entry.get('name', '')}")
    support = view["support_access"]
    print(
        f"Support access: {'granted until ' + str(support.get('expires_at')) if support.get('active') else 'off'}"
    )
    print(f"Content filter: {'on' if view['content_filter'].get('enabled') else 'off'}, "
          f"{len(view['content_filter'].get('rules', []))} rule(s)")  # fmt: skip
    return 0


# --- edits ------------------------------------------------------------------------------------


def _queued(item: Any) -> int:
    if item.weakening:
        print(f"Queued {item.id}; it {describe(item.weakening)}, so it waits until you log in "
              "again with a fresh code ('keydesk admin login').")  # fmt: skip
    else:
        print(f"Queued {item.id}; it goes out with 'keydesk admin sync'.")
    return 0


def run_ip_add(args: argparse.Namespace) -> int:
    return _queued(_service(args).editor.add_ip(args.value, name=args.name))


def run_ip_remove(args: argparse.Namespace) -> int:
    return _queued(_service(args).editor.remove_ip(args.entry_id))


def run_support_on(args: argparse.Namespace) -> int:
    return _queued(_service(args).editor.grant_support(args.hours, args.reason, args.ticket))


def run_support_off(args: argparse.Namespace) -> int:
    return _queued(_service(args).editor.revoke_support())


def run_two_factor_set(args: argparse.Namespace) -> int:
    patch: dict[str, Any] = {}
    for assignment in args.assignments:
        key, sep, raw = assignment.partition("=")
        if not sep or not key:
            raise InvalidInput(f"expected KEY=VALUE, got {assignment!r}")
        target = patch
        parts = key.strip().split(".")
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = _value(parts[-1], raw.strip())
    return _queued(_service(args).editor.patch_two_factor(patch))


def _value(key: str, raw: str) -> Any:
    if key == "required_roles":
        return [role.strip() for role in raw.split(",") if role.strip()]
    return int(raw) if raw.lstrip("-").isdigit() else raw


# --- the queue --------------------------------------------------------------------------------


def run_queue(args: argparse.Namespace) -> int:
    items = _service(args).open_items()
    if args.json:
        print_json(items)
        return 0
    for item in items:
        extra = (
            describe(item["weakening"]) if item["status"] == "held" else item["last_error"] or ""
        )
        print(f"{item['id']}  {item['status']:<9} {item['op']:<9} {item['resource']}  {extra}")
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    _service(args).resolve(args.item_id, args.choice)
    print("Decided; it goes out with 'keydesk admin sync'.")
    return 0


def run_discard(args: argparse.Namespace) -> int:
    _service(args).discard(args.item_id)
    print("Discarded.")
    return 0
