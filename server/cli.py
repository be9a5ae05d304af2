"""`keydesk-server`: run the security API (see docs/server.md)."""

from __future__ import annotations

import argparse
import ipaddress
import shutil
import sys
import tempfile
from pathlib import Path

from server.config import ServerConfig, parse_networks
from server.mail import DirMailer, Mailer, SmtpMailer, parse_smtp
from server.security import sealing

LOOPBACK_NAMES = {"localhost", "ip6-localhost"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="keydesk-server", description="Keydesk reference security API server."
    )
    parser.add_argument("--db", help="SQLite file path or database URL (postgresql://…)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8765, help="TCP port")
    parser.add_argument("--tls-cert", type=Path, help="PEM certificate: serve HTTPS")
    parser.add_argument("--tls-key", type=Path, help="PEM private key of --tls-cert")
    mail = parser.add_mutually_exclusive_group()
    mail.add_argument("--smtp", metavar="HOST:PORT", help="send e-mail through this SMTP server")
    mail.add_argument("--mail-dir", type=Path, metavar="DIR", help="write e-mail as .eml files")
    parser.add_argument("--demo", action="store_true", help="seed a demo company, print logins")
    parser.add_argument(
        "--trusted-proxy",
        action="append",
        default=[],
        metavar="CIDR",
        help="honour X-Forwarded-For from these proxies (repeatable)",
    )
    parser.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="allow plain HTTP on a non-loopback address (not recommended)",
    )
    parser.add_argument(
        "--secret-key-file",
        type=Path,
        metavar="FILE",
        help="the server key (32 bytes as 64 hex digits or base64) that seals TOTP secrets; "
        "else KEYDESK_SECRET_KEY; --demo makes one beside its database",
    )
    parser.add_argument(
        "--rotate-secret-key",
        type=Path,
        metavar="NEW_FILE",
        help="re-seal every stored secret under the key in NEW_FILE (created when missing), exit",
    )
    parser.add_argument("--add-user", metavar="LOGIN", help="create a user, print its password")
    parser.add_argument("--email", help="e-mail address for --add-user")
    parser.add_argument("--role", default="operator", help="role for --add-user")
    parser.add_argument(
        "--dump-openapi",
        nargs="?",
        const="-",
        metavar="FILE",
        help="write the OpenAPI document (to stdout without FILE) and exit",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="serve with N processes (PostgreSQL only; rules hold across them)",
    )
    # Tests move the clock of several server processes at once through a file (epoch seconds).
    parser.add_argument("--fake-clock", metavar="FILE", help=argparse.SUPPRESS)
    parser.add_argument("--log-level", default="info", help="uvicorn log level")
    return parser


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_transport(args: argparse.Namespace) -> str | None:
    """An error message when the options would serve plain HTTP where they should not."""
    if bool(args.tls_cert) != bool(args.tls_key):
        return "--tls-cert and --tls-key go together"
    if not 1 <= args.workers <= 64:
        return "--workers is between 1 and 64"
    if args.workers > 1 and not str(args.db or "").startswith(("postgres://", "postgresql")):
        return "--workers above 1 needs PostgreSQL (--db postgresql://…): SQLite serves one process"
    if args.tls_cert or is_loopback(args.host) or args.allow_insecure_http:
        return None
    return (
        f"refusing plain HTTP on {args.host}: give --tls-cert/--tls-key, "
        "listen on loopback, or pass --allow-insecure-http"
    )


def choose_mailer(args: argparse.Namespace, workdir: Path | None) -> tuple[Mailer, str] | str:
    if args.smtp:
        try:
            host, port = parse_smtp(args.smtp)
        except ValueError as error:
            return f"--smtp: {error}"
        return SmtpMailer(host, port), f"SMTP {host}:{port}"
    folder = args.mail_dir or (workdir / "mail" if workdir else None)
    if folder is None:
        return "give --smtp HOST:PORT or --mail-dir DIR (or --demo)"
    return DirMailer(folder), f"folder {folder.resolve()}"


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.dump_openapi:
        return _dump(args.dump_openapi)
    if args.rotate_secret_key:
        return _rotate(args)
    problem = check_transport(args)
    if problem:
        print(f"keydesk-server: {problem}", file=sys.stderr)
        return 2
    # A demo without --db or a mail destination gets a throwaway folder, removed at exit.
    needs_workdir = args.demo and not (args.db and (args.mail_dir or args.smtp))
    workdir = Path(tempfile.mkdtemp(prefix="keydesk-demo-")) if needs_workdir else None
    try:
        return _serve(args, workdir)
    finally:
        if workdir is not None:
            shutil.rmtree(workdir, ignore_errors=True)


def _serve(args: argparse.Namespace, workdir: Path | None) -> int:
    db = args.db or (str(workdir / "demo.db") if workdir else "keydesk-server.db")
    mailer = choose_mailer(args, workdir)
    if isinstance(mailer, str):
        print(f"keydesk-server: {mailer}", file=sys.stderr)
        return 2
    try:
        trusted = parse_networks(args.trusted_proxy)
    except ValueError as error:
        print(f"keydesk-server: --trusted-proxy: {error}", file=sys.stderr)
        return 2
    key = _server_key(args, db)
    if isinstance(key, str):
        print(f"keydesk-server: {key}", file=sys.stderr)
        return 2
    from server.run import serve

    config = ServerConfig(db_url=db, trusted_proxies=trusted, secret_key=key)
    return serve(args, config, mailer)


def _server_key(args: argparse.Namespace, db: str) -> bytes | str:
    """The key, or an error message. Without --secret-key-file or the variable, a SQLite
    database's key file beside it (``<db>.secret-key``) is used; a demo creates it."""
    try:
        key = sealing.load_key(args.secret_key_file)
        beside = Path(f"{db}.secret-key") if "://" not in db else None
        if key is None and beside is not None and beside.exists():
            key = sealing.load_key(beside)
    except sealing.SecretKeyError as error:
        return f"secret key: {error}"
    if key is not None:
        return key
    if not args.demo:
        return f"give --secret-key-file FILE or {sealing.ENV_VAR} (see docs/server.md)"
    if beside is None:
        return sealing.parse_key(sealing.new_key_text())  # lives as long as this run
    return sealing.write_key_file(beside)


def _rotate(args: argparse.Namespace) -> int:
    from server.rotation import rotate

    try:
        changed = rotate(
            args.db or "keydesk-server.db", args.secret_key_file, args.rotate_secret_key
        )
    except sealing.SecretKeyError as error:
        print(f"keydesk-server: {error}", file=sys.stderr)
        return 2
    print(f"re-sealed {changed} secret(s) under {args.rotate_secret_key}")
    return 0


def _dump(target: str) -> int:
    from server.openapi import build_spec, dump, render

    if target == "-":
        sys.stdout.write(render(build_spec()))
    else:
        print(f"wrote {dump(Path(target))}")
    return 0
