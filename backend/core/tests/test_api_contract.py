"""What tests/test_api_fuzz.py found where the OpenAPI documents and the code disagreed.

Each test sends the request the fuzzer reported and asserts the answer the schema promises.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from django_tenants.utils import schema_context

from config.api import platform_api, tenant_api
from conftest import error_of
from core.access.models import App, User
from engine.workflows.models import WorkflowVersion

pytestmark = pytest.mark.django_db


def _post(client: Any, path: str, raw: str) -> Any:
    return client.post(path, raw, content_type="application/json")


@pytest.mark.parametrize(
    ("path", "body", "model"),
    [
        ("/api/v1/users", {"username": "zero", "is_tenant_admin": 0}, User),
        ("/api/v1/apps", {"name": "zero", "require_signature": "yes"}, App),
    ],
)
def test_a_number_or_word_for_a_boolean_is_refused(
    world: dict[str, Any],
    path: str,
    body: dict[str, Any],
    model: Any,
) -> None:
    """pydantic's lax mode read 0 / "yes" as booleans; the schema says `boolean`."""
    with schema_context("it"):
        before = model.objects.count()
    response = _post(world["client"], path, json.dumps(body))
    assert response.status_code == 422, response.content
    with schema_context("it"):
        assert model.objects.count() == before


@pytest.mark.parametrize("raw", ["[null, null]", "null", "3", '"text"'])
def test_a_body_that_is_not_an_object_is_refused(world: dict[str, Any], raw: str) -> None:
    """`[null, null]` was read as an empty directory payload and answered 200."""
    response = _post(world["client"], "/api/v1/directory/sync", raw)
    assert response.status_code == 400, response.content
    assert error_of(response)["code"] == "malformed_request"


def test_an_optional_body_may_be_left_out(world: dict[str, Any]) -> None:
    """An empty body was a 400 "not valid JSON" although publish's body is optional."""
    workflow = world["workflows"]["leave"]
    with schema_context("it"):
        versions = WorkflowVersion.objects.filter(workflow=workflow).count()
    response = _post(world["client"], f"/api/v1/workflows/{workflow.pk}/validate", "")
    assert response.status_code == 200, response.content
    assert response.json()["valid"] is True
    with schema_context("it"):
        assert WorkflowVersion.objects.filter(workflow=workflow).count() == versions


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("created_before=0", "created_before"),  # a number was read as Unix time
        ("status=bogus", "status"),
        ("view=everything", "view"),
        ("field=no-colon", "field"),
        ("limit=0", "limit"),
        ("limit=201", "limit"),
    ],
)
def test_ticket_list_filters_refuse_what_the_schema_refuses(
    world: dict[str, Any],
    query: str,
    param: str,
) -> None:
    response = world["client"].get(f"/api/v1/tickets?{query}")
    assert response.status_code == 422, response.content
    assert any(param in problem["loc"] for problem in error_of(response)["details"]), response.content


def test_every_operation_documents_the_one_error_body() -> None:
    """The fuzzer found 183 answers with undocumented statuses: now every operation lists its errors."""
    for api, prefix in ((tenant_api, "/api/v1/"), (platform_api, "/api/v1/platform/")):
        schema = api.get_openapi_schema(path_prefix=prefix)
        assert "ErrorOut" in schema["components"]["schemas"]
        for path, operations in schema["paths"].items():
            for method, operation in operations.items():
                codes = {int(code) for code in operation["responses"]}
                assert 422 in codes, (method, path)
                if operation.get("security"):
                    assert {401, 403} <= codes, (method, path)
                if "{" in path:
                    assert 404 in codes, (method, path)
                if "requestBody" in operation:
                    assert {400, 413} <= codes, (method, path)
    draft = tenant_api.get_openapi_schema(path_prefix="/api/v1/")["paths"][
        "/api/v1/workflows/{workflow_id}/draft"
    ]
    assert {412, 428} <= {int(code) for code in draft["put"]["responses"]}
    created = tenant_api.get_openapi_schema(path_prefix="/api/v1/")["paths"]["/api/v1/tickets"]["post"]
    assert 404 in {int(code) for code in created["responses"]}  # workflow_id in the body


def test_an_empty_upload_is_refused_as_its_schema_says(world: dict[str, Any]) -> None:
    """Django drops a zero-byte file, so the upload has none: the schema now asks for minLength 1."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    body = tenant_api.get_openapi_schema(path_prefix="/api/v1/")["paths"]["/api/v1/attachments"]["post"]
    file_schema = body["requestBody"]["content"]["multipart/form-data"]["schema"]["properties"]["file"]
    assert file_schema["minLength"] == 1
    upload = SimpleUploadedFile("empty.txt", b"", content_type="text/plain")
    response = world["client"].post("/api/v1/attachments", {"file": upload})
    assert response.status_code == 422, response.content


@pytest.mark.parametrize(
    ("moment", "ok"),
    [
        ("0953-09-09T17:03:03.53405+20:59", True),  # an offset PostgreSQL refuses: was a 500
        ("2026-01-01T00:00:00-23:59", True),
        ("0001-01-01T00:00:00+05:00", False),  # before year 1 in UTC
        ("9999-12-31T23:59:59-05:00", False),  # after year 9999 in UTC
    ],
)
def test_ticket_list_dates_with_any_iso_offset(world: dict[str, Any], moment: str, ok: bool) -> None:
    for name in ("created_before", "created_after"):
        response = world["client"].get("/api/v1/tickets", {"view": "all", name: moment})
        assert response.status_code == (200 if ok else 422), response.content
        if not ok:
            assert [problem["field"] for problem in error_of(response)["details"]] == [f"query.{name}"]


def test_a_blank_body_is_not_an_absent_one(world: dict[str, Any]) -> None:
    """Whitespace is not JSON: `\\r` as a directory sync body answered 200 with an empty sync."""
    response = _post(world["client"], "/api/v1/directory/sync", "\r")
    assert response.status_code == 400, response.content
    assert error_of(response)["code"] == "malformed_request"
