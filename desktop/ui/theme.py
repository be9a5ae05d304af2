"""Light and dark palettes on the Fusion style; "system" follows the desktop's colour scheme.

Every text colour reaches 4.5:1 and every control outline 3:1 against its background (WCAG 1.4.3
and 1.4.11); ``tests/ui/test_contrast.py`` measures them. Fusion draws control outlines from
the window colour (1.1:1 in the dark theme), so the app style sheet draws its own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#2f6fde"
URGENT = "#b3261e"
URGENT_DARK = "#ff8f87"

#: Colours the palette has no role for, per scheme; style sheets use them through TOKENS.
TOKENS: dict[str, dict[str, str]] = {
    "light": {
        "muted": "#596170",  # hints, secondary text, placeholders
        "outline": "#7c8491",  # the edge of a control: inputs, buttons, check boxes
        "error": URGENT,
        "ok": "#1a6b3d",
        "pending": "#8a5a00",
        "link": "#2559b8",
        "focus": ACCENT,  # the edge of a focused, hovered or default control
    },
    "dark": {
        "muted": "#a3a9b5",
        "outline": "#7d8492",
        "error": URGENT_DARK,
        "ok": "#4cc38a",
        "pending": "#e0a84a",
        "link": "#8db4ff",
        "focus": "#6d9cf5",
    },
}

_LIGHT = {
    QPalette.ColorRole.Window: "#f4f5f7",
    QPalette.ColorRole.WindowText: "#1d2129",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f0f2f5",
    QPalette.ColorRole.Text: "#1d2129",
    QPalette.ColorRole.PlaceholderText: TOKENS["light"]["muted"],
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
    QPalette.ColorRole.Link: TOKENS["light"]["link"],
    QPalette.ColorRole.Accent: TOKENS["light"]["focus"],
}

_DARK = {
    QPalette.ColorRole.Window: "#1e2026",
    QPalette.ColorRole.WindowText: "#e7e9ee",
    QPalette.ColorRole.Base: "#26292f",
    QPalette.ColorRole.AlternateBase: "#2c2f36",
    QPalette.ColorRole.Text: "#e7e9ee",
    QPalette.ColorRole.PlaceholderText: TOKENS["dark"]["muted"],
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
    QPalette.ColorRole.Link: TOKENS["dark"]["link"],
    QPalette.ColorRole.Accent: TOKENS["dark"]["focus"],
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
    """Fusion with our palette and control style sheet, to every window at once (a new style
    sheet repolishes every widget); ``style_set`` when the app was started with STYLE_ARGUMENTS."""
    from desktop.ui.app_style import app_style

    scheme = resolve(mode)
    if not style_set and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    changed = app.property("keydeskScheme") not in (None, scheme)
    app.setProperty("keydeskScheme", scheme)
    app.setPalette(palette_for(scheme))
    app.setStyleSheet(app_style(scheme))
    if changed:
        for widget in app.topLevelWidgets():
            # Widgets that paint icons or pick colours in code redo it on this event.
            QApplication.sendEvent(widget, QEvent(QEvent.Type.ThemeChange))
    return scheme


def token(name: str) -> str:
    """A colour of the current scheme from TOKENS."""
    return TOKENS["dark" if is_dark() else "light"][name]


def is_dark(app: QGuiApplication | None = None) -> bool:
    instance = app or QGuiApplication.instance()
    return bool(instance is not None and instance.property("keydeskScheme") == "dark")


def urgent_colour() -> QColor:
    return QColor(URGENT_DARK if is_dark() else URGENT)
