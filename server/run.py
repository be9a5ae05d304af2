"""Start the application under uvicorn (used by the CLI)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

import sqlalchemy as sa
import uvicorn

from server import worker
from server.app import create_app
from server.clock import FileClock
from server.config import ServerConfig
from server.context import Services
from server.db.engine import normalise_url
from server.db.schema import users
from server.mail import Mailer
from server.seed import Credential, create_user, new_password, seed_demo


def serve(args: argparse.Namespace, config: ServerConfig, mail: tuple[Mailer, str]) -> int:
    mailer, where = mail
    clock = FileClock(args.fake_clock) if args.fake_clock else None
    app = create_app(config, mailer=mailer, clock=clock)  # migrates before any worker starts
    services = app.state.services
    if args.add_user:
        created = create_user(
            services, args.add_user, new_password(), args.role, email=args.email or ""
        )
        _say(f"created {created.login} ({created.role}); password: {created.password}")
        return 0
    _say(f"database: {_describe(config.db_url)}")
    _say(f"e-mail:   {where}")
    if args.demo:
        _print_demo(seed_demo(services) if _empty(services) else [])
    scheme = "https" if args.tls_cert else "http"
    _say(f"listening on {scheme}://{_hostport(args.host, args.port)}/v1")
    if args.workers > 1:
        os.environ[worker.ENV_VAR] = worker.encode(config, mailer, args.fake_clock)
        services.engine.dispose()
        worker.serve_workers(args.workers, _uvicorn_options(args))
        return 0
    uvicorn.run(app, **_uvicorn_options(args))
    return 0


def _uvicorn_options(args: argparse.Namespace) -> dict[str, Any]:
    return dict(
        host=args.host,
        port=args.port,
        ssl_certfile=str(args.tls_cert) if args.tls_cert else None,
        ssl_keyfile=str(args.tls_key) if args.tls_key else None,
        log_level=args.log_level,
        proxy_headers=False,
    )


def _empty(services: Services) -> bool:
    with services.read() as conn:
        return not conn.execute(sa.select(users.c.id).limit(1)).first()


def _print_demo(credentials: list[Credential]) -> None:
    if not credentials:
        _say("demo: users already exist; their passwords were printed when they were made")
        return
    _say("demo company (login / password / role):")
    for item in credentials:
        _say(f"  {item.login:<10} {item.password:<20} {item.role}")
    _say("support logs in only while support access is granted (PUT /v1/security/support_access)")


def _describe(url: str) -> str:
    normal = normalise_url(url)
    return normal.split("@")[-1] if "@" in normal else normal


def _hostport(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
