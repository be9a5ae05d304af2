"""Always visible: online or offline, edits pending, held, conflicts, last sync; and the red
banner counting down while technical support has access."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget


def _badge(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("badge")
    return label


class SyncStatusBar(QFrame):
    sync_requested = Signal()
    login_requested = Signal()
    reconfirm_requested = Signal()
    conflicts_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(10)
        self.dot = QLabel("●", self)
        self.dot.setObjectName("dot")
        self.state = QLabel(self)
        self.state.setObjectName("syncState")
        self.server = QLabel(self)
        # When the bar is short of room the server's address gives way, not the state.
        self.server.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.pending = _badge(self)
        self.held = QPushButton(self)
        self.held.clicked.connect(self.reconfirm_requested)
        self.conflicts = QPushButton(self)
        self.conflicts.clicked.connect(self.conflicts_requested)
        self.rejected = _badge(self)
        self.last_sync = QLabel(self)
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.clicked.connect(self.sync_requested)
        self.login_button = QPushButton(self.tr("Log in…"), self)
        self.login_button.clicked.connect(self.login_requested)
        for label in (self.dot, self.state, self.server):
            layout.addWidget(label)
        layout.addStretch(1)
        for widget in (
            self.pending,
            self.held,
            self.conflicts,
            self.rejected,
            self.last_sync,
            self.sync_button,
            self.login_button,
        ):
            layout.addWidget(widget)
        self.setAccessibleName(self.tr("Sync status"))

    def show_status(self, status: dict[str, Any], logged_in: bool, syncing: bool) -> None:
        online, auth = status.get("online"), status.get("auth_required")
        if auth or not logged_in:
            state, text = (
                "auth",
                self.tr("Not logged in") if not logged_in else self.tr("Log in again"),
            )
        elif syncing:
            state, text = "online", self.tr("Syncing…")
        elif status.get("retry_at"):
            state = "offline"
            text = self.tr("Server busy — try again after %1").replace(
                "%1", self._clock(status["retry_at"])
            )
        elif status.get("server_error"):
            state, text = "offline", self.tr("Server error — edits kept")
        else:
            state, text = self._reach(online, status.get("last_attempt"))
        self.dot.setProperty("state", state)
        self.dot.style().unpolish(self.dot)
        self.dot.style().polish(self.dot)
        self.state.setText(text)
        self.state.setMinimumWidth(self.state.sizeHint().width())
        who = status.get("login") or ""
        self.server.setText(f"{who} · {status.get('server')}" if status.get("server") else "")
        self.server.setToolTip(self.server.text())
        self._counts(status)
        self.last_sync.setText(self._when(status.get("last_sync")))
        self.sync_button.setEnabled(logged_in and not syncing)
        self.login_button.setText(self.tr("Log in again…") if logged_in else self.tr("Log in…"))
        self.setAccessibleDescription(f"{text}; {self.pending.text()}; {self.last_sync.text()}")

    def _reach(self, online: bool | None, attempt: float | None) -> tuple[str, str]:
        """What the last attempt found, and when: "Online" alone would stay up long after the
        server went away, until the next sync."""
        if online is None:
            return "offline", self.tr("Not synced yet")
        if not attempt:
            return ("online", self.tr("Online")) if online else ("offline", self.tr("Offline"))
        when = self._clock(attempt)
        if online:
            return "online", self.tr("Online · checked %1").replace("%1", when)
        return "offline", self.tr("Offline · tried %1").replace("%1", when)

    def _counts(self, status: dict[str, Any]) -> None:
        pending, held = int(status.get("pending") or 0), int(status.get("held") or 0)
        conflicts, rejected = int(status.get("conflicts") or 0), int(status.get("rejected") or 0)
        self.pending.setText(
            self.tr("%n edit pending", "", pending)
            if pending == 1
            else self.tr("%n edits pending", "", pending)
        )
        self.pending.setProperty("tone", "warn" if pending else "")
        self.pending.style().polish(self.pending)
        self.held.setText(self.tr("%n held — re-confirm…", "", held))
        self.held.setVisible(held > 0)
        self.conflicts.setText(
            self.tr("%n conflict — resolve…", "", conflicts)
            if conflicts == 1
            else self.tr("%n conflicts — resolve…", "", conflicts)
        )
        self.conflicts.setVisible(conflicts > 0)
        self.rejected.setText(self.tr("%n refused", "", rejected))
        self.rejected.setProperty("tone", "alert")
        self.rejected.setVisible(rejected > 0)

    def _when(self, moment: float | None) -> str:
        if not moment:
            return self.tr("Never synced")
        return self.tr("Last sync %1").replace("%1", self._clock(moment))

    @staticmethod
    def _clock(moment: float) -> str:
        when = QDateTime.fromSecsSinceEpoch(int(moment))
        return QLocale().toString(when.time(), QLocale.FormatType.ShortFormat)


class SupportBanner(QFrame):
    """Shown while support access is active, with a live countdown."""

    revoke_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.revoke = QPushButton(self.tr("Revoke now"), self)
        self.revoke.clicked.connect(self.revoke_requested)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.revoke)
        self.expires: float | None = None
        self.ticket = ""
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.hide()

    def show_grant(self, support: dict[str, Any], now: float) -> None:
        expires = support.get("expires_at")
        if not support.get("active") or not expires:
            self.expires = None
            self.timer.stop()
            self.hide()
            return
        self.expires = datetime.fromisoformat(str(expires).replace("Z", "+00:00")).timestamp()
        self.ticket = str(support.get("ticket_ref") or "")
        self._tick(now)
        self.timer.start()
        self.show()

    def _tick(self, now: float | None = None) -> None:
        if self.expires is None:
            return
        moment = now if now is not None else QDateTime.currentSecsSinceEpoch()
        left = max(0, int(self.expires - moment))
        hours, rest = divmod(left, 3600)
        minutes, seconds = divmod(rest, 60)
        clock = f"{hours}:{minutes:02d}:{seconds:02d}"
        text = self.tr("Technical support can access this account — %1 left").replace("%1", clock)
        if self.ticket:
            text += self.tr(" (ticket %1)").replace("%1", self.ticket)
        self.label.setText(text)
        if left == 0:
            self.timer.stop()
            self.hide()
