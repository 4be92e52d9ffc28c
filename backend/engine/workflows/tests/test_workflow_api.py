"""Workflow definitions over the API: build, validate, publish, version, diff, export/import, init."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
import yaml
from django_tenants.utils import schema_context

from conftest import error_of
from engine.workflows.samples import SAMPLE_CHANNELS, SAMPLES
from integrations.notifications.models import NotificationChannel

pytestmark = pytest.mark.django_db

DIRECTORY = {
    "roles": [{"code": "approver", "name": "A"}, {"code": "ops", "name": "O"}, {"code": "hr", "name": "H"}],
    "departments": [
        {"code": "it", "name": "IT", "leader": "lead", "approver": "lead"},
        {"code": "it-ops", "name": "Ops", "parent": "it", "leader": "lead", "approver": "lead"},
    ],
    "users": [
        {"username": "lead", "departments": ["it", "it-ops"], "roles": ["approver"]},
        {"username": "carol", "departments": ["it-ops"], "roles": ["approver", "hr"]},
        {"username": "bob", "departments": ["it-ops"], "roles": ["ops"]},
    ],
}


@pytest.fixture
def admin(admin):
    """conftest's admin, who has synced DIRECTORY; the notification channels the samples name exist."""
    response = admin.post("/api/v1/directory/sync", DIRECTORY, content_type="application/json")
    assert response.status_code == 200, response.content
    with schema_context("it"):
        for code in SAMPLE_CHANNELS:  # the samples' notification rules name them
            NotificationChannel.objects.create(code=code, name=code, kind="email", is_active=False)
    return admin


def _create(client, key="leave", name="Leave", **extra):
    response = client.post(
        "/api/v1/workflows", {"key": key, "name": name, **extra}, content_type="application/json"
    )
    assert response.status_code == 201, response.content
    return response.json()


def _put_draft(client, workflow_id, document, etag=None):
    if etag is None:
        etag = client.get(f"/api/v1/workflows/{workflow_id}/draft")["ETag"]
    return client.put(
        f"/api/v1/workflows/{workflow_id}/draft",
        {"document": document},
        content_type="application/json",
        HTTP_IF_MATCH=etag,
    )


def _publish(client, workflow_id):
    return client.post(f"/api/v1/workflows/{workflow_id}/publish", {}, content_type="application/json")


def _sample(index: int) -> dict[str, Any]:
    return SAMPLES[index]("it")


def _publish_sub_processes(client: Any, sample: dict[str, Any]) -> None:
    """Publish the samples a sample's sub-processes name (`order` files `order-item` tickets)."""
    named = {
        state["subprocess"]["workflow"] for state in sample["document"]["states"] if "subprocess" in state
    }
    for other in (build("it") for build in SAMPLES):
        if other["key"] in named:
            assert _publish(client, _build_and_validate(client, other)["id"]).status_code == 200


def _build_and_validate(client: Any, sample: dict[str, Any]) -> dict[str, Any]:
    """The sample created and its document saved as the draft, which validates cleanly."""
    _publish_sub_processes(client, sample)
    workflow = _create(client, key=sample["key"], name=sample["name"], category=sample["category"])
    assert workflow["draft_version"] == 1
    assert workflow["current_version"] is None
    saved = _put_draft(client, workflow["id"], sample["document"])
    assert saved.status_code == 200, saved.content
    validation = client.post(f"/api/v1/workflows/{workflow['id']}/validate", content_type="application/json")
    assert {key: validation.json()[key] for key in ("valid", "problems")} == {"valid": True, "problems": []}
    assert all(warning["severity"] == "warning" for warning in validation.json()["warnings"])
    return workflow


@pytest.mark.parametrize("index", range(len(SAMPLES)))
def test_admin_builds_validates_and_publishes_each_sample(admin, index):
    workflow = _build_and_validate(admin, _sample(index))
    published = _publish(admin, workflow["id"])
    assert published.status_code == 200, published.content
    assert published.json()["status"] == "published"
    assert published.json()["number"] == 1
    after = admin.get(f"/api/v1/workflows/{workflow['id']}").json()
    assert after["current_version"] == 1
    assert after["draft_version"] == 2


