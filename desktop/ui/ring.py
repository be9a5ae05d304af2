"""The countdown ring of a row, drawn once per state and reused: a tick then costs one blit.

A ring's look depends only on the seconds left, the period, urgency, the card's fill and the
palette, so at most a few hundred pixmaps ever exist; the per-second repaint draws them opaque
over their own patch of the card (see :class:`desktop.ui.view.AccountsView`).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QPixmap

from desktop.ui import theme

RING = 30
#: Room around the ring for the pen's antialiased edge; the pixmap covers ring + PAD each side.
PAD = 2
_cache: dict[tuple[object, ...], QPixmap] = {}


def ring_pixmap(
    left: int,
    period: int,
    *,
    urgent: bool,
    fill: QColor,
    palette: QPalette,
    font: QFont,
    ratio: float,
) -> QPixmap:
    key = (left, period, urgent, fill.rgba(), palette.cacheKey(), font.key(), ratio)
    cached = _cache.get(key)
    if cached is None:
        if len(_cache) > 512:
            _cache.clear()
        cached = _cache[key] = _draw(left, period, urgent, fill, palette, font, ratio)
    return cached


def _draw(  # noqa: PLR0917 - see ring_pixmap
    left: int, period: int, urgent: bool, fill: QColor, palette: QPalette, font: QFont, ratio: float
) -> QPixmap:
    side = RING + 2 * PAD
    pixmap = QPixmap(round(side * ratio), round(side * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(fill)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ring = QRectF(PAD, PAD, RING, RING)
    colour = theme.urgent_colour() if urgent else palette.accent().color()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(palette.mid().color(), 3))
    inner = ring.adjusted(2, 2, -2, -2)
    painter.drawEllipse(inner)
    pen = QPen(colour, 3)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawArc(inner, 90 * 16, round(360 * 16 * left / max(period, 1)))
    painter.setFont(font)
    painter.setPen(colour if urgent else palette.text().color())
    painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, str(left))
    painter.end()
    return pixmap
