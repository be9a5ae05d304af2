"""The lock screen on a real X server looks like its offscreen grab: no blank box over the text
(the old passphrase dialog had one under Xvfb that offscreen grabs hid)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

SHOW = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from PySide6.QtWidgets import QApplication
from scripts.lock_screenshots import make_home, settle, window_for
app = QApplication([])
home, store = make_home(Path(sys.argv[1]))
result = {}
for name in ("Anna Petrova", "Night shift"):
    window = window_for(home, store, name)
    window.lock.show_locked()
    settle()
    screen = window.screen().grabWindow(window.winId()).toImage()
    own = window.grab().toImage()
    differing = sum(
        1
        for y in range(0, own.height(), 2)
        for x in range(0, own.width(), 2)
        if max(abs(a - b) for a, b in zip(screen.pixelColor(x, y).getRgb()[:3],
                                          own.pixelColor(x, y).getRgb()[:3])) > 60
    )
    label = window.lock.screen.state
    top = label.mapTo(window, label.rect().topLeft())
    inked = sum(
        1
        for y in range(top.y(), top.y() + label.height())
        for x in range(top.x(), top.x() + label.width())
        if screen.pixelColor(x, y).lightness() < 128
    )
    result[name] = {"platform": app.platformName(), "differing": differing / (own.width() * own.height() / 4), "inked": inked}
print(json.dumps(result))
"""


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="xvfb-run is not installed")
def test_the_lock_screen_under_xvfb_matches_its_offscreen_painting(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    env.pop("DISPLAY", None)
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", sys.executable, "-c", SHOW,
         str(tmp_path / "home"), str(REPO)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    for name, seen in result.items():
        assert seen["platform"] == "xcb"
        assert seen["differing"] < 0.001, f"{name}: the X server shows something else"
        assert seen["inked"] > 50, f"{name}: the text line is blank on screen"