@pytest.mark.parametrize("fmt", ["json", "yaml"])
@pytest.mark.parametrize("index", range(len(SAMPLES)))
def test_each_published_sample_exports_as_json_and_yaml(admin, index, fmt):
    sample = _sample(index)
    workflow = _build_and_validate(admin, sample)
    assert _publish(admin, workflow["id"]).status_code == 200
    exported = admin.get(f"/api/v1/workflows/{workflow['id']}/export?format={fmt}&version=1")
    assert exported.status_code == 200
    assert exported["Content-Disposition"].endswith(f'v1.{fmt}"')
    data = json.loads(exported.content) if fmt == "json" else yaml.safe_load(exported.content)
    assert data["workflow"]["key"] == sample["key"]
    assert data["definition"]["states"][0]["key"] == sample["document"]["states"][0]["key"]


def test_stale_or_missing_if_match_changes_nothing(admin):
    workflow = _create(admin)
    draft = admin.get(f"/api/v1/workflows/{workflow['id']}/draft")
    etag = draft["ETag"]
    document = draft.json()["document"]
    document["serial_prefix"] = "LV"

    missing = admin.put(
        f"/api/v1/workflows/{workflow['id']}/draft", {"document": document}, content_type="application/json"
    )
    assert missing.status_code == 428
    assert error_of(missing)["code"] == "precondition_required"

    first = _put_draft(admin, workflow["id"], document, etag)
    assert first.status_code == 200
    assert first["ETag"] != etag

    document["serial_prefix"] = "XX"
    stale = _put_draft(admin, workflow["id"], document, etag)
    assert stale.status_code == 412
    assert error_of(stale)["details"]["current_etag"] == first["ETag"]
    assert admin.get(f"/api/v1/workflows/{workflow['id']}/draft").json()["document"]["serial_prefix"] == "LV"


def test_invalid_document_shape_is_422_and_changes_nothing(admin):
    workflow = _create(admin)
    before = admin.get(f"/api/v1/workflows/{workflow['id']}/draft")
    bad = copy.deepcopy(before.json()["document"])
    bad["states"][0]["type"] = "sideways"
    response = _put_draft(admin, workflow["id"], bad, before["ETag"])
    assert response.status_code == 422
    assert any("states" in problem["field"] for problem in error_of(response)["details"])
    assert admin.get(f"/api/v1/workflows/{workflow['id']}/draft")["ETag"] == before["ETag"]


def test_publishing_an_invalid_draft_reports_every_problem_and_publishes_nothing(admin):
    workflow = _create(admin)
    document = _sample(0)["document"]
    document["states"] = [state for state in document["states"] if state["key"] != "approved"]
    document["states"][1]["participant"] = {"kind": "users", "users": ["ghost"]}
    assert _put_draft(admin, workflow["id"], document).status_code == 200

    response = _publish(admin, workflow["id"])
    assert response.status_code == 422
    error = error_of(response)
    assert error["code"] == "invalid_definition"
    codes = {problem["code"] for problem in error["details"]}
    assert {"unknown_state", "unknown_user"} <= codes
    assert all(problem["path"] for problem in error["details"])
    versions = admin.get(f"/api/v1/workflows/{workflow['id']}/versions").json()
    assert [v["status"] for v in versions] == ["draft"]


def test_published_versions_are_immutable_and_new_drafts_follow(admin):
    workflow = _create(admin)
    assert _put_draft(admin, workflow["id"], _sample(0)["document"]).status_code == 200
    assert _publish(admin, workflow["id"]).status_code == 200
    v1 = admin.get(f"/api/v1/workflows/{workflow['id']}/versions/1").json()

    document = admin.get(f"/api/v1/workflows/{workflow['id']}/draft").json()["document"]
    document["fields"][2]["label"] = "Number of days"
    assert _put_draft(admin, workflow["id"], document).status_code == 200
    assert admin.get(f"/api/v1/workflows/{workflow['id']}/versions/1").json() == v1

    assert admin.put(f"/api/v1/workflows/{workflow['id']}/versions/1", {}).status_code == 405
    with schema_context("it"):
        from engine.workflows.models import WorkflowVersion

        version = WorkflowVersion.objects.get(workflow_id=workflow["id"], number=1)
        version.document = {"tampered": True}
        with pytest.raises(ValueError, match="immutable"):
            version.save()

    assert _publish(admin, workflow["id"]).status_code == 200
    statuses = {
        v["number"]: v["status"] for v in admin.get(f"/api/v1/workflows/{workflow['id']}/versions").json()
    }
    assert statuses == {1: "archived", 2: "published", 3: "draft"}

    diff = admin.get(f"/api/v1/workflows/{workflow['id']}/diff?from=1&to=2").json()
    assert diff["from_version"] == 1
    assert diff["changes"] == [
        {"op": "changed", "path": "fields.days.label", "before": "Days", "after": "Number of days"}
    ]


