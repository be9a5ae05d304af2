"""The desktop GUI (PySide6). The only package that imports Qt.

PySide6 6.12 on Python 3.11 drops a reference to ``None`` on every call of a Qt method that
returns void (``painter.setPen(...)``, ``widget.show()``, …); it was built for Python ≥ 3.12,
where ``None`` is immortal. A GUI makes thousands of such calls a minute, so ``None``'s count
reaches zero within minutes and the interpreter aborts ("none_dealloc"). Until PySide6 is fixed,
:func:`keep_none_alive` gives ``None`` the effectively infinite count it has on 3.12.
"""

from __future__ import annotations

import ctypes
import sys

#: What CPython 3.12 uses for immortal objects, comfortably out of reach of any leak rate.
_IMMORTAL = 1 << 40


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < _IMMORTAL // 2:
        refcount.value = _IMMORTAL


keep_none_alive()
