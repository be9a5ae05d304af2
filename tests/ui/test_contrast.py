"""Contrast, in both themes: text 4.5:1 and control outlines 3:1 against what is behind them
(WCAG 2.2, 1.4.3 and 1.4.11). Three views of the same rule:

- the palette and the scheme's tokens, pair by pair;
- every colour written in a style sheet, against the background it sits on;
- what is really drawn: windows and dialogs are grabbed, and each visible text's colour (as Qt
  will draw it, style sheets included) is measured against the pixels behind it, and each
  control's edge against the background around the control.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

from desktop.ui import theme
from desktop.ui.admin.style import STYLE as ADMIN_STYLE
from desktop.ui.app_style import app_style
from desktop.ui.style import window_style

TEXT, NON_TEXT = 4.5, 3.0
SCHEMES = ("light", "dark")
Role = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_matches_wcag() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


@pytest.fixture(params=SCHEMES)
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    theme.apply_theme(qapp, request.param)
    yield request.param
    theme.apply_theme(qapp, "light")


# --- the palette and the tokens -------------------------------------------------------------

BACKGROUNDS = (Role.Window, Role.Base, Role.AlternateBase, Role.Highlight)


@pytest.mark.parametrize("name", SCHEMES)
def test_palette_and_token_colours(name: str) -> None:
    palette = theme.palette_for(name)
    colour = palette.color
    failures = []

    def check(what: str, fore: QColor, back: QColor, limit: float) -> None:
        if (ratio := contrast(fore, back)) < limit:
            failures.append(f"{what}: {fore.name()} on {back.name()} is {ratio:.2f}:1")

    check("window text", colour(Role.WindowText), colour(Role.Window), TEXT)
    check("button text", colour(Role.ButtonText), colour(Role.Button), TEXT)
    check("tooltip", colour(Role.ToolTipText), colour(Role.ToolTipBase), TEXT)
    for back in BACKGROUNDS:
        for role in (Role.Text, Role.PlaceholderText, Role.Link):
            check(f"{role.name} on {back.name}", colour(role), colour(back), TEXT)
    check("selected text", colour(Role.HighlightedText), colour(Role.Highlight), TEXT)
    tokens = theme.TOKENS[name]
    for token in ("muted", "error", "ok", "pending", "link"):
        for back in BACKGROUNDS:
            check(f"{token} on {back.name}", QColor(tokens[token]), colour(back), TEXT)
    for back in (Role.Window, Role.Base, Role.Button):
        check(f"outline on {back.name}", QColor(tokens["outline"]), colour(back), NON_TEXT)
        check(f"focus on {back.name}", QColor(tokens["focus"]), colour(back), NON_TEXT)
    urgent = QColor(theme.URGENT_DARK if name == "dark" else theme.URGENT)
    for back in (Role.Base, Role.Highlight):
        check(f"urgent code on {back.name}", urgent, colour(back), TEXT)
    assert failures == []


# --- colours written in style sheets --------------------------------------------------------

#: Borders that frame an area whose own fill already sets it apart; not a control's edge.
DECORATIVE = ("#banner", "#supportBanner", "#syncBar", "#notice", ":disabled", "QTabWidget")
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COLOUR = re.compile(r"(#[0-9a-fA-F]{6}\b|\bwhite\b|palette\([a-z-]+\))")


def _resolve(value: str, palette: QPalette) -> QColor:
    if value.startswith("palette("):
        role = "".join(part.title() for part in value[8:-1].split("-"))
        return palette.color(getattr(Role, role))
    return QColor(value)


#: Selectors whose text sits on another rule's fill.
SITS_ON = {"#noticeText": "#notice", "#noticeAction": "#notice"}


def _fills(sheet: str) -> dict[str, str]:
    return {
        " ".join(selector.split()): fill
        for selector, body in _RULE.findall(sheet)
        if (fill := _declarations(body).get("background", ""))
    }


def _style_sheets(name: str) -> list[str]:
    return [app_style(name), window_style(name), ADMIN_STYLE]


def _declarations(body: str) -> dict[str, str]:
    pairs = (part.split(":", 1) for part in body.split(";") if ":" in part)
    return {key.strip(): value.strip() for key, value in pairs}


@pytest.mark.parametrize("name", SCHEMES)
def test_style_sheet_colours(name: str) -> None:
    palette = theme.palette_for(name)
    failures = []
    for sheet in _style_sheets(name):
        fills = _fills(sheet)
        for raw, body in _RULE.findall(sheet):
            selector = " ".join(raw.split())
            declared = _declarations(body)
            parent = SITS_ON.get(selector, selector.split(" ")[0])
            fill = _COLOUR.search(declared.get("background", "")) or _COLOUR.search(
                fills.get(parent, "")
            )
            backs = (
                [_resolve(fill.group(1), palette)]
                if fill
                else [palette.color(Role.Window), palette.color(Role.Base)]
            )
            # Text of a disabled control is exempt (WCAG 1.4.3).
            found = _COLOUR.search(declared.get("color", ""))
            if found and ":disabled" not in selector:
                fore = _resolve(found.group(1), palette)
                failures += [
                    f"{selector}: text {fore.name()} on {back.name()} is {ratio:.2f}:1"
                    for back in backs
                    if (ratio := contrast(fore, back)) < TEXT
                ]
            if any(mark in selector for mark in DECORATIVE):
                continue
            for key in ("border", "border-color"):
                if found := _COLOUR.search(declared.get(key, "")):
                    edge = _resolve(found.group(1), palette)
                    failures += [
                        f"{selector}: edge {edge.name()} on {back.name()} is {ratio:.2f}:1"
                        for back in [palette.color(Role.Window), palette.color(Role.Base)]
                        if (ratio := contrast(edge, back)) < NON_TEXT and edge != back
                    ]
    assert failures == []


# --- what is drawn --------------------------------------------------------------------------


def _crop(shot: QImage, widget: QWidget, root: QWidget) -> QImage:
    ratio = shot.devicePixelRatio()
    top_left = widget.mapTo(root, QPoint(0, 0))
    rect = QRect(top_left * ratio, widget.size() * ratio)
    return shot.copy(rect)


def _common_colour(image: QImage) -> QColor:
    counts = Counter(
        image.pixel(x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
    )
    return QColor.fromRgb(counts.most_common(1)[0][0])


def _text_colour(widget: QWidget, crop: QImage, back: QColor) -> QColor:
    """The colour Qt draws the text in. Style sheets put theirs in the palette, except for a
    pseudo-state (a checked chip); when the palette's colour is nowhere in the picture, the
    drawn pixel farthest from the background is the text colour."""
    palette = widget.palette()
    if isinstance(widget, QLineEdit):
        expected = palette.color(Role.PlaceholderText)
    elif isinstance(widget, QPushButton):
        expected = palette.color(Role.ButtonText)
    else:
        expected = palette.color(widget.foregroundRole())
    pixels = {
        crop.pixel(x, y) & 0xFFFFFF for y in range(crop.height()) for x in range(crop.width())
    }
    if expected.rgb() & 0xFFFFFF in pixels:
        return expected
    return max((QColor.fromRgb(p) for p in pixels), key=lambda colour: contrast(colour, back))


def _shows_text(widget: QWidget) -> bool:
    if not widget.isVisible() or not widget.isEnabled() or widget.width() < 4:
        return False
    if isinstance(widget, QLineEdit):
        return bool(widget.placeholderText()) and not widget.text()
    if isinstance(widget, QToolButton) and (
        widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return False  # its text is for screen readers (the search field's clear button)
    if isinstance(widget, (QLabel, QAbstractButton)):
        return bool(widget.text().strip())
    return isinstance(widget, QGroupBox) and bool(widget.title())


def text_failures(root: QWidget) -> list[str]:
    QApplication.processEvents()
    shot = root.grab().toImage()
    failures = []
    for widget in root.findChildren(QWidget):
        if not _shows_text(widget):
            continue
        crop = _crop(shot, widget, root)
        back = _common_colour(crop)
        fore = _text_colour(widget, crop, back)
        if (ratio := contrast(fore, back)) < TEXT:
            text = getattr(widget, "text", widget.objectName)()
            failures.append(f"{text[:40]!r}: {fore.name()} on {back.name()} is {ratio:.2f}:1")
    return failures


def _edge_contrast(shot: QImage, rect: QRect, around: QColor) -> float:
    """The strongest contrast on the rectangle's one-pixel rim against the colour around."""
    best = 1.0
    for x in range(rect.left(), rect.right() + 1):
        for y in (rect.top(), rect.bottom()):
            best = max(best, contrast(QColor.fromRgb(shot.pixel(x, y)), around))
    for y in range(rect.top(), rect.bottom() + 1):
        for x in (rect.left(), rect.right()):
            best = max(best, contrast(QColor.fromRgb(shot.pixel(x, y)), around))
    return best


