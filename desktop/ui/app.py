"""``keydesk`` with no subcommand: the GUI. Also ``--self-check`` for packaging smoke tests.

Start-up is kept lean: the vault is unlocked by a process forked before PySide6 is imported (a
thread elsewhere), the window is completed after its first frame, and dialogs, scanning and
HTTP are imported only when first used. ``--self-check`` reports the timeline.
"""

from __future__ import annotations

import os
import sys
import time
from typing import NamedTuple

EXIT_OK, EXIT_FAILURE, EXIT_LOCKED = 0, 1, 3


class GuiOptions(NamedTuple):
    home: str | None = None
    self_check: bool = False


def parse_gui_options(args: list[str]) -> GuiOptions:
    """The GUI's two options. The CLI routes here only when no subcommand is given, so argparse
    (3 ms) is not needed; unknown options are ignored as before."""
    home: str | None = None
    for index, arg in enumerate(args):
        if arg == "--home" and index + 1 < len(args):
            home = args[index + 1]
        elif arg.startswith("--home="):
            home = arg.partition("=")[2]
    return GuiOptions(home=home, self_check="--self-check" in args)


def process_age_ms() -> float | None:
    """Milliseconds since this process started (Linux), for the self-check's start-up figure."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rpartition(")")[2].split()
        with open("/proc/uptime", encoding="ascii") as uptime:
            up = float(uptime.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return max((up - started) * 1000, 0.0)


def _prefer_offscreen() -> None:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_gui(args: list[str]) -> int:
    #: Start-up milestones (perf_counter), reported by --self-check.
    timeline = {"entered": time.perf_counter()}
    options = parse_gui_options(args)
    from desktop.core.profile import home_dir
    from desktop.ui.unlock import start_unlock

    home = home_dir(options.home)
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    future = start_unlock(home)  # the keyring's round trip overlaps Qt's start-up
    timeline["unlock started"] = time.perf_counter()
    if options.self_check:
        _prefer_offscreen()
    from PySide6.QtWidgets import QApplication

    from desktop.ui.startup import Startup

    timeline["qt imported"] = time.perf_counter()

    from desktop.ui.theme import STYLE_ARGUMENTS

    existing = QApplication.instance()
    app = existing or QApplication([sys.argv[0] or "keydesk", *STYLE_ARGUMENTS])
    assert isinstance(app, QApplication)
    startup = Startup(
        app,
        home,
        future,
        self_check=options.self_check,
        timeline=timeline,
        style_set=existing is None,
    )
    startup.begin()
    status = app.exec()
    return startup.exit_status if startup.exit_status is not None else status
