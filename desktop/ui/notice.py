"""A brief, non-modal notice at the bottom of the window, optionally with one action (Undo)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Notice(QFrame):
    def __init__(self, parent: QWidget) -> None:
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
        parent.installEventFilter(self)
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
        self._timer.start(int(seconds * 1000))

    def dismiss(self) -> None:
        self._timer.stop()
        self._action = None
        self.hide()

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
        self.adjustSize()
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(max(self.sizeHint().width(), 280), parent.width() - 32)
        self.resize(width, self.sizeHint().height())
        self.move((parent.width() - width) // 2, parent.height() - self.height() - 18)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