def _indicator(widget: QAbstractButton) -> QRect:
    option = QStyleOptionButton()
    option.initFrom(widget)
    element = (
        QStyle.SubElement.SE_RadioButtonIndicator
        if isinstance(widget, QRadioButton)
        else QStyle.SubElement.SE_CheckBoxIndicator
    )
    return widget.style().subElementRect(element, option, widget)


CONTROLS = (QLineEdit, QComboBox, QSpinBox, QPushButton, QCheckBox, QRadioButton)


def outline_failures(root: QWidget) -> list[str]:
    QApplication.processEvents()
    shot = root.grab().toImage()
    ratio = shot.devicePixelRatio()
    failures = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), (QSpinBox, QComboBox)
        ):
            continue
        if isinstance(widget, QPushButton) and (widget.isFlat() or widget.objectName()):
            continue  # text-only buttons, and filled ones (chips, primary) set their own edge
        origin = widget.mapTo(root, QPoint(0, 0))
        if isinstance(widget, (QCheckBox, QRadioButton)):
            local = _indicator(widget)
            rect = QRect((origin + local.topLeft()) * ratio, local.size() * ratio)
        else:
            rect = QRect(origin * ratio, widget.size() * ratio)
        outside = QPoint(rect.left() - 2, rect.center().y())
        if outside.x() < 0:
            continue
        around = QColor.fromRgb(shot.pixel(outside))
        edge = rect.adjusted(0, 0, -1, -1)
        inner = max(
            _edge_contrast(shot, edge, around),
            _edge_contrast(shot, edge.adjusted(1, 1, -1, -1), around),
        )
        if inner < NON_TEXT:
            name = type(widget).__name__
            where = widget.objectName() or widget.accessibleName()
            failures.append(f"{name} {where}: edge {inner:.2f}:1")
    return failures


