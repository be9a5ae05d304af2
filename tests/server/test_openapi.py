"""resources/openapi.json is current, and the running server honours it (schemathesis)."""

from __future__ import annotations

import json

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import checks

from server.openapi import DEFAULT_PATH, build_spec, render
from tests.server.client import Api

SPEC = schemathesis.openapi.from_path(DEFAULT_PATH)
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.response_headers_conformance,
]


def test_openapi_file_is_current() -> None:
    current = render(build_spec())
    assert DEFAULT_PATH.read_text(encoding="utf-8") == current, (
        "resources/openapi.json is stale: run `keydesk-server --dump-openapi resources/openapi.json`"
    )


def test_every_operation_documents_its_errors() -> None:
    spec = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            responses = operation["responses"]
            assert "422" in responses and "401" in responses, (method, path)
            assert "HTTPValidationError" not in json.dumps(responses)


@SPEC.parametrize()
@settings(
    max_examples=20,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_server_honours_its_schema(case: schemathesis.Case, api: Api) -> None:
    token = api.login("oper1") if case.path == "/v1/auth/logout" else api.token("admin")
    case.call_and_validate(base_url=api.base, headers={"Authorization": token}, checks=CHECKS)
