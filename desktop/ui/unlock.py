"""Unlocking the vault at start-up, off the GUI thread (keyring calls and Argon2 are slow).

No Qt here: :func:`start_unlock` begins before PySide6 is even imported, so the keyring's D-Bus
round trip overlaps Qt's own start-up. The GUI picks the outcome up from the returned future.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, NoReturn

from desktop.core.errors import KeydeskError, KeyringUnavailable

if TYPE_CHECKING:
    from concurrent.futures import Future

    from desktop.core.keyring_store import KeyStore
    from desktop.core.policy import Policy
    from desktop.core.vault import Vault

# Everything heavier than this module's imports is imported after the fork: the child starts
# sooner, and the parent imports what it needs while the child works.

#: Same as desktop.core.vault.VAULT_FILENAME (a test keeps them equal); importing that module
#: would load cryptography and keyring just to learn that there is no vault yet.
VAULT_FILENAME = "vault.kdv"
KeystoreFactory = Callable[[], "tuple[KeyStore | None, str]"]
#: Writes the usage record's "unlock" entry for a vault just opened; True once written.
UnlockRecorder = Callable[["Vault"], bool]


class State(StrEnum):
    OPEN = "open"
    MISSING = "missing"
    #: No vault file, but its backup or an interrupted write is left: offer to restore it.
    RECOVERABLE = "recoverable"
    PASSPHRASE = "passphrase"  # noqa: S105 - a state name
    FAILED = "failed"


class Outcome(NamedTuple):
    state: State
    vault: Vault | None = None
    opener: Callable[[], Vault] | None = None
    message: str = ""
    code: str = ""
    #: The unlock is in the usage record already (written where the vault was opened).
    recorded: bool = False


def app_recorder(policy: Policy, *, kiosk: bool = False) -> UnlockRecorder | None:
    """The app's unlock entry in the usage record, as ``policy`` says. None in a kiosk: it
    opens each operator's profile itself, so its start-up unlock is not used, nor recorded."""
    if kiosk:
        return None

    def record(vault: Vault) -> bool:
        from desktop.core.usage_log import record_unlock_under

        return record_unlock_under(policy, vault, "app")

    return record


def _default_factory() -> tuple[KeyStore | None, str]:
    from desktop.ui.keystore import fast_system_keyring

    return fast_system_keyring()


def unlock_automatically(home: Path, factory: KeystoreFactory | None = None) -> Outcome:
    """Open through the keyring when the vault has a keyring slot; else say what is needed."""
    if not (home / VAULT_FILENAME).exists():
        return _missing(home)  # a first run needs neither the vault code nor the keyring
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


def _missing(home: Path) -> Outcome:
    """A first run, unless a backup or an interrupted write says the vault file was lost."""
    from desktop.core.errors import VaultRecoverable
    from desktop.core.vault_file import missing_vault_error

    error = missing_vault_error(home / VAULT_FILENAME)
    if isinstance(error, VaultRecoverable):
        return Outcome(State.RECOVERABLE, message=error.message, code=error.code)
    return Outcome(State.MISSING)


def unlock_with_passphrase(home: Path, passphrase: str) -> Outcome:
    """Argon2id: call on a worker thread."""
    from desktop.core.vault import open_vault, vault_path

    path = vault_path(home)
    try:
        vault = open_vault(path, passphrase=passphrase)
    except KeydeskError as exc:
        return Outcome(State.PASSPHRASE, message=exc.message, code=exc.code)
    return Outcome(State.OPEN, vault, vault.reopen)  # never a closure over the passphrase


def has_passphrase_slot(home: Path) -> bool:
    """Whether the vault has a passphrase slot, read without the vault module (start-up)."""
    import json

    try:
        slots = json.loads((home / VAULT_FILENAME).read_bytes())["slots"]
        return any(isinstance(s, dict) and s.get("kind") == "passphrase" for s in slots)
    except (OSError, ValueError, KeyError, TypeError):
        return False  # unreadable: the unlock says why


