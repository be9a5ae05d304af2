"""The CLI under a policy: `policy show/check`, refusals with exit 2, nothing changed.

These run ``desktop.cli.main`` in-process (the same code as the console script; one subprocess
test proves the entry point) to keep the suite fast on two cores."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main
from tests.support import fast_kdf

Keydesk = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def keydesk(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Keydesk:
    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        with monkeypatch.context() as patch:
            for name, value in (env or {}).items():
                patch.setenv(name, value)
            try:
                status = main(list(args))
            except SystemExit as exc:  # argparse's usage errors
                status = int(exc.code or 0)
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(list(args), status, out, err)

    return run


URI = "otpauth://totp/ACME:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ACME"
MANAGED = "Managed by your organisation"


def policy(tmp_path: Path, **keys: object) -> str:
    path = tmp_path / f"policy-{len(list(tmp_path.glob('policy-*')))}.json"
    path.write_text(json.dumps({"version": 1, **keys}))
    return str(path)


def init(keydesk: Keydesk, passphrase_file: Path) -> dict[str, str]:
    """A passphrase-only vault at Argon2's minimum cost (these tests are not about the KDF)."""
    from desktop.core.profile import home_dir
    from desktop.core.profiles import ProfileStore
    from desktop.core.vault import create_vault, vault_path

    folder = ProfileStore(home_dir()).create_default().folder
    create_vault(vault_path(folder), passphrase=passphrase_file.read_text().strip(), kdf=fast_kdf())
    return {"KEYDESK_PASSPHRASE_FILE": str(passphrase_file)}


def test_policy_show_gives_every_key_its_value_and_source(keydesk: Keydesk, tmp_path: Path) -> None:
    file = policy(tmp_path, kiosk=True, allowed_issuers=["ACME*"])
    shown = json.loads(keydesk("--policy", file, "policy", "show", "--json").stdout)
    assert shown["source"] == file
    assert shown["keys"]["kiosk"] == {"value": True, "pinned": True, "source": file}
    assert shown["keys"]["hide_codes"] == {"value": False, "pinned": False, "source": "default"}
    from desktop.core.policy import policy_keys

    assert list(shown["keys"]) == list(policy_keys())
    text = keydesk("--policy", file, "policy", "show").stdout
    assert f"Policy: {file}" in text and "ACME*" in text
    nothing = keydesk("policy", "show").stdout
    assert "nothing is pinned" in nothing


def test_policy_check_validates_a_draft(keydesk: Keydesk, tmp_path: Path) -> None:
    good = keydesk("policy", "check", policy(tmp_path, hide_codes=True))
    assert good.returncode == 0 and "valid policy; it pins: hide_codes" in good.stdout
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"hide_codes": "yes", "usage_log_days": 0}))
    done = keydesk("policy", "check", str(bad), "--json")
    assert done.returncode == 2
    reasons = {p["key"]: p["reason"] for p in json.loads(done.stdout)["problems"]}
    assert reasons == {"hide_codes": "wrong_type", "usage_log_days": "out_of_range"}


def test_invalid_policy_stops_every_command_with_exit_2(home: Path, tmp_path: Path) -> None:
    file = policy(tmp_path, auto_lock_seconds="5 min")
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--policy", file, "list"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert f"{file}: key 'auto_lock_seconds' = \"5 min\": must be a whole number" in done.stderr
    assert "Traceback" not in done.stderr


def test_allow_add_and_allowed_issuers(
    keydesk: Keydesk, passphrase_file: Path, tmp_path: Path
) -> None:
    env = init(keydesk, passphrase_file)
    off = keydesk("--policy", policy(tmp_path, allow_add=False), "add", URI, env=env)
    assert off.returncode == 2 and f"{MANAGED}: adding accounts is turned off" in off.stderr
    only_bank = policy(tmp_path, allowed_issuers=["Bank*"])
    refused = keydesk("--policy", only_bank, "add", URI, env=env)
    assert refused.returncode == 2 and "accounts from 'ACME' cannot be added" in refused.stderr
    assert json.loads(keydesk("list", "--json", env=env).stdout) == []
    ok = keydesk("--policy", only_bank, "add", URI.replace("ACME", "Bank-EU"), env=env)
    assert ok.returncode == 0, ok.stderr


def test_allow_remove(keydesk: Keydesk, passphrase_file: Path, tmp_path: Path) -> None:
    env = init(keydesk, passphrase_file)
    assert keydesk("add", URI, env=env).returncode == 0
    done = keydesk(
        "--policy", policy(tmp_path, allow_remove=False), "remove", "acme", "--yes", env=env
    )
    assert done.returncode == 2 and f"{MANAGED}: removing accounts" in done.stderr
    assert len(json.loads(keydesk("list", "--json", env=env).stdout)) == 1


def test_passphrase_rules_and_profiles_create(
    keydesk: Keydesk, passphrase_file: Path, tmp_path: Path, home: Path
) -> None:
    strict = policy(tmp_path, require_passphrase=True, min_passphrase_length=30)
    no_pass = keydesk("--policy", strict, "init")
    assert no_pass.returncode == 2 and "every profile needs a passphrase" in no_pass.stderr
    env = {"KEYDESK_PASSPHRASE_FILE": str(passphrase_file)}  # 22 characters
    short = keydesk("--policy", strict, "init", "--no-keyring", env=env)
    assert short.returncode == 2 and "at least 30 characters" in short.stderr
    closed = keydesk(
        "--policy", policy(tmp_path, profiles_create=False), "init", "--no-keyring", env=env
    )
    assert closed.returncode == 2 and "creating profiles is turned off" in closed.stderr
    assert not (home / "profiles" / "default" / "vault.kdv").exists()

    init(keydesk, passphrase_file)
    new = tmp_path / "new.txt"
    new.write_text("short\n")
    added = keydesk(
        "--policy", strict, "slots", "add-passphrase", "--new-passphrase-file", str(new), env=env
    )
    assert added.returncode == 2 and "at least 30 characters" in added.stderr
    slot = json.loads(keydesk("slots", "list", "--json", env=env).stdout)[0]["id"]
    removed = keydesk("--policy", strict, "slots", "remove", slot, env=env)
    assert removed.returncode == 2 and "needs a passphrase" in removed.stderr


