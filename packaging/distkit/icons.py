"""hicolor theme icons, every size rendered from resources/icons/keydesk.svg with QtSvg."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

#: The sizes desktops look for (hicolor's usual set); the SVG goes to "scalable" as well.
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICON_NAME = "keydesk"  # the desktop file's Icon=


def render_icons(svg: Path, share: Path) -> list[Path]:
    """Write share/icons/hicolor/NxN/apps/keydesk.png for every size, and the SVG itself."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):  # PNG, from the suffix
            raise OSError(f"could not write {target}")
        written.append(target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    return [*written, scalable]
