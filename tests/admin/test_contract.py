"""The client's expectations of each answer (desktop.admin.shapes) against resources/openapi.json,
and what a malformed success does: nothing is settled on it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop.admin import errors
from desktop.admin.shapes import EXPECTED, Arr, Shape, Value, check_answer
from tests.conftest import REPO

SPEC = json.loads((REPO / "resources" / "openapi.json").read_text(encoding="utf-8"))
COMPONENTS = SPEC["components"]["schemas"]


def component(ref: str) -> tuple[str, dict[str, Any]]:
    name = ref.rsplit("/", 1)[-1]
    return name, COMPONENTS[name]


def types_of(prop: dict[str, Any]) -> set[str]:
    if "$ref" in prop:
        return {"object"}
    if "anyOf" in prop:
        return set().union(*(types_of(option) for option in prop["anyOf"]))
    return {prop.get("type", "any")}


def data_schema(method: str, path: str) -> dict[str, Any]:
    operation = SPEC["paths"][path][method.lower()]
    ok = next(code for code in operation["responses"] if code.startswith("2"))
    ref = operation["responses"][ok]["content"]["application/json"]["schema"]["$ref"]
    return component(ref)[1]["properties"]["data"]


def assert_matches(shape: Shape, schema: dict[str, Any], where: str) -> None:
    if isinstance(shape, Value):
        assert shape.type in types_of(schema), f"{where}: the API says {types_of(schema)}"
        return
    if isinstance(shape, Arr):
        assert schema.get("type") == "array", f"{where}: the API does not answer a list"
        assert_matches(shape.items, schema["items"], f"{where}[]")
        return
    name, definition = component(schema["$ref"])
    assert name == shape.schema, (
        f"{where}: the API answers {name}, the client expects {shape.schema}"
    )
    for field_name, inner in shape.fields.items():
        assert field_name in definition.get("required", []), f"{where}.{field_name} is optional"
        assert_matches(inner, definition["properties"][field_name], f"{where}.{field_name}")


@pytest.mark.parametrize(("method", "path"), sorted(EXPECTED))
def test_the_client_expects_only_what_the_api_promises(method: str, path: str) -> None:
    assert path in SPEC["paths"] and method.lower() in SPEC["paths"][path], "no such endpoint"
    assert_matches(EXPECTED[(method, path)], data_schema(method, path), f"{method} {path} data")


def test_every_write_the_outbox_sends_is_checked() -> None:
    from desktop.admin.model import COLLECTIONS
    from desktop.admin.push import AREA_PATHS

    writes = {("PATCH", p) for p in AREA_PATHS.values() if not p.endswith("support_access")}
    writes |= {("PUT", AREA_PATHS["support_access"])}
    for area in ("ip_allowlist", "content_filter"):
        writes |= {("POST", COLLECTIONS[area]), ("PUT", COLLECTIONS[area] + "/x"),
                   ("DELETE", COLLECTIONS[area] + "/x")}  # fmt: skip
    writes |= {("PATCH", "/v1/roles/x"), ("POST", "/v1/operators/x/2fa:reset")}
    for method, path in writes:
        with pytest.raises(errors.MalformedAnswer):
            check_answer(method, path, "xyz", None)


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ("xyz", "data is not an object"),
        ({"version": 2}, "data.etag is missing"),
        ({"version": "2", "etag": "e"}, "data.version is not an integer"),
        ({"version": True, "etag": "e"}, "data.version is not an integer"),
        ({"version": 2, "etag": "e", "entries": "x"}, "data.entries is not an array"),
    ],
)
def test_a_malformed_success_names_what_is_wrong(data: Any, problem: str) -> None:
    with pytest.raises(errors.MalformedAnswer, match=problem) as caught:
        check_answer("PATCH", "/v1/security/ip_allowlist", data, None)
    assert isinstance(caught.value, errors.ServerError)


def test_pages_need_a_total() -> None:
    check_answer("GET", "/v1/operators", [], {"total": 0, "limit": 200, "offset": 0})
    with pytest.raises(errors.MalformedAnswer, match=r"meta\.total"):
        check_answer("GET", "/v1/operators", [], {"total": "lots"})


def test_a_good_answer_passes() -> None:
    entry = {"id": "ip-1", "version": 1, "etag": '"1"', "kind": "cidr", "value": "10.0.0.0/8"}
    check_answer("POST", "/v1/security/ip_allowlist/entries", entry, None)
    check_answer("GET", "/v1/unknown", "anything", None)  # not the outbox's business
