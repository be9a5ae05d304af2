"""SVG icons rendered on demand at the exact device size (crisp at 200 %), tinted for the theme."""

from __future__ import annotations

import atexit
from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPixmap

from desktop.ui.resources import icon_path


@cache
def _svg(name: str) -> QByteArray:
    return QByteArray(icon_path(name).read_bytes())


def render_svg(name: str, size: int, colour: QColor | None = None) -> QPixmap:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    _paint(painter, QRectF(0, 0, size, size), name, colour)
    painter.end()
    return pixmap


def _paint(painter: QPainter, rect: QRectF, name: str, colour: QColor | None) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if colour is None:
        from PySide6.QtSvg import QSvgRenderer  # first paint only: keeps it off the start-up path

        QSvgRenderer(_svg(name)).render(painter, rect)
        return
    # Tint a monochrome symbol: draw it into a layer, then fill its shape with the colour.
    layer = render_svg(name, max(round(rect.width()), 1))
    tinter = QPainter(layer)
    tinter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    tinter.fillRect(layer.rect(), colour)
    tinter.end()
    painter.drawPixmap(rect.toRect(), layer)


@cache
def cached_pixmap(name: str, size: int, colour: str, ratio: float) -> QPixmap:
    """For painting in delegates: rendered once per size, colour and screen scale."""
    pixmap = render_svg(name, round(size * ratio), QColor(colour) if colour else None)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class _SvgEngine(QIconEngine):
    """Renders only the sizes Qt actually asks for, when it asks."""

    def __init__(self, name: str, colour: str | None) -> None:
        super().__init__()
        self._name = name
        self._colour = QColor(colour) if colour else None

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.4)
        device = painter.device()
        if rect.width() != rect.height() or device is None:
            _paint(painter, QRectF(rect), self._name, self._colour)
            return
        # Rendered once per size, colour and scale: Qt paints a button's icon on every repaint.
        colour = self._colour.name(QColor.NameFormat.HexArgb) if self._colour else ""
        pixmap = cached_pixmap(self._name, rect.width(), colour, device.devicePixelRatioF())
        painter.drawPixmap(rect, pixmap)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgEngine(self._name, self._colour.name() if self._colour else None)


@cache
def _icon(name: str, colour: str | None) -> QIcon:
    return QIcon(_SvgEngine(name, colour))


def icon(name: str, colour: QColor | str | None = None) -> QIcon:
    """A themed icon; ``colour`` tints a monochrome symbol (None keeps the SVG's colours)."""
    key = colour.name() if isinstance(colour, QColor) else colour
    return _icon(name, key)


def app_icon() -> QIcon:
    return icon("keydesk")


def clear_caches() -> None:
    """Drop cached icons before Qt shuts down (Python icon engines must not outlive it)."""
    _icon.cache_clear()
    cached_pixmap.cache_clear()


atexit.register(clear_caches)
