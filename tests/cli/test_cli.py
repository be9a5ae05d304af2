"""The keydesk CLI through its real entry point: commands, JSON, exit codes (DESIGN §9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Keydesk

URI = "otpauth://totp/ACME:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ACME&digits=8"
HOTP = "otpauth://hotp/Bank:bob?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&counter=0"


def init(keydesk: Keydesk, passphrase_file: Path) -> dict[str, str]:
    env = {"KEYDESK_PASSPHRASE_FILE": str(passphrase_file)}
    done = keydesk("init", "--no-keyring", env=env)
    assert done.returncode == 0, done.stderr
    return env


def test_help_lists_every_command(keydesk: Keydesk) -> None:
    done = keydesk("--help")
    assert done.returncode == 0
    for command in ("init", "add", "list", "code", "remove", "slots"):
        assert command in done.stdout


def test_add_list_code_remove(keydesk: Keydesk, passphrase_file: Path) -> None:
    env = init(keydesk, passphrase_file)
    assert keydesk("add", URI, env=env).returncode == 0
    assert keydesk("add", "-", stdin=HOTP + "\n", env=env).returncode == 0
    listed = json.loads(keydesk("list", "--json", env=env).stdout)
    assert [(a["issuer"], a["name"]) for a in listed] == [("ACME", "alice"), ("Bank", "bob")]
    assert all("secret" not in a for a in listed)

    code = json.loads(keydesk("code", "acme", "--at", "59", "--json", env=env).stdout)
    assert code["code"] == "94287082" and code["seconds_left"] == 1.0
    assert keydesk("code", "ALICE", "--at", "59", env=env).stdout.strip() == "94287082"

    # HOTP: each code advances and saves the counter (RFC 4226 Appendix D).
    assert keydesk("code", "bank", env=env).stdout.strip() == "755224"
    assert keydesk("code", "bank", env=env).stdout.strip() == "287082"

    removed = keydesk("remove", "bank", "--yes", env=env)
    assert removed.returncode == 0 and "Removed Bank (bob)" in removed.stdout
    assert len(json.loads(keydesk("list", "--json", env=env).stdout)) == 1


def test_add_from_parts(keydesk: Keydesk, passphrase_file: Path) -> None:
    env = init(keydesk, passphrase_file)
    done = keydesk(
        "add", "--secret", "gezd gnbv gy3t qojq", "--issuer", "Steam", "--name", "me",
        "--type", "steam", "--json", env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["digits"] == 5
    assert len(keydesk("code", "steam", env=env).stdout.strip()) == 5


def test_ambiguous_query_exits_2_listing_matches(keydesk: Keydesk, passphrase_file: Path) -> None:
    env = init(keydesk, passphrase_file)
    keydesk("add", URI, env=env)
    keydesk("add", URI.replace("alice", "alan"), env=env)
    done = keydesk("code", "al", env=env)
    assert done.returncode == 2
    assert "matches 2 accounts" in done.stderr and "ACME (alan)" in done.stderr


def test_exit_codes(keydesk: Keydesk, passphrase_file: Path, tmp_path: Path) -> None:
    assert keydesk("list").returncode == 3  # no vault yet: locked / nothing to unlock
    env = init(keydesk, passphrase_file)
    bad = keydesk("add", "otpauth://totp/A:b?secret=JBS1", env=env)
    assert bad.returncode == 2
    assert "character '1' at position 4" in bad.stderr
    assert keydesk("code", "nothing", env=env).returncode == 2
    assert keydesk("list").returncode == 3  # passphrase-only vault, none given
    assert keydesk("init", "--no-keyring").returncode == 2
    assert keydesk("remove", "acme", env=env).returncode == 2  # nothing matches
    assert keydesk("frobnicate").returncode == 2
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it")
    locked = keydesk("list", env={"KEYDESK_PASSPHRASE_FILE": str(wrong)})
    assert locked.returncode == 3 and "wrong passphrase" in locked.stderr
    # The profile's backoff (1 s after one failure): the next command waits out what is left.
    assert keydesk("list", env=env).returncode == 0


def test_remove_without_yes_refuses_when_not_interactive(
    keydesk: Keydesk, passphrase_file: Path
) -> None:
    env = init(keydesk, passphrase_file)
    keydesk("add", URI, env=env)
    done = keydesk("remove", "acme", env=env)
    assert done.returncode == 2 and "without --yes" in done.stderr
    assert len(json.loads(keydesk("list", "--json", env=env).stdout)) == 1


def test_slots_add_and_remove_passphrase(
    keydesk: Keydesk, passphrase_file: Path, tmp_path: Path
) -> None:
    env = init(keydesk, passphrase_file)
    new = tmp_path / "new.txt"
    new.write_text("second passphrase")
    assert (
        keydesk("slots", "add-passphrase", "--new-passphrase-file", str(new), env=env).returncode
        == 0
    )
    slots = json.loads(keydesk("slots", "list", "--json", env=env).stdout)
    assert [s["kind"] for s in slots] == ["passphrase", "passphrase"]
    assert keydesk("slots", "remove", slots[0]["id"], env=env).returncode == 0
    assert keydesk("list", env=env).returncode == 3
    assert keydesk("list", env={"KEYDESK_PASSPHRASE_FILE": str(new)}).returncode == 0


def test_home_option_overrides_environment(
    keydesk: Keydesk, passphrase_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    env = {"KEYDESK_PASSPHRASE_FILE": str(passphrase_file)}
    assert keydesk("--home", str(other), "init", "--no-keyring", env=env).returncode == 0
    assert (other / "profiles" / "default" / "vault.kdv").exists()


def test_python_dash_m_and_console_script_agree(passphrase_file: Path) -> None:
    import shutil
    import subprocess
    import sys

    script = Path(sys.executable).with_name("keydesk")
    assert script.exists() or shutil.which("keydesk")
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.startswith("keydesk ")


@pytest.mark.parametrize(
    ("args", "home", "self_check"),
    [
        ([], None, False),
        (["--home", "/p"], "/p", False),
        (["--home=/p", "--self-check"], "/p", True),
        (["--self-check", "--home"], None, True),  # a dangling --home names nothing
    ],
)
def test_gui_options(args: list[str], home: str | None, self_check: bool) -> None:
    from desktop.ui.app import parse_gui_options

    options = parse_gui_options(args)
    assert (options.home, options.self_check) == (home, self_check)


def test_version_alone_imports_no_command_module() -> None:
    import subprocess
    import sys

    from desktop import __version__

    probe = (
        "import sys; from desktop.cli import main; status = main(['--version']); "
        "print(sorted(m for m in sys.modules if m.startswith(('desktop.commands', 'cv2'))))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == [f"keydesk {__version__}", "[]"]
