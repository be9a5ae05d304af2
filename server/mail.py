"""Outgoing mail: SMTP to a relay, or .eml files in a folder (demo mode)."""

from __future__ import annotations

import smtplib
import uuid
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Protocol


class Mailer(Protocol):
    def send(self, message: EmailMessage) -> None: ...


def compose(sender: str, to: str, subject: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = make_msgid(domain="keydesk.invalid")
    message.set_content(body)
    return message


class SmtpMailer:
    """Plain SMTP to HOST:PORT (a local relay or a test server)."""

    def __init__(self, host: str, port: int, timeout: float = 10.0) -> None:
        self.host = host
        self.port = port
        self.timeout = timeout

    def send(self, message: EmailMessage) -> None:
        with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
            smtp.send_message(message)


class DirMailer:
    """Each message becomes an .eml file in a folder; newest files sort last."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def send(self, message: EmailMessage) -> None:
        name = f"{uuid.uuid1().int:040d}.eml"
        temporary = self.folder / (name + ".tmp")
        temporary.write_bytes(message.as_bytes())
        temporary.replace(self.folder / name)


def parse_smtp(value: str) -> tuple[str, int]:
    """HOST:PORT (IPv6 hosts in brackets) to a pair; raises ValueError."""
    host, sep, port = value.rpartition(":")
    if not sep or not host or not port.isdigit():
        raise ValueError("expected HOST:PORT")
    return host.strip("[]"), int(port)