def test_archive_retires_the_published_version(admin):
    workflow = _create(admin)
    assert _publish(admin, workflow["id"]).status_code == 200
    assert admin.get(f"/api/v1/workflows/{workflow['id']}/init").status_code == 200
    archived = admin.post(f"/api/v1/workflows/{workflow['id']}/versions/1/archive")
    assert archived.json()["status"] == "archived"
    assert error_of(admin.get(f"/api/v1/workflows/{workflow['id']}/init"))["code"] == "not_published"
    draft = admin.post(f"/api/v1/workflows/{workflow['id']}/versions/2/archive")
    assert draft.status_code == 409


def test_clone_and_duplicate_keys(admin):
    workflow = _create(admin)
    assert _put_draft(admin, workflow["id"], _sample(0)["document"]).status_code == 200
    clone = admin.post(
        f"/api/v1/workflows/{workflow['id']}/clone",
        {"key": "leave-copy", "name": "Copy"},
        content_type="application/json",
    )
    assert clone.status_code == 201
    copied = admin.get(f"/api/v1/workflows/{clone.json()['id']}/draft").json()["document"]
    assert copied == admin.get(f"/api/v1/workflows/{workflow['id']}/draft").json()["document"]
    again = admin.post(
        f"/api/v1/workflows/{workflow['id']}/clone",
        {"key": "leave-copy", "name": "Copy"},
        content_type="application/json",
    )
    assert again.status_code == 409
    assert (
        admin.post(
            "/api/v1/workflows", {"key": "leave", "name": "x"}, content_type="application/json"
        ).status_code
        == 409
    )


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_export_import_round_trip_between_tenants(admin, login, fmt):
    workflow = _create(admin, key="release", name="Release")
    assert _put_draft(admin, workflow["id"], _sample(2)["document"]).status_code == 200
    exported = admin.get(f"/api/v1/workflows/{workflow['id']}/export?format={fmt}")
    content_type = "application/json" if fmt == "json" else "application/yaml"

    hr = login("hr", "hr-boss", admin=True)
    imported = hr.post("/api/v1/workflows/import", exported.content, content_type=content_type)
    assert imported.status_code == 201, imported.content
    again = hr.get(f"/api/v1/workflows/{imported.json()['id']}/export?format={fmt}")
    assert again.content == exported.content.replace(b'"version": 1', b'"version": 1')

    duplicate = hr.post("/api/v1/workflows/import", exported.content, content_type=content_type)
    assert duplicate.status_code == 409
    replaced = hr.post(
        "/api/v1/workflows/import?replace_draft=true", exported.content, content_type=content_type
    )
    assert replaced.status_code == 201


def test_import_refuses_bad_files(admin):
    bad_yaml = admin.post("/api/v1/workflows/import", b"a: [1, 2", content_type="application/yaml")
    assert bad_yaml.status_code == 400
    unsupported = admin.post("/api/v1/workflows/import", b"<xml/>", content_type="application/xml")
    assert unsupported.status_code == 422
    invalid = admin.post(
        "/api/v1/workflows/import",
        {
            "loonflow": 1,
            "workflow": {"key": "x1", "name": "X", "description": "", "category": ""},
            "definition": {"states": [{"key": "s", "name": "S", "type": "weird"}]},
        },
        content_type="application/json",
    )
    assert invalid.status_code == 422
    with schema_context("it"):
        from engine.workflows.models import Workflow

        assert not Workflow.objects.exists()


def test_ordinary_users_use_but_do_not_manage(admin, login):
    workflow = _create(admin)
    assert _put_draft(admin, workflow["id"], _sample(0)["document"]).status_code == 200
    assert _publish(admin, workflow["id"]).status_code == 200
    unpublished = _create(admin, key="secret", name="Secret")

    alice = login("it", "alice")
    listed = alice.get("/api/v1/workflows").json()
    assert [w["key"] for w in listed] == ["leave"]
    assert listed[0]["can_manage"] is False
    assert listed[0]["draft_etag"] is None
    assert alice.get(f"/api/v1/workflows/{unpublished['id']}").status_code == 404
    assert alice.get(f"/api/v1/workflows/{workflow['id']}/draft").status_code == 403
    assert (
        alice.post(
            "/api/v1/workflows", {"key": "mine", "name": "M"}, content_type="application/json"
        ).status_code
        == 403
    )
    assert _publish(alice, workflow["id"]).status_code == 403

    init = alice.get(f"/api/v1/workflows/{workflow['id']}/init").json()
    assert init["can_create"] is True
    assert init["start_state"] == {"key": "draft", "name": "Draft"}
    assert [f["field"]["key"] for f in init["fields"]] == ["leave_type", "start_date", "days", "reason"]
    assert {f["field"]["key"]: f["permission"] for f in init["fields"]}["reason"] == "optional"
    assert [t["key"] for t in init["transitions"]] == ["submit"]


