"""The application as uvicorn's worker processes build it (``keydesk-server --workers N``).

Each worker imports this module and calls :func:`make_app`; the configuration travels in one
environment variable that the CLI sets before uvicorn spawns the workers."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI
from uvicorn.supervisors import Multiprocess

from server.app import create_app
from server.clock import Clock, FileClock
from server.config import ServerConfig, parse_networks
from server.fair_accept import FairListener
from server.mail import DirMailer, Mailer, SmtpMailer

ENV_VAR = "KEYDESK_SERVER_CONFIG"


def encode(config: ServerConfig, mailer: Mailer, clock_file: str | None) -> str:
    """The settings a worker needs, as the JSON the environment variable carries."""
    if isinstance(mailer, SmtpMailer):
        mail: dict[str, Any] = {"smtp": [mailer.host, mailer.port]}
    elif isinstance(mailer, DirMailer):
        mail = {"dir": str(mailer.folder)}
    else:
        raise TypeError(f"workers cannot rebuild a {type(mailer).__name__}")
    return json.dumps(
        {
            "db_url": config.db_url,
            "trusted_proxies": [str(net) for net in config.trusted_proxies],
            "secret_key": config.secret_key.hex() if config.secret_key else None,
            "mail": mail,
            "clock_file": clock_file,
        }
    )


def listening_socket(host: str, port: int) -> socket.socket:
    """The socket every worker accepts on. Made here, not by uvicorn: uvicorn's own leaves the
    protocol number 0, so asyncio never sets TCP_NODELAY on the accepted connections and each
    keep-alive answer waits ~40 ms for a delayed ACK (Nagle). Linux passes the listener's
    TCP_NODELAY on to accepted sockets. A FairListener, so the workers share the connections."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = FairListener(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host.strip("[]"), port))
    sock.set_inheritable(True)
    return sock


def serve_workers(count: int, options: dict[str, Any]) -> None:
    """Run ``count`` worker processes under uvicorn's supervisor, on our socket."""
    config = uvicorn.Config("server.worker:make_app", factory=True, workers=count, **options)
    Multiprocess(config, sockets=[listening_socket(options["host"], options["port"])]).run()


def make_app() -> FastAPI:
    settings = json.loads(os.environ[ENV_VAR])
    config = ServerConfig(
        db_url=settings["db_url"],
        trusted_proxies=parse_networks(settings["trusted_proxies"]),
        secret_key=bytes.fromhex(settings["secret_key"]),
    )
    mail = settings["mail"]
    mailer: Mailer = SmtpMailer(*mail["smtp"]) if "smtp" in mail else DirMailer(Path(mail["dir"]))
    clock: Clock | None = FileClock(settings["clock_file"]) if settings["clock_file"] else None
    return create_app(config, mailer=mailer, clock=clock)
