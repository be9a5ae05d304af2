"""Pictures between Qt and numpy: frames to QImage for the preview, screen grabs and clipboard
images to numpy for the decoder."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QImage

Frame = NDArray[np.uint8]


def frame_to_qimage(frame: Frame) -> QImage:
    """A deep-copied QImage of a gray or BGR frame (safe to send to another thread)."""
    array = np.ascontiguousarray(frame)
    height, width = array.shape[:2]
    if array.ndim == 2:
        image = QImage(array.data, width, height, array.strides[0], QImage.Format.Format_Grayscale8)
    else:
        image = QImage(array.data, width, height, array.strides[0], QImage.Format.Format_BGR888)
    return image.copy()


def qimage_to_frame(image: QImage) -> Frame:
    """A BGR numpy copy of any QImage."""
    converted = image.convertToFormat(QImage.Format.Format_BGR888)
    width, height = converted.width(), converted.height()
    if width == 0 or height == 0:
        return np.zeros((0, 0, 3), dtype=np.uint8)
    stride = converted.bytesPerLine()
    buffer = np.frombuffer(converted.constBits(), dtype=np.uint8, count=stride * height)
    return buffer.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).copy()


@dataclass(frozen=True)
class ScreenShot:
    """One monitor: where it sits on the desktop (logical pixels) and its picture (device pixels)."""

    geometry: QRect
    image: QImage

    @property
    def scale(self) -> float:
        """Device pixels per logical pixel (2.0 on a 200 % high-DPI screen)."""
        return self.image.width() / max(1, self.geometry.width())


def grab_screens() -> list[ScreenShot]:
    """Every monitor at its native resolution."""
    shots = []
    for screen in QGuiApplication.screens():
        pixmap = screen.grabWindow(0)
        if not pixmap.isNull():
            shots.append(ScreenShot(screen.geometry(), pixmap.toImage()))
    return shots


def crop_shot(shot: ScreenShot, region: QRect) -> Frame | None:
    """The part of ``region`` (logical desktop pixels) on this monitor, in device pixels."""
    part = region.intersected(shot.geometry)
    if part.isEmpty():
        return None
    scale = shot.scale
    native = QRect(
        round((part.x() - shot.geometry.x()) * scale),
        round((part.y() - shot.geometry.y()) * scale),
        round(part.width() * scale),
        round(part.height() * scale),
    )
    return qimage_to_frame(shot.image.copy(native))
