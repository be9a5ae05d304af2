"""Server load: K concurrent admins reading and writing for a bounded time, on loopback.

Runs the real `keydesk-server` three ways — SQLite with 1 worker, PostgreSQL with 1 worker,
PostgreSQL with `--workers 2` — and for each prints p50/p95 latency, throughput and the error
count. The baseline is PostgreSQL with 1 worker, measured in the same run; the target is 0
errors and ≥ 1.5× its throughput with 2 workers.

Each admin logs in once (not timed), then loops until the time is up: four reads
(`GET /v1/security/two_factor`, `/v1/security/ip_allowlist`, `/v1/audit_events?limit=20`,
`/v1/account`) and one write (`PUT` of the admin's own IP allowlist entry with `If-Match: *` and
a fresh Idempotency-Key), so writes contend on the area's version as real edits do. The clients
run in separate processes (no GIL shared with each other) with keep-alive connections.
Every answer other than 2xx, and every transport error, is an error.

    .venv/bin/python benchmarks/server_load.py [--admins 8] [--seconds 10] [--clients 2]

PostgreSQL comes from Debian's `postgresql` package (a throwaway cluster, as in the tests);
without it only the SQLite line is printed.
"""

from __future__ import annotations

import argparse
import email
import http.client
import json
import multiprocessing
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from server.app import create_app  # noqa: E402
from server.config import ServerConfig  # noqa: E402
from server.mail import DirMailer  # noqa: E402
from server.security.passwords import Passwords  # noqa: E402
from server.seed import create_user  # noqa: E402
from tests.server.infra import free_port, pg_binaries, postgres_cluster  # noqa: E402

KEY = "5a" * 32
READS = [
    "/v1/security/two_factor",
    "/v1/security/ip_allowlist",
    "/v1/audit_events?limit=20",
    "/v1/account",
]
MAX_REQUESTS_PER_ADMIN = 200_000  # a bound besides the time
WRITE_EVERY = int(os.environ.get("KEYDESK_LOAD_WRITE_EVERY", "5"))  # 0: reads only


@dataclass
class Result:
    name: str
    latencies: list[float]
    errors: int
    seconds: float
    server_cpu: float  # CPU seconds of the server's processes during the load
    client_cpu: float  # CPU seconds of the load generator's processes
    database_cpu: float  # CPU seconds of PostgreSQL's processes (0 for SQLite: in the server)
    machine_busy: float  # share of all CPUs busy (anyone's) during the load

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds


def process_cpu(pid: int) -> float:
    """CPU seconds used so far by a process and its descendants (Linux /proc)."""
    total = 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                total += process_cpu(int(child))
    except (OSError, ValueError, IndexError):
        pass
    return total


def machine_ticks() -> tuple[int, int]:
    """(busy, total) jiffies of all CPUs."""
    values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


# --- the server ------------------------------------------------------------------------------


@contextmanager
def server(
    db: str, workers: int, folder: Path, admins: int
) -> Iterator[tuple[str, list[str], int]]:
    """Seed K admins, start the server, log them in; yields the base URL and their tokens."""
    mail = folder / "mail"
    key_file = folder / "secret.key"
    key_file.write_text(KEY)
    app = create_app(
        ServerConfig(db_url=db, secret_key=bytes.fromhex(KEY)),
        mailer=DirMailer(mail),
        passwords=Passwords(time_cost=1, memory_kib=8),
    )
    passwords = {f"admin{i}": f"pw-admin{i}-load" for i in range(admins)}
    for name, password in passwords.items():
        create_user(app.state.services, name, password, "admin")
    app.state.services.engine.dispose()
    port = free_port()
    command = [sys.executable, "-m", "server", "--db", db, "--secret-key-file", str(key_file),
               "--mail-dir", str(mail), "--port", str(port), "--workers", str(workers),
               "--log-level", "warning"]  # fmt: skip
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen(command, stdout=log, stderr=log, cwd=REPO)
    base = f"127.0.0.1:{port}"
    try:
        wait_ready(base, process)
        yield base, [login(base, name, pw, mail) for name, pw in passwords.items()], process.pid
    finally:
        process.terminate()
        process.wait(30)
        log.close()


