"""Second launch: ``keydesk --show FILTER`` while Keydesk runs, against a cold start.

A second launch finds the running instance of its profile through the local socket, hands it
the filter, and exits once that instance has shown its window with the filter typed in and
repainted it (the reply waits for that). Measured: the second process's whole life, spawn to
exit. The baseline, in the same run and alternating: a cold start of the same 500-account
profile (``--self-check``, the whole process, as in ``benchmarks/startup.py``). Target: ≤ 0.3×.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._gui_profile import make_profile
from desktop.core import instance

ACCOUNTS = 500
RUNS = 9
TARGET = 0.3


def wall(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, capture_output=True, check=True, timeout=120)
    return time.perf_counter() - started


def wait_ready(home: Path, process: subprocess.Popen[bytes]) -> None:
    # Keyed by profile id: the benchmark's one-vault folder opens as the profile "default".
    point = instance.endpoint(home, "default")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the first instance exited: {process.communicate()}")
        reply = instance.deliver(point, instance.show_request(None))
        if reply is not None and "search" in reply:
            return
        time.sleep(0.05)
    raise SystemExit("the first instance never answered on its socket")


def main() -> None:
    compileall.compile_dir(Path(__file__).resolve().parent.parent / "desktop", quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        runtime = Path(folder) / "run"
        runtime.mkdir(mode=0o700)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.qpa.*=false"}
        home = Path(folder) / "home"
        extra, how = make_profile(home, ACCOUNTS)
        env.update(extra)
        app = [sys.executable, "-m", "desktop", "--home", str(home)]
        first = subprocess.Popen(app, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            wait_ready(home, first)
            cold_command = [*app, "--self-check"]
            wall(cold_command, env)  # warm the page cache
            wall([*app, "--show", "Service 0001"], env)
            cold: list[float] = []
            warm: list[float] = []
            for run in range(RUNS):
                cold.append(wall(cold_command, env))
                warm.append(wall([*app, "--show", f"Service {run:04d}"], env))
        finally:
            first.terminate()
            first.communicate(timeout=30)
    cold_ms = statistics.median(cold) * 1000
    warm_ms = statistics.median(warm) * 1000
    ratio = warm_ms / cold_ms
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; unlock: {how}")
    print(f"cold start, {ACCOUNTS} accounts (whole process): {cold_ms:6.0f} ms (median of {RUNS})")
    print(f"second launch -> window shown, filter typed in:  {warm_ms:6.0f} ms (median of {RUNS})")
    print(f"ratio: {ratio:.2f}x (target <= {TARGET}x: {'met' if ratio <= TARGET else 'NOT met'})")


if __name__ == "__main__":
    main()
