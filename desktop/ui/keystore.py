"""The system keyring, found quickly at start-up.

keyring's own discovery imports and probes every backend it knows (on Linux that includes the
macOS one, which shells out to find a library): ~100 ms before the first window. When the user
has not configured keyring, Linux goes straight to the Secret Service backend. The same
:class:`desktop.core.keyring_store.SystemKeyring` checks refuse any insecure backend either way.
No Qt here: this runs on the unlock thread.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.keyring_store import KeyStore

log = logging.getLogger("keydesk.ui")


def _configured() -> bool:
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    from keyring.util import platform_

    return (Path(platform_.config_root()) / "keyringrc.cfg").exists()


def _secret_service() -> KeyStore | None:
    from keyring.backends.SecretService import Keyring as SecretServiceKeyring

    from desktop.core.keyring_store import SystemKeyring

    try:
        backend = SecretServiceKeyring()  # type: ignore[no-untyped-call]
        if backend.priority <= 0:
            return None
        return SystemKeyring(backend)
    except Exception as exc:  # noqa: BLE001 - any failure: fall back to keyring's discovery
        log.info("Secret Service not usable directly: %s", type(exc).__name__)
        return None


def fast_system_keyring() -> tuple[KeyStore | None, str]:
    if sys.platform.startswith("linux") and not _configured():
        store = _secret_service()
        if store is not None:
            return store, ""
    from desktop.core.keyring_store import system_keyring_or_reason

    return system_keyring_or_reason()