def wait_ready(base: str, process: subprocess.Popen[bytes]) -> None:
    for _ in range(600):
        if process.poll() is not None:
            raise SystemExit("the server exited at start")
        try:
            request(http.client.HTTPConnection(base, timeout=2), "GET", "/v1/account")
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit("the server did not start")


def request(
    conn: http.client.HTTPConnection,
    method: str,
    path: str,
    body: object = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, bytes]:
    payload = json.dumps(body).encode() if body is not None else None
    all_headers = {"Content-Type": "application/json", **(headers or {})}
    conn.request(method, path, body=payload, headers=all_headers)
    answer = conn.getresponse()
    return answer.status, answer.read()


def login(base: str, name: str, password: str, mail: Path) -> str:
    conn = http.client.HTTPConnection(base, timeout=30)
    seen = {p.name for p in mail.glob("*.eml")} if mail.exists() else set()
    status, body = request(conn, "POST", "/v1/auth/login", {"login": name, "password": password})
    assert status == 200, body
    challenge = json.loads(body)["data"]["id"]
    code = ""
    for _ in range(400):
        for path in sorted(mail.glob("*.eml"), reverse=True):
            message = email.message_from_bytes(path.read_bytes())
            if path.name not in seen and message["To"] == f"{name}@example.com":
                code = re.findall(r"code: (\d{6})", str(message["Subject"]))[0]
        if code:
            break
        time.sleep(0.01)
    status, body = request(
        conn, "POST", "/v1/auth/verify", {"challenge_id": challenge, "code": code}
    )
    assert status == 200, body
    return str(json.loads(body)["data"]["token"])


# --- the clients -----------------------------------------------------------------------------


def admin_loop(
    base: str, token: str, entry: str, until: float, out: list[tuple[float, bool]]
) -> None:
    conn = http.client.HTTPConnection(base, timeout=30)
    auth = {"Authorization": token}
    body = {"kind": "cidr", "value": "198.51.100.0/24", "name": entry}
    for count in range(MAX_REQUESTS_PER_ADMIN):
        if time.monotonic() >= until:
            break
        if WRITE_EVERY and count % WRITE_EVERY == WRITE_EVERY - 1:
            method, path, payload = "PUT", f"/v1/security/ip_allowlist/entries/{entry}", body
            headers = {**auth, "If-Match": "*", "Idempotency-Key": uuid.uuid4().hex}
        else:
            method, path, payload, headers = "GET", READS[count % len(READS)], None, auth
        start = time.perf_counter()
        try:
            status, _ = request(conn, method, path, payload, headers)
            ok = 200 <= status < 300
        except (OSError, http.client.HTTPException):
            ok = False
            conn.close()
            conn = http.client.HTTPConnection(base, timeout=30)
        out.append((time.perf_counter() - start, ok))