def start_unlock(
    home: Path,
    factory: KeystoreFactory | None = None,
    *,
    always_ask: bool = False,
    recorder: UnlockRecorder | None = None,
) -> Future[Outcome]:
    """Unlock in a forked process where possible (Linux), else on a thread.

    ``always_ask``: a vault with a passphrase slot is not opened through the keyring at all;
    the outcome asks for the passphrase (the profile's "Always ask" setting).
    ``recorder``: called with the vault where it was opened (its file writes and fsyncs then
    keep neither the window's first frame nor the GIL waiting); ``Outcome.recorded`` says so.

    A thread shares the GIL with Qt's import and the window's construction, so on Linux the
    keyring's round trip, the vault's imports and its decryption run in a child forked before
    PySide6 is loaded, on the other core; the unlocked vault comes back over a pipe.
    """
    if not (home / VAULT_FILENAME).exists():
        return _settled(_missing(home))  # a first run, or a lost file: nothing to unlock
    if always_ask and has_passphrase_slot(home):
        return _settled(Outcome(State.PASSPHRASE))
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        try:
            return _unlock_in_child(home, factory, recorder)
        except OSError:
            pass  # no fork or no pipe: the thread still works
    return _unlock_in_thread(home, factory, recorder)


def _settled(outcome: Outcome) -> Future[Outcome]:
    from concurrent.futures import Future

    future: Future[Outcome] = Future()
    future.set_result(outcome)
    return future


def _unlock_in_thread(
    home: Path, factory: KeystoreFactory | None, recorder: UnlockRecorder | None = None
) -> Future[Outcome]:
    from concurrent.futures import Future

    future: Future[Outcome] = Future()
    threading.Thread(
        target=_settle, args=(future, home, factory, recorder), name="keydesk-unlock", daemon=True
    ).start()
    return future


def _unlock_in_child(
    home: Path, factory: KeystoreFactory | None, recorder: UnlockRecorder | None = None
) -> Future[Outcome]:
    reading, writing = os.pipe()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()  # or the child would print the parent's buffered output again
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(reading)
        _child_main(writing, home, factory, recorder)
    os.close(writing)
    import pickle
    from concurrent.futures import Future

    future: Future[Outcome] = Future()

    def collect() -> None:
        with os.fdopen(reading, "rb") as pipe:
            data = pipe.read()
        os.waitpid(pid, 0)
        try:
            kind, value = pickle.loads(data)  # noqa: S301 - from our own forked child
        except Exception:  # noqa: BLE001 - the child died: unlock here instead
            _settle(future, home, factory, recorder)
            return
        if kind == "outcome":
            future.set_result(_with_opener(value, home, factory))
        else:
            future.set_exception(value)

    threading.Thread(target=collect, name="keydesk-unlock", daemon=True).start()
    return future


def _child_main(
    writing: int, home: Path, factory: KeystoreFactory | None, recorder: UnlockRecorder | None
) -> NoReturn:
    import pickle

    status = 0
    try:
        try:
            # Recorded before the vault is sent: its anchor in the file and in the copy the
            # parent gets are then the same.
            outcome = _recorded(unlock_automatically(home, factory), recorder)
            # A closure cannot cross the pipe; the parent makes its own.
            data = pickle.dumps(("outcome", outcome._replace(opener=None)))
        except Exception as exc:  # noqa: BLE001 - sent to the parent
            data = _pickled_error(exc)
        with os.fdopen(writing, "wb") as pipe:
            pipe.write(data)
    except BaseException:  # noqa: BLE001 - the parent falls back to unlocking itself
        status = 1
    finally:
        os._exit(status)  # no atexit handlers, no flushing of buffers inherited from the parent


def _pickled_error(exc: Exception) -> bytes:
    import pickle

    try:
        data = pickle.dumps(("error", exc))
        pickle.loads(data)  # noqa: S301 - our own bytes; some exceptions do not round-trip
    except Exception:  # noqa: BLE001
        data = pickle.dumps(("error", RuntimeError(type(exc).__name__)))
    return data


def _recorded(outcome: Outcome, recorder: UnlockRecorder | None) -> Outcome:
    if recorder is None or outcome.state is not State.OPEN or outcome.vault is None:
        return outcome
    return outcome._replace(recorded=recorder(outcome.vault))


def _settle(
    future: Future[Outcome],
    home: Path,
    factory: KeystoreFactory | None,
    recorder: UnlockRecorder | None = None,
) -> None:
    """Unlock on this (non-GUI) thread: the fallback to the child, or the child's stand-in."""
    try:
        future.set_result(_recorded(unlock_automatically(home, factory), recorder))
    except Exception as exc:  # noqa: BLE001 - reported to the GUI through the future
        future.set_exception(exc)


def _with_opener(outcome: Outcome, home: Path, factory: KeystoreFactory | None) -> Outcome:
    if outcome.state is State.OPEN:

        def reopen() -> Vault:
            from desktop.core.vault import open_vault, vault_path

            store, reason = (factory or _default_factory)()
            if store is None:
                raise KeyringUnavailable(reason)
            return open_vault(vault_path(home), keystore=store)

        return outcome._replace(opener=reopen)
    return outcome
