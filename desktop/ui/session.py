"""The unlocked vault and every write to it. Saves are fast (no KDF); reopening is not, so a
vault changed by another process is reopened on a worker thread and the edit re-applied."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.core.errors import KeydeskError
from desktop.ui.workers import run_async

if TYPE_CHECKING:
    # Imported lazily: the unlock thread is loading them while the window is being built.
    from desktop.core.keyring_store import KeyStore
    from desktop.core.otp import Account
    from desktop.core.vault import Vault

log = logging.getLogger("keydesk.ui")

Change = Callable[["Vault"], object]
Opener = Callable[[], "Vault"]
KeystoreFactory = Callable[[], "tuple[KeyStore | None, str]"]


def _system_keyring() -> tuple[KeyStore | None, str]:
    from desktop.ui.keystore import fast_system_keyring

    return fast_system_keyring()


class VaultSession(QObject):
    #: The accounts were replaced wholesale (reload after another process saved).
    reloaded = Signal()
    #: A write failed; the text is for the user.
    failed = Signal(str)
    #: A change reached the disk.
    written = Signal()
    #: The automatic backup after a save failed (the save itself succeeded); text for the user.
    backup_failed = Signal(str)

    def __init__(
        self,
        home: Path,
        vault: Vault | None = None,
        opener: Opener | None = None,
        keystore_factory: KeystoreFactory = _system_keyring,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.home = home
        self.vault = vault
        self._opener = opener
        self.keystore_factory = keystore_factory
        if vault is not None:
            self._back_up(vault)

    def _back_up(self, vault: Vault) -> None:
        """Every save of ``vault`` leaves an automatic backup; a failure is signalled."""
        home = self.home

        def after_save(data: bytes) -> None:
            # The backups module is imported by the first save, not on the way to the codes.
            from desktop.core.backups import back_up_saved

            # May run on a worker (an import saves there): the signal is queued to the GUI thread.
            back_up_saved(data, home, lambda exc: self.backup_failed.emit(exc.message))

        vault.on_saved = after_save

    @property
    def path(self) -> Path:
        # The file name without importing the vault module (cryptography) at start-up.
        from desktop.ui.unlock import VAULT_FILENAME

        return self.home / VAULT_FILENAME

    @property
    def is_open(self) -> bool:
        return self.vault is not None

    def accounts(self) -> list[Account]:
        return list(self.vault.accounts) if self.vault else []

    def adopt(self, vault: Vault, opener: Opener | None = None) -> None:
        """A vault was created or unlocked for this session.

        ``opener`` is kept for callers that have one; a vault changed by another process is
        reopened with the key this session already holds (:meth:`Vault.reopen`), so nothing
        that could unlock it again (a passphrase) needs to stay in memory.
        """
        self.vault = vault
        self._opener = opener
        self._back_up(vault)

    def lock(self) -> None:
        """Forget the accounts and overwrite the key in place; only a new unlock adopts again."""
        if self.vault is not None:
            self.vault.wipe()
        self.vault = None
        self._opener = None

    # --- writes -----------------------------------------------------------------------------

    def apply(self, change: Change) -> bool:
        """Apply ``change`` to the vault and save; False when it did not (yet) reach the disk."""
        from desktop.core.vault import VaultChanged

        if self.vault is None:
            self.failed.emit(self.tr("The vault is not open."))
            return False
        try:
            change(self.vault)
            self.vault.save()
        except VaultChanged:
            self._reload_and_retry(change)
            return False
        except (KeydeskError, OSError) as exc:
            log.warning("saving the vault failed: %s", type(exc).__name__)
            self.failed.emit(self.tr("Could not save the vault: %1").replace("%1", str(exc)))
            return False
        self.written.emit()
        return True

    def _reload_and_retry(self, change: Change) -> None:
        current = self.vault
        if current is None:
            self.failed.emit(self.tr("The vault was changed outside this window."))
            return
        run_async(current.reopen, lambda vault: self._retry(vault, change), self._reload_failed)

    def _retry(self, vault: Vault, change: Change) -> None:
        if self.vault is None or vault.wiped:
            return  # locked while it was reopening: the lock wins
        self.vault = vault
        self._back_up(vault)
        try:
            change(vault)
            vault.save()
        except (KeydeskError, OSError) as exc:
            log.info("re-applying an edit after a reload failed: %s", type(exc).__name__)
        self.reloaded.emit()

    def reload_if_changed(self) -> None:
        """Reopen the vault (on a worker) if another process saved it; ``reloaded`` follows."""
        vault, opener = self.vault, self._opener
        if vault is None or opener is None:
            return

        def reopen() -> Vault | None:
            return opener() if vault.changed_on_disk() else None

        run_async(reopen, self._reopened, self._reload_failed)

    def _reopened(self, vault: Vault | None) -> None:
        if vault is None or self.vault is None:
            return  # unchanged, or locked meanwhile
        self.vault = vault
        self._back_up(vault)
        self.reloaded.emit()

    def _reload_failed(self, exc: Exception) -> None:
        self.failed.emit(self.tr("Could not reopen the vault: %1").replace("%1", str(exc)))


def create_with_keystore(home: Path, store: KeyStore) -> tuple[Vault, Opener]:
    from desktop.core.vault import create_vault, open_vault, vault_path

    path = vault_path(home)
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    vault = create_vault(path, keystore=store)
    return vault, lambda: open_vault(path, keystore=store)


def create_with_passphrase(home: Path, passphrase: str) -> tuple[Vault, Opener]:
    from desktop.core.vault import create_vault, vault_path

    path = vault_path(home)
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    vault = create_vault(path, passphrase=passphrase)
    return vault, vault.reopen  # never a closure over the passphrase