def test_workflow_admins_manage_only_their_workflow(admin, login):
    client = login("it", "wfadmin")
    with schema_context("it"):
        from core.access.models import User

        wfadmin_id = User.objects.get(username="wfadmin").pk
    workflow = _create(admin, admin_ids=[wfadmin_id])
    assert workflow["admin_ids"] == [wfadmin_id]
    other = _create(admin, key="other", name="Other")
    assert client.get(f"/api/v1/workflows/{workflow['id']}/draft").status_code == 200
    assert _publish(client, workflow["id"]).status_code == 200
    assert client.get(f"/api/v1/workflows/{other['id']}/draft").status_code == 404
    created = client.post("/api/v1/workflows", {"key": "new", "name": "N"}, content_type="application/json")
    assert created.status_code == 403
    unknown = admin.patch(
        f"/api/v1/workflows/{workflow['id']}", {"admin_ids": [999999]}, content_type="application/json"
    )
    assert unknown.status_code == 422


def test_workflows_are_per_tenant(admin, login):
    workflow = _create(admin)
    hr = login("hr", "hr-admin", admin=True)
    assert hr.get(f"/api/v1/workflows/{workflow['id']}").status_code == 404
    assert hr.get("/api/v1/workflows").json() == []


def test_workflow_quota(admin, tenant_it):
    tenant_it.max_workflows = 1
    tenant_it.save()
    _create(admin)
    response = admin.post("/api/v1/workflows", {"key": "two", "name": "Two"}, content_type="application/json")
    assert response.status_code == 429
    assert error_of(response)["code"] == "quota_exceeded"


def test_bad_keys_and_payloads_are_422(admin):
    for payload in ({"key": "Bad Key", "name": "x"}, {"key": "ok"}, {"key": "ok", "name": ""}, {"name": "x"}):
        response = admin.post("/api/v1/workflows", payload, content_type="application/json")
        assert response.status_code == 422, payload


def test_list_query_count_is_constant(admin):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert admin.get("/api/v1/workflows").status_code == 200
        return len(queries.captured_queries)

    for index in range(3):
        _create(admin, key=f"wf{index}", name=f"W{index}")
    small = count_queries()
    for index in range(3, 12):
        _create(admin, key=f"wf{index}", name=f"W{index}")
    assert count_queries() == small <= 12


def test_get_query_count_is_bounded(admin):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    workflow = _create(admin)
    assert _publish(admin, workflow["id"]).status_code == 200
    for path in ("", "/draft", "/versions", "/versions/1", "/init"):
        with CaptureQueriesContext(connection) as queries:
            assert admin.get(f"/api/v1/workflows/{workflow['id']}{path}").status_code == 200
        assert len(queries.captured_queries) <= 12, (path, len(queries.captured_queries))


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/api/v1/workflows"),
        ("get", "/api/v1/workflows/{id}"),
        ("get", "/api/v1/workflows/{id}/draft"),
        ("put", "/api/v1/workflows/{id}/draft"),
        ("post", "/api/v1/workflows/{id}/publish"),
        ("get", "/api/v1/workflows/{id}/export"),
        ("get", "/api/v1/workflows/{id}/init"),
        ("post", "/api/v1/workflows/{id}/clone"),
    ],
)
def test_a_session_from_it_is_worthless_on_hr(admin, client_for, method, path):
    workflow = _create(admin)
    hr = client_for("hr")
    hr.cookies = admin.cookies
    response = getattr(hr, method)(path.format(id=workflow["id"]), {}, content_type="application/json")
    assert response.status_code == 401
    assert b"leave" not in response.content


def test_a_workflow_with_tickets_cannot_be_deleted(login):
    from engine.tickets.models import Ticket
    from engine.tickets.services import ticket_create
    from engine.workflows.tests.factories import LEAVE, seed_samples, user_principal

    admin = login("it", "boss", admin=True)
    with schema_context("it"):
        leave = seed_samples()["leave"]
        ticket_create(workflow=leave, principal=user_principal("alice"), values=LEAVE, transition="submit")
    response = admin.delete(f"/api/v1/workflows/{leave.pk}")
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "workflow_in_use"
    with schema_context("it"):
        assert Ticket.objects.filter(workflow=leave).count() == 1
