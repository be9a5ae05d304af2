"""What starts once the main window is ready, never before: the global shortcut with its
quick-pick popup, and the periodic check of the computer's clock against the server's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from desktop.ui.drift import DriftMonitor
    from desktop.ui.instance_bridge import InstanceBridge
    from desktop.ui.main_window import MainWindow
    from desktop.ui.quick_access import QuickAccess
    from desktop.ui.settings import Settings


class ReadyServices(QObject):
    def __init__(self, settings: Settings, parent: QObject) -> None:
        super().__init__(parent)
        self.settings = settings
        self.quick: QuickAccess | None = None
        self.drift: DriftMonitor | None = None

    def start_quick_access(self, window: MainWindow, instance: InstanceBridge | None) -> None:
        """The global shortcut, the tray's middle click and ``keydesk --quick-pick``."""
        from desktop.ui.quick_access import QuickAccess

        quick = self.quick = QuickAccess(window)
        quick.start()
        if window.tray is not None:
            window.tray.quickPickRequested.connect(quick.open)
        if instance is not None:
            instance.set_quick_pick(lambda text: quick.open(text or ""))

    def start_drift_checks(self, window: MainWindow) -> None:
        from desktop.ui.drift import DriftMonitor

        self.drift = DriftMonitor(self.settings, window.clock, self)
        self.drift.driftDetected.connect(window.banner.show_offset)
        window.banner.accepted.connect(lambda offset: self._correct_clock(window, offset))
        self.drift.start()

    def _correct_clock(self, window: MainWindow, offset: float) -> None:
        window.clock.offset = offset
        window.model.refresh_all()
        window.banner.hide()
        window.notice.show_message(self.tr("Codes now follow the server's clock."), 4)
