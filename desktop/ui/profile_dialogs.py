"""Creating, renaming and deleting profiles; adding a passphrase to a privacy-screen profile.

Deleting needs that profile's passphrase (a keyring-only profile: its keyring key) and its name
typed again; deleting the last profile asks a second time. The vault is opened on a worker (the
KDF is slow) only to prove the right to delete it.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.backoff import UnlockBackoff
from desktop.core.errors import KeydeskError
from desktop.core.profiles import Profile, ProfileStore
from desktop.ui.workers import run_async

if TYPE_CHECKING:
    from desktop.ui.lock import LockController

log = logging.getLogger("keydesk.ui.profiles")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProfileDialogs", text)


def name_problem(exc: KeydeskError) -> str:
    """A refused profile name in the user's language (by the error's stable reason)."""
    tr = _tr
    texts = {
        "empty": tr("A profile needs a name."),
        "too_long": tr("A profile name can have at most 64 characters."),
        "slash": tr("A profile name cannot contain / or \\."),
        "dots": tr("A profile name cannot contain '..'."),
        "control": tr("A profile name cannot contain control characters."),
    }
    if exc.code == "profile_exists":
        return tr("A profile with this name already exists.")
    return texts.get(exc.reason, exc.message)


def _ask_name(parent: QWidget, title: str, label: str, current: str = "") -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, current)
    return text if ok else None


def ask_new_profile(parent: QWidget, store: ProfileStore) -> Profile | None:
    name = _ask_name(parent, _tr("New profile"), _tr("Name of the operator:"))
    if name is None:
        return None
    try:
        return store.create(name)
    except KeydeskError as exc:
        QMessageBox.warning(parent, _tr("New profile"), name_problem(exc))
        return None


def ask_rename_profile(parent: QWidget, store: ProfileStore, profile: Profile) -> Profile | None:
    title = _tr("Rename profile")
    name = _ask_name(parent, title, _tr("New name:"), profile.name)
    if name is None:
        return None
    try:
        return store.rename(profile, name)
    except KeydeskError as exc:
        QMessageBox.warning(parent, title, name_problem(exc))
        return None


class DeleteProfileDialog(QDialog):
    deleted = Signal()

    def __init__(self, store: ProfileStore, profile: Profile, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.profile = profile
        self.wall_clock: Callable[[], float] = time.time  # the backoff's clock (tests move it)
        self.needs_passphrase = _has_passphrase(profile)
        self.setWindowTitle(self.tr("Delete profile"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Deleting '%1' erases its vault and every account in it. This cannot be undone."
            ).replace("%1", profile.name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.confirm = QLineEdit(self)
        self.confirm.setAccessibleName(self.tr("Type the profile's name"))
        form.addRow(self.tr("Type its &name:"), self.confirm)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        if self.needs_passphrase:
            form.addRow(self.tr("Its &passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setProperty("tone", "error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Delete"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.confirm.text().strip().casefold() != self.profile.name.casefold():
            self.error.setText(self.tr("Type the profile's name exactly to delete it."))
            return
        if self.needs_passphrase and not self.passphrase.text():
            self.error.setText(self.tr("Enter this profile's passphrase."))
            return
        wait = UnlockBackoff(self.profile.folder).wait(self.wall_clock())
        if self.needs_passphrase and wait > 0:  # the profile's backoff holds here too
            text = _tr("Too many failed attempts. Try again in %1 s.")
            self.error.setText(text.replace("%1", str(math.ceil(wait))))
            return
        passphrase = self.passphrase.text() if self.needs_passphrase else None
        self.passphrase.clear()
        self.ok.setEnabled(False)
        profile = self.profile
        run_async(lambda: _prove(profile, passphrase), self._proved, self._refused)

    def _refused(self, exc: Exception) -> None:
        self.ok.setEnabled(True)
        if isinstance(exc, KeydeskError) and exc.code == "wrong_passphrase":
            UnlockBackoff(self.profile.folder).record_failure(self.wall_clock())
            self.error.setText(self.tr("Wrong passphrase."))
        else:
            self.error.setText(str(exc))

    def _proved(self, entries: list[str]) -> None:
        if len(self.store.profiles()) == 1:
            answer = QMessageBox.question(
                self,
                self.tr("Delete the last profile"),
                self.tr("'%1' is the last profile here. Delete it anyway?").replace(
                    "%1", self.profile.name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.reject()
                return
        self.store.delete(self.profile)
        _forget(entries)
        log.info("deleted profile %s", self.profile.id)
        self.deleted.emit()
        self.accept()


def _has_passphrase(profile: Profile) -> bool:
    from desktop.ui.unlock import has_passphrase_slot

    return profile.has_vault and has_passphrase_slot(profile.folder)


def _prove(profile: Profile, passphrase: str | None) -> list[str]:
    """Open the vault as it unlocks; its keyring entries, to remove after the files."""
    if not profile.has_vault:
        return []
    from desktop.core.slots import SlotKind, keyring_entry
    from desktop.core.vault import open_vault
    from desktop.ui.keystore import fast_system_keyring

    if passphrase is not None:
        vault = open_vault(profile.vault_path, passphrase=passphrase)
    else:
        store, reason = fast_system_keyring()
        if store is None:
            raise KeydeskError(reason)
        vault = open_vault(profile.vault_path, keystore=store)
    entries = [
        keyring_entry(vault.vault_id, s.id) for s in vault.slots if s.kind is SlotKind.KEYRING
    ]
    vault.wipe()
    return entries


def _forget(entries: list[str]) -> None:
    if not entries:
        return
    from desktop.ui.keystore import fast_system_keyring

    store, _reason = fast_system_keyring()
    for entry in entries:
        try:
            if store is not None:
                store.delete_key(entry)
        except KeydeskError as exc:  # the vault is gone; a stale key opens nothing
            log.warning("keyring entry of a deleted profile not removed: %s", exc.code)


def add_passphrase_after_open(controller: LockController) -> None:
    """A privacy-screen profile: open it (keyring), choose a passphrase, add the slot."""
    from desktop.ui.passphrase import PassphraseDialog
    from desktop.ui.unlock import State, unlock_automatically

    minimum = int(controller.w.settings.policy.value("min_passphrase_length"))
    dialog = PassphraseDialog(controller.w, choose=True, min_length=minimum)
    dialog.setWindowTitle(_tr("Add a passphrase"))
    if not dialog.exec():
        return
    passphrase = dialog.passphrase
    session = controller.w.session
    folder, factory = session.home, session.keystore_factory

    def work() -> object:
        outcome = unlock_automatically(folder, factory)
        if outcome.state is not State.OPEN or outcome.vault is None:
            raise KeydeskError(outcome.message or "the profile could not be opened")
        outcome.vault.add_passphrase_slot(passphrase)
        return outcome.vault

    def done(vault: object) -> None:
        from desktop.core.vault import Vault

        assert isinstance(vault, Vault)
        controller.adopt(vault)

    run_async(work, done, lambda exc: controller.screen_error(str(exc)))
