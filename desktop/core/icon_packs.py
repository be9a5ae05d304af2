"""Aegis icon packs: a zip with ``pack.json`` and the icon files it lists.

``pack.json`` (the format of Aegis and aegis-icons): ``{"uuid", "name", "version", "icons":
[{"filename": "dir/github.svg", "name": "GitHub", "category": "…", "issuer": ["github"]}]}``.
Importing checks everything before writing anything: the manifest's shape, that each file is in
the archive, has a known image type, a relative path inside the pack and a bounded size. The pack
is unpacked into ``<home>/icon-packs/<uuid>/`` (a newer import of the same uuid replaces it).
Icons match an account by its issuer, normalised the way simple-icons names slugs.
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from desktop.core.errors import InvalidIconPack
from desktop.core.issuer_icons import slug

PACKS_FOLDER = "icon-packs"
MANIFEST = "pack.json"
IMAGE_TYPES = {".svg", ".png", ".jpg", ".jpeg"}
MAX_ICON_BYTES = 512 * 1024
MAX_ICONS = 10_000
MAX_PACK_BYTES = 100 * 1024 * 1024
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


@dataclass(frozen=True)
class IconPack:
    uuid: str
    name: str
    version: int
    folder: Path
    #: Normalised issuer → icon file.
    icons: dict[str, Path] = field(default_factory=dict)

    def icon_for(self, issuer: str) -> Path | None:
        return self.icons.get(slug(issuer)) if issuer.strip() else None


def import_pack(archive: Path, home: Path) -> IconPack:
    """Check and unpack an Aegis icon pack; raises :class:`InvalidIconPack` naming the problem."""
    try:
        with zipfile.ZipFile(archive) as bundle:
            manifest = _manifest(bundle)
            entries = _entries(bundle, manifest)
            return _unpack(bundle, manifest, entries, home)
    except zipfile.BadZipFile as exc:
        raise InvalidIconPack(f"{archive.name} is not a zip file", reason="not_zip") from exc
    except OSError as exc:
        raise InvalidIconPack(f"cannot read {archive.name}: {exc.strerror}", reason="io") from exc


def _manifest(bundle: zipfile.ZipFile) -> dict[str, Any]:
    try:
        raw = bundle.read(MANIFEST)
    except KeyError as exc:
        raise InvalidIconPack("the zip has no pack.json", reason="no_manifest") from exc
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InvalidIconPack("pack.json is not valid JSON", reason="bad_json") from exc
    if not isinstance(manifest, dict):
        raise InvalidIconPack("pack.json is not an object", reason="bad_manifest")
    uuid, name, version = manifest.get("uuid"), manifest.get("name"), manifest.get("version")
    if not isinstance(uuid, str) or not _UUID.match(uuid):
        raise InvalidIconPack("pack.json: uuid is missing or not a UUID", reason="bad_uuid")
    if not isinstance(name, str) or not name.strip():
        raise InvalidIconPack("pack.json: name is missing", reason="bad_name")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InvalidIconPack("pack.json: version is not a whole number", reason="bad_version")
    icons = manifest.get("icons")
    if not isinstance(icons, list) or not icons or len(icons) > MAX_ICONS:
        raise InvalidIconPack(
            f"pack.json: icons must be a list of 1 to {MAX_ICONS}", reason="bad_icons"
        )
    return manifest


def _entries(bundle: zipfile.ZipFile, manifest: dict[str, Any]) -> list[tuple[str, list[str]]]:
    entries: list[tuple[str, list[str]]] = []
    total = 0
    for number, icon in enumerate(manifest["icons"], start=1):
        filename = icon.get("filename") if isinstance(icon, dict) else None
        issuers = icon.get("issuer") if isinstance(icon, dict) else None
        if not isinstance(filename, str) or not _safe(filename):
            raise InvalidIconPack(
                f"pack.json: icon {number} has no safe relative filename", reason="bad_filename"
            )
        if PurePosixPath(filename).suffix.lower() not in IMAGE_TYPES:
            raise InvalidIconPack(
                f"pack.json: {filename} is not an SVG, PNG or JPEG", reason="bad_type"
            )
        if not isinstance(issuers, list) or not all(isinstance(i, str) for i in issuers):
            raise InvalidIconPack(f"pack.json: {filename} has no issuer list", reason="bad_issuer")
        try:
            size = bundle.getinfo(filename).file_size
        except KeyError as exc:
            raise InvalidIconPack(
                f"pack.json lists {filename}, which the zip lacks", reason="missing_file"
            ) from exc
        total += size
        if size > MAX_ICON_BYTES or total > MAX_PACK_BYTES:
            raise InvalidIconPack(f"{filename} is too large for an icon", reason="too_large")
        entries.append((filename, issuers))
    return entries


def _safe(filename: str) -> bool:
    path = PurePosixPath(filename)
    return (
        bool(filename)
        and not path.is_absolute()
        and ".." not in path.parts
        and "\\" not in filename
    )


def _unpack(
    bundle: zipfile.ZipFile,
    manifest: dict[str, Any],
    entries: list[tuple[str, list[str]]],
    home: Path,
) -> IconPack:
    packs = home / PACKS_FOLDER
    packs.mkdir(parents=True, exist_ok=True, mode=0o700)
    uuid = manifest["uuid"].lower()
    staging = packs / f".{uuid}.new"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(mode=0o700)
    for filename, _issuers in entries:
        target = staging / PurePosixPath(filename)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(bundle.read(filename))
    index = {"uuid": uuid, "name": manifest["name"], "version": manifest["version"]}
    index["icons"] = [{"filename": f, "issuer": i} for f, i in entries]
    (staging / MANIFEST).write_text(json.dumps(index), encoding="utf-8")
    final = packs / uuid
    shutil.rmtree(final, ignore_errors=True)
    staging.rename(final)
    return load_pack(final)


def load_pack(folder: Path) -> IconPack:
    """A pack as unpacked by :func:`import_pack` (its manifest was checked then)."""
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    icons: dict[str, Path] = {}
    for icon in manifest["icons"]:
        for issuer in icon["issuer"]:
            icons.setdefault(slug(issuer), folder / PurePosixPath(icon["filename"]))
    return IconPack(manifest["uuid"], manifest["name"], manifest["version"], folder, icons)


def load_packs(home: Path) -> list[IconPack]:
    """Every imported pack, by name; a damaged one is skipped (it can be imported again)."""
    folder = home / PACKS_FOLDER
    if not folder.is_dir():
        return []
    packs = []
    for child in sorted(folder.iterdir()):
        if child.is_dir() and not child.name.startswith("."):
            try:
                packs.append(load_pack(child))
            except (OSError, ValueError, KeyError, TypeError):
                continue
    return sorted(packs, key=lambda pack: pack.name.casefold())


def remove_pack(home: Path, uuid: str) -> bool:
    folder = home / PACKS_FOLDER / uuid.lower()
    if not _UUID.match(uuid) or not folder.is_dir():
        return False
    shutil.rmtree(folder)
    return True
