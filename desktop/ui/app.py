"""``keydesk`` with no subcommand: the GUI. Also ``--self-check`` for packaging smoke tests.

Start-up is kept lean: the vault is unlocked on a thread that starts before PySide6 is imported,
and dialogs, scanning and HTTP are imported only when first used.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass

EXIT_OK, EXIT_FAILURE, EXIT_LOCKED = 0, 1, 3


@dataclass(frozen=True)
class GuiOptions:
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
    entered = time.perf_counter()
    options = parse_gui_options(args)
    from desktop.core.profile import home_dir
    from desktop.ui.unlock import start_unlock

    home = home_dir(options.home)
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    future = start_unlock(home)  # the keyring's round trip overlaps Qt's start-up
    if options.self_check:
        _prefer_offscreen()
    from PySide6.QtWidgets import QApplication

    from desktop.ui.startup import Startup

    app = QApplication.instance() or QApplication([sys.argv[0] or "keydesk"])
    assert isinstance(app, QApplication)
    startup = Startup(app, home, future, self_check=options.self_check, entered=entered)
    startup.begin()
    status = app.exec()
    return startup.exit_status if startup.exit_status is not None else status
