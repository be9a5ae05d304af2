"""Light and dark palettes on the Fusion style; "system" follows the desktop's colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#2f6fde"
URGENT = "#d93a3a"
URGENT_DARK = "#ff6b6b"

_LIGHT = {
    QPalette.ColorRole.Window: "#f4f5f7",
    QPalette.ColorRole.WindowText: "#1d2129",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f0f2f5",
    QPalette.ColorRole.Text: "#1d2129",
    QPalette.ColorRole.PlaceholderText: "#8a919c",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#1d2129",
    QPalette.ColorRole.Highlight: "#dce7fb",
    QPalette.ColorRole.HighlightedText: "#1d2129",
    QPalette.ColorRole.ToolTipBase: "#1d2129",
    QPalette.ColorRole.ToolTipText: "#ffffff",
    QPalette.ColorRole.Mid: "#d5d9e0",
    QPalette.ColorRole.Midlight: "#e6e9ee",
    QPalette.ColorRole.Dark: "#9aa1ad",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Link: ACCENT,
    QPalette.ColorRole.Accent: ACCENT,
}

_DARK = {
    QPalette.ColorRole.Window: "#1e2026",
    QPalette.ColorRole.WindowText: "#e7e9ee",
    QPalette.ColorRole.Base: "#26292f",
    QPalette.ColorRole.AlternateBase: "#2c2f36",
    QPalette.ColorRole.Text: "#e7e9ee",
    QPalette.ColorRole.PlaceholderText: "#868c98",
    QPalette.ColorRole.Button: "#30343c",
    QPalette.ColorRole.ButtonText: "#e7e9ee",
    QPalette.ColorRole.Highlight: "#2c3d5e",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#e7e9ee",
    QPalette.ColorRole.ToolTipText: "#1d2129",
    QPalette.ColorRole.Mid: "#3a3e47",
    QPalette.ColorRole.Midlight: "#33373f",
    QPalette.ColorRole.Dark: "#121317",
    QPalette.ColorRole.Light: "#454a55",
    QPalette.ColorRole.Link: "#6d9cf5",
    QPalette.ColorRole.Accent: "#5a8ff0",
}


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(mode: str) -> str:
    """ "light" or "dark" for a setting of system, light or dark."""
    if mode in ("light", "dark"):
        return mode
    return "dark" if system_prefers_dark() else "light"


def palette_for(scheme: str) -> QPalette:
    palette = QPalette()
    for role, colour in (_DARK if scheme == "dark" else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#6b717c" if scheme == "dark" else "#a3a9b3")
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


#: What the app is started with (``-style Fusion``), so start-up need not ask ``app.style()``:
#: that returns a QStyle, and its first use builds QStyle's Python enums (7 ms).
STYLE_ARGUMENTS = ["-style", "Fusion"]


def apply_theme(app: QApplication, mode: str, *, style_set: bool = False) -> str:
    """Fusion with our palette; ``style_set`` when the app was started with STYLE_ARGUMENTS."""
    scheme = resolve(mode)
    if not style_set and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette_for(scheme))
    app.setProperty("keydeskScheme", scheme)
    return scheme


def is_dark(app: QGuiApplication | None = None) -> bool:
    instance = app or QGuiApplication.instance()
    return bool(instance is not None and instance.property("keydeskScheme") == "dark")


def urgent_colour() -> QColor:
    return QColor(URGENT_DARK if is_dark() else URGENT)
