"""Google Authenticator exports: ``otpauth-migration://`` links as text, or QR codes in images.

Each link (one QR code) may hold several accounts; a multi-code export shares one ``batch_id``
and says how many codes it has, so a missing code is reported as a warning in the preview.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from desktop.core.errors import CorruptImport, InvalidInput, UnsupportedFormat
from desktop.core.importers.base import BatchPart, Format, Record, Skipped, Sniff
from desktop.core.importers.links import otpauth_lines, parse_link
from desktop.core.migration import SCHEME, parse_migration_uri

_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF8", b"BM")
MAX_IMAGE_PIXELS = 40_000_000


def _detect_text(sniff: Sniff) -> bool:
    return sniff.text is not None and SCHEME in sniff.text[:100_000].lower()


def _read_text(sniff: Sniff, _password: str | None) -> list[Record]:
    assert sniff.text is not None
    return records_from_links(otpauth_lines(sniff.text))


def records_from_links(links: list[str]) -> list[Record]:
    """Accounts of every link, a :class:`Skipped` per unreadable one, a :class:`BatchPart` per
    migration code (a missing code is told once every file of an import has been read)."""
    records: list[Record] = []
    for number, link in enumerate(links, start=1):
        shown = f"line {number}" if len(link) > 60 else link
        try:
            if link.lower().startswith(SCHEME):
                payload = parse_migration_uri(link)
                records.extend(payload.accounts)
                records.append(BatchPart(payload.batch_id, payload.batch_index, payload.batch_size))
            elif link.lower().startswith("otpauth://"):
                records.append(parse_link(link))
            else:
                records.append(Skipped(shown[:60], "not an otpauth-migration:// link"))
        except InvalidInput as exc:
            records.append(
                Skipped(f"link {number}", exc.message, exc.reason or exc.code, exc.value)
            )
    return records


def missing_codes(parts: Iterable[BatchPart]) -> list[str]:
    """One warning per export whose QR codes were not all given."""
    seen: dict[int, set[int]] = defaultdict(set)
    sizes: dict[int, int] = {}
    for part in parts:
        seen[part.batch_id].add(part.index)
        sizes[part.batch_id] = part.size
    return [
        f"a Google Authenticator export has {sizes[batch]} QR codes but only "
        f"{len(indexes)} were given"
        for batch, indexes in seen.items()
        if len(indexes) < sizes[batch]
    ]


def _detect_image(sniff: Sniff) -> bool:
    data = sniff.data
    return data.startswith(_IMAGE_MAGIC) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP")


def _read_image(sniff: Sniff, _password: str | None) -> list[Record]:
    from desktop.core import qr

    texts = qr.decode(_pixels(sniff.data))
    links = [t for t in texts if t.lower().startswith((SCHEME, "otpauth://"))]
    if not links:
        found = "no QR code" if not texts else "QR codes that are not authenticator links"
        raise UnsupportedFormat(f"the image holds {found}")
    return records_from_links(links)


def _pixels(data: bytes) -> Any:
    import numpy as np
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_IMAGE_PIXELS:
                raise CorruptImport(f"the image is too large ({image.width}×{image.height})")
            image.seek(0)
            rgb = np.asarray(image.convert("RGB"))
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError):
        raise CorruptImport("the image is damaged or in a form Keydesk cannot read") from None
    return np.ascontiguousarray(rgb[:, :, ::-1])


TEXT = Format(
    name="google-migration",
    label="Google Authenticator export (text)",
    detect=_detect_text,
    read=_read_text,
)

IMAGE = Format(
    name="google-qr",
    label="Google Authenticator export (QR image)",
    detect=_detect_image,
    read=_read_image,
)
