"""The seed's flow end to end: e-mail code login, enrollment, TOTP login, disabling."""

from __future__ import annotations

import base64

from tests.server.client import Api


def test_login_with_emailed_code(api: Api) -> None:
    answer = api.start_login("oper1")
    assert answer.status_code == 200
    body = answer.json()
    assert body["status"] == "success"
    challenge = body["data"]
    assert challenge["method"] == "email"
    code = api.inbox.last_code("oper1@example.com")
    assert len(code) == 6
    verified = api.verify(challenge["id"], code)
    assert verified.status_code == 200, verified.text
    session = verified.json()["data"]
    assert session["user"]["login"] == "oper1"
    assert session["user"]["two_factor"]["method"] == "email"
    me = api.call("GET", "/v1/account", token=session["token"])
    assert me.status_code == 200
    assert me.json()["data"]["role"] == "operator"


def test_enrollment_then_totp_login_without_email(api: Api) -> None:
    secret = api.enroll("oper1")
    me = api.data("/v1/account", "oper1")
    assert me["two_factor"]["method"] == "totp"
    api.inbox.clear()
    answer = api.start_login("oper1")
    assert answer.json()["data"]["method"] == "totp"
    assert api.inbox.messages("oper1@example.com") == []
    api.clock.advance(30)
    verified = api.verify(answer.json()["data"]["id"], api.totp_code("oper1"))
    assert verified.status_code == 200, verified.text
    assert verified.json()["data"]["user"]["two_factor"]["method"] == "totp"
    assert len(secret) >= 32


def test_confirm_email_returns_uri_and_qr_png(api: Api) -> None:
    started = api.call("POST", "/v1/account/2fa/totp:start", as_user="oper2")
    code = api.inbox.last_code("oper2@example.com")
    body = {"challenge_id": started.json()["data"]["challenge_id"], "code": code}
    answer = api.call("POST", "/v1/account/2fa/totp:confirm-email", as_user="oper2", json=body)
    data = answer.json()["data"]
    assert data["otpauth_uri"].startswith("otpauth://totp/Keydesk:oper2?")
    assert f"secret={data['secret']}" in data["otpauth_uri"]
    assert base64.b64decode(data["qr_png_base64"]).startswith(b"\x89PNG\r\n\x1a\n")
    # the e-mail code is single use: confirming again fails
    again = api.call("POST", "/v1/account/2fa/totp:confirm-email", as_user="oper2", json=body)
    assert again.status_code == 410


def test_complete_needs_a_valid_app_code(api: Api) -> None:
    started = api.call("POST", "/v1/account/2fa/totp:start", as_user="oper1")
    code = api.inbox.last_code("oper1@example.com")
    body = {"challenge_id": started.json()["data"]["challenge_id"], "code": code}
    api.call("POST", "/v1/account/2fa/totp:confirm-email", as_user="oper1", json=body)
    wrong = api.call(
        "POST", "/v1/account/2fa/totp:complete", as_user="oper1", json={"code": "000000"}
    )
    assert wrong.status_code == 401
    assert wrong.json()["code"] == "invalid_code"
    assert api.data("/v1/account", "oper1")["two_factor"]["method"] == "email"


def test_start_refused_when_already_enrolled(api: Api) -> None:
    api.enroll("oper1")
    answer = api.call("POST", "/v1/account/2fa/totp:start", as_user="oper1")
    assert answer.status_code == 409
    assert answer.json()["code"] == "already_enrolled"


def test_disable_needs_a_current_code(api: Api) -> None:
    api.enroll("oper1")
    wrong = api.call("DELETE", "/v1/account/2fa/totp", as_user="oper1", json={"code": "123456"})
    assert wrong.status_code == 401
    api.clock.advance(30)
    right = api.call(
        "DELETE", "/v1/account/2fa/totp", as_user="oper1", json={"code": api.totp_code("oper1")}
    )
    assert right.status_code == 200, right.text
    assert right.json()["data"]["two_factor"]["method"] == "email"
    assert api.start_login("oper1").json()["data"]["method"] == "email"


def test_wrong_password_and_unknown_user_look_the_same(api: Api) -> None:
    wrong = api.start_login("oper1", "nope")
    unknown = api.start_login("nobody", "nope")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["code"] == unknown.json()["code"] == "invalid_credentials"
    assert wrong.json()["status"] == "error"


def test_logout_revokes_the_token(api: Api) -> None:
    token = api.login("oper1")
    assert api.call("GET", "/v1/account", token=token).status_code == 200
    assert api.call("POST", "/v1/auth/logout", token=token).status_code == 200
    after = api.call("GET", "/v1/account", token=token)
    assert after.status_code == 401
    assert after.json()["code"] == "unauthorized"


def test_tokens_expire(api: Api) -> None:
    token = api.login("oper1")
    api.clock.advance(12 * 3600 + 1)
    assert api.call("GET", "/v1/account", token=token).status_code == 401


def test_no_token_and_bad_token(api: Api) -> None:
    assert api.call("GET", "/v1/account").status_code == 401
    assert api.call("GET", "/v1/account", token="made-up").status_code == 401


def test_operators_cannot_reach_admin_resources(api: Api) -> None:
    answer = api.get("/v1/security", as_user="oper1")
    assert answer.status_code == 403
    assert answer.json()["code"] == "forbidden"


def test_nul_characters_are_refused(api: Api) -> None:
    answer = api.start_login("oper1", "pass\x00word")
    assert answer.status_code == 422
    assert answer.json()["code"] == "invalid_request"