def client_process(base: str, tokens: list[tuple[str, str]], until: float, queue: object) -> None:
    results: list[tuple[float, bool]] = []
    threads = [
        threading.Thread(target=admin_loop, args=(base, token, entry, until, results))
        for token, entry in tokens
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    queue.put((results, usage.ru_utime + usage.ru_stime))  # type: ignore[attr-defined]


def load(
    base: str, tokens: list[str], seconds: float, clients: int
) -> tuple[list[float], int, float, float]:
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    start = time.monotonic()
    until = start + seconds
    shares = [
        [(token, f"bench-{i}") for i, token in enumerate(tokens) if i % clients == c]
        for c in range(clients)
    ]
    procs = [
        context.Process(target=client_process, args=(base, share, until, queue)) for share in shares
    ]
    for proc in procs:
        proc.start()
    gathered: list[tuple[float, bool]] = []
    client_cpu = 0.0
    for _ in procs:
        results, cpu = queue.get(timeout=seconds + 120)
        gathered += results
        client_cpu += cpu
    for proc in procs:
        proc.join(30)
    elapsed = time.monotonic() - start
    latencies = [t for t, ok in gathered if ok]
    return latencies, sum(1 for _t, ok in gathered if not ok), elapsed, client_cpu


# --- main --------------------------------------------------------------------------------------


def run(name: str, db: str, workers: int, args: argparse.Namespace, folder: Path) -> Result:
    database = postmaster_of(db)
    with server(db, workers, folder, args.admins) as (base, tokens, pid):
        cpu_before, (busy_before, total_before) = process_cpu(pid), machine_ticks()
        database_before = process_cpu(database) if database else 0.0
        latencies, errors, elapsed, client_cpu = load(base, tokens, args.seconds, args.clients)
        busy_after, total_after = machine_ticks()
        cpu = process_cpu(pid) - cpu_before
        database_cpu = process_cpu(database) - database_before if database else 0.0
    busy = (busy_after - busy_before) / max(1, total_after - total_before)
    return Result(name, latencies, errors, elapsed, cpu, client_cpu, database_cpu, busy)


def postmaster_of(db: str) -> int | None:
    """The pid of the PostgreSQL server listening on the URL's port (its backends are children)."""
    port = re.search(r":(\d+)/", db)
    if not db.startswith("postgresql") or port is None:
        return None
    for proc in Path("/proc").iterdir():
        try:
            command = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if (
            command
            and command[0].endswith(b"postgres")
            and f"-p {port[1]}".encode() in b" ".join(command)
        ):
            return int(proc.name)
    return None


def report(results: list[Result]) -> None:
    print(f"{'configuration':<24} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} "
          f"{'errors':>7}   CPU ms/req: server  database  clients   machine busy")  # fmt: skip
    for r in results:
        p50 = percentile(r.latencies, 0.5) * 1000 if r.latencies else float("nan")
        p95 = percentile(r.latencies, 0.95) * 1000 if r.latencies else float("nan")
        per = [cpu * 1000 / max(1, len(r.latencies))
               for cpu in (r.server_cpu, r.database_cpu, r.client_cpu)]  # fmt: skip
        print(f"{r.name:<24} {len(r.latencies):>9} {r.throughput:>8.1f} {p50:>8.1f} {p95:>8.1f} "
              f"{r.errors:>7} {per[0]:>19.2f} {per[1]:>9.2f} {per[2]:>8.2f} "
              f"{r.machine_busy:>14.0%}")  # fmt: skip
    by_name = {r.name: r for r in results}
    one, two = by_name.get("postgresql, 1 worker"), by_name.get("postgresql, 2 workers")
    if one and two and one.throughput:
        ratio = two.throughput / one.throughput
        verdict = "meets" if ratio >= 1.5 else "misses"
        print(f"throughput 2 workers / 1 worker (PostgreSQL): {ratio:.2f}x "
              f"({verdict} the 1.5x target)")  # fmt: skip
    print(f"errors in all runs: {sum(r.errors for r in results)}")
    if any(r.machine_busy > 0.9 for r in results):
        print("note: the CPUs were busy over 90% (clients, PostgreSQL, the server and anything "
              "else running): more workers cannot find a free core")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--admins", type=int, default=8, help="concurrent admins (K)")
    parser.add_argument("--seconds", type=float, default=10.0, help="load time per configuration")
    parser.add_argument("--clients", type=int, default=2, help="client processes")
    args = parser.parse_args()
    print(f"{args.admins} admins, {args.seconds:.0f} s each, {args.clients} client processes, "
          f"{os.cpu_count()} CPUs")  # fmt: skip
    results = []
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="keydesk-load-")))
        (folder / "sqlite").mkdir()
        sqlite = f"sqlite:///{folder / 'sqlite' / 'load.db'}"
        if not os.environ.get("KEYDESK_LOAD_SKIP_SQLITE"):
            results.append(run("sqlite, 1 worker", sqlite, 1, args, folder / "sqlite"))
        if pg_binaries() is None:
            print("PostgreSQL is not installed (apt install postgresql): SQLite only")
        else:
            url = stack.enter_context(postgres_cluster())
            for workers in (1, 2):
                work = folder / f"pg{workers}"
                work.mkdir()
                db = create_database(url, f"load{workers}")
                label = f"postgresql, {workers} worker{'s' if workers > 1 else ''}"
                results.append(run(label, db, workers, args, work))
    report(results)
    return 0


def create_database(url: str, name: str) -> str:
    import sqlalchemy as sa

    engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return url.rsplit("/", 1)[0] + f"/{name}"


if __name__ == "__main__":
    raise SystemExit(main())
