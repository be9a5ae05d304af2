"""The command line is no way around the policy: kiosk mode, hide_codes, lock_after_copy,
allow_edit (a backup restore) and profiles_create, each refused with exit 2 and the key named,
and nothing changed on disk."""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import pytest

from desktop.commands._kiosk import READ_ONLY, reads_only
from tests.cli.test_policy_cli import MANAGED, URI, Keydesk, init, keydesk, policy

_ = keydesk  # the in-process fixture

HOTP = "otpauth://hotp/Shop:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Shop&counter=5"


def snapshot(home: Path) -> dict[str, str]:
    """Every file under the data folder and its content's hash: 'nothing changed' is exact."""
    return {
        str(path.relative_to(home)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(home.rglob("*"))
        if path.is_file() and path.name != "keydesk.log"
    }


def test_pinned_hide_codes_prints_no_code(
    keydesk: Keydesk, passphrase_file: Path, tmp_path: Path, home: Path
) -> None:
    env = init(keydesk, passphrase_file)
    assert keydesk("add", URI, env=env).returncode == 0
    assert keydesk("add", HOTP, env=env).returncode == 0
    hidden = policy(tmp_path, hide_codes=True)
    before = snapshot(home)
    for args in (["code", "acme"], ["code", "acme", "--json"], ["code", "shop"]):
        done = keydesk("--policy", hidden, *args, env=env)
        assert done.returncode == 2, args
        assert done.stdout == ""
        assert f"{MANAGED}: codes are not shown on the command line (hide_codes = true)" in (
            done.stderr
        )
    assert snapshot(home) == before  # no reveal recorded, the HOTP counter not advanced
    shown = keydesk("--policy", policy(tmp_path, hide_codes=False), "code", "acme", env=env)
    assert shown.returncode == 0 and shown.stdout.strip().isdigit()
    events = [r["event"] for r in json.loads(keydesk("log", "--json", env=env).stdout)]
    assert events.count("reveal") == 1


#: Every command that changes something (its name, then arguments that would otherwise work).
REFUSED_AT_A_KIOSK = [
    ("add", ["add", URI]),
    ("remove", ["remove", "acme", "--yes"]),
    ("import", ["import", "links.txt", "--yes"]),
    ("export", ["export", "out.txt", "--format", "otpauth", "--yes"]),
    ("scan", ["scan", "qr.png", "--add"]),
    ("init", ["init", "--no-keyring"]),
    ("settings set", ["settings", "set", "theme", "dark"]),
    ("profiles create", ["profiles", "create", "Second"]),
    ("profiles rename", ["profiles", "rename", "default", "Other"]),
    ("profiles delete", ["profiles", "delete", "default", "--confirm", "default"]),
    ("slots add-passphrase", ["slots", "add-passphrase", "--new-passphrase-file", "new.txt"]),
    ("slots add-keyring", ["slots", "add-keyring"]),
    ("slots remove", ["slots", "remove", "some-slot"]),
    ("backup restore", ["backup", "restore", "1", "--yes"]),
    ("backup settings", ["backup", "settings", "--keep", "3"]),
    ("restore-backup", ["restore-backup"]),
    ("icons import", ["icons", "import", "pack.zip"]),
    ("icons remove", ["icons", "remove", "some-uuid"]),
    ("admin status", ["admin", "status"]),
    ("admin login", ["admin", "login", "--user", "a", "--password-file", "pw.txt"]),
]


def test_a_kiosk_command_line_refuses_what_the_kiosk_window_does_not_offer(
    keydesk: Keydesk, passphrase_file: Path, tmp_path: Path, home: Path
) -> None:
    env = init(keydesk, passphrase_file)
    assert keydesk("add", URI, env=env).returncode == 0
    (tmp_path / "links.txt").write_text(URI.replace("ACME", "Bank") + "\n")
    kiosk = policy(tmp_path, kiosk=True)  # allow_* all at their default: true
    before = snapshot(home)
    for name, args in REFUSED_AT_A_KIOSK:
        files = [str(tmp_path / a) if a.endswith((".txt", ".png", ".zip")) else a for a in args]
        done = keydesk("--policy", kiosk, *files, env=env)
        assert done.returncode == 2, (args, done.stderr)
        expected = f"{MANAGED}: 'keydesk {name}' is not offered in kiosk mode (kiosk = true)"
        assert expected in done.stderr, done.stderr
    assert snapshot(home) == before
    trying = keydesk("--kiosk", "export", str(tmp_path / "out.txt"), "--format", "otpauth",
                     "--yes", env=env)  # fmt: skip
    assert trying.returncode == 2 and "not offered in kiosk mode (--kiosk)" in trying.stderr
    for args in (["list"], ["code", "acme"], ["log", "verify"], ["settings", "show"],
                 ["profiles", "list"], ["policy", "show"], ["backup", "settings"],
                 ["restore-backup", "--list"]):  # fmt: skip
        done = keydesk("--policy", kiosk, *args, env=env)
        assert done.returncode == 0, (args, done.stderr)


def every_command_name() -> list[str]:
    from desktop.cli import build_parser

    names: list[str] = []

    def walk(parser: argparse.ArgumentParser, prefix: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    full = f"{prefix} {name}".strip()
                    names.append(full)
                    walk(child, full)

    walk(build_parser(), "")
    return names


def test_every_command_is_refused_at_a_kiosk_unless_it_only_reads() -> None:
    """A command added later is refused at a kiosk until someone decides it only reads."""
    names = every_command_name()
    assert READ_ONLY - {"policy"} <= set(names)
    changing = argparse.Namespace(add=True, list=False, folder="x", keep=None, enabled=None)
    for name in names:
        args = argparse.Namespace(**vars(changing), command=name, command_name=name)
        assert reads_only(args) is (name in READ_ONLY), name
    assert {"admin", "export", "import", "add", "remove", "settings set"} <= set(names)


def test_lock_after_copy_leaves_nothing_unlocked(
    keydesk: Keydesk, passphrase_file: Path, tmp_path: Path
) -> None:
    """The command line keeps no unlocked state: after a code the next command needs the
    passphrase again, as the window locks after a copy."""
    env = init(keydesk, passphrase_file)
    assert keydesk("add", URI, env=env).returncode == 0
    pinned = policy(tmp_path, lock_after_copy=True)
    assert keydesk("--policy", pinned, "code", "acme", env=env).stdout.strip().isdigit()
    after = keydesk("--policy", pinned, "list", env={"KEYDESK_PASSPHRASE_FILE": ""})
    assert after.returncode == 3 and "passphrase" in after.stderr
    shown = json.loads(keydesk("--policy", pinned, "policy", "show", "--json").stdout)
    assert shown["keys"]["lock_after_copy"]["pinned"] is True


@pytest.mark.parametrize("key", ["allow_edit", "allow_add", "allow_remove"])
def test_a_backup_restore_needs_editing_adding_and_removing(
    keydesk: Keydesk, passphrase_file: Path, tmp_path: Path, home: Path, key: str
) -> None:
    env = init(keydesk, passphrase_file)
    assert keydesk("add", URI, env=env).returncode == 0
    assert keydesk("add", HOTP, env=env).returncode == 0  # backup 1 holds only ACME
    before = snapshot(home)
    done = keydesk("--policy", policy(tmp_path, **{key: False}), "backup", "restore", "2",
                   "--yes", env=env)  # fmt: skip
    assert done.returncode == 2 and f"({key} = false)" in done.stderr
    assert MANAGED in done.stderr
    assert snapshot(home) == before
    assert len(json.loads(keydesk("list", "--json", env=env).stdout)) == 2


def test_profiles_create_false_refuses_every_way_to_a_new_profile(
    keydesk: Keydesk, passphrase_file: Path, tmp_path: Path, home: Path
) -> None:
    closed = policy(tmp_path, profiles_create=False)
    env = {"KEYDESK_PASSPHRASE_FILE": str(passphrase_file)}
    for args in (["profiles", "create", "Second"], ["add", URI], ["init", "--no-keyring"]):
        done = keydesk("--policy", closed, *args, env=env)
        assert done.returncode == 2, args
        assert f"{MANAGED}: creating profiles is turned off (profiles_create = false)" in (
            done.stderr
        )
    assert not list(home.rglob("vault.kdv"))
    assert json.loads(keydesk("profiles", "list", "--json").stdout) == []


def test_a_policy_for_a_newer_keydesk_stops_every_command(keydesk: Keydesk, tmp_path: Path) -> None:
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"version": 2, "kiosk": True}))
    checked = keydesk("policy", "check", str(newer))
    assert checked.returncode == 2
    refused = keydesk("--policy", str(newer), "list")
    assert refused.returncode == 2
    assert f"{newer}: key 'version' = 2: " in refused.stderr
    assert "newer than this Keydesk" in refused.stderr
