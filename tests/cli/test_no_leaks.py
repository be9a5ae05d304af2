"""No secret — raw bytes, base32 in any case, or the otpauth URI — is left anywhere in the
profile folder outside the vault's ciphertext, in the log, or in what the CLI prints."""

from __future__ import annotations

import base64
import os
from pathlib import Path

from desktop.core.keyring_store import default_backend
from tests.cli.conftest import Keydesk


def forms_of(secret: bytes, uri: str) -> list[bytes]:
    b32 = base64.b32encode(secret).decode().rstrip("=")
    return [secret, b32.encode(), b32.lower().encode(), uri.encode(), b32[:16].encode()]


def test_no_secret_leaves_the_ciphertext(
    keydesk: Keydesk, home: Path, passphrase_file: Path
) -> None:
    env: dict[str, str] = {}
    if "SecretService" not in type(default_backend()).__module__:
        env = {"KEYDESK_PASSPHRASE_FILE": str(passphrase_file)}
        assert keydesk("init", "--no-keyring", env=env).returncode == 0
    else:
        assert keydesk("init", env=env).returncode == 0
    leaks: list[bytes] = []
    printed: list[str] = []
    for index in range(20):
        secret = os.urandom(20)
        b32 = base64.b32encode(secret).decode().rstrip("=")
        uri = f"otpauth://totp/Issuer{index}:user{index}?secret={b32}&issuer=Issuer{index}"
        leaks += forms_of(secret, uri)
        done = keydesk("add", "-", stdin=uri + "\n", env=env)
        assert done.returncode == 0, done.stderr
        printed += [done.stdout, done.stderr]
    for command in (
        ("code", "issuer3", "--json"),
        ("list", "--json"),
        ("remove", "issuer4", "--yes"),
    ):
        done = keydesk(*command, env=env)
        assert done.returncode == 0, done.stderr
        printed += [done.stdout, done.stderr]

    files = [path for path in home.rglob("*") if path.is_file()]
    assert any(path.name == "keydesk.log" for path in files)
    for path in files:
        content = path.read_bytes()
        for leak in leaks:
            assert leak not in content, f"a secret form appears in {path.name}"
    for text in printed:
        for leak in leaks:
            assert leak.decode("latin-1") not in text
