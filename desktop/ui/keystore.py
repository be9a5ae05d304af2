"""The system keyring, found quickly at start-up.

keyring's import and discovery (which probes every backend it knows) cost ~150 ms before the
first window. When the user has not configured keyring, Linux talks to the Secret Service
directly (:mod:`desktop.core.secret_service`, same items as keyring's backend); otherwise, and
on other systems, keyring's own choice is used, with insecure backends refused either way.
No Qt here: this runs on the unlock thread.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.keyring_store import KeyStore


def keyring_configured() -> bool:
    """Whether the user chose a keyring backend (environment or keyringrc.cfg on Linux)."""
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    config_home = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return (Path(config_home) / "python_keyring" / "keyringrc.cfg").exists()


def fast_system_keyring() -> tuple[KeyStore | None, str]:
    if sys.platform.startswith("linux") and not keyring_configured():
        from desktop.core.secret_service import secret_service_store

        store = secret_service_store()
        if store is not None:
            return store, ""
    from desktop.core.keyring_store import system_keyring_or_reason

    return system_keyring_or_reason()
