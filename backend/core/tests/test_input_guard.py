"""NUL characters and lone surrogates, in any input, are a 422 naming the field, never a 500.

PostgreSQL refuses U+0000 in text and jsonb, and a lone surrogate cannot be encoded to UTF-8: before
core.input_guard, each of these requests reached a query and answered 500.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django_tenants.utils import schema_context

from conftest import PASSWORD, error_of
from core.access.models import User
from core.directory.models import Role
from core.tests.factories import send
from engine.tickets.models import FlowLog, Ticket
from engine.workflows.models import Workflow, WorkflowVersion
from engine.workflows.tests.factories import LEAVE

pytestmark = pytest.mark.django_db

NUL = "\u0000"


def _refused(response: Any, loc: list[str]) -> None:
    assert response.status_code == 422, response.content
    error = error_of(response)
    assert error["code"] == "validation_failed"
    assert [problem["loc"] for problem in error["details"]] == [loc], error
    assert error["details"][0]["type"] == "invalid_character"
    assert error["details"][0]["field"] == ".".join(loc[1:])


def _row_counts() -> tuple[int, ...]:
    """How many workflows, roles, users and workflow versions tenant `it` has."""
    with schema_context("it"):
        return tuple(model.objects.count() for model in (Workflow, Role, User, WorkflowVersion))


@pytest.mark.parametrize(
    ("path", "param"),
    [
        ("/api/v1/tickets?title=a%00b", "title"),
        ("/api/v1/tickets?serial=%00", "serial"),
        ("/api/v1/tickets?state=%00", "state"),
        ("/api/v1/tickets?field=reason:%00", "field"),
        ("/api/v1/users?q=%00", "q"),
        ("/api/v1/workflows?q=x%00", "q"),
        ("/api/v1/notifications?status=%00", "status"),
    ],
)
def test_nul_in_a_list_filter_is_422_naming_the_parameter(
    world: dict[str, Any], path: str, param: str
) -> None:
    _refused(world["client"].get(path), ["query", param])


def test_nul_in_a_path_parameter_is_422_naming_it(world: dict[str, Any]) -> None:
    _refused(world["client"].get("/api/v1/workflows/1%00"), ["path", "workflow_id"])


def test_nul_in_a_comment_writes_nothing(world: dict[str, Any]) -> None:
    client = world["client"]
    created = send(
        client, "post", "/api/v1/tickets", {"workflow_id": world["workflows"]["leave"].pk, "fields": LEAVE}
    )
    assert created.status_code == 201, created.content
    ticket_id = created.json()["id"]
    with schema_context("it"):
        logs = FlowLog.objects.count()
    response = send(client, "post", f"/api/v1/tickets/{ticket_id}/comments", {"comment": f"hi{NUL}there"})
    _refused(response, ["body", "comment"])
    # A literal backslash-u0000 (escaped backslash) is ordinary text, not a NUL.
    kept = send(client, "post", f"/api/v1/tickets/{ticket_id}/comments", '{"comment": "\\\\u0000 is fine"}')
    assert kept.status_code == 201, kept.content
    with schema_context("it"):
        assert FlowLog.objects.count() == logs + 1


@pytest.mark.parametrize(
    ("fields", "loc"),
    [
        ({**LEAVE, "reason": f"x{NUL}"}, ["body", "fields", "reason"]),
        ({**LEAVE, f"re{NUL}ason": "x"}, ["body", "fields", "re\\u0000ason"]),
        ({**LEAVE, "extra": [{"deep": ["ok", f"{NUL}"]}]}, ["body", "fields", "extra", "0", "deep", "1"]),
        ({**LEAVE, "reason": "\ud800"}, ["body", "fields", "reason"]),
    ],
)
def test_nul_or_lone_surrogate_in_nested_json_writes_nothing(
    world: dict[str, Any], fields: dict[str, Any], loc: list[str]
) -> None:
    body = {"workflow_id": world["workflows"]["leave"].pk, "fields": fields}
    _refused(send(world["client"], "post", "/api/v1/tickets", body), loc)
    with schema_context("it"):
        assert not Ticket.objects.exists()


def test_nul_in_names_writes_nothing(world: dict[str, Any]) -> None:
    client = world["client"]
    workflow = world["workflows"]["leave"]
    cases = [
        ("post", "/api/v1/workflows", {"key": "nul-flow", "name": f"a{NUL}"}, ["body", "name"]),
        ("patch", f"/api/v1/workflows/{workflow.pk}", {"name": f"a{NUL}"}, ["body", "name"]),
        ("post", "/api/v1/roles", {"code": "nul", "name": f"{NUL}"}, ["body", "name"]),
        ("post", "/api/v1/users", {"username": f"nul{NUL}"}, ["body", "username"]),
        ("post", "/api/v1/users", {"username": "nul", "display_name": f"{NUL}"}, ["body", "display_name"]),
        ("post", f"/api/v1/workflows/{workflow.pk}/publish", {"comment": f"v2{NUL}"}, ["body", "comment"]),
        ("post", "/api/v1/auth/login", {"username": f"alice{NUL}", "password": "x"}, ["body", "username"]),
    ]
    before = _row_counts()
    for method, path, body, loc in cases:
        _refused(send(client, method, path, body), loc)
    assert _row_counts() == before
    with schema_context("it"):
        assert Workflow.objects.get(pk=workflow.pk).name == workflow.name


def test_other_control_characters_and_paired_surrogates_are_plain_text(world: dict[str, Any]) -> None:
    response = send(
        world["client"], "post", "/api/v1/roles", {"code": "ctl", "name": "a\u0001b\u001f\U0001f600"}
    )
    assert response.status_code == 201, response.content
    assert response.json()["name"] == "a\u0001b\u001f\U0001f600"


def test_nul_in_a_form_field_is_422_and_file_names_never_keep_one(world: dict[str, Any]) -> None:
    client = world["client"]
    # Django's multipart parser already drops a NUL from a file name; the guard checks it again.
    upload = SimpleUploadedFile(f"a{NUL}.txt", b"contents \x00 are bytes", content_type="text/plain")
    response = client.post("/api/v1/attachments", {"file": upload})
    assert response.status_code in {201, 422}, response.content
    assert NUL not in response.json().get("name", "")
    upload = SimpleUploadedFile("a.txt", b"x", content_type="text/plain")
    _refused(client.post("/api/v1/attachments", {"file": upload, "note": f"x{NUL}"}), ["form", "note"])
    # NUL bytes inside the file are data, not text: accepted.
    upload = SimpleUploadedFile("a.bin", b"\x00\x01\x00", content_type="application/octet-stream")
    assert client.post("/api/v1/attachments", {"file": upload}).status_code == 201


def test_nul_in_a_header_is_422(world: dict[str, Any]) -> None:
    response = world["client"].get("/api/v1/me", HTTP_X_ACTING_USER=f"bob{NUL}")
    _refused(response, ["header", "X-Acting-User"])


def test_nul_on_the_platform_api_writes_nothing(db: None, client_for: Callable[..., Client]) -> None:
    from tenants.models import Tenant

    call_command("create_platform_admin", "root", password=PASSWORD, verbosity=0)
    client = client_for("public")
    login = send(client, "post", "/api/v1/platform/auth/login", {"username": "root", "password": PASSWORD})
    assert login.status_code == 200, login.content
    tenants = Tenant.objects.count()
    response = send(client, "post", "/api/v1/platform/tenants", {"key": "nulco", "name": f"Nul{NUL}Co"})
    _refused(response, ["body", "name"])
    assert Tenant.objects.count() == tenants


def test_a_body_django_cannot_parse_is_left_to_the_view(world: dict[str, Any]) -> None:
    """A multipart body without a boundary made the guard itself raise (found by the fuzzer): the
    request then got Django's bare 400 instead of the API's own answer."""
    response = world["client"].post("/api/v1/attachments", b"x", content_type="multipart/form-data")
    assert response.status_code == 422, response.content
    assert [problem["loc"] for problem in error_of(response)["details"]] == [["file", "file"]]


def _nested(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels - 1):
        value = [value]
    return value


@pytest.mark.parametrize(
    "raw",
    [
        # Past the json module's own recursion limit: was a RecursionError, a 500.
        '{"title": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"title": ' + "[" * 100_000 + '"\\u0000"' + "]" * 100_000 + "}",  # with a NUL deep inside
        # Parsed, but deeper than any document the API takes.
        json.dumps({"workflow_id": 1, "fields": {"reason": _nested(70)}}),
    ],
)
def test_deep_json_is_refused_with_its_reason(world: dict[str, Any], raw: str) -> None:
    with schema_context("it"):
        before = Ticket.objects.count()
    response = world["client"].post("/api/v1/tickets", raw, content_type="application/json")
    assert response.status_code == 400, response.content[:300]
    error = error_of(response)
    assert error["code"] == "malformed_request"
    assert error["message"] == "The body is nested more than 64 levels deep."
    assert error["details"][0]["loc"] == ["body"]
    with schema_context("it"):
        assert Ticket.objects.count() == before


def test_a_document_nested_within_the_limit_is_parsed() -> None:
    from core.ninja_api import MAX_JSON_DEPTH, json_too_deep

    assert not json_too_deep({"a": _nested(MAX_JSON_DEPTH - 1)})
    assert json_too_deep({"a": _nested(MAX_JSON_DEPTH + 1)})
