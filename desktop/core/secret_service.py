"""The Secret Service (GNOME Keyring, KWallet) reached directly through SecretStorage.

keyring's own import and backend discovery cost ~150 ms — more than the rest of the app's
start-up — while opening the vault needs one D-Bus lookup. This store talks to the same service
with the same item attributes as keyring's SecretService backend (``service`` and ``username``),
so items written by either are read by both. Linux only; None elsewhere or when unavailable.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from typing import Any, TypeVar

from desktop.core.errors import KeyringTimeout, KeyringUnavailable
from desktop.core.keyring_store import DEFAULT_TIMEOUT, SERVICE, decode_stored_key
from desktop.core.timeout_call import CallTimedOut, call_with_timeout

_T = TypeVar("_T")
#: What keyring's SecretService backend labels its items with; kept for interoperability.
APPLICATION = "Python keyring library"


class SecretServiceStore:
    """A KeyStore on the session's Secret Service, every call under a deadline."""

    backend_name = "SecretService"

    def __init__(self, timeout: float = DEFAULT_TIMEOUT) -> None:
        import secretstorage

        self._secretstorage: Any = secretstorage
        self._timeout = timeout

    def get_key(self, entry: str) -> bytes:
        def lookup() -> bytes | None:
            with self._collection() as collection:
                for item in collection.search_items(_attributes(entry)):
                    if item.is_locked():
                        item.unlock()
                    return bytes(item.get_secret())
            return None

        return decode_stored_key(self._call(lookup))

    def set_key(self, entry: str, key: bytes) -> None:
        secret = base64.b64encode(key)
        attributes = {**_attributes(entry), "application": APPLICATION}
        label = f"Password for '{entry}' on '{SERVICE}'"

        def store() -> None:
            with self._collection() as collection:
                collection.create_item(label, attributes, secret, replace=True)

        self._call(store)

    def delete_key(self, entry: str) -> None:
        def delete() -> None:
            with self._collection() as collection:
                for item in collection.search_items(_attributes(entry)):
                    item.delete()

        self._call(delete)

    @contextmanager
    def _collection(self) -> Iterator[Any]:
        connection = self._secretstorage.dbus_init()
        with closing(connection):
            collection = self._secretstorage.get_default_collection(connection)
            if collection.is_locked():
                collection.unlock()
                if collection.is_locked():
                    raise KeyringUnavailable("the OS keyring is locked; unlock it and try again")
            yield collection

    def _call(self, action: Callable[[], _T]) -> _T:
        errors = self._secretstorage.exceptions.SecretStorageException
        try:
            return call_with_timeout(action, self._timeout, name="secret-service-call")
        except CallTimedOut:
            raise KeyringTimeout(
                f"the OS keyring did not answer within {self._timeout:g} s; is it locked or stuck?"
            ) from None
        except errors as exc:
            raise KeyringUnavailable(
                f"the OS keyring refused the request ({type(exc).__name__})"
            ) from None


def _attributes(entry: str) -> dict[str, str]:
    return {"service": SERVICE, "username": entry}


def secret_service_store(timeout: float = DEFAULT_TIMEOUT) -> SecretServiceStore | None:
    """The session's Secret Service when one answers on D-Bus, else None (no exception)."""
    try:
        import secretstorage
    except ImportError:
        return None

    def available() -> bool:
        with closing(secretstorage.dbus_init()) as connection:
            return bool(secretstorage.check_service_availability(connection))

    try:
        if call_with_timeout(available, min(timeout, 3.0), name="secret-service-probe"):
            return SecretServiceStore(timeout)
    except (CallTimedOut, secretstorage.exceptions.SecretStorageException, OSError):
        return None
    return None
