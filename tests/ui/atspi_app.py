"""Keydesk for the AT-SPI test, run as the app's process: the real app with the given
arguments, and once its window is ready, the other windows a screen reader must be able to
read, opened as their menus open them: the admin console, the scan dialog (camera) and the
import dialog (with the file given in ``KEYDESK_TEST_IMPORT``). The quick pick is opened from
outside, through the running instance (``keydesk --quick-pick``)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer

from desktop import cli
from desktop.ui import startup


def open_the_other_windows(window: object) -> None:
    from desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.app_menu.open_admin()
    window.add_menu.scan("camera")
    window.add_menu.import_file(os.environ["KEYDESK_TEST_IMPORT"])


def main() -> int:
    ready = startup.Startup._after_first_frame

    def after_first_frame(self: startup.Startup) -> None:
        first = not self.frame_seen  # it runs again after the frame's grace time, to no effect
        ready(self)
        if first:
            QTimer.singleShot(0, lambda: open_the_other_windows(self.window))

    startup.Startup._after_first_frame = after_first_frame  # type: ignore[method-assign]
    return cli.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
