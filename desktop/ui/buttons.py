"""Dialog buttons with icons only where the platform shows them, and then on every button.

Qt gives its standard buttons (OK, Cancel, Save…) a stock icon when the platform asks for icons
on dialog buttons (KDE, and X11 without a desktop) and none elsewhere (GNOME, Windows, macOS);
buttons made from text got none, and a renamed OK kept OK's icon. :func:`follow_platform`
makes a button box or message box consistent: an icon by role on every button, or none.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QMessageBox, QStyle, QWidget

#: A button may ask for its own stock icon (a QStyle.StandardPixmap) through this property.
ICON_PROPERTY = "stockIcon"


@cache
def _by_role() -> dict[QDialogButtonBox.ButtonRole, QStyle.StandardPixmap]:
    """Built on first use: touching QStyle's and QDialogButtonBox's enums builds them all (~4 ms),
    which the first frame does not need."""
    box, pixmap = QDialogButtonBox.ButtonRole, QStyle.StandardPixmap
    return {
        box.AcceptRole: pixmap.SP_DialogOkButton,
        box.YesRole: pixmap.SP_DialogYesButton,
        box.ApplyRole: pixmap.SP_DialogApplyButton,
        box.RejectRole: pixmap.SP_DialogCancelButton,
        box.NoRole: pixmap.SP_DialogNoButton,
        box.DestructiveRole: pixmap.SP_DialogDiscardButton,
        box.ResetRole: pixmap.SP_DialogResetButton,
        box.HelpRole: pixmap.SP_DialogHelpButton,
        box.ActionRole: pixmap.SP_DialogApplyButton,
    }


def platform_shows_icons(widget: QWidget) -> bool:
    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
    return bool(widget.style().styleHint(hint, None, widget))


def follow_platform(box: QDialogButtonBox | QMessageBox) -> None:
    """Every button of ``box`` gets the stock icon of its role, or none, as the platform does."""
    show = platform_shows_icons(box)
    for button in box.buttons():
        button.setIcon(_icon_for(box, button) if show else QIcon())


def _icon_for(box: QDialogButtonBox | QMessageBox, button: QAbstractButton) -> QIcon:
    wanted = button.property(ICON_PROPERTY)
    if wanted is None:
        role = QDialogButtonBox.ButtonRole(box.buttonRole(button).value)
        wanted = _by_role().get(role, QStyle.StandardPixmap.SP_DialogApplyButton)
    return box.style().standardIcon(QStyle.StandardPixmap(wanted), None, button)
