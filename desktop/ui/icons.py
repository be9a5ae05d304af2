"""SVG icons rendered at every device pixel ratio (crisp at 200 %) and tinted for the theme."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.ui.resources import icon_path

_SIZES = (16, 20, 24, 32, 48, 64, 128, 256)


def render_svg(name: str, size: int, colour: QColor | None = None) -> QPixmap:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(str(icon_path(name)))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    if colour is not None:
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), colour)
    painter.end()
    return pixmap


@cache
def _icon(name: str, colour: str | None) -> QIcon:
    icon = QIcon()
    tint = QColor(colour) if colour else None
    for size in _SIZES:
        icon.addPixmap(render_svg(name, size, tint))
    return icon


def icon(name: str, colour: QColor | str | None = None) -> QIcon:
    """A themed icon; ``colour`` tints a monochrome symbol (None keeps the SVG's colours)."""
    key = colour.name() if isinstance(colour, QColor) else colour
    return _icon(name, key)


def app_icon() -> QIcon:
    return icon("keydesk")
