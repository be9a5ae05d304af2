"""Weakening edits wait for an online re-confirmation with a fresh code; a self-lockout edit
comes back with the server's refusal, clearly."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path
from typing import IO

from desktop.admin.model import Op, OutboxItem, Status
from desktop.admin.service import AdminService
from desktop.admin.session import TokenStore
from desktop.admin.sync import CONFIRM_WINDOW
from desktop.admin.weakening import describe, weakening_of
from tests.admin.serverproc import ServerProcess, _command


def _service(home: Path, server: ServerProcess, login: str = "admin", **kw: object) -> AdminService:
    service = AdminService(home, tokens=TokenStore(None), **kw)  # type: ignore[arg-type]
    seen = server.mails()
    pending = service.begin_login(server.url, login, server.passwords[login])
    service.finish_login(pending, server.email_code(login, seen))
    return service


def _relogin(service: AdminService, server: ServerProcess, login: str = "admin") -> None:
    seen = server.mails()
    pending = service.begin_login(server.url, login, server.passwords[login])
    service.finish_login(pending, server.email_code(login, seen))


def test_weakening_edits_wait_for_a_fresh_code(
    module_server: ServerProcess, tmp_path: Path
) -> None:
    now = [time.time()]
    service = _service(tmp_path / "a", module_server, clock=lambda: now[0])
    editor = service.editor
    editor.add_ip("127.0.0.0/8", name="loopback")
    editor.add_ip("192.0.2.0/24", name="to remove")
    editor.patch_two_factor({"default_method": "totp", "required_roles": ["operator"]})
    assert service.sync().clean
    entry = next(
        e for e in service.store.entries("ip_allowlist") if e.document["name"] == "to remove"
    )

    held = [
        editor.grant_support(2, "vendor debugging", "SUP-7"),
        editor.patch_two_factor({"default_method": "email"}),
        editor.patch_two_factor({"required_roles": []}),
        editor.remove_ip(entry.id),
    ]
    fine = editor.patch_content_filter({"attachments": {"max_size_mb": 10}})
    assert all(i.status is Status.HELD for i in held) and fine.status is Status.PENDING
    assert "support" in describe(held[0].weakening)
    report = service.sync()
    assert report.pushed == 1 and service.status()["held"] == 4
    server = service.client().get("/v1/security").data
    assert not server["support_access"]["active"]
    assert server["two_factor"]["default_method"] == "totp"

    _relogin(service, module_server)  # the fresh code
    now[0] += CONFIRM_WINDOW + 60  # ...but too long ago: held again, nothing goes out
    report = service.sync()
    assert report.pushed == 0 and report.remaining == 4 and report.held >= 1
    _relogin(service, module_server)
    report = service.sync()
    assert report.clean and report.pushed == 4
    server = service.client().get("/v1/security").data
    assert server["support_access"]["active"] and server["two_factor"]["required_roles"] == []
    assert entry.id not in {e["id"] for e in server["ip_allowlist"]["entries"]}
    editor.revoke_support()
    assert service.sync().clean


def test_self_lockout_is_refused_clearly(module_server: ServerProcess, tmp_path: Path) -> None:
    service = _service(tmp_path / "b", module_server, login="admin2")
    assert service.sync().clean
    for entry in service.store.entries("ip_allowlist"):
        if entry.document.get("name") == "loopback":
            service.editor.remove_ip(entry.id)
    service.editor.add_ip("10.99.0.0/16", name="elsewhere")
    item = service.editor.set_allowlist_enabled(True)
    assert item.status is Status.HELD and "allowlist" in describe(item.weakening)
    _relogin(service, module_server, "admin2")
    report = service.sync()
    assert report.rejected == 1
    assert "block your own address 127.0.0.1" in report.rejections[0]
    refused = service.store.item(item.id)
    assert refused is not None and refused.status is Status.REJECTED
    assert "127.0.0.1" in (refused.last_error or "")
    assert service.client().get("/v1/security/ip_allowlist").data["enabled"] is False
    service.discard(item.id)
    assert service.status()["rejected"] == 0


def test_weakening_classification() -> None:
    def code(item: OutboxItem, before: dict, siblings: list | None = None) -> str | None:
        return weakening_of(item, before, siblings or [])

    policy = {"default_method": "totp", "required_roles": ["admin"], "grace_hours": 10,
              "email_code": {"ttl_seconds": 300, "max_attempts": 3},
              "totp": {"digits": 8, "period": 30, "algorithm": "SHA256"}}  # fmt: skip
    patch = lambda p: OutboxItem("two_factor", Op.PATCH, p)  # noqa: E731
    assert code(patch({"grace_hours": 5}), policy) is None
    assert code(patch({"grace_hours": 50}), policy) == "two_factor_longer_grace"
    assert code(patch({"totp": {"digits": 6}}), policy) == "totp_fewer_digits"
    assert code(patch({"totp": {"algorithm": "SHA1"}}), policy) == "totp_weaker_algorithm"
    assert code(patch({"totp": {"algorithm": "SHA512"}}), policy) is None
    assert code(patch({"email_code": {"max_attempts": 5}}), policy) == "email_code_more_attempts"
    assert code(patch({"required_roles": ["admin", "operator"]}), policy) is None
    only = {"id": "a", "kind": "cidr", "value": "10.0.0.0/8", "is_active": True}
    remove = OutboxItem("ip_allowlist/a", Op.REMOVE, {})
    assert code(remove, only, [only]) == "allowlist_entry_removed,allowlist_emptied"
    wider = OutboxItem("ip_allowlist/a", Op.UPDATE, {**only, "value": "10.0.0.0/7"})
    narrower = OutboxItem("ip_allowlist/a", Op.UPDATE, {**only, "value": "10.1.0.0/16"})
    assert code(wider, only, [only]) is None
    assert code(narrower, only, [only]) == "allowlist_entry_narrowed"
    assert code(OutboxItem("support_access", Op.SUPPORT, {"enabled": False}), {}) is None
    reset = OutboxItem("operators/u1", Op.RESET_2FA, {})
    assert code(reset, {"login": "oper1", "two_factor_method": "totp"}) == "operator_2fa_reset"
    assert code(reset, {"login": "oper1", "two_factor_method": "email"}) is None


def test_reconfirm_on_the_current_token_releases_held_edits(
    module_server: ServerProcess, tmp_path: Path
) -> None:
    """The step-up call instead of a full login: POST /v1/auth/reconfirm with a mailed code."""
    service = _service(tmp_path / "r", module_server)
    token = service.tokens.get(service.settings.server_url, "admin")
    held = service.editor.grant_support(1, "vendor debugging", "SUP-9")
    assert held.status is Status.HELD
    seen = module_server.mails()
    offer = service.request_reconfirm()
    assert offer.method == "email" and offer.code_sent
    done = service.reconfirm(module_server.email_code("admin", seen))
    assert done.confirmed_until
    assert service.tokens.get(service.settings.server_url, "admin") == token  # no new login
    assert service.sync().pushed == 1
    assert service.client().get("/v1/security/support_access").data["active"] is True
    service.editor.revoke_support()  # leave the shared server as it was (no step-up needed)
    assert service.sync().pushed == 1


class ClockedServer(ServerProcess):
    """The demo server reading its time from a file, so a test can age the admin's token."""

    def __init__(self, workdir: Path) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        super().__init__(workdir)
        self.clock_file = workdir / "clock"
        self.set_clock(time.time())

    def set_clock(self, epoch: float) -> None:
        temporary = self.clock_file.with_suffix(".tmp")
        temporary.write_text(repr(epoch))
        temporary.replace(self.clock_file)

    def _spawn(self, first: bool, log: IO[str]) -> None:
        self.proc = subprocess.Popen(
            [*_command(), "--db", str(self.db), "--mail-dir", str(self.mail_dir),
             "--port", str(self.port), "--demo", "--log-level", "warning",
             "--fake-clock", str(self.clock_file)],
            stdout=log, stderr=log, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )  # fmt: skip


def test_a_step_up_the_server_no_longer_honours_holds_the_edit_again(tmp_path: Path) -> None:
    server = ClockedServer(tmp_path / "srv")
    server.start()
    try:
        service = _service(tmp_path / "c", server)
        held = service.editor.grant_support(1, "vendor debugging", "SUP-11")
        _relogin(service, server)  # released on the desktop...
        server.set_clock(time.time() + 301)  # ...but the server's 5 minutes are over
        report = service.sync()
        assert report.pushed == 0 and report.held == 1
        assert service.store.item(held.id).status is Status.HELD
        seen = server.mails()
        service.request_reconfirm()
        service.reconfirm(server.email_code("admin", seen))
        assert service.sync().pushed == 1
        assert service.client().get("/v1/security/support_access").data["active"] is True
    finally:
        server.stop()
