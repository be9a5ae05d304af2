"""Importing a 10,000-entry Aegis plain export against ``json.load`` of the same file.

Both read the file from disk in the same run; the import also detects the format, converts and
validates every entry and sorts out duplicates (against an empty vault). Target: at most 10×
``json.load`` and well under 2 s.
"""

from __future__ import annotations

import base64
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core.importers import preview_import, read_file

ENTRIES = 10_000
RUNS = 7
TARGET_RATIO = 10.0
TARGET_SECONDS = 2.0


def aegis_plain(count: int) -> bytes:
    """An Aegis plain vault (contents v3) with a realistic mix of entries and groups."""
    algorithms = ("SHA1", "SHA256", "SHA512")
    entries = []
    for n in range(count):
        info = {
            "secret": base64.b32encode(n.to_bytes(20, "big")).decode().rstrip("="),
            "algo": algorithms[n % 3],
            "digits": 6 if n % 4 else 8,
        }
        kind = "hotp" if n % 10 == 0 else "totp"
        info["counter" if kind == "hotp" else "period"] = n % 100 if kind == "hotp" else 30
        entries.append(
            {
                "type": kind,
                "uuid": f"00000000-0000-4000-8000-{n:012d}",
                "name": f"user{n}@example.com",
                "issuer": f"Service {n % 700}",
                "note": "",
                "favorite": n % 50 == 0,
                "icon": None,
                "info": info,
                "groups": ["g1"] if n % 2 else [],
            }
        )
    db = {"version": 3, "entries": entries, "groups": [{"uuid": "g1", "name": "Work"}]}
    document = {"version": 1, "header": {"slots": None, "params": None}, "db": db}
    return json.dumps(document, indent=4).encode("utf-8")


def interleaved(first: object, second: object) -> tuple[list[float], list[float]]:
    """Run the two in turn, RUNS times each, so a burst of load on a shared machine falls on
    both alike; returns each one's durations."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(RUNS):
        for action, samples in ((first, times[0]), (second, times[1])):
            started = time.perf_counter()
            action()  # type: ignore[operator]
            samples.append(time.perf_counter() - started)
    return times


def load_json(path: Path) -> object:
    with path.open("rb") as handle:
        return json.load(handle)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "aegis-10000.json"
        path.write_bytes(aegis_plain(ENTRIES))
        preview = preview_import(read_file(path))
        assert len(preview.to_add) == ENTRIES and not preview.skipped
        baselines, imports = interleaved(
            lambda: load_json(path), lambda: preview_import(read_file(path))
        )
    size_mib = len(aegis_plain(ENTRIES)) / 2**20
    # The fastest run of each is the one least disturbed by other work on the machine.
    baseline, imported = min(baselines), min(imports)
    ratio = imported / baseline
    print(f"file: {ENTRIES} Aegis entries, {size_mib:.1f} MiB; best of {RUNS} interleaved runs")
    print(f"json.load (baseline): {baseline * 1000:.0f} ms")
    print(f"keydesk import preview: {imported * 1000:.0f} ms")
    print(f"ratio import/json.load: {ratio:.1f}x")
    medians = statistics.median(imports) / statistics.median(baselines)
    print(f"ratio of the medians: {medians:.1f}x")
    ok = ratio <= TARGET_RATIO and imported < TARGET_SECONDS
    print(
        f"target <= {TARGET_RATIO:.0f}x and < {TARGET_SECONDS:.0f} s: {'met' if ok else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
