"""The accounts list view: a countdown-only change repaints just the rings, not whole rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QListView, QWidget

from desktop.ui.delegate import AccountDelegate
from desktop.ui.model import SECONDS_ROLES

Index = QModelIndex | QPersistentModelIndex
_SECONDS_ONLY = [int(role) for role in SECONDS_ROLES]


class AccountsView(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate = AccountDelegate(self)
        self.setItemDelegate(self.delegate)

    def dataChanged(self, top_left: Index, bottom_right: Index, roles: Sequence[int] = ()) -> None:
        if [int(role) for role in roles] != _SECONDS_ONLY:
            super().dataChanged(top_left, bottom_right, roles)
            return
        viewport = self.viewport()
        first = self.indexAt(viewport.rect().topLeft()).row()
        last = self.indexAt(viewport.rect().bottomLeft()).row()
        if first < 0:
            return
        last = last if last >= 0 else self.model().rowCount() - 1
        model = self.model()
        for row in range(max(first, top_left.row()), min(last, bottom_right.row()) + 1):
            rect = self.visualRect(model.index(row, 0))
            viewport.update(AccountDelegate.ring_rect(rect).adjusted(-2, -2, 2, 2))
