"""Over the API: tenant regexes run in linear time (RE2), and publishing refuses what cannot run.

A hostile (or careless) tenant admin writes `^(a+)+$`, any user sends "a"*n + "!": under Python's
backtracking `re` each extra character doubled the time of a request and stalled the worker for
everyone. Publishing also refuses patterns RE2 cannot run, and notification rules or scripts naming
a channel or script that does not exist.
"""

from __future__ import annotations

import copy
import time
from typing import Any

import pytest
from django_tenants.utils import schema_context

from conftest import error_of
from engine.tickets.models import Ticket
from engine.workflows.models import WorkflowVersion

pytestmark = pytest.mark.django_db

DOCUMENT: dict[str, Any] = {
    "fields": [
        {"key": "code", "label": "Code", "type": "string", "required": False},
    ],
    "states": [
        {"key": "start", "name": "Start", "type": "start"},
        {"key": "done", "name": "Done", "type": "end"},
    ],
    "transitions": [{"key": "submit", "name": "Submit", "source": "start", "target": "done"}],
}


def _document(**changes: Any) -> dict[str, Any]:
    document = copy.deepcopy(DOCUMENT)
    document.update(changes)
    return document


def _with_regex(regex: str) -> dict[str, Any]:
    document = _document()
    document["fields"][0]["validation"] = {"regex": regex}
    return document


def _workflow_with(client: Any, document: dict[str, Any], key: str = "codes") -> int:
    created = client.post("/api/v1/workflows", {"key": key, "name": key}, content_type="application/json")
    assert created.status_code == 201, created.content
    workflow_id = created.json()["id"]
    etag = client.get(f"/api/v1/workflows/{workflow_id}/draft")["ETag"]
    saved = client.put(
        f"/api/v1/workflows/{workflow_id}/draft",
        {"document": document},
        content_type="application/json",
        HTTP_IF_MATCH=etag,
    )
    assert saved.status_code == 200, saved.content
    return workflow_id


def _publish(client: Any, workflow_id: int) -> Any:
    return client.post(f"/api/v1/workflows/{workflow_id}/publish", {}, content_type="application/json")


def _create_ticket(client: Any, workflow_id: int, code: str) -> Any:
    return client.post(
        "/api/v1/tickets",
        {"workflow_id": workflow_id, "fields": {"code": code}, "transition": "submit"},
        content_type="application/json",
    )


def _paths(response: Any) -> list[tuple[str, str]]:
    error = error_of(response)
    assert error["code"] == "invalid_definition"
    return [(problem["code"], problem["path"]) for problem in error["details"]]


def test_catastrophic_pattern_answers_at_once_with_a_422(admin, login):
    workflow_id = _workflow_with(admin, _with_regex(r"^(a+)+$"))
    assert _publish(admin, workflow_id).status_code == 200
    user = login("it", "mallory")

    started = time.perf_counter()
    refused = _create_ticket(user, workflow_id, "a" * 5000 + "!")
    elapsed = time.perf_counter() - started

    assert refused.status_code == 422, refused.content
    [problem] = error_of(refused)["details"]
    assert (problem["field"], problem["type"]) == ("fields.code", "invalid_value")
    # `re` needed ~10 s at 28 characters, doubling with each one; 5,001 would never finish.
    assert elapsed < 1
    assert _create_ticket(user, workflow_id, "a" * 5000).status_code == 201
    with schema_context("it"):
        assert Ticket.objects.count() == 1


@pytest.mark.parametrize(
    ("regex", "words"),
    [(r"^(\w+) \1$", "backreferences"), (r"(?=.*\d)\w+", "lookahead"), (r"a++", "possessive")],
)
def test_publish_refuses_what_re2_cannot_run_with_the_element_path(admin, regex, words):
    workflow_id = _workflow_with(admin, _with_regex(regex))
    checked = admin.post(f"/api/v1/workflows/{workflow_id}/validate", content_type="application/json")
    assert checked.json()["valid"] is False
    assert [problem["path"] for problem in checked.json()["problems"]] == ["fields.0.validation.regex"]

    refused = _publish(admin, workflow_id)
    assert refused.status_code == 422
    assert _paths(refused) == [("invalid_validation", "fields.0.validation.regex")]
    assert words in error_of(refused)["details"][0]["message"]
    with schema_context("it"):
        assert not WorkflowVersion.objects.filter(status=WorkflowVersion.Status.PUBLISHED).exists()


def test_a_version_published_before_re2_fails_closed_with_a_clear_422(admin, login):
    workflow_id = _workflow_with(admin, _with_regex(r"[a-z0-9]+"))
    assert _publish(admin, workflow_id).status_code == 200
    with schema_context("it"):  # as if published when `re` was the engine: a lookahead
        published = WorkflowVersion.objects.filter(status=WorkflowVersion.Status.PUBLISHED)
        document = published.get().document
        document["fields"][0]["validation"]["regex"] = r"(?=.*[0-9])[a-z0-9]+"
        published.update(document=document)  # past the model's immutability guard, on purpose
    user = login("it", "alice")

    refused = _create_ticket(user, workflow_id, "abc1")
    assert refused.status_code == 422, refused.content
    [problem] = error_of(refused)["details"]
    assert problem["field"] == "fields.code"
    assert "publish a new version" in problem["message"]
    with schema_context("it"):
        assert not Ticket.objects.exists()
    # The field is optional: tickets that leave it empty still go through.
    assert _create_ticket(user, workflow_id, "").status_code == 201


def test_unknown_channel_and_scripts_block_publishing_until_they_exist(admin):
    document = _document(notifications=[{"events": ["created"], "channel": "ops-robot"}])
    document["states"][0]["scripts"] = ["stamp"]
    document["transitions"][0]["scripts"] = ["archive"]
    workflow_id = _workflow_with(admin, document)

    refused = _publish(admin, workflow_id)
    assert refused.status_code == 422
    assert _paths(refused) == [
        ("unknown_script", "states.0.scripts.0"),
        ("unknown_script", "transitions.0.scripts.0"),
        ("unknown_channel", "notifications.0.channel"),
    ]
    with schema_context("it"):
        assert not WorkflowVersion.objects.filter(status=WorkflowVersion.Status.PUBLISHED).exists()

    channel = {"code": "ops-robot", "name": "Ops", "kind": "webhook", "config": {"url": "https://x.test/h"}}
    assert (
        admin.post("/api/v1/notification-channels", channel, content_type="application/json").status_code
        == 201
    )
    for code in ("stamp", "archive"):
        script = {"code": code, "name": code, "source": "print('{}')\n"}
        assert admin.post("/api/v1/scripts", script, content_type="application/json").status_code == 201
    # A switched-off script still counts: the admin may turn it back on.
    scripts = {row["code"]: row["id"] for row in admin.get("/api/v1/scripts").json()}
    off = admin.patch(
        f"/api/v1/scripts/{scripts['stamp']}", {"is_active": False}, content_type="application/json"
    )
    assert off.status_code == 200
    assert _publish(admin, workflow_id).status_code == 200
