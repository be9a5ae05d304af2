"""Screenshots of the operator features: the quick-pick over the desktop, issuer icons, and the
always-on-top toggle. Run under a virtual display (a real X server, so the popup is a real
top-level window over the main one):

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots_operator.py [OUT_DIR]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from screenshots import make_window

from desktop.ui import settings as keys
from desktop.ui.quick_access import QuickAccess


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        window = make_window(Path(tmp) / "light", theme="light")
        window.move(40, 40)
        settle(app)
        window.grab().save(str(out / "issuer-icons.png"))
        # The quick-pick from anywhere: over the main window, at the pointer.
        quick = QuickAccess(window)
        quick.build_popup().open_at(QPoint(330, 250), "g")
        settle(app)
        screen = QGuiApplication.primaryScreen()
        area = QRect(20, 20, 780, 740)
        shot = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height())
        shot.save(str(out / "quick-pick.png"))
        assert quick.popup is not None
        quick.popup.hide()
        # Always on top: the ☰ menu with the toggle on.
        window.settings.set(keys.ALWAYS_ON_TOP, True)
        settle(app)
        menu = window.app_menu.menu
        menu.popup(window.mapToGlobal(window.menu_button.geometry().bottomLeft()))
        settle(app)
        menu.grab().save(str(out / "always-on-top.png"))
        menu.close()
    for name in ("issuer-icons.png", "quick-pick.png", "always-on-top.png"):
        print(out / name)  # noqa: T201 - tells the user what was written


if __name__ == "__main__":
    main()
