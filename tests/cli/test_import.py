"""``keydesk import`` through the real entry point: preview, dry run, one save, errors."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Keydesk
from tests.cli.test_cli import init

AEGIS = "aegis/importers/"


def test_dry_run_previews_and_writes_nothing(
    keydesk: Keydesk, passphrase_file: Path, home: Path, interop: Path
) -> None:
    env = init(keydesk, passphrase_file)
    vault_file = home / "profiles" / "default" / "vault.kdv"
    before = json.loads(vault_file.read_bytes())["content"]["data"]  # the sealed accounts
    done = keydesk(
        "import", "--dry-run", "--json", str(interop / AEGIS / "aegis_plain.json"), env=env
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["format"], result["dry_run"], result["added"]) == ("aegis", True, 0)
    assert len(result["to_add"]) == 7 and result["duplicates"] == [] and result["skipped"] == []
    assert "4SJHB4GSD43FZBAI7C2HLRJGPQ" not in done.stdout  # no secrets in the preview
    # Byte for byte the same accounts (the unlock only moved the usage record's anchor).
    assert json.loads(vault_file.read_bytes())["content"]["data"] == before


def test_import_then_again_finds_duplicates(
    keydesk: Keydesk, passphrase_file: Path, interop: Path, tmp_path: Path
) -> None:
    env = init(keydesk, passphrase_file)
    password = tmp_path / "export-password"
    password.write_text("test\n")
    sample = str(interop / AEGIS / "2fas_authenticator_encrypted_v4.2fas")
    done = keydesk("import", sample, "--password-file", str(password), env=env)
    assert done.returncode == 0, done.stderr
    assert "Imported 5 account(s)." in done.stdout
    listed = json.loads(keydesk("list", "--json", env=env).stdout)
    assert {(a["issuer"], a["name"]) for a in listed} >= {("Deno", "Mason"), ("Boeing", "Sophia")}
    again = keydesk("import", sample, "--password-file", str(password), "--json", env=env)
    result = json.loads(again.stdout)
    assert (result["added"], len(result["duplicates"])) == (0, 5)
    both = keydesk(
        "import", sample, "--password-file", str(password), "--with-duplicates", "--json", env=env
    )
    assert json.loads(both.stdout)["added"] == 5
    assert len(json.loads(keydesk("list", "--json", env=env).stdout)) == 10


def test_import_errors_exit_with_their_status(
    keydesk: Keydesk, passphrase_file: Path, interop: Path, tmp_path: Path
) -> None:
    env = init(keydesk, passphrase_file)
    wrong = tmp_path / "wrong"
    wrong.write_text("nope\n")
    encrypted = str(interop / AEGIS / "aegis_encrypted.json")
    no_password = keydesk("import", encrypted, env=env)
    assert no_password.returncode == 3 and "password" in no_password.stderr
    bad = keydesk("import", encrypted, "--password-file", str(wrong), env=env)
    assert bad.returncode == 3 and "password does not open" in bad.stderr
    sqlite = keydesk("import", str(interop / AEGIS / "google_authenticator.sqlite"), env=env)
    assert sqlite.returncode == 2 and "SQLite database" in sqlite.stderr
    missing = keydesk("import", str(tmp_path / "nothing.json"), env=env)
    assert missing.returncode == 2 and "cannot read" in missing.stderr
    assert json.loads(keydesk("list", "--json", env=env).stdout) == []
    export = tmp_path / "links.txt"
    export.write_text(
        "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXP\n"
        "otpauth://hotp/Bank:bob?secret=JBSWY3DPEHPK3PXP&counter=1&digits=11\n"
    )
    done = keydesk("import", "--dry-run", str(export), env=env)
    assert done.returncode == 0, done.stderr
    assert "To add (1):" in done.stdout and "ACME (alice)" in done.stdout
    assert "Cannot import (1):" in done.stdout and "digits must be between 4 and 10" in done.stdout


def test_several_screenshots_are_one_import(
    keydesk: Keydesk, passphrase_file: Path, tmp_path: Path
) -> None:
    from tests.core.importers.test_several_files import screenshots

    env = init(keydesk, passphrase_file)
    paths = []
    for number, image in enumerate(screenshots(), start=1):
        paths.append(tmp_path / f"shot{number}.png")
        paths[-1].write_bytes(image)
    done = keydesk("import", *map(str, paths), "--json", env=env)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["added"], result["notices"]) == (6, [])
