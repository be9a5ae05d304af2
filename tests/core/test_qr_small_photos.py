"""Small phone photos that only the last small-image passes of the QR cascade read."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.core import qr
from desktop.core.frames import load_image
from tests.conftest import QR_PHOTOS

PHOTOS = ("qrcode-2/12.png", "qrcode-4/08.png", "qrcode-4/31.png", "qrcode-4/06.png")


@pytest.mark.parametrize("name", PHOTOS)
def test_small_phone_photos_read_by_the_small_image_passes(name: str) -> None:
    path = QR_PHOTOS / "zxing" / name
    if not path.is_file():
        pytest.skip(f"public QR photos not found at {QR_PHOTOS} (set KEYDESK_SHARED)")
    expected = path.with_suffix(".txt").read_text(encoding="utf-8").strip()
    image = load_image(path)
    found = qr.decode_with_positions(image)
    assert [code.text.strip() for code in found] == [expected]
    xs = [x for x, _ in found[0].corners]  # corners map back from the enlarged, rotated copy
    ys = [y for _, y in found[0].corners]
    assert -5 <= min(xs) < max(xs) <= image.shape[1] + 5
    assert -5 <= min(ys) < max(ys) <= image.shape[0] + 5
    assert max(xs) - min(xs) > image.shape[1] / 3


def test_small_image_passes_never_run_on_large_frames(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(_gray: object) -> list[qr.FoundCode]:
        raise AssertionError("small-image passes ran on a 720p frame")

    monkeypatch.setattr(qr, "_decode_small", fail)
    assert qr.decode(np.full((720, 1280), 128, np.uint8)) == []
