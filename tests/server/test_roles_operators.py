"""Permissions catalogue, roles, operators and 2FA reset."""

from __future__ import annotations

from tests.server.client import Api

SECTIONS = {
    "dialogs",
    "clients",
    "broadcasts",
    "chatbots",
    "templates",
    "tags",
    "reports",
    "channels",
    "operators",
    "settings",
    "api",
    "security",
    "audit",
}


def test_catalog_covers_the_service_sections(api: Api) -> None:
    catalog = api.data("/v1/permissions/catalog")
    assert {section["id"] for section in catalog} == SECTIONS
    assert all(section["functions"] for section in catalog)


def test_builtin_roles(api: Api) -> None:
    roles = {role["id"]: role for role in api.data("/v1/roles")}
    assert set(roles) == {"admin", "supervisor", "operator"}
    assert roles["admin"]["editable"] is False
    assert roles["operator"]["permissions"]["dialogs"]["reply"] is True
    assert roles["operator"]["permissions"]["clients"]["export"] is False
    assert set(roles["supervisor"]["permissions"]) == SECTIONS


def test_custom_role_with_client_id_and_merge_patch(api: Api) -> None:
    body = {"name": "Night shift", "permissions": {"dialogs": {"reply": True}}}
    created = api.write("PUT", "/v1/roles/night-shift", body)
    assert created.status_code == 201, created.text
    role = created.json()["data"]
    assert role["kind"] == "custom" and role["permissions"]["dialogs"]["reply"] is True
    assert role["permissions"]["clients"]["view"] is False
    patch = {"permissions": {"clients": {"view": True}}}
    patched = api.write("PATCH", "/v1/roles/night-shift", patch, etag=created.headers["ETag"])
    assert patched.status_code == 200
    permissions = patched.json()["data"]["permissions"]
    assert permissions["clients"]["view"] is True and permissions["dialogs"]["reply"] is True
    stale = api.write("PATCH", "/v1/roles/night-shift", patch, etag=created.headers["ETag"])
    assert stale.status_code == 412


def test_role_rules(api: Api) -> None:
    locked = api.write("PATCH", "/v1/roles/admin", {"name": "Boss"})
    assert locked.status_code == 403
    assert locked.json()["code"] == "role_not_editable"
    unknown = api.write(
        "PUT", "/v1/roles/x", {"name": "X", "permissions": {"kitchen": {"a": True}}}
    )
    assert unknown.status_code == 422
    assert api.write("PATCH", "/v1/roles/none", {"name": "Y"}).status_code == 404
    ok = api.write("PATCH", "/v1/roles/operator", {"permissions": {"clients": {"export": True}}})
    assert ok.status_code == 200


def test_operators_list_with_two_factor_method(api: Api) -> None:
    api.enroll("oper2")
    answer = api.get("/v1/operators?role=operator")
    listed = {op["login"]: op for op in answer.json()["data"]}
    assert answer.json()["meta"]["total"] == 2
    assert listed["oper1"]["two_factor_method"] == "email"
    assert listed["oper2"]["two_factor_method"] == "totp"
    assert listed["oper2"]["totp_enrolled_at"]


def test_admin_resets_an_operators_two_factor(api: Api) -> None:
    api.enroll("oper1")
    operator_token = api.tokens["oper1"]
    target = next(op for op in api.data("/v1/operators") if op["login"] == "oper1")
    path = f"/v1/operators/{target['id']}/2fa:reset"
    assert api.write("POST", path, etag='"nope"').status_code == 412
    answer = api.write("POST", path, etag=target["etag"])
    assert answer.status_code == 200, answer.text
    assert answer.json()["data"]["two_factor_method"] == "email"
    assert api.call("GET", "/v1/account", token=operator_token).status_code == 401
    assert api.start_login("oper1").json()["data"]["method"] == "email"


def test_only_admins_reset(api: Api) -> None:
    target = api.people["oper1"].user_id
    answer = api.write("POST", f"/v1/operators/{target}/2fa:reset", as_user="super1")
    assert answer.status_code == 403
