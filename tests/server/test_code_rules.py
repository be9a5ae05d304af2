"""Security rules of one-time codes: single use, expiry, binding, attempts, delays, TOTP steps."""

from __future__ import annotations

from tests.server.client import Api


def _challenge(api: Api, login: str = "oper1") -> tuple[str, str]:
    answer = api.start_login(login)
    assert answer.status_code == 200, answer.text
    challenge = answer.json()["data"]
    if challenge["method"] == "email":
        return challenge["id"], api.inbox.last_code(api.people[login].email)
    return challenge["id"], ""


def test_email_code_is_single_use(api: Api) -> None:
    challenge_id, code = _challenge(api)
    assert api.verify(challenge_id, code).status_code == 200
    again = api.verify(challenge_id, code)
    assert again.status_code == 410
    assert again.json()["code"] == "challenge_closed"


def test_email_code_expires_after_ten_minutes(api: Api) -> None:
    challenge_id, code = _challenge(api)
    api.clock.advance(599)
    fresh_id, fresh_code = _challenge(api)
    api.clock.advance(2)
    expired = api.verify(challenge_id, code)
    assert expired.status_code == 410
    assert expired.json()["code"] == "challenge_expired"
    assert api.verify(fresh_id, fresh_code).status_code == 200


def test_email_code_is_bound_to_its_challenge(api: Api) -> None:
    first_id, first_code = _challenge(api)
    second_id, second_code = _challenge(api)
    if first_code != second_code:
        assert api.verify(second_id, first_code).status_code == 401
    assert api.verify(first_id, first_code).status_code == 200


def test_codes_are_not_stored_in_clear(api: Api, backend) -> None:  # type: ignore[no-untyped-def]
    import sqlalchemy as sa

    from server.db.schema import challenges

    _challenge_id, code = _challenge(api)
    with backend.services.engine.connect() as conn:
        rows = conn.execute(sa.select(challenges)).mappings().all()
    assert rows and all(code not in str(dict(row)) for row in rows)


def test_five_wrong_codes_kill_the_challenge(api: Api) -> None:
    challenge_id, code = _challenge(api)
    wrong = "000000" if code != "000000" else "111111"
    lefts = []
    for _ in range(5):
        answer = api.verify(challenge_id, wrong)
        assert answer.status_code == 401
        lefts.append(answer.json()["data"]["attempts_left"])
    assert lefts == [4, 3, 2, 1, 0]
    api.clock.advance(3600)  # past any delay: the challenge itself stays dead
    dead = api.verify(challenge_id, code)
    assert dead.status_code == 410
    assert dead.json()["code"] == "challenge_closed"


def test_growing_delays_per_account(api: Api) -> None:
    waits = []
    for _ in range(8):
        answer = api.start_login("oper1", "wrong-password")
        if answer.status_code == 429:
            retry = int(answer.headers["Retry-After"])
            assert answer.json()["code"] == "too_many_attempts"
            waits.append(retry)
            api.clock.advance(retry)
            answer = api.start_login("oper1", "wrong-password")
        assert answer.status_code == 401
    assert waits == sorted(waits) and len(waits) >= 3 and waits[-1] > waits[0]
    # the delay binds the right password too, and other accounts are not affected
    assert api.start_login("oper1").status_code == 429
    assert api.start_login("oper2").status_code == 200


def test_delay_applies_to_code_guessing(api: Api) -> None:
    challenge_id, _code = _challenge(api)
    for _ in range(5):
        api.verify(challenge_id, "999999")
    blocked = api.start_login("oper1")
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) >= 1


def test_success_resets_the_failure_count(api: Api) -> None:
    for _ in range(4):
        api.start_login("oper1", "wrong")
    api.login("oper1")
    for _ in range(4):
        assert api.start_login("oper1", "wrong").status_code == 401


def test_totp_accepts_one_step_either_side(api: Api) -> None:
    api.enroll("oper1")
    for offset, expected in ((-1, 200), (1, 200), (-2, 401), (2, 401)):
        api.clock.advance(90)
        challenge_id, _ = _challenge(api)
        answer = api.verify(challenge_id, api.totp_code("oper1", offset))
        assert answer.status_code == expected, (offset, answer.text)


def test_totp_step_never_accepted_twice(api: Api) -> None:
    api.enroll("oper1")
    api.clock.advance(30)
    code = api.totp_code("oper1")
    first, _ = _challenge(api)
    assert api.verify(first, code).status_code == 200
    second, _ = _challenge(api)
    replay = api.verify(second, code)
    assert replay.status_code == 401
    assert replay.json()["code"] == "invalid_code"
    events = api.data("/v1/audit_events?action=auth.verify&outcome=replayed_code")
    assert len(events) == 1


def test_enrollment_code_from_email_is_checked(api: Api) -> None:
    started = api.call("POST", "/v1/account/2fa/totp:start", as_user="oper1")
    challenge_id = started.json()["data"]["challenge_id"]
    real = api.inbox.last_code("oper1@example.com")
    body = {"challenge_id": challenge_id, "code": "000000" if real != "000000" else "111111"}
    wrong = api.call("POST", "/v1/account/2fa/totp:confirm-email", as_user="oper1", json=body)
    assert wrong.status_code == 401
    api.clock.advance(601)
    body["code"] = real
    late = api.call("POST", "/v1/account/2fa/totp:confirm-email", as_user="oper1", json=body)
    assert late.status_code == 410


def test_policy_requires_authenticator_after_grace(api: Api) -> None:
    etag = api.get("/v1/security/two_factor").headers["ETag"]
    patch = {"required_roles": ["operator"], "grace_hours": 1}
    assert api.write("PATCH", "/v1/security/two_factor", patch, etag=etag).status_code == 200
    token = api.login("oper1")
    assert api.call("GET", "/v1/account", token=token).status_code == 200
    api.clock.advance(3601)
    session = api.verify(*_challenge(api)).json()["data"]
    assert session["user"]["two_factor"]["enrollment_required"] is True
    blocked = api.call("GET", "/v1/security", token=session["token"])
    assert blocked.status_code == 403
    api.tokens["oper1"] = session["token"]
    api.enroll("oper1")
    me = api.data("/v1/account", "oper1")
    assert me["two_factor"] == {**me["two_factor"], "method": "totp", "enrollment_required": False}
    # a required authenticator cannot be switched off
    api.clock.advance(30)
    off = api.call(
        "DELETE", "/v1/account/2fa/totp", as_user="oper1", json={"code": api.totp_code("oper1")}
    )
    assert off.status_code == 409
    assert off.json()["code"] == "totp_required"
