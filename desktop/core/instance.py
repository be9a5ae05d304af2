"""One running Keydesk per profile: a second launch hands its request to the first and exits.

Pure standard library, so the second process never pays for Qt. On Unix the first instance
listens on an ``AF_UNIX`` socket in ``$XDG_RUNTIME_DIR/keydesk/`` (folder 0700, socket 0600),
named by a hash of the profile (its folder and name), and checks each peer's uid (Linux
``SO_PEERCRED``). A lock file held for the life of the instance tells a live instance that is
still starting from a stale socket left by a crash; a stale one is replaced. On Windows it is
loopback TCP with a random per-instance token kept in the profile folder (per-user ACLs).

The protocol is one JSON line each way: ``{"v": 1, "action": "show", "filter": "git"}`` then
``{"ok": true}`` once the window is up with the filter typed in.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, NamedTuple

PROTOCOL = 1
MAX_MESSAGE = 8192
MAX_FILTER = 200
#: How long a second launch waits for the first to answer (it may still be starting).
REPLY_TIMEOUT_S = 20.0
_WINDOWS = sys.platform == "win32"

Request = dict[str, Any]
Handler = Callable[[Request, Callable[[Request], None]], None]


class InstanceUnavailable(Exception):
    """No safe place for the socket (for instance a runtime folder another user owns)."""


class Endpoint(NamedTuple):
    """Where one profile's instance listens: the socket (or port file) and its lock file."""

    address: Path
    lock: Path


def show_request(filter_text: str | None) -> Request:
    request: Request = {"v": PROTOCOL, "action": "show"}
    if filter_text is not None:
        request["filter"] = clean_filter(filter_text)
    return request


def clean_filter(text: str) -> str:
    """What a filter may be: printable, one line, bounded."""
    return "".join(ch for ch in text if ch.isprintable())[:MAX_FILTER]


def profile_key(home: Path, profile: str = "") -> str:
    """Stable per profile folder and name; short enough for ``sun_path`` (108 bytes)."""
    folder = os.path.normcase(str(home.expanduser().resolve()))
    return _sha256_hex(f"{folder}\0{profile}".encode())[:24]


def _sha256_hex(data: bytes) -> str:
    """SHA-256 from the interpreter's own module: a second launch then does not load OpenSSL
    (hashlib's import, 2 ms) just to name a socket. The same digest."""
    try:
        if sys.version_info >= (3, 12):
            from _sha2 import sha256
        else:
            from _sha256 import sha256
    except ImportError:  # an interpreter built without them
        from hashlib import sha256
    return str(sha256(data).hexdigest())


def endpoint(home: Path, profile: str = "") -> Endpoint:
    key = profile_key(home, profile)
    if _WINDOWS:
        folder = home.expanduser().resolve()
        return Endpoint(folder / f".instance-{key}.port", folder / f".instance-{key}.lock")
    folder = runtime_folder()
    return Endpoint(folder / f"{key}.sock", folder / f"{key}.lock")


def runtime_folder() -> Path:
    """``$XDG_RUNTIME_DIR/keydesk`` (or a private folder in the temp dir), 0700 and ours."""
    base = os.environ.get("XDG_RUNTIME_DIR", "")
    if base and os.path.isabs(base) and _private(Path(base)):
        folder = Path(base) / "keydesk"
    else:
        import tempfile

        folder = Path(tempfile.gettempdir()) / f"keydesk-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    if not _private(folder):
        raise InstanceUnavailable(f"{folder} is not a private folder of this user")
    return folder


def _private(folder: Path) -> bool:
    try:
        info = folder.lstat()
    except OSError:
        return False
    import stat

    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


# --- the second launch ----------------------------------------------------------------------


def deliver(point: Endpoint, request: Request, timeout: float = REPLY_TIMEOUT_S) -> Request | None:
    """Send ``request`` to a running instance; its reply, or None when none is running."""
    try:
        conn = _connect(point)
    except (ConnectionRefusedError, FileNotFoundError, InstanceUnavailable):
        return None
    with conn:
        conn.settimeout(timeout)
        message = dict(request)
        if _WINDOWS:
            message["token"] = _read_port_file(point.address)[1]
        conn.sendall(json.dumps(message).encode() + b"\n")
        reply = _read_line(conn)
    if not isinstance(reply, dict):
        raise ConnectionError("the running Keydesk sent no valid reply")
    return reply


def _connect(point: Endpoint) -> socket.socket:
    if _WINDOWS:
        port, _token = _read_port_file(point.address)
        return socket.create_connection(("127.0.0.1", port), timeout=2)
    try:
        owner = point.address.lstat().st_uid
    except FileNotFoundError:
        raise
    if owner != os.getuid():
        raise InstanceUnavailable("the socket belongs to another user")
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(str(point.address))
    except OSError:
        conn.close()
        raise
    return conn


