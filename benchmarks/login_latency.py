"""Login latency: 200 full logins (password + e-mailed code) against a real server on loopback.

Starts `keydesk-server --demo` in a subprocess with a mail folder, logs in as the demo admin
200 times (the code is read from the .eml the server wrote), and prints p50/p95 next to a
baseline measured in the same run: an authenticated `GET /v1/account` on the same server.
TOTP logins are not timed: a TOTP step may be used once, so 200 logins would take 100 minutes.
"""

from __future__ import annotations

import email
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

LOGINS = 200


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(folder: Path, port: int) -> tuple[subprocess.Popen[str], str]:
    command = [
        sys.executable,
        "-m",
        "server",
        "--demo",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--db",
        str(folder / "bench.db"),
        "--mail-dir",
        str(folder / "mail"),
        "--log-level",
        "warning",
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    password = ""
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip().startswith("admin "):
            password = line.split()[1]
        if line.startswith("listening on"):
            break
    if not password:
        process.kill()
        raise SystemExit("the server did not print the demo admin password")
    wait_ready(f"http://127.0.0.1:{port}")
    return process, password


def wait_ready(base: str) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            requests.get(f"{base}/v1/account", timeout=1)
            return
        except requests.ConnectionError:
            time.sleep(0.05)
    raise SystemExit("the server did not start")


def newest_code(mail: Path, seen: set[str]) -> str:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        fresh = sorted(p for p in mail.glob("*.eml") if p.name not in seen)
        if fresh:
            seen.add(fresh[-1].name)
            message = email.message_from_bytes(fresh[-1].read_bytes())
            found = re.search(r"code: (\d{6})", str(message["Subject"]))
            if found:
                return found.group(1)
        time.sleep(0.001)
    raise SystemExit("no e-mail with a code arrived")


def login_once(
    session: requests.Session, base: str, password: str, mail: Path, seen: set[str]
) -> tuple[float, str]:
    start = time.perf_counter()
    answer = session.post(f"{base}/v1/auth/login", json={"login": "admin", "password": password})
    answer.raise_for_status()
    challenge = answer.json()["data"]["id"]
    code = newest_code(mail, seen)
    verified = session.post(
        f"{base}/v1/auth/verify", json={"challenge_id": challenge, "code": code}
    )
    verified.raise_for_status()
    return time.perf_counter() - start, verified.json()["data"]["token"]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        port = free_port()
        process, password = start_server(folder, port)
        base = f"http://127.0.0.1:{port}"
        try:
            session = requests.Session()
            seen: set[str] = set()
            times, token = [], ""
            for _ in range(LOGINS):
                elapsed, token = login_once(session, base, password, folder / "mail", seen)
                times.append(elapsed)
            baseline = []
            for _ in range(LOGINS):
                start = time.perf_counter()
                session.get(f"{base}/v1/account", headers={"Authorization": token})
                baseline.append(time.perf_counter() - start)
        finally:
            process.terminate()
            process.wait(10)
    p50, p95 = percentile(times, 0.5), percentile(times, 0.95)
    b50, b95 = percentile(baseline, 0.5), percentile(baseline, 0.95)
    print(f"full login (password + e-mail code), {LOGINS} runs:")
    print(
        f"  p50 {p50 * 1000:.1f} ms   p95 {p95 * 1000:.1f} ms   mean "
        f"{statistics.mean(times) * 1000:.1f} ms"
    )
    print(f"baseline GET /v1/account: p50 {b50 * 1000:.1f} ms   p95 {b95 * 1000:.1f} ms")
    print(f"ratio login/baseline: p50 {p50 / b50:.1f}x   p95 {p95 / b95:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
