"""The live picture: the latest frame, scaled to fit, with found codes outlined and a message."""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.qr import FoundCode

OUTLINE_SECONDS = 1.5


class PreviewWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._outlines: list[FoundCode] = []
        self._outline_size = (1, 1)
        self._outline_time = 0.0
        self._message = ""
        self._tone = "info"
        self.setMinimumSize(QSize(480, 300))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Camera preview"))

    def set_frame(self, image: QImage) -> None:
        self._image = image
        self.update()

    def set_outlines(self, codes: list[FoundCode], frame_size: tuple[int, int]) -> None:
        self._outlines = list(codes)
        self._outline_size = frame_size
        self._outline_time = time.monotonic()
        self.update()

    def set_message(self, text: str, tone: str = "info") -> None:
        """A line over the picture; tone is "info", "error" or "success"."""
        self._message, self._tone = text, tone
        self.setAccessibleDescription(text)
        self.update()

    def message(self) -> str:
        return self._message

    def snapshot(self) -> QPixmap:
        """The current picture with its outlines, cut to the frame (no message, no margins)."""
        message, self._message = self._message, ""
        picture = self.grab(self._image_rect().toAlignedRect())
        self._message = message
        return picture

    def _image_rect(self) -> QRectF:
        if self._image.isNull():
            return QRectF(self.rect())
        scaled = QSize(self._image.size()).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - scaled.width()) / 2
        y = (self.height() - scaled.height()) / 2
        return QRectF(x, y, scaled.width(), scaled.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#1e1f22"))
        target = self._image_rect()
        if not self._image.isNull():
            painter.drawImage(target, self._image)
        self._paint_outlines(painter, target)
        self._paint_message(painter)
        painter.end()

    def _paint_outlines(self, painter: QPainter, target: QRectF) -> None:
        if not self._outlines or time.monotonic() - self._outline_time > OUTLINE_SECONDS:
            return
        sx = target.width() / max(1, self._outline_size[0])
        sy = target.height() / max(1, self._outline_size[1])
        painter.setPen(QPen(QColor("#3ddc84"), 4))
        painter.setBrush(QColor(61, 220, 132, 50))
        for code in self._outlines:
            points = [QPointF(target.x() + x * sx, target.y() + y * sy) for x, y in code.corners]
            painter.drawPolygon(QPolygonF(points))

    def _paint_message(self, painter: QPainter) -> None:
        if not self._message:
            return
        colours = {"info": "#2b2d31", "error": "#8c1d18", "success": "#1f6e43"}
        margin = 12
        width = self.width() - 2 * margin
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        font = painter.font()
        if self._image.isNull():
            font.setPointSizeF(font.pointSizeF() * 1.1)
            painter.setFont(font)
        bounds = painter.fontMetrics().boundingRect(0, 0, width - 48, 1000, flags, self._message)
        height = bounds.height() + 20
        if self._image.isNull():  # nothing to show: the message is the content, centred
            box = QRectF(0, 0, min(width, bounds.width() + 48), height)
            box.moveCenter(QRectF(self.rect()).center())
        else:
            box = QRectF(margin, self.height() - height - margin, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours.get(self._tone, colours["info"])).lighter(100))
        painter.setOpacity(0.92)
        painter.drawRoundedRect(box, 8, 8)
        painter.setOpacity(1.0)
        painter.setPen(QColor("white"))
        painter.drawText(box.adjusted(12, 10, -12, -10), flags, self._message)
