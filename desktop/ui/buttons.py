"""Dialog buttons with icons only where the platform shows them, and then on every button.

Qt gives its standard buttons (OK, Cancel, Save…) a stock icon when the platform asks for icons
on dialog buttons (KDE, and X11 without a desktop) and none elsewhere (GNOME, Windows, macOS);
buttons made from text got none, and a renamed OK kept OK's icon. :func:`follow_platform`
makes a button box or message box consistent: an icon by role on every button, or none.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QMessageBox, QStyle, QWidget

Pixmap = QStyle.StandardPixmap
BoxRole = QDialogButtonBox.ButtonRole

#: A button may ask for its own stock icon (a QStyle.StandardPixmap) through this property.
ICON_PROPERTY = "stockIcon"

_BY_ROLE = {
    BoxRole.AcceptRole: Pixmap.SP_DialogOkButton,
    BoxRole.YesRole: Pixmap.SP_DialogYesButton,
    BoxRole.ApplyRole: Pixmap.SP_DialogApplyButton,
    BoxRole.RejectRole: Pixmap.SP_DialogCancelButton,
    BoxRole.NoRole: Pixmap.SP_DialogNoButton,
    BoxRole.DestructiveRole: Pixmap.SP_DialogDiscardButton,
    BoxRole.ResetRole: Pixmap.SP_DialogResetButton,
    BoxRole.HelpRole: Pixmap.SP_DialogHelpButton,
    BoxRole.ActionRole: Pixmap.SP_DialogApplyButton,
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
        role = BoxRole(box.buttonRole(button).value)
        wanted = _BY_ROLE.get(role, Pixmap.SP_DialogApplyButton)
    return box.style().standardIcon(Pixmap(wanted), None, button)