def _read_port_file(path: Path) -> tuple[int, str]:
    try:
        port, token = path.read_text(encoding="ascii").split()
        return int(port), token
    except (OSError, ValueError) as exc:
        raise ConnectionRefusedError(str(exc)) from exc


def _read_line(conn: socket.socket) -> object:
    data = b""
    while not data.endswith(b"\n") and len(data) < MAX_MESSAGE:
        chunk = conn.recv(MAX_MESSAGE)
        if not chunk:
            break
        data += chunk
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


# --- the first instance ---------------------------------------------------------------------


class Listener:
    """The running instance's end. Bound by :func:`claim`; :meth:`serve` answers requests."""

    def __init__(self, point: Endpoint, server: socket.socket, lock: IO[bytes], token: str) -> None:
        self.endpoint = point
        self._server = server
        self._lock = lock
        self._token = token
        self._closed = False

    def serve(self, handler: Handler) -> None:
        """Answer requests on a daemon thread; ``handler(request, reply)`` may reply later."""
        threading.Thread(target=self._accept_loop, args=(handler,), daemon=True).start()

    def _accept_loop(self, handler: Handler) -> None:
        while not self._closed:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return  # closed
            with contextlib.suppress(OSError):
                self._answer(conn, handler)

    def _answer(self, conn: socket.socket, handler: Handler) -> None:
        conn.settimeout(2)
        if not self._peer_allowed(conn):
            conn.close()
            return
        request = _read_line(conn)
        if not self._valid(request):
            _send_and_close(conn, {"ok": False, "error": "bad request"})
            return
        assert isinstance(request, dict)
        request.pop("token", None)
        done = threading.Event()

        def reply(answer: Request) -> None:
            if not done.is_set():
                done.set()
                _send_and_close(conn, answer)

        handler(request, reply)

    def _peer_allowed(self, conn: socket.socket) -> bool:
        if _WINDOWS or not hasattr(socket, "SO_PEERCRED"):
            return True  # the 0700 folder (Unix) or the token (Windows) keeps others out
        raw = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
        uid: int = struct.unpack("3i", raw)[1]
        return uid == os.getuid()

    def _valid(self, request: object) -> bool:
        if not isinstance(request, dict) or request.get("v") != PROTOCOL:
            return False
        if request.get("action") not in {"show", "quick-pick"}:
            return False
        if "filter" in request and not isinstance(request["filter"], str):
            return False
        if _WINDOWS:
            import hmac

            token = request.get("token")
            return isinstance(token, str) and hmac.compare_digest(token, self._token)
        return True

    def close(self) -> None:
        self._closed = True
        with contextlib.suppress(OSError):
            self._server.close()
        with contextlib.suppress(OSError):
            self.endpoint.address.unlink()
        self._lock.close()


def _send_and_close(conn: socket.socket, answer: Request) -> None:
    with contextlib.suppress(OSError):
        conn.sendall(json.dumps(answer).encode() + b"\n")
    conn.close()


def claim(point: Endpoint) -> Listener | None:
    """Become the profile's instance; None when another live one holds it."""
    lock = _try_lock(point.lock)
    if lock is None:
        return None
    try:
        # We hold the lock, so whatever socket is there belongs to a dead instance.
        with contextlib.suppress(FileNotFoundError):
            point.address.unlink()
        server, token = _bind(point)
    except BaseException:
        lock.close()
        raise
    return Listener(point, server, lock, token)


def _bind(point: Endpoint) -> tuple[socket.socket, str]:
    if _WINDOWS:
        import secrets

        token = secrets.token_hex(16)
        server = socket.create_server(("127.0.0.1", 0), backlog=8)
        port = server.getsockname()[1]
        point.address.write_text(f"{port} {token}\n", encoding="ascii")
        return server, token
    token = ""  # Unix: the folder's permissions and the peer check stand in for a token
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old_mask = os.umask(0o177)  # born 0600: no window in which others could connect
    try:
        server.bind(str(point.address))
    finally:
        os.umask(old_mask)
    os.chmod(point.address, 0o600)
    server.listen(8)
    return server, token


def _try_lock(path: Path) -> IO[bytes] | None:
    handle = open(path, "a+b")  # noqa: SIM115 - held open for the life of the instance
    try:
        if _WINDOWS:
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    return handle


def hand_over_or_claim(
    point: Endpoint, request: Request, attempts: int = 50
) -> tuple[Request | None, Listener | None]:
    """Either a running instance's reply, or the listener that makes this process the one.

    Between "no one answers" and "we hold the lock" another launch may be starting: it holds
    the lock but has not bound yet. Then try again for a moment (bounded, never forever).
    """
    for _ in range(attempts):
        reply = deliver(point, request)
        if reply is not None:
            return reply, None
        listener = claim(point)
        if listener is not None:
            return None, listener
        time.sleep(0.02)
    raise InstanceUnavailable("another Keydesk holds this profile but does not answer")
