"""A Google Authenticator export over several screenshots is one import."""

from __future__ import annotations

import io

import numpy as np
import segno
from PIL import Image

from desktop.core.importers import preview_files, preview_import
from tests.core.test_migration import export_batch


def qr_image(text: str) -> bytes:
    matrix = np.pad(np.array(segno.make_qr(text, error="m").matrix, dtype=np.uint8), 4)
    gray = np.where(matrix > 0, 0, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(gray).resize((gray.shape[1] * 4,) * 2, Image.NEAREST).save(buffer, "PNG")
    return buffer.getvalue()


def screenshots(batch_id: int = 4242) -> list[bytes]:
    return [qr_image(link) for link in export_batch(batch_id, size=3)]


def test_every_screenshot_of_an_export_makes_one_import() -> None:
    images = screenshots()
    one = preview_import(images[0])
    assert len(one.to_add) == 2
    assert one.notices == ("a Google Authenticator export has 3 QR codes but only 1 were given",)
    two = preview_files(images[:2])
    assert len(two.to_add) == 4 and "only 2 were given" in two.notices[0]
    whole = preview_files(images)
    assert (whole.format_name, len(whole.to_add), whole.notices) == ("google-qr", 6, ())
    again = preview_files([images[0], images[0]])
    assert (len(again.to_add), len(again.duplicates)) == (2, 2)
