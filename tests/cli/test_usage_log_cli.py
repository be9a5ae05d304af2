"""`keydesk log`: what the commands record, --since, and `log verify` finding a break."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_policy_cli import URI, Keydesk, init, keydesk, policy

_ = keydesk  # the in-process fixture


def test_commands_are_recorded_without_codes(
    keydesk: Keydesk, passphrase_file: Path, home: Path
) -> None:
    env = init(keydesk, passphrase_file)
    assert keydesk("add", URI, env=env).returncode == 0
    code = keydesk("code", "acme", env=env).stdout.strip()
    assert keydesk("remove", "acme", "--yes", env=env).returncode == 0
    wrong = home.parent / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    assert keydesk("list", env={"KEYDESK_PASSPHRASE_FILE": str(wrong)}).returncode == 3
    records = json.loads(keydesk("log", "--json", env=env).stdout)
    events = [(r["event"], r["account"]) for r in records]
    assert ("add", "ACME (alice)") in events and ("reveal", "ACME (alice)") in events
    assert ("remove", "ACME (alice)") in events and ("unlock_failed", "") in events
    assert events[-1] == ("unlock", "")
    assert all(code not in json.dumps(r) for r in records)
    text = keydesk("log", env=env).stdout
    assert "reveal" in text and "ACME (alice)" in text
    assert json.loads(keydesk("log", "--json", "--since", "2999-01-01", env=env).stdout) == []
    bad = keydesk("log", "--since", "yesterday", env=env)
    assert bad.returncode == 2


def test_log_verify_names_the_removed_record(
    keydesk: Keydesk, passphrase_file: Path, home: Path
) -> None:
    env = init(keydesk, passphrase_file)
    assert keydesk("add", URI, env=env).returncode == 0
    ok = keydesk("log", "verify", env=env)
    assert ok.returncode == 0 and "intact" in ok.stdout
    path = next(home.rglob("usage.log"))
    rows = path.read_text().splitlines()
    del rows[1]
    path.write_text("\n".join(rows) + "\n")
    broken = keydesk("log", "verify", env=env)
    assert broken.returncode == 1
    assert "the usage record is broken at record #2" in broken.stderr


def test_usage_log_off_records_nothing(
    keydesk: Keydesk, passphrase_file: Path, home: Path, tmp_path: Path
) -> None:
    env = init(keydesk, passphrase_file)
    off = policy(tmp_path, usage_log=False)
    assert keydesk("--policy", off, "add", URI, env=env).returncode == 0
    assert not list(home.rglob("usage.log"))
    done = keydesk("--policy", off, "log", env=env)
    assert done.returncode == 2 and "usage record is turned off" in done.stderr


def test_usage_log_days_prunes(keydesk: Keydesk, passphrase_file: Path, home: Path) -> None:
    from desktop.core.usage_log import DAY_S, usage_log_for
    from desktop.core.vault import open_vault, vault_path

    env = init(keydesk, passphrase_file)
    vault = open_vault(
        vault_path(home / "profiles" / "default"), passphrase=passphrase_file.read_text().strip()
    )
    record = usage_log_for(vault)
    record.record("copy", "old", now=1_000_000.0)
    record.record("copy", "older than a day", now=__import__("time").time() - 2 * DAY_S)
    tmp = home.parent / "p.json"
    tmp.write_text(json.dumps({"usage_log_days": 1}))
    records = json.loads(keydesk("--policy", str(tmp), "log", "--json", env=env).stdout)
    assert records[0]["event"] == "pruned" and records[0]["detail"] == "2"
    assert all(r["account"] not in {"old", "older than a day"} for r in records)
    assert keydesk("log", "verify", env=env).returncode == 0


def test_log_verify_names_a_rollback_of_the_record_and_its_head(
    keydesk: Keydesk, passphrase_file: Path, home: Path
) -> None:
    """Restoring an older usage.log and usage.head together: the vault's anchor tells."""
    env = init(keydesk, passphrase_file)
    assert keydesk("add", URI, env=env).returncode == 0
    folder = home / "profiles" / "default"
    old = {name: (folder / name).read_bytes() for name in ("usage.log", "usage.head")}
    assert keydesk("code", "acme", env=env).returncode == 0  # the reveal someone wants gone
    last = json.loads(keydesk("log", "--json", env=env).stdout)[-1]["seq"]
    for name, data in old.items():
        (folder / name).write_bytes(data)
    broken = keydesk("log", "verify", env=env)
    assert broken.returncode == 1
    assert f"the usage record is broken at record #{last}: it ends at record #" in broken.stderr
    assert "the record was rolled back" in broken.stderr
    assert keydesk("log", env=env).returncode == 1  # the records are not shown as if whole
