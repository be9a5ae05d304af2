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
    from server.run import serve

    return serve(args, ServerConfig(db_url=db, trusted_proxies=trusted), mailer)


def _dump(target: str) -> int:
    from server.openapi import build_spec, dump, render

    if target == "-":
        sys.stdout.write(render(build_spec()))
    else:
        print(f"wrote {dump(Path(target))}")
    return 0
