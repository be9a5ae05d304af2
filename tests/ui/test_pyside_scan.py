"""PySide6 does not read the source of each module imported after the GUI starts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROBE = """
import inspect, sys
import PySide6.QtCore
{stop}
read = []
real = inspect.getsource
inspect.getsource = lambda obj: read.append(obj.__name__) or real(obj)
sys.path.insert(0, {folder!r})
import keydesk_probe_module
print(read)
"""


def _sources_read(tmp_path: Path, stop: str) -> str:
    (tmp_path / "keydesk_probe_module.py").write_text("VALUE = 1\n")
    code = PROBE.format(stop=stop, folder=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout.strip()


def test_no_source_is_read_after_the_gui_stops_the_scans(tmp_path: Path) -> None:
    stop = "from desktop.ui.pyside_scan import stop_source_scans; stop_source_scans()"
    assert _sources_read(tmp_path, stop) == "[]"


def test_qt_modules_are_still_known_by_name() -> None:
    import types

    from desktop.ui.pyside_scan import uses_pyside

    assert uses_pyside(types.ModuleType("desktop.ui.main_window"))
    assert uses_pyside(types.ModuleType("PySide6.QtSvg"))
    assert not uses_pyside(types.ModuleType("desktop.core.vault"))
