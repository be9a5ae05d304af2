"""Profiles in one data folder: names, create/rename/delete, damaged folders, which one a
command means."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core import profiles as profiles_module
from desktop.core import vault as vault_module
from desktop.core.profiles import (
    MAX_NAME_LENGTH,
    InvalidProfileName,
    ProfileAmbiguous,
    ProfileDamaged,
    ProfileExists,
    ProfileNotFound,
    ProfileStore,
    validate_name,
)


def test_the_vault_file_name_is_the_vault_modules() -> None:
    assert profiles_module.VAULT_FILENAME == vault_module.VAULT_FILENAME


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("a/b", "slash"),
        ("a\\b", "slash"),
        ("..", "dots"),
        ("x..y", "dots"),
        ("tab\there", "control"),
        ("bell\x07", "control"),
        ("rtl\u202eoverride", "control"),
        ("x" * (MAX_NAME_LENGTH + 1), "too_long"),
    ],
)
def test_bad_names_are_refused_with_a_reason(name: str, reason: str) -> None:
    with pytest.raises(InvalidProfileName) as caught:
        validate_name(name)
    assert caught.value.reason == reason
    assert caught.value.exit_status == 2


def test_good_names_are_kept_trimmed() -> None:
    assert validate_name("  Анна Петрова ") == "Анна Петрова"
    assert validate_name("x" * MAX_NAME_LENGTH) == "x" * MAX_NAME_LENGTH
    assert validate_name("shift.2") == "shift.2"


def test_create_rename_delete(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    assert store.scan() == ([], [])
    anna = store.create("Anna")
    boris = store.create("Boris")
    assert [p.name for p in store.profiles()] == ["Anna", "Boris"]
    assert anna.folder.parent == tmp_path / "profiles" and anna.id != boris.id
    with pytest.raises(ProfileExists):
        store.create("anna")  # names are unique regardless of case
    with pytest.raises(ProfileExists):
        store.rename(boris, "ANNA")
    renamed = store.rename(anna, "Anna K.")
    assert (renamed.id, renamed.folder) == (anna.id, anna.folder)  # the folder never moves
    assert store.find("anna k.").id == anna.id
    store.delete(renamed)
    assert [p.name for p in store.profiles()] == ["Boris"]
    assert not anna.folder.exists()
    assert [p.name for p in tmp_path.joinpath("profiles").iterdir()] == [boris.id]


def test_a_half_made_profile_is_never_listed(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    store.create("Anna")
    (tmp_path / "profiles" / ".new-123").mkdir()  # a crash during create
    (tmp_path / "profiles" / ".deleted-456").mkdir()  # a crash during delete
    assert [p.name for p in store.profiles()] == ["Anna"]


def test_a_damaged_profile_is_named_and_the_others_still_open(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    store.create("Anna")
    broken = tmp_path / "profiles" / "broken1"
    broken.mkdir()
    (broken / "profile.json").write_text("{not json")
    missing = tmp_path / "profiles" / "nometa"
    missing.mkdir()
    good, damaged = store.scan()
    assert [p.name for p in good] == ["Anna"]
    assert {d.id for d in damaged} == {"broken1", "nometa"}
    assert all(str(d.folder) in d.message for d in damaged)
    assert store.find("Anna").name == "Anna"
    with pytest.raises(ProfileDamaged, match="broken1"):
        store.find("broken1")


def test_resolve_picks_the_only_profile_or_asks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KEYDESK_PROFILE", raising=False)
    store = ProfileStore(tmp_path)
    assert store.resolve(None) is None
    anna = store.create("Anna")
    assert store.resolve(None) == anna
    store.create("Boris")
    with pytest.raises(ProfileAmbiguous, match="--profile"):
        store.resolve(None)
    assert store.resolve("boris").name == "Boris"
    monkeypatch.setenv("KEYDESK_PROFILE", "anna")
    assert store.resolve(None) == anna
    with pytest.raises(ProfileNotFound, match="Anna, Boris"):
        store.resolve("Carla")
    with pytest.raises(InvalidProfileName):
        store.resolve("../etc")


def test_create_default_only_when_there_is_none(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    first = store.create_default()
    assert (first.id, first.name) == ("default", "default")
    assert store.create_default() == first
