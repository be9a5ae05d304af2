"""The login throttle: atomic under parallel requests, per account and per source address,
gradual delays (never a 15-minute wall), and at most 100 failures in a row per account."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import sqlalchemy as sa

from server.db.engine import make_engine
from server.db.migrations import migrate
from server.db.schema import throttle
from server.store.throttle import ACCOUNT, SOURCE, account_key, source_key
from tests.server.client import Api
from tests.server.conftest import Backend


def _outcomes(api: Api, outcome: str) -> int:
    events = api.data(f"/v1/audit_events?action=auth.login&outcome={outcome}&limit=200")
    return len(events)


def test_parallel_guesses_get_only_the_free_password_checks(api: Api) -> None:
    api.login("admin")  # the audit reader, logged in before the burst
    gate = threading.Barrier(30)
    statuses: list[int] = []

    def guess(index: int) -> None:
        with httpx.Client(base_url=api.base, timeout=60) as client:
            body = {"login": "oper1", "password": f"guess-{index}"}
            gate.wait()
            statuses.append(client.post("/v1/auth/login", json=body).status_code)

    threads = [threading.Thread(target=guess, args=(i,)) for i in range(30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [401] * ACCOUNT.free + [429] * (30 - ACCOUNT.free)
    assert _outcomes(api, "bad_password") == ACCOUNT.free  # Argon2 ran only that often
    assert _outcomes(api, "throttled") == 30 - ACCOUNT.free


def test_a_burst_slows_the_account_but_never_walls_it(api: Api) -> None:
    waits = []
    failures = 0
    while failures < 30:
        answer = api.start_login("oper1", "wrong-password")
        if answer.status_code == 429:
            waits.append(int(answer.headers["Retry-After"]))
            api.clock.advance(waits[-1])
            continue
        assert answer.status_code == 401
        failures += 1
    assert max(waits) <= ACCOUNT.cap
    # the real user, from elsewhere, waits at most a minute and is in
    blocked = api.start_login("oper1", via_proxy=True)
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) <= 60
    api.clock.advance(int(blocked.headers["Retry-After"]))
    assert api.start_login("oper1", via_proxy=True).status_code == 200


def test_one_source_is_limited_across_accounts(api: Api) -> None:
    for index in range(SOURCE.free):
        answer = api.start_login(f"nobody{index}", "wrong")
        assert answer.status_code == 401, answer.text
    refused = api.start_login("never-tried", "wrong")
    assert refused.status_code == 429
    assert refused.json()["code"] == "too_many_attempts"
    assert int(refused.headers["Retry-After"]) == refused.json()["data"]["retry_after"] >= 1
    # the accounts themselves are untouched: from another address the real user logs in
    assert api.start_login("oper1", via_proxy=True).status_code == 200


def test_the_hundredth_failure_in_a_row_holds_the_account_for_a_day(
    api: Api, backend: Backend
) -> None:
    now = api.clock.now().timestamp()
    with backend.services.engine.begin() as conn:
        conn.execute(
            throttle.insert().values(
                key=account_key("oper1"), failures=99, locked_until=now, last_failure_at=now
            )
        )
    assert api.start_login("oper1", "wrong").status_code == 401  # the 100th
    held = api.start_login("oper1", via_proxy=True)
    assert held.status_code == 429
    assert int(held.headers["Retry-After"]) == 24 * 3600
    api.clock.advance(24 * 3600)
    assert api.start_login("oper1", via_proxy=True).status_code == 200


def test_code_checks_count_and_a_login_resets_the_account(api: Api, backend: Backend) -> None:
    answer = api.start_login("oper1")
    challenge = answer.json()["data"]["id"]
    for _ in range(3):
        assert api.verify(challenge, "999999").status_code == 401
    with backend.services.engine.connect() as conn:
        count = conn.execute(
            sa.select(throttle.c.failures).where(throttle.c.key == account_key("oper1"))
        ).scalar()
    assert count == 3
    api.login("oper1")
    with backend.services.engine.connect() as conn:
        rows = conn.execute(sa.select(throttle.c.key, throttle.c.failures)).all()
    assert (account_key("oper1"), 3) not in rows
    assert dict(rows).get(source_key("127.0.0.1")) == 3  # the source keeps its count


def test_schedule_numbers() -> None:
    account = [ACCOUNT.delay(n) for n in range(1, 13)]
    assert account == [0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 60, 60]
    assert ACCOUNT.delay(99) == 60 and ACCOUNT.delay(100) == 24 * 3600
    assert [SOURCE.delay(n) for n in (19, 20, 21, 26, 27, 500)] == [0, 1, 2, 60, 60, 60]
    assert source_key("2001:db8:1:2:3::9") == source_key("2001:db8:1:2:ffff::1")
    assert source_key("::ffff:192.0.2.1") == source_key("192.0.2.1")


def test_old_databases_get_the_new_column(tmp_path: Path) -> None:
    engine = make_engine(str(tmp_path / "old.db"))
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(sa.text("ALTER TABLE throttle DROP COLUMN last_failure_at"))
        conn.execute(sa.text("DELETE FROM schema_version WHERE version >= 3"))
    migrate(engine)
    columns = {c["name"] for c in sa.inspect(engine).get_columns("throttle")}
    assert "last_failure_at" in columns
    engine.dispose()