def test_pinned_settings_are_refused_and_shown(keydesk: Keydesk, tmp_path: Path) -> None:
    file = policy(tmp_path, clipboard_clear_seconds=10, hide_codes=True, language="ru",
                  drift_server="https://time.example.com", auto_lock_seconds=60,
                  lock_on_session_lock=True, global_hotkey="")  # fmt: skip
    shown = json.loads(keydesk("--policy", file, "settings", "show", "--json").stdout)
    assert shown["clipboard_clear_seconds"] == {"value": 10, "pinned": True}
    assert shown["hide_codes"] == {"value": True, "pinned": True}
    assert shown["language"] == {"value": "ru", "pinned": True}
    assert shown["drift_server"] == {"value": "https://time.example.com", "pinned": True}
    assert shown["auto_lock_seconds"] == {"value": 60, "pinned": True}
    for name, value in [("clipboard_clear_seconds", "60"), ("hide_codes", "false"),
                        ("language", "en"), ("drift_server", ""), ("auto_lock_seconds", "0"),
                        ("lock_on_session_lock", "off"), ("global_hotkey", "Ctrl+K")]:  # fmt: skip
        done = keydesk("--policy", file, "settings", "set", name, value)
        assert done.returncode == 2 and f"{MANAGED}: '{name}' is pinned" in done.stderr
    assert keydesk("--policy", file, "settings", "set", "theme", "dark").returncode == 0
    free = json.loads(keydesk("settings", "show", "--json").stdout)
    assert free["hide_codes"] == {"value": False, "pinned": False}


def test_admin_console_and_admin_server_url(keydesk: Keydesk, tmp_path: Path) -> None:
    off = keydesk("--policy", policy(tmp_path, admin_console=False), "admin", "status")
    assert off.returncode == 2 and f"{MANAGED}: the admin console is turned off" in off.stderr
    pinned = policy(tmp_path, admin_server_url="https://admin.example.com")
    password = tmp_path / "pw"
    password.write_text("x\n")
    other = keydesk("--policy", pinned, "admin", "login", "--server", "https://evil.example.com",
                    "--user", "a", "--password-file", str(password))  # fmt: skip
    assert other.returncode == 2 and "'admin_server_url' is pinned" in other.stderr


def test_allow_import_and_issuers_in_imports(
    keydesk: Keydesk, passphrase_file: Path, tmp_path: Path
) -> None:
    env = init(keydesk, passphrase_file)
    export = tmp_path / "links.txt"
    export.write_text(URI + "\n" + URI.replace("ACME", "Bank") + "\n")
    off = keydesk(
        "--policy", policy(tmp_path, allow_import=False), "import", str(export), "--yes", env=env
    )
    assert off.returncode == 2 and f"{MANAGED}: importing is turned off" in off.stderr
    only_bank = policy(tmp_path, allowed_issuers=["bank"])
    refused = keydesk("--policy", only_bank, "import", str(export), "--yes", env=env)
    assert refused.returncode == 2 and "accounts from 'ACME' cannot be added" in refused.stderr
    assert json.loads(keydesk("list", "--json", env=env).stdout) == []


def test_allow_export(keydesk: Keydesk, passphrase_file: Path, tmp_path: Path) -> None:
    env = init(keydesk, passphrase_file)
    assert keydesk("add", URI, env=env).returncode == 0
    target = tmp_path / "out.txt"
    off = policy(tmp_path, allow_export=False)
    done = keydesk("--policy", off, "export", str(target), "--format", "otpauth", "--yes", env=env)
    assert done.returncode == 2 and f"{MANAGED}: exporting is turned off" in done.stderr
    assert not target.exists()


def test_export_function_itself_refuses(tmp_path: Path) -> None:
    from desktop.core.errors import PolicyRefused
    from desktop.core.exporters import export_accounts
    from desktop.core.policy import Policy
    from desktop.core.uri import parse_uri

    with pytest.raises(PolicyRefused):
        export_accounts([parse_uri(URI)], "otpauth", policy=Policy({"allow_export": False}))


def test_require_passphrase_refuses_a_keyring_only_profile(
    keydesk: Keydesk, tmp_path: Path
) -> None:
    from desktop.core.profile import home_dir
    from desktop.core.profiles import ProfileStore
    from desktop.core.vault import create_vault, vault_path
    from tests.support import MemoryKeyStore

    folder = ProfileStore(home_dir()).create_default().folder
    create_vault(vault_path(folder), keystore=MemoryKeyStore())  # a keyring slot only
    strict = policy(tmp_path, require_passphrase=True)
    for command in (["list"], ["code", "x"], ["log"], ["slots", "list"]):
        done = keydesk("--policy", strict, *command)
        assert done.returncode == 2, command
        assert "every profile needs a passphrase (require_passphrase)" in done.stderr
