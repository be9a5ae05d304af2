"""Scan the screen: every monitor is grabbed at its native resolution and shown frozen in a
borderless window over the whole desktop. Codes found on screen are outlined at once — click one
to take it — or drag a rectangle around a code. Esc cancels.

Geometry is kept in logical desktop pixels (what Qt positions windows with) and mapped to each
monitor's device pixels only to cut out the picture, so high-DPI and mixed-DPI setups work.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.core.qr import decode_with_positions
from desktop.ui.scan.images import ScreenShot, crop_shot, grab_screens, qimage_to_frame
from desktop.ui.workers import run_async

MIN_DRAG = 8
FoundOnScreen = tuple[QPolygonF, QRect]


class ScreenRegionPicker(QWidget):
    regionChosen = Signal(object)
    cancelled = Signal()

    def __init__(
        self, parent: QWidget | None = None, shots: list[ScreenShot] | None = None
    ) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setWindowTitle(self.tr("Select a QR code on the screen"))
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMouseTracking(True)
        self._shots = shots if shots is not None else grab_screens()
        self._desktop = QRect()
        for shot in self._shots:
            self._desktop = self._desktop.united(shot.geometry)
        self._found: list[FoundOnScreen] = []
        self._origin: QPoint | None = None
        self._selection = QRect()

    def start(self) -> None:
        """Cover the desktop and look for codes in the background."""
        self.setGeometry(self._desktop)
        self.show()
        self.activateWindow()
        shots = list(self._shots)
        run_async(lambda: find_codes(shots), self._codes_found, lambda _exc: None)

    def _codes_found(self, found: list[FoundOnScreen]) -> None:
        if not isValid(self):
            return  # cancelled and gone before the search ended
        self._found = found
        self.update()

    # --- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        offset = self._desktop.topLeft()
        for shot in self._shots:
            painter.drawImage(QRectF(shot.geometry.translated(-offset)), shot.image)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 110))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#3ddc84"), 3))
        painter.setBrush(QColor(61, 220, 132, 60))
        for polygon, _ in self._found:
            painter.drawPolygon(polygon.translated(-QPointF(offset)))
        if not self._selection.isEmpty():
            local = self._selection.translated(-offset)
            for shot in self._shots:
                part = self._selection.intersected(shot.geometry)
                if not part.isEmpty():
                    source = crop_rect(shot, part)
                    painter.drawImage(QRectF(part.translated(-offset)), shot.image, QRectF(source))
            painter.setPen(QPen(QColor("#4c8dff"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(local)
        self._paint_hint(painter)
        painter.end()

    def _paint_hint(self, painter: QPainter) -> None:
        text = self.tr(
            "Drag a rectangle around the QR code, or click a code outlined in green. Esc cancels."
        )
        screen = QGuiApplication.primaryScreen()
        area = screen.geometry().translated(-self._desktop.topLeft()) if screen else self.rect()
        metrics = painter.fontMetrics()
        box = QRect(0, 0, metrics.horizontalAdvance(text) + 32, metrics.height() + 20)
        box.moveCenter(QPoint(area.center().x(), area.top() + 40))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(30, 31, 34, 230))
        painter.drawRoundedRect(box, 8, 8)
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    # --- input ------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._origin = event.position().toPoint() + self._desktop.topLeft()
        self._selection = QRect()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._origin is not None:
            here = event.position().toPoint() + self._desktop.topLeft()
            self._selection = QRect(self._origin, here).normalized()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        here = event.position().toPoint() + self._desktop.topLeft()
        self._origin = None
        if self._selection.width() >= MIN_DRAG and self._selection.height() >= MIN_DRAG:
            self.choose(self._selection)
            return
        for polygon, bounds in self._found:
            if polygon.containsPoint(QPointF(here), Qt.FillRule.OddEvenFill):
                self.choose(bounds.adjusted(-16, -16, 16, 16))
                return
        self._selection = QRect()
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)

    def choose(self, region: QRect) -> None:
        """Hand over the picture under ``region`` (logical desktop pixels)."""
        shot = max(self._shots, key=lambda s: area(region.intersected(s.geometry)), default=None)
        frame = crop_shot(shot, region) if shot is not None else None
        self.close()
        if frame is None:
            self.cancelled.emit()
        else:
            self.regionChosen.emit(frame)


def area(rect: QRect) -> int:
    return 0 if rect.isEmpty() else rect.width() * rect.height()


def crop_rect(shot: ScreenShot, part: QRect) -> QRect:
    scale = shot.scale
    return QRect(
        round((part.x() - shot.geometry.x()) * scale),
        round((part.y() - shot.geometry.y()) * scale),
        round(part.width() * scale),
        round(part.height() * scale),
    )


def find_codes(shots: list[ScreenShot]) -> list[FoundOnScreen]:
    """Every code on every monitor, as polygons in logical desktop pixels (runs off the GUI thread)."""
    found: list[FoundOnScreen] = []
    for shot in shots:
        for code in decode_with_positions(qimage_to_frame(shot.image)):
            points = [
                QPointF(shot.geometry.x() + x / shot.scale, shot.geometry.y() + y / shot.scale)
                for x, y in code.corners
            ]
            polygon = QPolygonF(points)
            found.append((polygon, polygon.boundingRect().toAlignedRect()))
    return found
