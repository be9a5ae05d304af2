"""The simple-icons set as one zip file: how the packaged app carries it.

The ``simple-icons-pack`` wheel keeps its 3,400-odd SVGs in a 13 MB native library. ``make dist``
writes them instead into ``simple-icons.zip`` among the bundle's resources (about 3 MB): one
deflated member per slug, so a lookup reads the zip's index once and then inflates only the
icons asked for. The source tree keeps using the wheel; :mod:`desktop.core.issuer_icons` picks
whichever is there.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

FILENAME = "simple-icons.zip"
_SUFFIX = ".json"
#: A fixed member date keeps the file byte-identical between builds of the same icon set.
_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class StoredIcon:
    """The fields of simple-icons-pack's ``Icon`` that Keydesk uses."""

    slug: str
    title: str
    svg: str
    hex: str


class BrandStore:
    """Looks icons up by slug, like ``simple_icons_pack.get_icon``."""

    def __init__(self, path: Path) -> None:
        self._zip = zipfile.ZipFile(path)

    def get_icon(self, slug: str) -> StoredIcon | None:
        try:
            data = self._zip.read(slug + _SUFFIX)
        except KeyError:
            return None
        fields = json.loads(data)
        return StoredIcon(slug, fields["title"], fields["svg"], fields["hex"])

    def __len__(self) -> int:
        return len(self._zip.namelist())


def pack_icons() -> list[StoredIcon]:
    """Every icon of the installed simple-icons-pack (its ``SI_*`` constants)."""
    import simple_icons_pack

    return [
        StoredIcon(icon.slug, icon.title, icon.svg, icon.hex)
        for name in dir(simple_icons_pack)
        if name.startswith("SI_")
        for icon in [getattr(simple_icons_pack, name)]
    ]


def write_store(icons: Iterable[StoredIcon], path: Path) -> int:
    """Write the icons to ``path`` (replacing it); returns how many were written."""
    count = 0
    partial = path.with_name(path.name + ".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for icon in sorted(icons, key=lambda icon: icon.slug):
            member = zipfile.ZipInfo(icon.slug + _SUFFIX, date_time=_EPOCH)
            member.compress_type = zipfile.ZIP_DEFLATED
            fields = {"title": icon.title, "svg": icon.svg, "hex": icon.hex}
            archive.writestr(member, json.dumps(fields, ensure_ascii=False, separators=(",", ":")))
            count += 1
    partial.replace(path)
    return count
