"""``keydesk profiles`` and ``--profile``: several operators' vaults in one data folder."""

from __future__ import annotations

import base64
import json
import os
import shutil
import time
from pathlib import Path

import pytest

from desktop.core.backoff import UnlockBackoff
from tests.cli.conftest import Keydesk


def boris_folder(home: Path) -> Path:
    from desktop.core.profiles import ProfileStore

    return ProfileStore(home).find("Boris").folder


LEGACY = Path(__file__).resolve().parent.parent / "data" / "legacy_home"


def names(cli: Keydesk) -> list[str]:
    done = cli("profiles", "list", "--json")
    assert done.returncode == 0, done.stderr
    return [row["name"] for row in json.loads(done.stdout)]


def test_create_rename_delete(cli: Keydesk, tmp_path: Path) -> None:
    assert names(cli) == []
    created = cli("profiles", "create", "Anna", "--json")
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout)["name"] == "Anna"
    assert cli("profiles", "create", "Boris").returncode == 0
    assert cli("profiles", "create", "anna").returncode == 2  # taken, whatever the case
    assert cli("profiles", "rename", "Boris", "Борис").returncode == 0
    assert names(cli) == ["Anna", "Борис"]
    refused = cli("profiles", "delete", "Anna")
    assert refused.returncode == 2 and "--confirm 'Anna'" in refused.stderr
    assert cli("profiles", "delete", "Anna", "--confirm", "anna").returncode == 0
    last = cli("profiles", "delete", "Борис", "--confirm", "Борис")
    assert last.returncode == 2 and "--confirm-last" in last.stderr  # asked twice
    assert names(cli) == ["Борис"]
    gone = cli("profiles", "delete", "Борис", "--confirm", "Борис", "--confirm-last")
    assert gone.returncode == 0, gone.stderr
    assert names(cli) == []


@pytest.mark.parametrize("bad", ["a/b", "..", "x..y", "bell\x07", "line\nbreak", "x" * 65])
def test_bad_profile_names_exit_2_and_change_nothing(cli: Keydesk, home: Path, bad: str) -> None:
    done = cli("profiles", "create", bad)
    assert done.returncode == 2
    assert "profile name" in done.stderr and "Traceback" not in done.stderr
    assert not any((home / "profiles").glob("*")) if (home / "profiles").exists() else True
    assert cli("--profile", bad, "list").returncode == 2


def test_profile_option_everywhere_and_b_is_not_a(
    cli: Keydesk, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [time.time()]
    monkeypatch.setattr("desktop.commands.common.wall_clock", lambda: now[0])
    a_pass, b_pass = tmp_path / "a.txt", tmp_path / "b.txt"
    a_pass.write_text("anna's own passphrase")
    b_pass.write_text("boris's own passphrase")
    for name, passphrase in (("Anna", a_pass), ("Boris", b_pass)):
        assert cli("profiles", "create", name).returncode == 0
        init = cli("--profile", name, "init", "--no-keyring", "--passphrase-file", str(passphrase))
        assert init.returncode == 0, init.stderr
    secret = os.urandom(20)
    b32 = base64.b32encode(secret).decode().rstrip("=")
    uri = f"otpauth://totp/BorisBank:boris.private?secret={b32}&issuer=BorisBank"
    added = cli("add", "-", "--profile", "Boris", stdin=uri + "\n",
                    env={"KEYDESK_PASSPHRASE_FILE": str(b_pass)})  # fmt: skip
    assert added.returncode == 0, added.stderr
    ambiguous = cli("list", env={"KEYDESK_PASSPHRASE_FILE": str(b_pass)})
    assert ambiguous.returncode == 2 and "Anna, Boris" in ambiguous.stderr
    with_a = cli("list", "--profile", "Boris", "--passphrase-file", str(a_pass))
    assert with_a.returncode == 3 and "BorisBank" not in with_a.stdout + with_a.stderr
    now[0] += 60  # past Boris's backoff
    with_b = cli("--profile", "Boris", "list", "--json", "--passphrase-file", str(b_pass))
    assert with_b.returncode == 0 and json.loads(with_b.stdout)[0]["issuer"] == "BorisBank"
    anna = cli("list", "--json", "--profile", "anna", "--passphrase-file", str(a_pass))
    assert anna.returncode == 0 and json.loads(anna.stdout) == []
    leaks = [secret, b32.encode(), b32.lower().encode(), b"BorisBank", b"boris.private"]
    for path in (p for p in home.rglob("*") if p.is_file()):
        content = path.read_bytes()
        assert not [leak for leak in leaks if leak in content], f"in clear in {path}"
    delete = ["profiles", "delete", "Boris", "--confirm", "Boris"]
    assert cli(*delete).returncode == 2  # its passphrase is needed
    assert cli(*delete, "--passphrase-file", str(a_pass)).returncode == 3  # not A's
    assert UnlockBackoff(boris_folder(home)).wait(now[0]) == 1  # A wrong try counts for Boris
    now[0] += 60
    assert cli(*delete, "--passphrase-file", str(b_pass)).returncode == 0
    assert names(cli) == ["Anna"]


def test_a_damaged_profile_is_named_and_others_open(cli: Keydesk, home: Path) -> None:
    assert cli("profiles", "create", "Anna").returncode == 0
    broken = home / "profiles" / "b0rken"
    broken.mkdir()
    (broken / "profile.json").write_text("{")
    rows = json.loads(cli("profiles", "list", "--json").stdout)
    assert [r["name"] for r in rows if "error" not in r] == ["Anna"]
    assert str(broken) in next(r for r in rows if "error" in r)["error"]
    done = cli("--profile", "b0rken", "list")
    assert done.returncode == 1 and str(broken) in done.stderr
    assert cli("--profile", "Anna", "list").returncode == 3  # no vault yet, not a crash


def test_the_old_layout_opens_as_default(keydesk: Keydesk, home: Path) -> None:
    """A real process, as a user upgrading Keydesk would run it."""
    shutil.rmtree(home)
    shutil.copytree(LEGACY, home, ignore=shutil.ignore_patterns("README.md"))
    passphrase = home.parent / "legacy.txt"
    passphrase.write_text("legacy layout passphrase")
    done = keydesk("list", "--json", "--passphrase-file", str(passphrase))
    assert done.returncode == 0, done.stderr
    assert [a["issuer"] for a in json.loads(done.stdout)] == ["Chat2Desk", "GitHub"]
    assert names(keydesk) == ["default"]
    assert not (home / "vault.kdv").exists()
    assert (home / "profiles" / "default" / "vault.kdv").exists()
