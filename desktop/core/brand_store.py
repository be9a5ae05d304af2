"""The simple-icons set as one compact file: how the packaged app carries it.

The ``simple-icons-pack`` wheel keeps its 3,400-odd SVGs in a 13 MB native library. ``make dist``
writes them instead into ``simple-icons.bin`` among the bundle's resources (about 3 MB), read the
same way (:meth:`BrandStore.get_icon`). ``make setup`` writes one into a checkout's
``resources/`` too (``python -m desktop.core.brand_store PATH``), so ``make run`` reads the icons
as the packaged app does; without it (a bare editable install) :mod:`desktop.core.issuer_icons`
falls back to the wheel.

The file: ``MAGIC``, the index's length (4 bytes, big-endian), the index (JSON: slug → [offset,
length] in the data), then the data: each icon's JSON (title, svg, hex) compressed with zlib on
its own. Opening it reads only the index (1–2 ms, against 11 ms for a zip's 3,400-entry
directory, which made the icons appear later than the wheel's 4 ms import); a lookup inflates one
icon from a read-only memory map.
"""

from __future__ import annotations

import json
import mmap
import struct
import sys
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

FILENAME = "simple-icons.bin"
MAGIC = b"keydesk-simple-icons 1\n"
_LENGTH = struct.Struct(">I")


@dataclass(frozen=True)
class StoredIcon:
    """The fields of simple-icons-pack's ``Icon`` that Keydesk uses."""

    slug: str
    title: str
    svg: str
    hex: str


class StoreDamaged(ValueError):
    """The file is not a store this code wrote (a broken bundle, not user input)."""


class BrandStore:
    """Looks icons up by slug, like ``simple_icons_pack.get_icon``."""

    def __init__(self, path: Path) -> None:
        with path.open("rb") as file:
            self._map = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        head = len(MAGIC) + _LENGTH.size
        if self._map[: len(MAGIC)] != MAGIC:
            raise StoreDamaged(f"{path} is not a simple-icons store")
        (length,) = _LENGTH.unpack(self._map[len(MAGIC) : head])
        self._index: dict[str, list[int]] = json.loads(self._map[head : head + length])
        self._data = head + length

    def get_icon(self, slug: str) -> StoredIcon | None:
        place = self._index.get(slug)
        if place is None:
            return None
        start = self._data + place[0]
        fields = json.loads(zlib.decompress(self._map[start : start + place[1]]))
        return StoredIcon(slug, fields["title"], fields["svg"], fields["hex"])

    def __len__(self) -> int:
        return len(self._index)


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
    """Write the icons to ``path`` (replacing it); returns how many were written. The same icons
    give the same bytes, whatever their order."""
    index: dict[str, list[int]] = {}
    blobs: list[bytes] = []
    offset = 0
    for icon in sorted(icons, key=lambda icon: icon.slug):
        fields = {"title": icon.title, "svg": icon.svg, "hex": icon.hex}
        blob = zlib.compress(
            json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode(), 9
        )
        index[icon.slug] = [offset, len(blob)]
        blobs.append(blob)
        offset += len(blob)
    encoded = json.dumps(index, separators=(",", ":")).encode()
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(b"".join([MAGIC, _LENGTH.pack(len(encoded)), encoded, *blobs]))
    partial.replace(path)
    return len(index)


def main(argv: list[str]) -> int:
    """``python -m desktop.core.brand_store PATH``: the installed wheel's icons into PATH."""
    if len(argv) != 1:
        sys.stderr.write("usage: python -m desktop.core.brand_store PATH\n")
        return 2
    count = write_store(pack_icons(), Path(argv[0]))
    sys.stdout.write(f"{count} icons written to {argv[0]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
