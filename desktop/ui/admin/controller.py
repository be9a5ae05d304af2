"""The admin pane's brain on the GUI side: runs edits and reads on the replica lane, sync and
other network calls on the network lane, and tells the widgets what changed (signals)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.admin.edits import Editor
from desktop.admin.model import OPEN, AreaState, OutboxItem, Status
from desktop.admin.service import AdminService
from desktop.admin.sync import SyncReport
from desktop.admin.view import full_view, pending_by_resource
from desktop.ui.admin.tasks import Lane
from desktop.ui.admin.texts import error_text

Snapshot = dict[str, Any]
_EMPTY = AreaState("support_access", None, 0, {})


def build_snapshot(service: AdminService) -> Snapshot:
    """Everything the editors show, read in one go on the replica lane."""
    store = service.store
    items = store.items((*OPEN, Status.REJECTED))
    status = service.status()
    settings = service.settings
    token = service.tokens.get(settings.server_url, settings.login) if settings.server_url else None
    return {
        "view": full_view(store),
        "pending": pending_by_resource(items),
        "items": items,
        "catalog": store.meta("catalog", []) or [],
        "me": store.meta("me") or {},
        "my_ip": store.meta("my_ip"),
        "audit_cache": store.meta("audit_cache"),
        "server_support": (store.area("support_access") or _EMPTY).document,
        "status": status,
        "logged_in": bool(token),
    }


class AdminController(QObject):
    snapshot_changed = Signal(object)
    failed = Signal(str)
    info = Signal(str)
    syncing = Signal(bool)
    synced = Signal(object)

    def __init__(
        self, service: AdminService, parent: QObject | None = None, auto_sync_ms: int = 30_000
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.replica = Lane("admin-replica", self)
        self.network = Lane("admin-network", self)
        self.snapshot: Snapshot = {}
        self._sync_running = False
        self._sync_again = False
        self.timer = QTimer(self)
        self.timer.setInterval(auto_sync_ms)
        self.timer.timeout.connect(self.sync_now)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(800)
        self._soon.timeout.connect(self.sync_now)

    def start(self, auto_sync: bool = True) -> None:
        self.refresh()
        if auto_sync:
            self.timer.start()
            self.sync_now()

    def shutdown(self) -> None:
        self.timer.stop()
        self._soon.stop()
        self.replica.close()
        self.network.close()

    # --- replica ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.replica.run(lambda: build_snapshot(self.service), self._publish, self._fail)

    def _publish(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.snapshot_changed.emit(snapshot)

    def _fail(self, exc: Exception) -> None:
        self.failed.emit(error_text(exc))

    def edit(
        self,
        action: Callable[[Editor], OutboxItem],
        on_done: Callable[[OutboxItem], None] | None = None,
    ) -> None:
        """Queue an edit (validated in the worker); the view refreshes, a sync follows soon."""

        def done(item: OutboxItem) -> None:
            self.refresh()
            if on_done is not None:
                on_done(item)
            if self.snapshot.get("logged_in"):
                self._soon.start()

        self.replica.run(lambda: action(self.service.editor), done, self._fail)

    def on_replica(
        self, work: Callable[[AdminService], Any], on_done: Callable[[Any], None]
    ) -> None:
        def finished(value: Any) -> None:
            on_done(value)
            self.refresh()

        self.replica.run(lambda: work(self.service), finished, self._fail)

    # --- network ------------------------------------------------------------------------

    def on_network(
        self,
        work: Callable[[AdminService], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None] | None = None,
    ) -> None:
        self.network.run(lambda: work(self.service), on_done, on_failed or self._fail)

    def sync_now(self) -> None:
        if self._sync_running:
            self._sync_again = True
            return
        if not self.snapshot.get("logged_in", True):
            return
        self._sync_running = True
        self.syncing.emit(True)
        self.network.run(self.service.sync, self._synced, self._sync_failed)

    def _synced(self, report: SyncReport) -> None:
        self._sync_running = False
        self.syncing.emit(False)
        self.synced.emit(report)
        self.refresh()
        if self._sync_again:
            self._sync_again = False
            self._soon.start()

    def _sync_failed(self, exc: Exception) -> None:
        self._sync_running = False
        self.syncing.emit(False)
        self._fail(exc)
        self.refresh()
