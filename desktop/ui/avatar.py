"""Account avatars: a user image when set, else a letter on a colour that is stable per issuer."""

from __future__ import annotations

import base64
import zlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap

from desktop.ui import brand

ICON_SIZE = 64
DATA_PREFIX = "data:image/png;base64,"
_cache: dict[tuple[str, str, int, float], QPixmap] = {}


def avatar_colour(key: str) -> QColor:
    """The same issuer always gets the same colour, on every machine (crc32, not hash())."""
    hue = zlib.crc32(key.casefold().strip().encode("utf-8")) % 360
    return QColor.fromHsl(hue, 140, 105)


def avatar_letter(issuer: str, name: str) -> str:
    for text in (issuer, name):
        for char in text:
            if char.isalnum():
                return char.upper()
    return "?"


def image_to_icon(image: QImage) -> str:
    """A user-chosen picture as a small PNG data URI (kept inside the encrypted vault)."""
    scaled = image.scaled(
        ICON_SIZE,
        ICON_SIZE,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.11 refuses the bytes its stubs ask for; a str works.
    scaled.save(buffer, "PNG")  # type: ignore[call-overload]
    return DATA_PREFIX + base64.b64encode(bytes(data.data())).decode("ascii")


def icon_to_image(icon: str) -> QImage | None:
    """A data-URI icon: our own PNGs, and the JPEG or SVG icons imported from other apps."""
    head, comma, body = icon.partition(",")
    if not comma or not head.startswith("data:image/") or not head.endswith(";base64"):
        return None
    try:
        raw = base64.b64decode(body, validate=True)
    except ValueError:
        return None
    image = QImage.fromData(raw)
    return None if image.isNull() else image


def clear_cache() -> None:
    """Issuer icons became available (or changed): draw the avatars again."""
    _cache.clear()


def avatar_pixmap(issuer: str, name: str, icon: str, size: int, ratio: float) -> QPixmap:
    key = (issuer or name, icon, size, ratio)
    cached = _cache.get(key)
    if cached is None:
        cached = _draw(issuer, name, icon, size, ratio)
        if len(_cache) > 2000:
            _cache.clear()
        _cache[key] = cached
    return cached


def _draw(issuer: str, name: str, icon: str, size: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
    )
    circle = QPainterPath()
    circle.addEllipse(QRectF(0, 0, size, size))
    image = icon_to_image(icon) if icon else None
    if image is not None:
        painter.setClipPath(circle)
        painter.drawImage(QRectF(0, 0, size, size), image)
    elif not brand.paint(painter, size, issuer, name):
        painter.fillPath(circle, avatar_colour(issuer or name))
        font = QFont()
        font.setPixelSize(round(size * 0.45))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(
            QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, avatar_letter(issuer, name)
        )
    painter.end()
    return pixmap
