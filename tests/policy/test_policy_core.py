"""The policy core: every source, every kind of invalid policy with its own message."""

from __future__ import annotations

import json
import plistlib
from pathlib import Path

import pytest

from desktop.core.errors import PolicyInvalid, PolicyRefused
from desktop.core.policy import Policy, check_policy_file, load_policy, policy_keys
from desktop.core.policy.schema import schema
from tests.policy.fake_winreg import FakeWinreg


def write(path: Path, document: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def problems_of(path: Path) -> list[tuple[str, str, str]]:
    with pytest.raises(PolicyInvalid) as caught:
        check_policy_file(path)
    return [(p.key, p.value, p.reason) for p in caught.value.problems]  # type: ignore[attr-defined]


# --- every kind of invalid policy: its own reason and message ---------------------------------


@pytest.mark.parametrize(
    ("document", "key", "value", "reason", "words"),
    [
        ({"kiosk": "yes"}, "kiosk", '"yes"', "wrong_type", "must be true or false"),
        ({"auto_lock_seconds": 1.5}, "auto_lock_seconds", "1.5", "wrong_type", "whole number"),
        ({"allowed_issuers": "ACME"}, "allowed_issuers", '"ACME"', "wrong_type", "list of text"),
        ({"clipboard_clear_seconds": 1}, "clipboard_clear_seconds", "1", "out_of_range", "between 5 and 600"),
        ({"usage_log_days": 0}, "usage_log_days", "0", "out_of_range", "between 1 and 3650"),
        ({"allowed_issuers": [""]}, "allowed_issuers", '[""]', "out_of_range", "1 to 200 characters"),
        ({"kiosk": True, "kisok": True}, "kisok", "true", "unknown_key", "unknown key"),
        ({"language": "de"}, "language", '"de"', "invalid_value", "one of en, ru"),
        ({"admin_server_url": "http://example.com"}, "admin_server_url", '"http://example.com"', "invalid_value", "https://"),
        ({"drift_server": "ftp://x"}, "drift_server", '"ftp://x"', "invalid_value", "https://"),
        ({"version": 2, "kiosk": True}, "version", "2", "too_new", "newer than this Keydesk"),
    ],
)  # fmt: skip
def test_each_kind_of_invalid_value_names_key_value_and_why(
    tmp_path: Path, document: dict[str, object], key: str, value: str, reason: str, words: str
) -> None:
    path = write(tmp_path / "policy.json", document)
    with pytest.raises(PolicyInvalid) as caught:
        check_policy_file(path)
    problem = caught.value.problems[0]
    assert (problem.key, problem.value, problem.reason) == (key, value, reason)  # type: ignore[attr-defined]
    assert str(path) in caught.value.message and key in caught.value.message
    assert words in caught.value.message


def test_every_problem_is_reported_not_only_the_first(tmp_path: Path) -> None:
    path = write(tmp_path / "p.json", {"kiosk": 1, "hide_codes": "no", "bogus": 1})
    assert {key for key, _, _ in problems_of(path)} == {"kiosk", "hide_codes", "bogus"}


def test_unreadable_file(tmp_path: Path) -> None:
    folder = tmp_path / "policy.json"
    folder.mkdir()  # a folder where the file should be: reading fails for root too
    assert problems_of(folder) == [("", "", "unreadable")]


def test_not_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text('{\n  "kiosk": true,\n}\n')
    with pytest.raises(PolicyInvalid) as caught:
        check_policy_file(path)
    assert caught.value.problems[0].reason == "not_json"  # type: ignore[attr-defined]
    assert "line 3" in caught.value.message


def test_not_an_object(tmp_path: Path) -> None:
    assert problems_of(write(tmp_path / "p.json", ["kiosk"])) == [("", "", "wrong_type")]


# --- sources, first found wins -----------------------------------------------------------------


def test_linux_reads_etc_and_an_empty_machine_has_no_policy(tmp_path: Path) -> None:
    assert load_policy(platform="linux", root=tmp_path).pinned_values == {}
    path = write(tmp_path / "etc/keydesk/policy.json", {"version": 1, "hide_codes": True})
    policy = load_policy(platform="linux", root=tmp_path)
    assert policy.source == str(path) and policy.value("hide_codes") is True
    assert policy.origin("hide_codes") == str(path) and policy.origin("kiosk") == "default"


def test_explicit_file_is_used_only_where_it_cannot_override_it(tmp_path: Path) -> None:
    draft = write(tmp_path / "draft.json", {"kiosk": True})
    assert load_policy(draft, platform="linux", root=tmp_path).kiosk
    write(tmp_path / "etc/keydesk/policy.json", {"kiosk": False})
    with pytest.raises(PolicyInvalid, match="is in force; --policy cannot replace it"):
        load_policy(draft, platform="linux", root=tmp_path)


def test_invalid_machine_policy_is_never_half_applied(tmp_path: Path) -> None:
    write(tmp_path / "etc/keydesk/policy.json", {"kiosk": True, "auto_lock_seconds": -1})
    with pytest.raises(PolicyInvalid, match="auto_lock_seconds"):
        load_policy(platform="linux", root=tmp_path)


def test_windows_registry_wins_over_programdata(tmp_path: Path) -> None:
    env = {"ProgramData": r"C:\ProgramData"}
    data = write(tmp_path / "ProgramData/Keydesk/policy.json", {"hide_codes": True})
    assert load_policy(platform="win32", root=tmp_path, env=env, winreg=FakeWinreg()).source == str(
        data
    )
    reg = FakeWinreg(
        values={"kiosk": (1, FakeWinreg.REG_DWORD), "auto_lock_seconds": (60, FakeWinreg.REG_DWORD),
                "admin_server_url": ("https://admin.example.com", FakeWinreg.REG_SZ)},
        lists={"allowed_issuers": ["ACME*", "Bank"]},
    )  # fmt: skip
    policy = load_policy(platform="win32", root=tmp_path, env=env, winreg=reg)
    assert policy.source == r"HKLM\SOFTWARE\Policies\Keydesk"
    assert policy.pinned_values == {
        "kiosk": True,
        "auto_lock_seconds": 60,
        "admin_server_url": "https://admin.example.com",
        "allowed_issuers": ["ACME*", "Bank"],
    }


def test_registry_multi_sz_and_wrong_types(tmp_path: Path) -> None:
    reg = FakeWinreg(values={"allowed_issuers": (["A", "B"], FakeWinreg.REG_MULTI_SZ)})
    assert load_policy(platform="win32", root=tmp_path, winreg=reg).value("allowed_issuers") == [
        "A",
        "B",
    ]
    bad = FakeWinreg(
        values={"kiosk": ("1", FakeWinreg.REG_SZ), "hide_codes": (7, FakeWinreg.REG_DWORD)}
    )
    with pytest.raises(PolicyInvalid) as caught:
        load_policy(platform="win32", root=tmp_path, winreg=bad)
    message = caught.value.message
    assert (
        "HKLM\\SOFTWARE\\Policies\\Keydesk: key 'kiosk' = \"1\": must be true or false" in message
    )
    assert "key 'hide_codes' = 7: must be true or false" in message


def test_registry_list_entries_follow_their_numbers(tmp_path: Path) -> None:
    reg = FakeWinreg(lists={"allowed_issuers": [f"I{n}" for n in range(12)]})
    got = load_policy(platform="win32", root=tmp_path, winreg=reg).value("allowed_issuers")
    assert got == [f"I{n}" for n in range(12)]  # "10" after "9", not after "1"


def test_macos_managed_preferences_then_application_support(tmp_path: Path) -> None:
    support = write(tmp_path / "Library/Application Support/Keydesk/policy.json", {"kiosk": True})
    assert load_policy(platform="darwin", root=tmp_path).source == str(support)
    managed = tmp_path / "Library/Managed Preferences/org.keydesk.Keydesk.plist"
    managed.parent.mkdir(parents=True)
    managed.write_bytes(plistlib.dumps({"allow_export": False, "allowed_issuers": ["ACME"]}))
    policy = load_policy(platform="darwin", root=tmp_path)
    assert policy.source == str(managed)
    assert policy.pinned_values == {"allow_export": False, "allowed_issuers": ["ACME"]}
    managed.write_bytes(b"not a plist")
    with pytest.raises(PolicyInvalid, match="not a property list"):
        load_policy(platform="darwin", root=tmp_path)


# --- what a policy refuses ----------------------------------------------------------------------


def test_refusals_say_managed_by_your_organisation() -> None:
    policy = Policy({"allow_add": False, "allowed_issuers": ["acme*", "Bank?"], "hide_codes": True,
                     "min_passphrase_length": 12, "require_passphrase": True})  # fmt: skip
    with pytest.raises(PolicyRefused, match="Managed by your organisation: adding accounts"):
        policy.require("allow_add")
    policy.require("allow_remove")  # not pinned: allowed
    assert policy.issuer_allowed("ACME Corp") and policy.issuer_allowed("bank1")
    assert not policy.issuer_allowed("Bank12") and not policy.issuer_allowed("")
    with pytest.raises(PolicyRefused, match="'Evil'"):
        policy.check_issuer("Evil")
    with pytest.raises(PolicyRefused, match="at least 12 characters"):
        policy.check_new_passphrase("short")
    policy.check_new_passphrase("twelve chars")
    with pytest.raises(PolicyRefused, match="needs a passphrase"):
        policy.check_slots(has_passphrase=False)
    with pytest.raises(PolicyRefused, match="'hide_codes' is pinned to true"):
        policy.refuse_change("hide_codes")


def test_schema_is_version_1_and_lists_the_issues_keys() -> None:
    assert schema()["version"] == 1
    required = {
        "kiosk", "auto_lock_seconds", "lock_on_session_lock", "lock_after_copy",
        "clipboard_clear_seconds", "hide_codes", "allow_add", "allow_edit", "allow_remove",
        "allow_import", "allow_export", "allowed_issuers", "require_passphrase",
        "min_passphrase_length", "profiles_create", "admin_server_url", "admin_console",
        "drift_server", "language", "usage_log", "usage_log_days",
        "global_hotkey",  # issue 15: the quick pick's shortcut, "" turns it off
    }  # fmt: skip
    assert set(policy_keys()) == required
