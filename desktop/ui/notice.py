"""A brief, non-modal notice at the bottom of the window, optionally with one action (Undo)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

#: The gap between the notice and what it must not cover (the parent's bottom edge, the hint).
MARGIN = 18


class Notice(QFrame):
    """``above`` is a widget at the bottom of the parent (the keyboard hint) the notice must not
    cover: while it is visible, the notice sits above it."""

    def __init__(self, parent: QWidget, above: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setAccessibleName(self.tr("Notification"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 10, 10)
        layout.setSpacing(12)
        self._label = QLabel(self)
        self._label.setObjectName("noticeText")
        self._button = QPushButton(self)
        self._button.setObjectName("noticeAction")
        self._button.setCursor(Qt.CursorShape.PointingHandCursor)
        self._button.clicked.connect(self._act)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._button)
        self._action: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self._remaining = 0
        self._above = above
        parent.installEventFilter(self)
        if above is not None:
            above.installEventFilter(self)
        self.hide()

    @property
    def text(self) -> str:
        return self._label.text()

    def show_message(
        self,
        text: str,
        seconds: float = 3.0,
        action_text: str = "",
        action: Callable[[], None] | None = None,
    ) -> None:
        self._label.setText(text)
        self._action = action
        self._button.setText(action_text)
        self._button.setVisible(bool(action_text and action))
        self.setAccessibleDescription(text)
        self._place()
        self.show()
        self.raise_()
        self._remaining = 0
        self._timer.start(int(seconds * 1000))

    def dismiss(self) -> None:
        self._timer.stop()
        self._action = None
        self.hide()

    def withdraw(self, action: Callable[[], None]) -> None:
        """Hide the notice if it still offers ``action`` (an undo that is no longer possible)."""
        if self._action is not None and self._action == action:
            self.dismiss()

    def trigger(self) -> bool:
        """Run the pending action (Undo), if any; used by the button and keyboard shortcut."""
        if self._action is None or not self.isVisible():
            return False
        self._act()
        return True

    def _act(self) -> None:
        action = self._action
        self.dismiss()
        if action is not None:
            action()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            self.adjustSize()
            return
        # One line when it fits the window; wrapped to the window's width when it does not
        # (a long refusal, a Russian text, a path): never cut off at the edge.
        self._label.setWordWrap(False)
        natural = self.sizeHint().width()
        width = min(max(natural, 280), parent.width() - 32)
        self._label.setWordWrap(natural > width)
        self.resize(
            width, self.heightForWidth(width) if natural > width else self.sizeHint().height()
        )
        bottom = parent.height()
        if self._above is not None and self._above.isVisible():
            bottom = min(bottom, self._above.geometry().top())
        self.move((parent.width() - width) // 2, bottom - self.height() - MARGIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        moved = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Move)
        if event.type() in moved and self.isVisible():
            self._place()
        return False

    # A reader who points at the notice is still reading it: it stays while hovered.
    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        if self._timer.isActive():
            self._remaining = self._timer.remainingTime()
            self._timer.stop()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if self._remaining and self.isVisible():
            self._timer.start(max(self._remaining, 1500))
        self._remaining = 0
