"""Scripts: administration over HTTP (tenant admins, syntax-checked uploads), runs made for state
and transition events, results applied to the ticket, and failures (a runaway loop, a bad result,
an unknown code) reported in the flow log and retried by hand."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import error_of
from integrations.scripts import tasks as script_tasks
from integrations.scripts.models import Script, ScriptRun
from integrations.scripts.tests.factories import (
    ROUTE,
    STAMP,
    run_job,
    spend_workflow,
    submit,
    upload,
)
from integrations.tests.factories import flow_log

pytestmark = pytest.mark.django_db


# ---- runs and their results -------------------------------------------------------------------------


def test_the_transitions_and_the_entered_states_scripts_run_once_each_per_ticket(routed):
    runs = ScriptRun.objects.filter(ticket=routed["big"]).order_by("script__code")
    assert [(run.script.code, run.state_key, run.state_entry, run.status) for run in runs] == [
        ("route", "triage", 2, "pending"),
        ("stamp", "triage", 2, "pending"),
    ]


def test_scripts_set_fields_and_pick_a_transition(routed):
    big = routed["big"]
    stamp = run_job(big, "stamp")
    assert (stamp.status, stamp.outcome, stamp.attempts, stamp.last_error) == ("succeeded", "ok", 1, "")
    assert stamp.result == {"fields": {"stamped_by": "alice"}, "transition": None}
    moved = run_job(big, "route")
    assert moved.status == "succeeded"
    assert moved.duration_ms > 0
    big.refresh_from_db()
    assert (big.state_key, big.status) == ("escalated", "finished")
    assert big.values == {"amount": 500, "priority": "high", "stamped_by": "alice"}
    logged = [(log.to_state, log.transition_key, log.changed_fields) for log in flow_log(big, "script")]
    assert logged == [
        ("triage", "", {"stamped_by": "alice"}),
        ("escalated", "escalate", {"priority": "high"}),
    ]
    assert [log.field_changes for log in flow_log(big, "script")] == [
        [{"field": "stamped_by", "old": None, "new": "alice"}],
        [{"field": "priority", "old": None, "new": "high"}],
    ]
    script_tasks.run_script_job.fn(moved.pk)  # a repeated message runs nothing twice
    assert len(flow_log(big, "script")) == 2


def test_a_script_that_prints_nothing_changes_nothing(routed):
    big, small = routed["big"], routed["small"]
    run_job(big, "stamp")
    run_job(big, "route")
    assert run_job(small, "route").status == "succeeded"  # printed {}: nothing to change
    small.refresh_from_db()
    assert (small.state_key, small.values) == ("triage", {"amount": 5})
    late = run_job(small, "stamp")  # its visit is still on: applied
    assert late.status == "succeeded"


def test_a_scripts_runs_are_listed_newest_first(routed):
    admin, route, big, small = routed["admin"], routed["route"], routed["big"], routed["small"]
    run_job(big, "route")
    run_job(small, "route")
    first = admin.get(f"/api/v1/scripts/{route['id']}/runs?limit=1")
    assert first.status_code == 200, first.content
    page = first.json()
    assert [item["ticket_serial"] for item in page["items"]] == [small.serial]
    second = admin.get(f"/api/v1/scripts/{route['id']}/runs?limit=1&cursor={page['next_cursor']}").json()
    assert [item["ticket_id"] for item in second["items"]] == [big.pk]
    assert second["items"][0]["result"] == {"fields": {"priority": "high"}, "transition": "escalate"}
    assert second["next_cursor"] is None
    assert admin.get(f"/api/v1/scripts/{route['id']}/runs?cursor=garbage").status_code == 400


# ---- failures -------------------------------------------------------------------------------------------


def test_runs_are_made_for_active_scripts_and_an_unknown_one_is_noted(failing):
    assert sorted(ScriptRun.objects.filter(ticket=failing).values_list("script__code", flat=True)) == [
        "bogus",
        "spin",
        "stamp",
    ]
    [unknown] = flow_log(failing, "script_failed")
    assert "unknown script 'missing'" in unknown.comment


def test_a_runaway_script_is_stopped_and_failures_are_noted(failing):
    spin = run_job(failing, "spin")
    assert spin.status == "failed"
    assert spin.outcome in {"cpu_limit", "timeout"}
    assert spin.duration_ms < 10_000
    assert spin.last_error
    bogus = run_job(failing, "bogus")
    assert bogus.status == "failed"
    assert "no_such_transition" in bogus.last_error
    notes = [log.comment for log in flow_log(failing, "script_failed")]
    assert any("'spin' failed" in note for note in notes)
    assert any("'bogus' was not applied" in note for note in notes)
    failing.refresh_from_db()
    assert (failing.state_key, failing.status) == ("triage", "in_progress")


def test_failed_runs_are_retried_by_an_admin(failing, world, login):
    spin, bogus = run_job(failing, "spin"), run_job(failing, "bogus")
    retry = f"/api/v1/tickets/{failing.pk}/retry-hook"
    assert login("it", "bob").post(retry).status_code == 403
    retried = world.post(retry)
    assert retried.status_code == 200, retried.content
    assert retried.json() == {"hook_calls": [], "script_runs": sorted([spin.pk, bogus.pk])}
    spin.refresh_from_db()
    assert (spin.status, spin.attempts) == ("pending", 0)


# ---- administration -------------------------------------------------------------------------------------

BROKEN = {"code": "broken", "name": "Broken", "source": "x = 1\nif x:\nprint(x)\n"}


def _post(client, body):
    return client.post("/api/v1/scripts", body, content_type="application/json")


def test_uploads_are_syntax_checked_and_bounded(world):
    admin = world
    broken = _post(admin, BROKEN)
    assert broken.status_code == 422
    error = error_of(broken)
    assert error["code"] == "syntax_error"
    assert "line 3" in error["message"]
    assert error["details"][0]["line"] == 3
    assert not Script.objects.exists()
    assert _post(admin, {**BROKEN, "source": "x = '\x00'\n"}).status_code == 422
    assert _post(admin, {**BROKEN, "source": "#" * (100 * 1024 + 1)}).status_code == 422


def test_script_administration(world):
    admin = world
    created = upload(admin, "stamp", STAMP)
    assert created["source"] == STAMP
    assert _post(admin, {**BROKEN, "code": "stamp", "source": "pass"}).status_code == 409
    path = f"/api/v1/scripts/{created['id']}"
    patched = admin.patch(path, {"source": "def f(:\n"}, content_type="application/json")
    assert patched.status_code == 422
    assert admin.get(path).json()["source"] == STAMP
    renamed = admin.patch(path, {"name": "Stamp it", "is_active": False}, content_type="application/json")
    assert (renamed.json()["name"], renamed.json()["is_active"]) == ("Stamp it", False)
    listed = admin.get("/api/v1/scripts").json()
    assert [(item["code"], "source" in item) for item in listed] == [("stamp", False)]
    assert admin.delete(path).status_code == 204
    assert admin.get(path).status_code == 404


def test_script_administration_is_for_admins_only(world, login):
    bob = login("it", "bob")
    path = f"/api/v1/scripts/{upload(world, 'stamp', STAMP)['id']}"
    for method, url in [("get", "/api/v1/scripts"), ("get", path), ("delete", path), ("get", f"{path}/runs")]:
        response = getattr(bob, method)(url)
        assert response.status_code == 403, (method, url)
        error_of(response)
    assert _post(bob, BROKEN).status_code == 403


# ---- the sweep and unisolated hosts ---------------------------------------------------------------------


def test_the_sweep_resends_lost_runs_and_fails_stalled_ones(world, monkeypatch):
    sent: list[int] = []
    monkeypatch.setattr(script_tasks.run_script_job, "send", lambda run_id: sent.append(run_id))
    upload(world, "stamp", STAMP)
    upload(world, "route", ROUTE)
    ticket = submit(spend_workflow(state_scripts=["route"]), 5)
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
    assert any("worker stopped" in log.comment for log in flow_log(ticket, "script_failed"))
    assert script_tasks.sweep_script_runs(now=later) == 0


def test_where_isolation_is_unavailable_runs_fail_unless_the_platform_allows_the_weaker_mode(
    world, settings, tmp_path
):
    admin = world
    upload(admin, "stamp", STAMP)
    settings.SCRIPTS_BWRAP_PATH = str(tmp_path / "no-bwrap")  # as on a host without bubblewrap
    ticket = submit(spend_workflow(state_scripts=[]), 10)

    refused = run_job(ticket, "stamp")
    assert (refused.status, refused.outcome) == ("failed", "unavailable")
    assert refused.last_error.startswith("script isolation unavailable: ")
    [note] = flow_log(ticket, "script_failed")
    assert "script isolation unavailable" in note.comment
    ticket.refresh_from_db()
    assert "stamped_by" not in ticket.values

    settings.SCRIPTS_ALLOW_UNISOLATED = True
    admin.post(f"/api/v1/tickets/{ticket.pk}/retry-hook")
    allowed = run_job(ticket, "stamp")
    assert (allowed.status, allowed.outcome) == ("succeeded", "ok")
    ticket.refresh_from_db()
    assert ticket.values["stamped_by"] == "alice"
