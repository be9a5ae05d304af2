"""Issuer icons in the avatar circle: an imported icon pack's picture, else a simple-icons glyph.

Nothing here runs before the first frame: :func:`load` (called when the window is completed)
imports the icon set and reads the profile's packs, then the avatars are redrawn. Until then,
and for issuers no icon matches, the letter avatar stays.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

from desktop.core import issuer_icons
from desktop.core.icon_packs import IconPack, load_packs

#: The glyph's share of the circle's diameter.
GLYPH = 0.56
_packs: list[IconPack] | None = None


def load(home: Path) -> None:
    """Make icons available (a few milliseconds, once); avatars drawn after this use them."""
    global _packs  # noqa: PLW0603 - one set of icons per process, like the icon cache
    issuer_icons.preload()
    _packs = load_packs(home)
    from desktop.ui import avatar

    avatar.clear_cache()


def loaded() -> bool:
    return _packs is not None


def paint(painter: QPainter, size: int, issuer: str, name: str) -> bool:
    """Draw the issuer's icon in a ``size`` circle; False when there is none (or not yet)."""
    if _packs is None:
        return False
    for pack in _packs:
        path = pack.icon_for(issuer)
        if path is not None and _paint_file(painter, size, path):
            return True
    icon = issuer_icons.simple_icon(issuer, name)
    if icon is None:
        return False
    _paint_glyph(painter, size, icon)
    return True


def _circle(size: int) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, size, size))
    return path


def _paint_glyph(painter: QPainter, size: int, icon: issuer_icons.BrandIcon) -> None:
    from PySide6.QtSvg import QSvgRenderer

    colour = QColor(icon.colour)
    painter.fillPath(_circle(size), colour)
    ink = "#1d2129" if _light(colour) else "#ffffff"
    svg = icon.svg.replace("<svg ", f'<svg fill="{ink}" ', 1)
    side = size * GLYPH
    offset = (size - side) / 2
    QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(
        painter, QRectF(offset, offset, side, side)
    )


def _paint_file(painter: QPainter, size: int, path: Path) -> bool:
    """A pack's picture: full colour on a white disc, clipped round."""
    painter.save()
    painter.setClipPath(_circle(size))
    painter.fillRect(QRectF(0, 0, size, size), QColor("#ffffff"))
    inset = size * 0.12
    area = QRectF(inset, inset, size - 2 * inset, size - 2 * inset)
    drawn = True
    if path.suffix.lower() == ".svg":
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(str(path))
        drawn = renderer.isValid()
        if drawn:
            renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            renderer.render(painter, area)
    else:
        image = QImage(str(path))
        drawn = not image.isNull()
        if drawn:
            painter.drawImage(area, image)
    painter.restore()
    return drawn


def _light(colour: QColor) -> bool:
    return 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue() > 186
