"""Start-up: process start → 500 accounts' codes painted, against a bare PySide6 QMainWindow.

Both run offscreen in fresh processes, alternating, and the medians are compared. The app is
`python -m desktop --home H --self-check` (unlock, window, codes painted, exit); the baseline
imports QtWidgets, shows an empty QMainWindow, paints it once and exits. Target: ≤ 1.3×.
Also printed: CPU time (less sensitive to a busy machine) and a new profile with no vault, which
separates the window's own cost from unlocking through the keyring.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._gui_profile import make_profile

ACCOUNTS = 500
RUNS = 7
TARGET = 1.3
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(460, 640)
window.show()
app.processEvents()
window.grab()
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    cpu = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True, timeout=120)
    return time.perf_counter() - started, _children_cpu() - cpu, done.stdout


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.qpa.*=false"}
    with tempfile.TemporaryDirectory() as folder:
        home, empty = Path(folder) / "home", Path(folder) / "empty"
        extra, how = make_profile(home, ACCOUNTS)
        env.update(extra)
        commands = {
            "bare": [sys.executable, "-c", BARE],
            "app": [sys.executable, "-m", "desktop", "--home", str(home), "--self-check"],
            "empty": [sys.executable, "-m", "desktop", "--home", str(empty), "--self-check"],
        }
        for command in commands.values():
            timed(command, env)  # warm the page cache
        wall: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        reports = []
        for _ in range(RUNS):
            for name, command in commands.items():
                seconds, cpu_seconds, out = timed(command, env)
                wall[name].append(seconds)
                cpu[name].append(cpu_seconds)
                if name == "app":
                    reports.append(json.loads(out.strip().splitlines()[-1]))
    assert reports[-1]["accounts"] == ACCOUNTS and reports[-1]["painted"] > 0, reports[-1]
    bare, app, new = (median_ms(wall[n]) for n in ("bare", "app", "empty"))
    ratio = app / bare
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; unlock: {how}")
    print(
        f"bare QMainWindow process:        {bare:5.0f} ms wall, {median_ms(cpu['bare']):4.0f} ms CPU"
    )
    print(
        f"keydesk, {ACCOUNTS} accounts painted:    {app:5.0f} ms wall, {median_ms(cpu['app']):4.0f} ms CPU"
    )
    print(
        f"keydesk, new profile (no vault): {new:5.0f} ms wall, {median_ms(cpu['empty']):4.0f} ms CPU"
    )
    print(
        f"self-reported startup_ms (median): {statistics.median(r['startup_ms'] for r in reports):.0f}"
    )
    print(f"CPU-time ratio: {median_ms(cpu['app']) / median_ms(cpu['bare']):.2f}x")
    print(f"ratio: {ratio:.2f}x (target <= {TARGET}x: {'met' if ratio <= TARGET else 'NOT met'})")


if __name__ == "__main__":
    main()
