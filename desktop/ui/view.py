"""The accounts list view: a countdown-only change repaints just the rings, not whole rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QRegion
from PySide6.QtWidgets import QListView, QWidget

from desktop.ui.delegate import AccountDelegate
from desktop.ui.model import SECONDS_ROLES, Role
from desktop.ui.ring import PAD

Index = QModelIndex | QPersistentModelIndex
_SECONDS_ONLY = [int(role) for role in SECONDS_ROLES]


class AccountsView(QListView):
    #: A paint of the list finished (the quick-pick times its latency up to here).
    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate = AccountDelegate(self)
        self.setItemDelegate(self.delegate)
        # The viewport paints its own background (below), so a ring's repaint stops at the
        # viewport instead of repainting the window, the stack and the frame behind it.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        #: Ring areas queued by a countdown tick and not yet painted.
        self._rings = QRegion()

    def paintEvent(self, event: QPaintEvent) -> None:
        region = event.region()
        rings, self._rings = self._rings, QRegion()
        if not rings.isEmpty() and region.subtracted(rings).isEmpty():
            self._paint_rings(region)  # a countdown tick: one blit per visible ring
            return
        # Otherwise the delegate compares each row with what is dirty: a row whose only dirty
        # part is its ring still repaints just the ring.
        self.delegate.dirty = region
        background = QPainter(self.viewport())
        background.fillRect(event.rect(), self.palette().window())
        background.end()
        try:
            super().paintEvent(event)
        finally:
            self.delegate.dirty = None
        self.painted.emit()

    def _paint_rings(self, region: QRegion) -> None:
        painter = QPainter(self.viewport())
        palette = self.palette()
        model = self.model()
        for row in self._visible_rows():
            index = model.index(row, 0)
            rect = self.visualRect(index)
            if region.intersects(self._ring_area(rect)):
                self.delegate.paint_ring(painter, index, rect, palette)
        painter.end()

    def _visible_rows(self) -> range:
        area = self.viewport().rect()
        first = self.indexAt(area.topLeft()).row()
        if first < 0:
            return range(0)
        last = self.indexAt(area.bottomLeft()).row()
        return range(first, (last if last >= 0 else self.model().rowCount() - 1) + 1)

    @staticmethod
    def _ring_area(rect: QRect) -> QRect:
        return AccountDelegate.ring_rect(rect).adjusted(-PAD, -PAD, PAD, PAD)

    def dataChanged(self, top_left: Index, bottom_right: Index, roles: Sequence[int] = ()) -> None:
        if [int(role) for role in roles] != _SECONDS_ONLY:
            super().dataChanged(top_left, bottom_right, roles)
            return
        viewport = self.viewport()
        model = self.model()
        visible = self._visible_rows()
        for row in range(
            max(visible.start, top_left.row()), min(visible.stop, bottom_right.row() + 1)
        ):
            index = model.index(row, 0)
            account = index.data(Role.ACCOUNT)
            if account is None or not account.is_timed:
                continue  # an HOTP row has nothing that counts down
            area = self._ring_area(self.visualRect(index))
            self._rings += area
            viewport.update(area)
