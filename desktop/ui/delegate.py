"""Paints one account row: avatar, issuer and name, the code, and a countdown ring or HOTP button."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QRegion,
)
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from desktop.core.otp import Account, OtpType, format_code
from desktop.ui import theme
from desktop.ui.avatar import avatar_pixmap
from desktop.ui.icons import cached_pixmap
from desktop.ui.model import Role
from desktop.ui.ring import PAD, RING, ring_pixmap

ROW_HEIGHT = 76
AVATAR = 40
MARGIN = 10
HIDDEN = "••• •••"
Index = QModelIndex | QPersistentModelIndex


class AccountDelegate(QStyledItemDelegate):
    #: The HOTP "next code" button of a row was pressed.
    nextCodeRequested = Signal(str)
    #: The first row was painted (start-up completes the window once that frame is out).
    firstRowPainted = Signal()

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self.show_next = True
        self.painted_rows = 0
        #: What the view is repainting right now (set by the view around its paint event).
        self.dirty: QRegion | None = None
        base = QFont()
        self._issuer_font = QFont(base)
        self._issuer_font.setBold(True)
        self._issuer_font.setPointSizeF(base.pointSizeF() + 1)
        self._name_font = QFont(base)
        self._code_font = QFont(base)
        self._code_font.setPixelSize(26)
        self._code_font.setWeight(QFont.Weight.DemiBold)
        self._code_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.0)
        self._small_font = QFont(base)
        self._small_font.setPointSizeF(max(base.pointSizeF() - 1, 7))
        self._next_label = self.tr("next")

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(320, ROW_HEIGHT)

    # --- geometry ---------------------------------------------------------------------------

    @staticmethod
    def card_rect(rect: QRect) -> QRect:
        return rect.adjusted(MARGIN, 4, -MARGIN, -4)

    @classmethod
    def ring_rect(cls, rect: QRect) -> QRect:
        card = cls.card_rect(rect)
        return QRect(card.right() - 16 - RING, card.center().y() - RING // 2 + 1, RING, RING)

    # --- painting ---------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        account: Account = index.data(Role.ACCOUNT)
        if account is None:
            return
        palette = option.palette
        rect: QRect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._only_ring_dirty(rect):
            # A countdown tick: only the ring is repainted (its pixmap is opaque).
            self._paint_counter(painter, account, index, rect, palette)
            painter.restore()
            return
        self._paint_card(painter, rect, palette, index)
        card = self.card_rect(rect)
        ratio = painter.device().devicePixelRatioF()
        avatar = avatar_pixmap(account.issuer, account.name, account.icon, AVATAR, ratio)
        painter.drawPixmap(card.left() + 14, card.center().y() - AVATAR // 2 + 1, avatar)
        code_left = self._paint_code(painter, account, index, card, palette)
        self._paint_texts(painter, account, card, code_left, palette)
        self._paint_counter(painter, account, index, rect, palette)
        painter.restore()
        self.painted_rows += 1
        if self.painted_rows == 1:
            self.firstRowPainted.emit()

    def _only_ring_dirty(self, rect: QRect) -> bool:
        dirty = self.dirty
        if dirty is None:
            return False
        ring = self.ring_rect(rect).adjusted(-PAD, -PAD, PAD, PAD)
        return ring.contains(dirty.intersected(rect).boundingRect())

    def _selected(self, index: Index) -> bool:
        selection = self._view.selectionModel()
        return selection is not None and selection.isSelected(index)

    def _fill(self, palette: QPalette, index: Index) -> QColor:
        return palette.highlight().color() if self._selected(index) else palette.base().color()

    def _paint_card(self, painter: QPainter, rect: QRect, palette: QPalette, index: Index) -> None:
        card = QRectF(self.card_rect(rect))
        # Selection and focus from the view rather than option.state: that is a QStyle flag, and
        # QStyle's Python enums cost 8 ms of start-up; the view knows the same thing.
        selected = self._selected(index)
        fill = self._fill(palette, index)
        painter.setPen(QPen(palette.mid().color(), 1) if not selected else Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
        if selected and self._view.hasFocus() and self._view.currentIndex() == index:
            painter.setPen(QPen(palette.accent().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 10, 10)

    def _paint_texts(
        self, painter: QPainter, account: Account, card: QRect, right: int, palette: QPalette
    ) -> None:
        left = card.left() + 14 + AVATAR + 14
        width = max(right - left - 12, 20)
        issuer = account.issuer or account.name
        name = account.name if account.issuer else ""
        text_colour = palette.text().color()
        top = card.center().y() - (20 if name else 10)
        painter.setFont(self._issuer_font)
        painter.setPen(text_colour)
        metrics = QFontMetrics(self._issuer_font)
        star = 18 if account.favorite else 0
        shown = metrics.elidedText(issuer, Qt.TextElideMode.ElideRight, width - star)
        painter.drawText(QRect(left, top, width, 22), Qt.AlignmentFlag.AlignVCenter, shown)
        if account.favorite:
            star_x = left + metrics.horizontalAdvance(shown) + 5
            painter.drawPixmap(
                star_x, top + 3, cached_pixmap("star", 14, "#f2b01e", _ratio(painter))
            )
        if name:
            painter.setFont(self._name_font)
            muted = palette.placeholderText().color()
            painter.setPen(muted)
            elided = QFontMetrics(self._name_font).elidedText(
                name, Qt.TextElideMode.ElideRight, width
            )
            painter.drawText(
                QRect(left, top + 22, width, 20), Qt.AlignmentFlag.AlignVCenter, elided
            )

    def _paint_code(
        self, painter: QPainter, account: Account, index: Index, card: QRect, palette: QPalette
    ) -> int:
        revealed = bool(index.data(Role.REVEALED))
        code = format_code(index.data(Role.CODE)) if revealed else HIDDEN
        right = card.right() - 16 - RING - 16
        metrics = QFontMetrics(self._code_font)
        width = metrics.horizontalAdvance(code) + 4
        urgent = bool(index.data(Role.URGENT))
        colour = theme.urgent_colour() if urgent else palette.text().color()
        showing_next = self.show_next and revealed and bool(index.data(Role.SHOW_NEXT))
        centre = card.center().y() - (8 if showing_next else 0)
        painter.setFont(self._code_font)
        painter.setPen(colour)
        code_rect = QRect(right - width, centre - 17, width, 34)
        painter.drawText(
            code_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, code
        )
        if showing_next:
            upcoming = f"{self._next_label} {format_code(index.data(Role.NEXT_CODE))}"
            painter.setFont(self._small_font)
            painter.setPen(palette.placeholderText().color())
            painter.drawText(
                QRect(right - 200, centre + 15, 200, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                upcoming,
            )
        return right - width

    def _paint_counter(
        self, painter: QPainter, account: Account, index: Index, rect: QRect, palette: QPalette
    ) -> None:
        if account.type is OtpType.HOTP:
            ring = QRectF(self.ring_rect(rect))
            icon = cached_pixmap("refresh", 22, palette.text().color().name(), _ratio(painter))
            painter.drawPixmap(
                ring.center().toPoint().x() - 11, ring.center().toPoint().y() - 11, icon
            )
            return
        pixmap = ring_pixmap(
            int(index.data(Role.SECONDS_LEFT)),
            account.period,
            urgent=bool(index.data(Role.URGENT)),
            fill=self._fill(palette, index),
            palette=palette,
            font=self._small_font,
            ratio=_ratio(painter),
        )
        painter.drawPixmap(self.ring_rect(rect).topLeft() - QPoint(PAD, PAD), pixmap)

    def paint_ring(self, painter: QPainter, index: Index, rect: QRect, palette: QPalette) -> None:
        """Only the countdown of a timed row (the view's per-second repaint)."""
        account = index.data(Role.ACCOUNT)
        if account is not None and account.is_timed:
            self._paint_counter(painter, account, index, rect, palette)

    # --- the HOTP button --------------------------------------------------------------------

    def editorEvent(
        self, event: QEvent, model: object, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        if event.type() != QEvent.Type.MouseButtonRelease or not isinstance(event, QMouseEvent):
            return False
        account = index.data(Role.ACCOUNT)
        if account is None or account.type is not OtpType.HOTP:
            return False
        if self.ring_rect(option.rect).contains(event.position().toPoint()):
            self.nextCodeRequested.emit(account.id)
            return True
        return False


def _round_pen(colour: QColor, width: int) -> QPen:
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _ratio(painter: QPainter) -> float:
    device = painter.device()
    return device.devicePixelRatioF() if device is not None else 1.0