def test_main_window_and_notice(scheme: str, open_window: Any, qtbot: Any) -> None:
    window = open_window()
    window.resize(460, 640)
    qtbot.keyClicks(window.search, "o")
    window.account_actions.copy_current()
    window.banner.show_offset(42)
    assert window.hint.isVisible() and window.notice.isVisible()
    assert text_failures(window) == []
    assert outline_failures(window) == []


def test_empty_state(scheme: str, open_window: Any) -> None:
    window = open_window(create=False)
    assert text_failures(window) == []
    assert outline_failures(window) == []


def test_dialogs(scheme: str, open_window: Any) -> None:
    from desktop.ui.edit_dialog import EditDialog
    from desktop.ui.manual_dialog import ManualDialog
    from desktop.ui.passphrase import PassphraseDialog
    from desktop.ui.settings_dialog import SettingsDialog

    window = open_window()
    settings = SettingsDialog(window.settings, window)
    settings.error.setText("The time server must be an https:// address.")
    settings.error.show()
    manual = ManualDialog(window, None, [], window.clock)
    manual.secret.setText("not base32!")
    edit = EditDialog(window.model.account_at(0), [], window)
    passphrase = PassphraseDialog(window, choose=True)
    for dialog in (settings, manual, edit, passphrase):
        dialog.show()
        assert text_failures(dialog) == [], type(dialog).__name__
        assert outline_failures(dialog) == [], type(dialog).__name__
        dialog.close()


def test_admin_window_offline(scheme: str, qtbot: Any, tmp_path: Path) -> None:
    from desktop.admin.service import AdminService
    from desktop.admin.session import TokenStore
    from desktop.ui.admin.login_dialog import LoginDialog
    from desktop.ui.admin.window import AdminWindow

    service = AdminService(tmp_path / "admin", tokens=TokenStore(None))
    window = AdminWindow(tmp_path / "admin", None, service=service, auto_sync=False)
    qtbot.addWidget(window)
    window.show()
    try:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            assert text_failures(window) == [], window.tabs.tabText(index)
            assert outline_failures(window) == [], window.tabs.tabText(index)
        login = LoginDialog(window.controller, None, parent=window)
        login.show()
        assert text_failures(login) == [] and outline_failures(login) == []
        login.close()
    finally:
        window.controller.shutdown()


def test_scan_dialog_with_an_error(scheme: str, qtbot: Any, tmp_path: Path) -> None:
    from desktop.core.frames import VideoCaptureSource
    from desktop.ui.scan import ScanDialog

    dialog = ScanDialog(VideoCaptureSource(str(tmp_path / "missing.avi")))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state in ("error", "not_found"), timeout=10_000)
    assert text_failures(dialog) == [] and outline_failures(dialog) == []
    dialog.close()
