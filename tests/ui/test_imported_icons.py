"""Icons imported from other apps (Aegis keeps JPEG and SVG too) are drawn, not dropped."""

from __future__ import annotations

import base64
import io

from PIL import Image
from PySide6.QtWidgets import QApplication

from desktop.ui.avatar import icon_to_image

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8" fill="red"/></svg>'


def test_jpeg_and_svg_data_uris_become_images(qapp: QApplication) -> None:
    jpeg = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(jpeg, "JPEG")
    for mime, data in (("image/jpeg", jpeg.getvalue()), ("image/svg+xml", SVG)):
        image = icon_to_image(f"data:{mime};base64," + base64.b64encode(data).decode())
        assert image is not None and not image.isNull() and image.width() == 8
    assert icon_to_image("data:text/plain;base64,aGk=") is None
    assert icon_to_image("data:image/png;base64,!!") is None
