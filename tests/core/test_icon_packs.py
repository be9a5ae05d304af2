"""Aegis icon packs: imported after every check passes, refused with a reason otherwise."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop.core import icon_packs
from desktop.core.errors import InvalidIconPack

UUID = "8ff2c9b4-5d3b-4a6e-9a3e-2f1d6b7c8a90"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>'


def make_pack(
    path: Path, manifest: dict[str, Any] | None = None, files: dict[str, bytes] | None = None
) -> Path:
    manifest = (
        manifest
        if manifest is not None
        else {
            "uuid": UUID,
            "name": "Test pack",
            "version": 3,
            "icons": [
                {
                    "filename": "1_Primary/chat2desk.svg",
                    "name": "Chat2Desk",
                    "category": "Work",
                    "issuer": ["Chat2Desk", "chat2desk.com"],
                },
            ],
        }
    )
    files = files if files is not None else {"1_Primary/chat2desk.svg": SVG}
    with zipfile.ZipFile(path, "w") as bundle:
        bundle.writestr("pack.json", json.dumps(manifest))
        for name, data in files.items():
            bundle.writestr(name, data)
    return path


def test_a_pack_is_imported_and_matches_by_issuer(tmp_path: Path) -> None:
    home = tmp_path / "home"
    pack = icon_packs.import_pack(make_pack(tmp_path / "pack.zip"), home)
    assert (pack.name, pack.version) == ("Test pack", 3)
    icon = pack.icon_for("chat2desk")
    assert icon is not None and icon.read_bytes() == SVG
    assert pack.icon_for("CHAT2DESK.COM") == icon
    assert pack.icon_for("GitHub") is None
    assert [p.uuid for p in icon_packs.load_packs(home)] == [UUID]
    # Importing it again replaces it; removing it removes it.
    icon_packs.import_pack(make_pack(tmp_path / "pack.zip"), home)
    assert len(icon_packs.load_packs(home)) == 1
    assert icon_packs.remove_pack(home, UUID)
    assert icon_packs.load_packs(home) == []


def _bad(**change: Any) -> dict[str, Any]:
    manifest: dict[str, Any] = {
        "uuid": UUID,
        "name": "Bad",
        "version": 1,
        "icons": [{"filename": "a.svg", "issuer": ["A"]}],
    }
    manifest.update(change)
    return manifest


@pytest.mark.parametrize(
    ("manifest", "files", "reason"),
    [
        (None, {}, "missing_file"),
        (_bad(uuid="not-a-uuid"), {"a.svg": SVG}, "bad_uuid"),
        (_bad(version="1"), {"a.svg": SVG}, "bad_version"),
        (_bad(icons=[]), {}, "bad_icons"),
        (
            _bad(icons=[{"filename": "../../evil.svg", "issuer": ["A"]}]),
            {"../../evil.svg": SVG},
            "bad_filename",
        ),
        (_bad(icons=[{"filename": "/etc/evil.svg", "issuer": ["A"]}]), {}, "bad_filename"),
        (_bad(icons=[{"filename": "a.exe", "issuer": ["A"]}]), {"a.exe": b"MZ"}, "bad_type"),
        (_bad(icons=[{"filename": "a.svg", "issuer": "A"}]), {"a.svg": SVG}, "bad_issuer"),
        (
            _bad(icons=[{"filename": "a.svg", "issuer": ["A"]}]),
            {"a.svg": b"x" * (icon_packs.MAX_ICON_BYTES + 1)},
            "too_large",
        ),
    ],
)
def test_bad_packs_are_refused_and_nothing_is_written(
    tmp_path: Path, manifest: dict[str, Any] | None, files: dict[str, bytes], reason: str
) -> None:
    home = tmp_path / "home"
    with pytest.raises(InvalidIconPack) as caught:
        icon_packs.import_pack(make_pack(tmp_path / "bad.zip", manifest, files), home)
    assert caught.value.reason == reason
    assert not (home / icon_packs.PACKS_FOLDER).exists() or not any(
        (home / icon_packs.PACKS_FOLDER).iterdir()
    )


def test_not_a_zip_and_no_manifest(tmp_path: Path) -> None:
    text = tmp_path / "x.zip"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(InvalidIconPack) as caught:
        icon_packs.import_pack(text, tmp_path)
    assert caught.value.reason == "not_zip"
    with zipfile.ZipFile(tmp_path / "empty.zip", "w") as bundle:
        bundle.writestr("readme.txt", "no manifest")
    with pytest.raises(InvalidIconPack) as caught:
        icon_packs.import_pack(tmp_path / "empty.zip", tmp_path)
    assert caught.value.reason == "no_manifest"
