"""The profile picker: one row per operator (avatar and name), and New, Rename, Delete.

It is a page of the main window, shown at start when the data folder has several profiles and
by "Switch profile…" (which locks first). A damaged profile is listed, disabled, with the
message that names its folder; the others still open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.profiles import Profile, ProfileStore
from desktop.ui.lock_screen import profile_avatar

if TYPE_CHECKING:
    from desktop.ui.lock import LockController

ROLE = Qt.ItemDataRole.UserRole


class ProfilePicker(QWidget):
    chosen = Signal(object)  # a Profile

    def __init__(self, store: ProfileStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePicker")
        self.store = store
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        title = QLabel(self.tr("Who is using Keydesk?"), self)
        title.setObjectName("pickerTitle")
        font = title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Profiles"))
        self.list.setIconSize(QSize(40, 40))
        self.list.setSpacing(4)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New profile…"), self)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        for button in (self.new_button, self.rename_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.new_button.clicked.connect(self._new)
        from desktop.ui.policy_gate import policy_in_force

        self.new_button.setVisible(policy_in_force().allows("profiles_create"))
        self.rename_button.clicked.connect(self._rename)
        self.delete_button.clicked.connect(self._delete)

    def refresh(self) -> None:
        self.list.clear()
        profiles, damaged = self.store.scan()
        for profile in profiles:
            item = QListWidgetItem(QIcon(profile_avatar(profile.name, 40)), profile.name)
            item.setData(ROLE, profile)
            self.list.addItem(item)
        for broken in damaged:
            item = QListWidgetItem(f"{broken.id} — {broken.message}")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        if profiles:
            self.list.setCurrentRow(0)
        self.rename_button.setEnabled(bool(profiles))
        self.delete_button.setEnabled(bool(profiles))

    def selected(self) -> Profile | None:
        item = self.list.currentItem()
        data = item.data(ROLE) if item is not None else None
        return data if isinstance(data, Profile) else None

    def _activated(self, item: QListWidgetItem) -> None:
        profile = item.data(ROLE)
        if isinstance(profile, Profile):
            self.chosen.emit(profile)

    def _new(self) -> None:
        from desktop.core.errors import PolicyRefused
        from desktop.ui.policy_gate import policy_in_force, refusal_text
        from desktop.ui.profile_dialogs import ask_new_profile

        try:
            policy_in_force().require("profiles_create")
        except PolicyRefused as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self, self.tr("New profile…"), refusal_text(exc))
            return

        if ask_new_profile(self, self.store) is not None:
            self.refresh()

    def _rename(self) -> None:
        from desktop.ui.profile_dialogs import ask_rename_profile

        profile = self.selected()
        if profile is not None and ask_rename_profile(self, self.store, profile) is not None:
            self.refresh()

    def _delete(self) -> None:
        from desktop.ui.profile_dialogs import DeleteProfileDialog

        profile = self.selected()
        if profile is None:
            return
        dialog = DeleteProfileDialog(self.store, profile, self)
        dialog.deleted.connect(self.refresh)
        dialog.open()


def data_home(controller: LockController) -> Path:
    """The data folder (start-up sets it on the window), else where settings.ini is."""
    home = getattr(controller.w, "data_home", None)
    return home if isinstance(home, Path) else Path(controller.w.settings.path).parent


def show_picker(controller: LockController) -> ProfilePicker:
    """The picker as the window's page (locking first); choosing a profile shows its unlock
    screen."""
    w = controller.w
    if not controller.is_locked:
        controller.lock("switch_profile")
    picker = getattr(w, "picker", None)
    if not isinstance(picker, ProfilePicker):
        picker = ProfilePicker(ProfileStore(data_home(controller)), w.pages)
        picker.chosen.connect(lambda profile: open_profile(controller, profile))
        w.pages.addWidget(picker)
        w.picker = picker  # type: ignore[attr-defined]
    picker.refresh()
    w.pages.setCurrentWidget(picker)
    return picker


def open_profile(controller: LockController, profile: Profile) -> None:
    """The window now belongs to ``profile`` (locked): its unlock screen."""
    w = controller.w
    if not controller.is_locked:
        controller.lock("switch_profile")
    w.profile = profile
    w.session.home = profile.folder
    controller.show_locked()
