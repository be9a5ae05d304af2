"""The vault key in the OS keyring (Secret Service, macOS Keychain, Windows Credential Manager).

Insecure backends are refused: keyring's ``fail`` and ``null`` backends, keyrings.alt's plaintext
and weakly "encrypted" files, and a chainer that would fall back to any of them. Every call runs in
a daemon thread with a timeout, so a stuck Secret Service cannot hang the app.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

from desktop.core.errors import KeyringItemMissing, KeyringTimeout, KeyringUnavailable
from desktop.core.timeout_call import CallTimedOut, call_with_timeout

if TYPE_CHECKING:  # keyring's import costs ~100 ms; the GUI's start-up may not need it
    import keyring.backend

SERVICE = "keydesk"
DEFAULT_TIMEOUT = 10.0
_INSECURE_MODULE_PREFIXES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")
_T = TypeVar("_T")


class KeyStore(Protocol):
    """Where a keyring slot keeps its 32-byte key-encryption key."""

    def get_key(self, entry: str) -> bytes: ...
    def set_key(self, entry: str, key: bytes) -> None: ...
    def delete_key(self, entry: str) -> None: ...


def insecurity(backend: keyring.backend.KeyringBackend) -> str | None:
    """Why a backend must not hold our key, or None when it is acceptable."""
    children = getattr(backend, "backends", None)
    if isinstance(children, list):
        if not children:
            return "no keyring backend is available"
        reasons = [reason for child in children if (reason := insecurity(child))]
        return reasons[0] if reasons else None
    module = type(backend).__module__
    name = f"{module}.{type(backend).__name__}"
    if module.startswith(_INSECURE_MODULE_PREFIXES):
        return f"the keyring backend {name} does not store secrets securely"
    if getattr(backend, "priority", 1) <= 0:
        return f"the keyring backend {name} is not usable here"
    return None


def decode_stored_key(stored: str | bytes | None) -> bytes:
    """The key from its keyring form (base64 text), or a typed error saying what is wrong."""
    if stored is None:
        raise KeyringItemMissing(
            "the vault's key is missing from the OS keyring (was the keyring reset?); "
            "unlock with the vault's passphrase instead"
        )
    try:
        return base64.b64decode(stored, validate=True)
    except binascii.Error:
        raise KeyringItemMissing("the vault's key in the OS keyring is damaged") from None


def default_backend() -> keyring.backend.KeyringBackend:
    """keyring's choice; from a chain of backends, the best secure one rather than the chain."""
    import keyring

    chosen = keyring.get_keyring()
    children = getattr(chosen, "backends", None)
    if isinstance(children, list):
        secure: list[keyring.backend.KeyringBackend] = [
            child for child in children if insecurity(child) is None
        ]
        if secure:
            return max(secure, key=lambda child: float(getattr(child, "priority", 0)))
    return chosen


class SystemKeyring:
    """A :class:`KeyStore` on the ``keyring`` library's active (or a given) backend."""

    def __init__(
        self,
        backend: keyring.backend.KeyringBackend | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self._backend = backend if backend is not None else default_backend()
        self._timeout = timeout
        reason = insecurity(self._backend)
        if reason:
            raise KeyringUnavailable(
                f"{reason}. Install and unlock a Secret Service (GNOME Keyring or KWallet), "
                "or protect the vault with a passphrase instead (--passphrase-file)."
            )

    @property
    def backend_name(self) -> str:
        return type(self._backend).__name__

    def get_key(self, entry: str) -> bytes:
        return decode_stored_key(self._call(lambda: self._backend.get_password(SERVICE, entry)))

    def set_key(self, entry: str, key: bytes) -> None:
        encoded = base64.b64encode(key).decode("ascii")
        self._call(lambda: self._backend.set_password(SERVICE, entry, encoded))

    def delete_key(self, entry: str) -> None:
        with contextlib.suppress(KeyringItemMissing):
            self._call(lambda: self._backend.delete_password(SERVICE, entry))

    def _call(self, action: Callable[[], _T]) -> _T:
        return keyring_call(action, self._timeout)


def keyring_call(action: Callable[[], _T], timeout: float) -> _T:
    """A keyring call under a deadline, its failures turned into our typed keyring errors."""
    try:
        return call_with_timeout(action, timeout, name="keyring-call")
    except CallTimedOut:
        raise KeyringTimeout(
            f"the OS keyring did not answer within {timeout:g} s; is it locked or stuck?"
        ) from None
    except KeyringItemMissing:
        raise
    except Exception as exc:  # noqa: BLE001 - every backend failure becomes a typed error
        raise _translate(exc) from None


def _translate(exc: Exception) -> Exception:
    import keyring.errors

    if isinstance(exc, keyring.errors.PasswordDeleteError):
        return KeyringItemMissing("the key is not in the OS keyring")
    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeyringUnavailable("the OS keyring is locked; unlock it and try again")
    if isinstance(exc, keyring.errors.KeyringError):
        return KeyringUnavailable(f"the OS keyring refused the request ({type(exc).__name__})")
    return KeyringUnavailable(f"the OS keyring failed ({type(exc).__name__})")


def system_keyring_or_reason() -> tuple[SystemKeyring | None, str]:
    """The secure system keyring, or None with the reason it cannot be used."""
    try:
        return SystemKeyring(), ""
    except KeyringUnavailable as exc:
        return None, exc.message
