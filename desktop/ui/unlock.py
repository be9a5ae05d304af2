"""Unlocking the vault at start-up, off the GUI thread (keyring calls and Argon2 are slow).

No Qt here: :func:`start_unlock` begins before PySide6 is even imported, so the keyring's D-Bus
round trip overlaps Qt's own start-up. The GUI picks the outcome up from the returned future.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import KeydeskError

if TYPE_CHECKING:
    from desktop.core.keyring_store import KeyStore
    from desktop.core.vault import Vault

#: Same as desktop.core.vault.VAULT_FILENAME (a test keeps them equal); importing that module
#: would load cryptography and keyring just to learn that there is no vault yet.
VAULT_FILENAME = "vault.kdv"
KeystoreFactory = Callable[[], "tuple[KeyStore | None, str]"]


class State(StrEnum):
    OPEN = "open"
    MISSING = "missing"
    PASSPHRASE = "passphrase"  # noqa: S105 - a state name
    FAILED = "failed"


@dataclass
class Outcome:
    state: State
    vault: Vault | None = None
    opener: Callable[[], Vault] | None = None
    message: str = ""
    code: str = ""


def _default_factory() -> tuple[KeyStore | None, str]:
    from desktop.ui.keystore import fast_system_keyring

    return fast_system_keyring()


def unlock_automatically(home: Path, factory: KeystoreFactory | None = None) -> Outcome:
    """Open through the keyring when the vault has a keyring slot; else say what is needed."""
    if not (home / VAULT_FILENAME).exists():
        return Outcome(State.MISSING)  # a first run needs neither the vault code nor the keyring
    from desktop.core.slots import SlotKind
    from desktop.core.vault import open_vault, read_slots, vault_path

    path = vault_path(home)
    try:
        kinds = {slot.kind for slot in read_slots(path)}
    except KeydeskError as exc:
        return Outcome(State.FAILED, message=exc.message, code=exc.code)
    has_passphrase = SlotKind.PASSPHRASE in kinds
    if SlotKind.KEYRING not in kinds:
        return Outcome(State.PASSPHRASE)
    store, reason = (factory or _default_factory)()
    if store is None:
        return Outcome(State.PASSPHRASE if has_passphrase else State.FAILED, message=reason)
    try:
        vault = open_vault(path, keystore=store)
    except KeydeskError as exc:
        state = State.PASSPHRASE if has_passphrase else State.FAILED
        return Outcome(state, message=exc.message, code=exc.code)
    return Outcome(State.OPEN, vault, lambda: open_vault(path, keystore=store))


def unlock_with_passphrase(home: Path, passphrase: str) -> Outcome:
    """Argon2id: call on a worker thread."""
    from desktop.core.vault import open_vault, vault_path

    path = vault_path(home)
    try:
        vault = open_vault(path, passphrase=passphrase)
    except KeydeskError as exc:
        return Outcome(State.PASSPHRASE, message=exc.message, code=exc.code)
    return Outcome(State.OPEN, vault, lambda: open_vault(path, passphrase=passphrase))


def start_unlock(home: Path, factory: KeystoreFactory | None = None) -> Future[Outcome]:
    future: Future[Outcome] = Future()

    def work() -> None:
        try:
            future.set_result(unlock_automatically(home, factory))
        except Exception as exc:  # noqa: BLE001 - reported to the GUI through the future
            future.set_exception(exc)

    threading.Thread(target=work, name="keydesk-unlock", daemon=True).start()
    return future
