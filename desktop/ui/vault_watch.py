"""Reloads the list when another process changes the vault file: another Keydesk window, or
``keydesk add`` on the command line.

The folder is watched rather than the file: a save writes a temporary file and renames it over
the vault, which ends a watch on the file itself. Changes are gathered for a moment, then the
session compares the file with what it last read or wrote (on a worker) and reopens it only if
they differ, so this window's own saves cause no reload.
"""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from desktop.ui.session import VaultSession

#: How long to gather file events before checking (a save is several of them).
SETTLE_MS = 250


class VaultWatcher(QObject):
    def __init__(self, session: VaultSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(session.reload_if_changed)
        self._watcher.directoryChanged.connect(lambda _path: self._settle.start())
        self._watcher.fileChanged.connect(lambda _path: self._settle.start())
        session.written.connect(self.watch)  # the first save makes the profile folder
        self.watch()

    def watch(self) -> None:
        """Start watching, once the profile folder exists (it is made with the first account)."""
        folder = str(self.session.home)
        if self.session.home.is_dir() and folder not in self._watcher.directories():
            self._watcher.addPath(folder)
