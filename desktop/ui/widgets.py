"""Small helpers for standard widgets: accessible names Qt leaves empty, tab order."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

#: Qt's object name for a QLineEdit's clear-button action.
_CLEAR_ACTION = "_q_qlineeditclearaction"


def name_clear_button(field: QLineEdit) -> None:
    """Give a line edit's clear button a name a screen reader can announce."""
    action = field.findChild(QAction, _CLEAR_ACTION)
    if action is not None:
        action.setText(QCoreApplication.translate("widgets", "Clear"))


def name_editable_combo(combo: QComboBox) -> None:
    """An editable combo box's text field is a control of its own: it gets the box's name."""
    field = combo.lineEdit()
    if field is not None:
        field.setAccessibleName(combo.accessibleName())


def order_tabs(widgets: Sequence[QWidget]) -> None:
    """Tab visits ``widgets`` in this order (Qt's default is the order they were made in)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
