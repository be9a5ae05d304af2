"""Admin sync: push 1,000 queued edits to a local reference server, against a bare requests
loop making the same calls in the same run (target ≤ 2×); then the time to pull the settings
when the IP allowlist holds 10,000 entries.

Run: scripts/with-keyring.sh .venv/bin/python benchmarks/admin_sync.py [--edits N] [--entries N]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.admin.api import ApiClient
from desktop.admin.edits import Editor
from desktop.admin.pull import pull
from desktop.admin.store import Store
from desktop.admin.sync import SyncEngine, SyncReport
from tests.admin.serverproc import ServerProcess


def _value(n: int, salt: int) -> str:
    return f"10.{salt}.{n // 250 % 250}.{n % 250}/32"


def bare_loop(client: ApiClient, edits: int) -> float:
    """The same calls the engine makes for 1,000 queued edits: mostly entry adds, every fifth
    a two-factor patch with the ETag carried from the previous answer."""
    etag = client.get("/v1/security/two_factor").etag or "*"
    started = time.perf_counter()
    for n in range(edits):
        if n % 5 == 4:
            answer = client.write("PATCH", "/v1/security/two_factor", {"totp": {"issuer": f"Bare {n}"}},
                                  if_match=etag, key=uuid.uuid4().hex)  # fmt: skip
            etag = answer.etag or etag
        else:
            body = {"id": f"b-{uuid.uuid4().hex[:20]}", "kind": "cidr", "value": _value(n, 1),
                    "name": f"bare {n}", "comment": "", "is_active": True}  # fmt: skip
            client.write("POST", "/v1/security/ip_allowlist/entries", body, if_match="*",
                         key=uuid.uuid4().hex)  # fmt: skip
    return time.perf_counter() - started


def engine_push(client: ApiClient, workdir: Path, edits: int) -> tuple[float, float, SyncReport]:
    store = Store(workdir / "bench-replica.sqlite3")
    pull(store, client, time.time())
    editor = Editor(store)
    started = time.perf_counter()
    for n in range(edits):
        if n % 5 == 4:
            editor.patch_two_factor({"totp": {"issuer": f"Engine {n}"}})
        else:
            editor.add_ip(_value(n, 2), name=f"engine {n}")
    queued = time.perf_counter() - started
    report = SyncReport()
    started = time.perf_counter()
    SyncEngine(store, client).push(report)
    return queued, time.perf_counter() - started, report


def fill_allowlist(client: ApiClient, total: int) -> None:
    have = len(client.get("/v1/security/ip_allowlist").data["entries"])

    def add(n: int) -> None:
        body = {"id": f"f-{uuid.uuid4().hex[:20]}", "kind": "cidr", "value": _value(n, 3),
                "name": f"filler {n}"}  # fmt: skip
        client.write("POST", "/v1/security/ip_allowlist/entries", body, if_match="*",
                     key=uuid.uuid4().hex)  # fmt: skip

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(add, range(max(0, total - have))))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args()
    shm = Path("/dev/shm")
    workdir = Path(tempfile.mkdtemp(prefix="keydesk-bench-", dir=shm if shm.is_dir() else None))
    server = ServerProcess(workdir).start()
    try:
        client = server.login("admin")
        bare_loop(client, 50)  # warm-up (connections, server caches)
        bare = bare_loop(client, args.edits)
        queued, pushed, report = engine_push(client, workdir, args.edits)
        assert report.pushed == args.edits and report.rejected == 0, report
        print(f"push {args.edits} queued edits: engine {pushed:.2f} s "
              f"({pushed / args.edits * 1000:.1f} ms/edit), bare requests loop {bare:.2f} s "
              f"({bare / args.edits * 1000:.1f} ms/edit)")  # fmt: skip
        print(f"ratio engine / bare: {pushed / bare:.2f}x (target <= 2x)")
        print(f"queueing the {args.edits} edits offline: {queued:.2f} s")
        fill_allowlist(client, args.entries)
        scratch = Store(workdir / "pull.sqlite3")
        started = time.perf_counter()
        pull(scratch, client, time.time())
        took = time.perf_counter() - started
        count = len(scratch.entries("ip_allowlist"))
        print(f"pull of the settings with {count} allowlist entries: {took:.2f} s")
        return 0 if pushed / bare <= 2.0 else 1
    finally:
        server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
