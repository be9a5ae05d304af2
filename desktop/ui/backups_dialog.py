"""Automatic backups: the versions with their dates and account counts, restore, and settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.backups import (
    MAX_KEEP,
    BackupSettings,
    BackupVersion,
    list_backups,
    load_settings,
    save_settings,
)
from desktop.core.errors import KeydeskError
from desktop.ui.errors_text import describe
from desktop.ui.progress_task import ProgressTask


class BackupsDialog(QDialog):
    restored = Signal(int)

    def __init__(
        self, parent: QWidget, home: Path, vault: Any, restore: Callable[[BackupVersion], int]
    ) -> None:
        super().__init__(parent)
        self._home = home
        self._vault = vault
        self._restore = restore
        self.task: ProgressTask | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.setMinimumSize(480, 420)
        layout = QVBoxLayout(self)
        layout.addLayout(self._settings_form())
        layout.addWidget(QLabel(self.tr("Versions, newest first:"), self))
        self.versions = QListWidget(self)
        self.versions.setAccessibleName(self.tr("Backup versions"))
        self.versions.currentRowChanged.connect(self._selected)
        layout.addWidget(self.versions, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = buttons.addButton(
            self.tr("&Restore this version…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def _settings_form(self) -> QFormLayout:
        settings = self._load()
        form = QFormLayout()
        self.enabled = QCheckBox(self.tr("Back up after every change"), self)
        self.enabled.setChecked(settings.enabled)
        self.enabled.toggled.connect(self._save_settings)
        form.addRow(self.enabled)
        row = QHBoxLayout()
        self.folder = QLabel(str(settings.folder_in(self._home)), self)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        change = QPushButton(self.tr("C&hange…"), self)
        change.clicked.connect(self._choose_folder)
        row.addWidget(self.folder, 1)
        row.addWidget(change)
        form.addRow(self.tr("Folder:"), row)
        self.keep = QSpinBox(self)
        self.keep.setRange(1, MAX_KEEP)
        self.keep.setValue(settings.keep)
        self.keep.valueChanged.connect(self._save_settings)
        form.addRow(self.tr("Versions to keep:"), self.keep)
        return form

    def _load(self) -> BackupSettings:
        try:
            return load_settings(self._home)
        except KeydeskError:
            return BackupSettings()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)
            self._save_settings()
            self.refresh()

    def _save_settings(self) -> None:
        folder = Path(self.folder.text())
        default = BackupSettings().folder_in(self._home)
        settings = BackupSettings(
            self.enabled.isChecked(), None if folder == default else folder, self.keep.value()
        )
        try:
            save_settings(self._home, settings)
        except (KeydeskError, OSError) as exc:
            self.message.setText(self.tr("The settings were not saved: %1").replace("%1", str(exc)))

    # --- versions ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.versions.clear()
        found = list_backups(self._vault, self._home) if self._vault is not None else []
        for version in found:
            when = version.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            if version.accounts is None:
                text = self.tr("%1 — cannot be opened").replace("%1", when)
            else:
                text = self.tr("%1 — %n accounts", "", version.accounts).replace("%1", when)
            item = QListWidgetItem(text, self.versions)
            item.setData(Qt.ItemDataRole.UserRole, version)
        if not found:
            self.message.setText(self.tr("No backups yet."))

    def _selected(self, row: int) -> None:
        version = self.version_at(row)
        self.restore_button.setEnabled(version is not None and version.accounts is not None)

    def version_at(self, row: int) -> BackupVersion | None:
        item = self.versions.item(row)
        version: BackupVersion | None = (
            item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        )
        return version

    def restore_selected(self, *, confirm: bool = True) -> None:
        version = self.version_at(self.versions.currentRow())
        if version is None or version.accounts is None or (self.task and self.task.running):
            return
        if confirm and not self._confirmed(version):
            return
        self.restore_button.setEnabled(False)
        self.message.setText(self.tr("Restoring…"))
        self.task = ProgressTask(lambda _report: self._restore(version))
        self.task.done.connect(self._done)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _confirmed(self, version: BackupVersion) -> bool:
        when = version.created.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the accounts with the %n accounts of the backup from %1?",
                "",
                version.accounts or 0,
            ).replace("%1", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _done(self, count: int) -> None:
        self.restored.emit(count)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.restore_button.setEnabled(True)
        text = describe(exc) if isinstance(exc, KeydeskError) else str(exc)
        self.message.setText(self.tr("Nothing was restored: %1").replace("%1", text))
