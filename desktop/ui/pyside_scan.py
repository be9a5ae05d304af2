"""Stop PySide6 from reading the source of every module imported after it.

Importing PySide6.QtCore replaces ``__import__`` with a hook that serves its ``__feature__``
switches (``snake_case``, ``true_property``). After every later import it asks whether the new
module "uses PySide6" by reading the module's whole source file and searching it for that word:
about 0.3 ms a module, 25-35 ms for the modules Keydesk imports on its way to the first frame.
Keydesk never imports ``__feature__``, so what matters is only that the answer stays right
for its own Qt modules; their package name says so without reading a file.
"""

from __future__ import annotations

import sys
from types import ModuleType

#: Modules that may use PySide6: our Qt front end and PySide6 itself.
QT_PACKAGES = ("desktop.ui", "PySide6", "shiboken6", "__feature__")


def uses_pyside(module: ModuleType) -> bool:
    return getattr(module, "__name__", "").startswith(QT_PACKAGES)


def stop_source_scans() -> None:
    """Answer PySide6's question from the module's name. Call it after importing QtCore;
    with a PySide6 that no longer asks, it does nothing."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
