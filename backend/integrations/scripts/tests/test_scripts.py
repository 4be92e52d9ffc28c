"""Scripts: administration over HTTP (tenant admins, syntax-checked uploads), runs made for state
and transition events, results applied to the ticket, and failures (a runaway loop, a bad result,
an unknown code) reported in the flow log and retried by hand."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from conftest import error_of
from core.access.auth import Principal
from core.access.models import User
from engine.tickets import tasks as outbox
from engine.tickets.models import FlowLog, OutboxEvent, Ticket
from engine.tickets.services import ticket_create
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow
from engine.workflows.services import workflow_create, workflow_publish
from integrations.scripts import tasks as script_tasks
from integrations.scripts.models import Script, ScriptRun
from integrations.scripts.sandbox import ScriptLimits

pytestmark = pytest.mark.django_db

STAMP = """\
import json, sys
ticket = json.load(sys.stdin)
print(json.dumps({"fields": {"stamped_by": ticket["creator"]}}))
"""

ROUTE = """\
import json, sys
ticket = json.load(sys.stdin)
if ticket["values"].get("amount", 0) > 100:
    print(json.dumps({"fields": {"priority": "high"}, "transition": "escalate"}))
else:
    print("{}")
"""

SPIN = "while True:\n    pass\n"
BOGUS = 'print(\'{"transition": "no_such_transition"}\')\n'


def _workflow(*, state_scripts: list[str], key: str = "spend") -> Workflow:
    document = {
        "serial_prefix": "SP",
        "fields": [
            {"key": "amount", "label": "Amount", "type": "int"},
            {"key": "priority", "label": "Priority", "type": "string", "required": False},
            {"key": "stamped_by", "label": "Stamped by", "type": "string", "required": False},
        ],
        "states": [
            {"key": "start", "name": "Start", "type": "start"},
            {
                "key": "triage",
                "name": "Triage",
                "participant": {"kind": "users", "users": ["lead"]},
                "scripts": state_scripts,
            },
            {"key": "done", "name": "Done", "type": "end"},
            {"key": "escalated", "name": "Escalated", "type": "end"},
        ],
        "transitions": [
            {"key": "submit", "name": "Submit", "source": "start", "target": "triage", "scripts": ["stamp"]},
            {"key": "approve", "name": "Approve", "source": "triage", "target": "done"},
            {"key": "escalate", "name": "Escalate", "source": "triage", "target": "escalated"},
        ],
    }
    workflow = workflow_create(key=key, name=key, document=WorkflowDocument.model_validate(document))
    workflow_publish(workflow=workflow, actor=None)
    return workflow


def _upload(admin: Any, code: str, source: str) -> dict[str, Any]:
    response = admin.post(
        "/api/v1/scripts",
        {"code": code, "name": code.title(), "source": source},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    return response.json()


def _submit(workflow: Workflow, amount: int) -> Ticket:
    alice = Principal(user=User.objects.get(username="alice"))
    ticket = ticket_create(workflow=workflow, principal=alice, values={"amount": amount}, transition="submit")
    pending = OutboxEvent.objects.filter(ticket=ticket, processed_at=None).order_by("pk")
    for event_id in pending.values_list("pk", flat=True):
        outbox.process_event.fn(event_id)
    return ticket


def _run(ticket: Ticket, code: str) -> ScriptRun:
    run = ScriptRun.objects.get(ticket=ticket, script__code=code)
    script_tasks.run_script_job.fn(run.pk)
    run.refresh_from_db()
    return run


def _log(ticket: Ticket, action: str) -> list[FlowLog]:
    return list(FlowLog.objects.filter(ticket=ticket, action=action).order_by("pk"))


def test_scripts_set_fields_and_pick_a_transition(world):
    admin = world
    _upload(admin, "stamp", STAMP)
    route = _upload(admin, "route", ROUTE)
    workflow = _workflow(state_scripts=["route"])
    big, small = _submit(workflow, 500), _submit(workflow, 5)
    # The transition's script and the entered state's script, once each per ticket.
    runs = ScriptRun.objects.filter(ticket=big).order_by("script__code")
    assert [(run.script.code, run.state_key, run.state_entry, run.status) for run in runs] == [
        ("route", "triage", 2, "pending"),
        ("stamp", "triage", 2, "pending"),
    ]

    stamp = _run(big, "stamp")
    assert (stamp.status, stamp.outcome, stamp.attempts, stamp.last_error) == ("succeeded", "ok", 1, "")
    assert stamp.result == {"fields": {"stamped_by": "alice"}, "transition": None}
    moved = _run(big, "route")
    assert moved.status == "succeeded"
    assert moved.duration_ms > 0
    big.refresh_from_db()
    assert (big.state_key, big.status) == ("escalated", "finished")
    assert big.values == {"amount": 500, "priority": "high", "stamped_by": "alice"}
    logged = [(log.to_state, log.transition_key, log.changed_fields) for log in _log(big, "script")]
    assert logged == [
        ("triage", "", {"stamped_by": "alice"}),
        ("escalated", "escalate", {"priority": "high"}),
    ]
    script_tasks.run_script_job.fn(moved.pk)  # a repeated message runs nothing twice
    assert len(_log(big, "script")) == 2

    assert _run(small, "route").status == "succeeded"  # printed {}: nothing to change
    small.refresh_from_db()
    assert (small.state_key, small.values) == ("triage", {"amount": 5})
    late = _run(small, "stamp")  # its visit is still on: applied
    assert late.status == "succeeded"

    first = admin.get(f"/api/v1/scripts/{route['id']}/runs?limit=1")
    assert first.status_code == 200, first.content
    page = first.json()
    assert [item["ticket_serial"] for item in page["items"]] == [small.serial]
    second = admin.get(f"/api/v1/scripts/{route['id']}/runs?limit=1&cursor={page['next_cursor']}").json()
    assert [item["ticket_id"] for item in second["items"]] == [big.pk]
    assert second["items"][0]["result"] == {"fields": {"priority": "high"}, "transition": "escalate"}
    assert second["next_cursor"] is None
    assert admin.get(f"/api/v1/scripts/{route['id']}/runs?cursor=garbage").status_code == 400


def test_a_runaway_script_is_stopped_and_failures_are_noted_then_retried(world, monkeypatch, login):
    monkeypatch.setattr(script_tasks, "LIMITS", ScriptLimits(cpu_seconds=1, wall_seconds=3))
    admin = world
    _upload(admin, "stamp", STAMP)
    _upload(admin, "spin", SPIN)
    _upload(admin, "bogus", BOGUS)
    idle = _upload(admin, "idle", "print('{}')\n")
    admin.patch(f"/api/v1/scripts/{idle['id']}", {"is_active": False}, content_type="application/json")
    missing = _upload(admin, "missing", "print('{}')\n")
    workflow = _workflow(state_scripts=["spin", "bogus", "missing", "idle"])
    # Deleted after publishing (publishing refuses an unknown script): noted at run time.
    assert admin.delete(f"/api/v1/scripts/{missing['id']}").status_code == 204
    ticket = _submit(workflow, 10)
    assert sorted(ScriptRun.objects.filter(ticket=ticket).values_list("script__code", flat=True)) == [
        "bogus",
        "spin",
        "stamp",
    ]
    [unknown] = _log(ticket, "script_failed")
    assert "unknown script 'missing'" in unknown.comment

    spin = _run(ticket, "spin")
    assert spin.status == "failed"
    assert spin.outcome in {"cpu_limit", "timeout"}
    assert spin.duration_ms < 10_000
    assert spin.last_error
    bogus = _run(ticket, "bogus")
    assert bogus.status == "failed"
    assert "no_such_transition" in bogus.last_error
    notes = [log.comment for log in _log(ticket, "script_failed")]
    assert any("'spin' failed" in note for note in notes)
    assert any("'bogus' was not applied" in note for note in notes)
    ticket.refresh_from_db()
    assert (ticket.state_key, ticket.status) == ("triage", "in_progress")

    retry = f"/api/v1/tickets/{ticket.pk}/retry-hook"
    assert login("it", "bob").post(retry).status_code == 403
    retried = admin.post(retry)
    assert retried.status_code == 200, retried.content
    assert retried.json() == {"hook_calls": [], "script_runs": sorted([spin.pk, bogus.pk])}
    spin.refresh_from_db()
    assert (spin.status, spin.attempts) == ("pending", 0)


def test_script_administration_is_checked_and_for_admins_only(world, login):
    admin = world
    bob = login("it", "bob")
    body = {"code": "broken", "name": "Broken", "source": "x = 1\nif x:\nprint(x)\n"}
    broken = admin.post("/api/v1/scripts", body, content_type="application/json")
    assert broken.status_code == 422
    error = error_of(broken)
    assert error["code"] == "syntax_error"
    assert "line 3" in error["message"]
    assert error["details"][0]["line"] == 3
    assert not Script.objects.exists()
    nul = admin.post("/api/v1/scripts", {**body, "source": "x = '\x00'\n"}, content_type="application/json")
    assert nul.status_code == 422
    huge = admin.post(
        "/api/v1/scripts", {**body, "source": "#" * (100 * 1024 + 1)}, content_type="application/json"
    )
    assert huge.status_code == 422

    created = _upload(admin, "stamp", STAMP)
    assert created["source"] == STAMP
    assert (
        admin.post(
            "/api/v1/scripts", {**body, "code": "stamp", "source": "pass"}, content_type="application/json"
        ).status_code
        == 409
    )
    path = f"/api/v1/scripts/{created['id']}"
    patched = admin.patch(path, {"source": "def f(:\n"}, content_type="application/json")
    assert patched.status_code == 422
    assert admin.get(path).json()["source"] == STAMP
    renamed = admin.patch(path, {"name": "Stamp it", "is_active": False}, content_type="application/json")
    assert (renamed.json()["name"], renamed.json()["is_active"]) == ("Stamp it", False)
    listed = admin.get("/api/v1/scripts").json()
    assert [(item["code"], "source" in item) for item in listed] == [("stamp", False)]

    for method, url in [("get", "/api/v1/scripts"), ("get", path), ("delete", path), ("get", f"{path}/runs")]:
        response = getattr(bob, method)(url)
        assert response.status_code == 403, (method, url)
        error_of(response)
    assert bob.post("/api/v1/scripts", body, content_type="application/json").status_code == 403

    assert admin.delete(path).status_code == 204
    assert admin.get(path).status_code == 404


def test_the_sweep_resends_lost_runs_and_fails_stalled_ones(world, monkeypatch):
    sent: list[int] = []
    monkeypatch.setattr(script_tasks.run_script_job, "send", lambda run_id: sent.append(run_id))
    _upload(world, "stamp", STAMP)
    _upload(world, "route", ROUTE)
    ticket = _submit(_workflow(state_scripts=["route"]), 5)
    lost, stalled = (ScriptRun.objects.get(ticket=ticket, script__code=code) for code in ("stamp", "route"))
    now = timezone.now()
    ScriptRun.objects.filter(pk=stalled.pk).update(
        status="running", next_attempt_at=now - timedelta(seconds=1)
    )
    later = now + timedelta(minutes=5)
    assert script_tasks.sweep_script_runs(now=later) == 1
    assert sent == [lost.pk]
    stalled.refresh_from_db()
    assert (stalled.status, stalled.next_attempt_at) == ("failed", None)
    assert any("worker stopped" in log.comment for log in _log(ticket, "script_failed"))
    assert script_tasks.sweep_script_runs(now=later) == 0


def test_where_isolation_is_unavailable_runs_fail_unless_the_platform_allows_the_weaker_mode(
    world, settings, tmp_path
):
    admin = world
    _upload(admin, "stamp", STAMP)
    settings.SCRIPTS_BWRAP_PATH = str(tmp_path / "no-bwrap")  # as on a host without bubblewrap
    ticket = _submit(_workflow(state_scripts=[]), 10)

    refused = _run(ticket, "stamp")
    assert (refused.status, refused.outcome) == ("failed", "unavailable")
    assert refused.last_error.startswith("script isolation unavailable: ")
    [note] = _log(ticket, "script_failed")
    assert "script isolation unavailable" in note.comment
    ticket.refresh_from_db()
    assert "stamped_by" not in ticket.values

    settings.SCRIPTS_ALLOW_UNISOLATED = True
    admin.post(f"/api/v1/tickets/{ticket.pk}/retry-hook")
    allowed = _run(ticket, "stamp")
    assert (allowed.status, allowed.outcome) == ("succeeded", "ok")
    ticket.refresh_from_db()
    assert ticket.values["stamped_by"] == "alice"
