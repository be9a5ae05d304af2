"""The Linux bundle: its size (unpacked, tar.gz, .deb), its build time, and its start-up against
the venv in the same run.

Sizes and build time come from dist/build-info.json, written by `make dist` (this script runs
`packaging/build.py` first when there is no bundle, or with --build). Start-up: the bundle's
`keydesk --self-check` and the venv's `python -m desktop --self-check`, alternating, on the same
profile (20 accounts, keyring slot when a secure keyring exists), timed from spawn to the first
painted frame, in 15 rounds that alternate which side goes first; it prints the medians and the
median of each round's own bundle/venv ratio. "Cold" runs first drop each side's files from the page cache
(posix_fadvise DONTNEED: the bundle folder; for the venv its site-packages, desktop/, the
standard library, libpython and the system libraries the bundle carries copies of), as after a
reboot; "warm" runs do not. Targets: < 250 MB
unpacked, < 100 MB compressed, bundle/venv cold-start ratio <= 1.
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._gui_profile import make_profile  # noqa: E402

DIST = ROOT / "dist"
BUNDLE = DIST / "keydesk"
ACCOUNTS = 20
#: Rounds; on a shared 2-core machine 7 left the cold ratio moving by ±10 % between runs.
RUNS = 15
MB = 1e6


def evict(paths: list[Path]) -> None:
    """Drop these files' pages from the page cache (pages other processes map stay)."""
    for top in paths:
        files = [top] if top.is_file() else (p for p in top.rglob("*") if p.is_file())
        for path in files:
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def first_frame(command: list[str], env: dict[str, str]) -> float:
    spawned = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True, timeout=120)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["accounts"] == ACCOUNTS and report["painted"] > 0, report
    return float(report["first_frame_monotonic"]) - spawned


def venv_files() -> list[Path]:
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    libpython = Path(sysconfig.get_config_var("LIBDIR") or "/usr/lib") / str(
        sysconfig.get_config_var("INSTSONAME") or "libpython3.so"
    )
    site = Path(sysconfig.get_paths()["purelib"])
    return [
        site,
        ROOT / "desktop",
        stdlib,
        libpython,
        Path(sys.executable).resolve(),
        *system_copies(),
    ]


def system_copies() -> list[Path]:
    """The system libraries the venv loads where the bundle loads its own copies (PyInstaller
    copied them from this machine): cold for one side means cold for the other too."""
    multiarch = Path("/usr/lib") / str(sysconfig.get_config_var("MULTIARCH") or "x86_64-linux-gnu")
    internal = BUNDLE / "_internal"
    return [
        multiarch / path.name
        for path in internal.iterdir()
        if path.name.startswith("lib")
        and path.is_file()
        and not path.is_symlink()
        and (multiarch / path.name).exists()
    ]


def measure_startup() -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    compileall.compile_dir(ROOT / "desktop", quiet=1)  # as an installed package would ship it
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.qpa.*=false"}
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        extra, _how = make_profile(home, ACCOUNTS)
        env.update(extra)
        sides = {
            "bundle": ([str(BUNDLE / "keydesk"), "--home", str(home), "--self-check"], [BUNDLE]),
            "venv": (
                [sys.executable, "-m", "desktop", "--home", str(home), "--self-check"],
                venv_files(),
            ),
        }
        samples: dict[str, dict[str, list[float]]] = {
            side: {"cold": [], "warm": []} for side in sides
        }
        for command, _files in sides.values():
            first_frame(command, env)  # a first run of each, not counted
        for round_ in range(RUNS):
            # Alternate which side goes first, so neither always follows the other's run.
            for side, (command, files) in list(sides.items())[:: 1 if round_ % 2 else -1]:
                evict(files)
                samples[side]["cold"].append(first_frame(command, env))
                samples[side]["warm"].append(first_frame(command, env))
    medians = {
        side: {kind: statistics.median(values) * 1000 for kind, values in kinds.items()}
        for side, kinds in samples.items()
    }
    # Each round's own ratio: the load of the moment weighs on both of its runs alike.
    paired = {
        kind: statistics.median(
            b / v for b, v in zip(samples["bundle"][kind], samples["venv"][kind], strict=True)
        )
        for kind in ("cold", "warm")
    }
    return medians, paired


def main() -> None:
    if "--build" in sys.argv or not (BUNDLE / "keydesk").is_file():
        subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py")], check=True)
    info = json.loads((DIST / "build-info.json").read_text(encoding="utf-8"))
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    unpacked, packed = info["unpacked_bytes"] / MB, info["tar_gz_bytes"] / MB
    print(
        f"bundle unpacked: {unpacked:.0f} MB (target < 250 MB: {'met' if unpacked < 250 else 'NOT met'})"
    )
    print(
        f"tar.gz:          {packed:.0f} MB (target < 100 MB: {'met' if packed < 100 else 'NOT met'})"
    )
    print(
        f".deb:            {info['deb_bytes'] / MB:.0f} MB ({info['deb_installed_bytes'] / MB:.0f} MB installed)"
    )
    print(
        f"build time:      {info['build_seconds']:.0f} s in all "
        f"(PyInstaller {info['bundle_seconds']:.0f} s), from dist/build-info.json"
    )
    print(f"OpenCV:          {info.get('opencv', 'wheel')} (MINIMAL_OPENCV=1 make dist: minimal)")
    startup, paired = measure_startup()
    print(f"start-up to the first frame, {ACCOUNTS} accounts, medians of {RUNS}:")
    for side in ("bundle", "venv"):
        print(
            f"  {side:6s}  cold {startup[side]['cold']:5.0f} ms   warm {startup[side]['warm']:5.0f} ms"
        )
    cold = startup["bundle"]["cold"] / startup["venv"]["cold"]
    warm = startup["bundle"]["warm"] / startup["venv"]["warm"]
    print(
        f"bundle/venv ratio: cold {cold:.2f}x (target <= 1: {'met' if cold <= 1 else 'NOT met'}), "
        f"warm {warm:.2f}x"
    )
    print(f"median of each round's ratio: cold {paired['cold']:.2f}x, warm {paired['warm']:.2f}x")


if __name__ == "__main__":
    main()
