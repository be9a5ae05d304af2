"""``keydesk backup`` through the real entry point: versions after each change, restore, settings."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Keydesk
from tests.cli.test_cli import HOTP, URI, init


def test_backups_follow_changes_and_restore(
    keydesk: Keydesk, passphrase_file: Path, home: Path
) -> None:
    env = init(keydesk, passphrase_file)
    settings = keydesk("backup", "settings", "--keep", "2", "--json", env=env)
    assert json.loads(settings.stdout) == {
        "enabled": True,
        "folder": str(home / "profiles" / "default" / "backups"),
        "keep": 2,
    }
    assert keydesk("add", URI, env=env).returncode == 0
    assert keydesk("add", HOTP, env=env).returncode == 0
    assert keydesk("remove", "ACME", "--yes", env=env).returncode == 0
    listed = json.loads(keydesk("backup", "list", "--json", env=env).stdout)
    assert [v["accounts"] for v in listed] == [1, 2]  # three saves, two kept
    refused = keydesk("backup", "restore", "2", env=env)
    assert refused.returncode == 2 and "--yes" in refused.stderr
    done = keydesk("backup", "restore", "2", "--yes", env=env)
    assert done.returncode == 0 and "Restored 2 account(s)" in done.stdout, done.stderr
    names = {a["issuer"] for a in json.loads(keydesk("list", "--json", env=env).stdout)}
    assert names == {"ACME", "Bank"}
    missing = keydesk("backup", "restore", "9", "--yes", env=env)
    assert missing.returncode == 2 and "no backup" in missing.stderr
