"""``keydesk export`` through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Keydesk
from tests.cli.test_cli import URI, init
from tests.core.importers import oracle


def test_export_formats_and_the_unencrypted_warning(
    keydesk: Keydesk, passphrase_file: Path, tmp_path: Path
) -> None:
    env = init(keydesk, passphrase_file)
    assert keydesk("add", URI, env=env).returncode == 0
    password = tmp_path / "export-password"
    password.write_text("export pw\n")
    aegis = tmp_path / "aegis.json"
    done = keydesk(
        "export",
        str(aegis),
        "--format",
        "aegis-encrypted",
        "--password-file",
        str(password),
        env=env,
    )
    assert done.returncode == 0, done.stderr
    (entry,) = oracle.aegis_db(json.loads(aegis.read_text()), "export pw")["entries"]
    assert (entry["issuer"], entry["name"], entry["info"]["digits"]) == ("ACME", "alice", 8)
    assert aegis.stat().st_mode & 0o077 == 0

    links = tmp_path / "links.txt"
    refused = keydesk("export", str(links), "--format", "otpauth", env=env)
    assert refused.returncode == 2 and "NOT encrypted" in refused.stderr and not links.exists()
    done = keydesk("export", str(links), "--format", "otpauth", "--yes", env=env)
    assert done.returncode == 0 and oracle.from_link(links.read_text())["issuer"] == "ACME"

    folder = tmp_path / "codes"
    done = keydesk("export", str(folder), "--format", "qr-png", "--yes", env=env)
    assert done.returncode == 0 and [p.suffix for p in folder.iterdir()] == [".png"]
