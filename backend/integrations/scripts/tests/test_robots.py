"""Robot states: a state whose participant is a script runs it (in the real sandbox) on entering,
also inside a parallel branch, and moves on by its result: the transition it names, else the
state's agree transition; the flow log names the script, not a person. A result that comes after
the place moved is ignored; a failure leaves the ticket where it is, noted in the flow log, and the
retry runs it again. Publishing refuses a robot whose script is unknown or switched off."""

from __future__ import annotations

import pytest

from core.errors import ValidationFailed
from engine.tickets.models import TicketHandler
from integrations.scripts.models import ScriptRun
from integrations.scripts.tests.factories import (
    CRASH,
    HURRY,
    LATE,
    PREP,
    REFUSE,
    ROUTE,
    robot_run,
    robot_workflow,
    run_job,
    spend_robot,
    submit,
    upload,
)
from integrations.tests.factories import (
    FACILITIES_BRANCH,
    IT_BRANCH,
    branch_log,
    flow_log,
    onboard,
    places,
)

pytestmark = pytest.mark.django_db


def _carol_still_handles_facilities(ticket) -> None:
    assert places(ticket)[FACILITIES_BRANCH] == ("facilities", "active")
    rows = TicketHandler.objects.filter(ticket=ticket).values_list("user__username", "branch__key")
    assert list(rows) == [("carol", FACILITIES_BRANCH)]


# ---- on a ticket's own path -------------------------------------------------------------------------


def test_a_script_robot_picks_the_transition_or_agrees(crew):
    upload(crew, "route", ROUTE)  # > 100: escalate; else prints {}
    workflow = spend_robot("route")
    big, small = submit(workflow, 500), submit(workflow, 5)
    assert TicketHandler.objects.filter(ticket__in=[big, small]).count() == 0  # nobody: the script

    assert run_job(big, "route").status == "succeeded"
    assert run_job(small, "route").status == "succeeded"
    big.refresh_from_db()
    small.refresh_from_db()
    assert (big.state_key, big.values["priority"]) == ("escalated", "high")
    assert (small.state_key, small.status) == ("done", "finished")  # named nothing: the agree way out
    [moved] = flow_log(small, "script")
    assert (moved.actor_id, moved.via_app, moved.transition_key) == (None, "script:route", "approve")


def test_the_flow_log_read_names_the_robot(crew):
    upload(crew, "route", ROUTE)
    ticket = submit(spend_robot("route"), 5)
    run_job(ticket, "route")
    rows = crew.get(f"/api/v1/tickets/{ticket.pk}/flow-log").json()
    rows = rows["items"] if isinstance(rows, dict) else rows
    [moved] = [row for row in rows if row["action"] == "script"]
    assert (moved["actor"], moved["via_app"], moved["to_state"]) == (None, "script:route", "done")


# ---- inside a branch --------------------------------------------------------------------------------


def test_a_script_robot_in_a_branch_moves_that_branch_only(crew):
    script = upload(crew, "prep", PREP)
    ticket = onboard(robot_workflow("prep"))
    run = robot_run(ticket)
    assert (run.script.code, run.state_key, run.status) == ("prep", "it", "pending")

    run = run_job(ticket, "prep")
    assert (run.status, run.outcome, run.last_error) == ("succeeded", "ok", "")
    ticket.refresh_from_db()
    assert ticket.values == {"laptop": True}  # the script was told the branch's state and branch
    assert places(ticket)[IT_BRANCH] == ("meet", "arrived")
    assert ticket.state_key == "fork"
    _carol_still_handles_facilities(ticket)
    assert branch_log(ticket, "script") == [("it", "meet", IT_BRANCH, "script:prep")]
    [listed] = crew.get(f"/api/v1/scripts/{script['id']}/runs").json()["items"]
    assert (listed["robot"], listed["state_key"], listed["status"]) == (True, "it", "succeeded")


def test_a_robots_reject_ends_the_branches(crew):
    upload(crew, "refuse", REFUSE)
    ticket = onboard(robot_workflow("refuse"))
    run_job(ticket, "refuse")
    ticket.refresh_from_db()
    assert (ticket.state_key, ticket.status) == ("start", "returned")
    assert set(places(ticket).values()) == {("it", "cancelled"), ("facilities", "cancelled")}


def test_results_after_the_branch_moved_are_ignored(crew):
    for code, source in (("prep", PREP), ("hurry", HURRY), ("late", LATE)):
        upload(crew, code, source)
    ticket = onboard(robot_workflow("prep", state_scripts=["hurry", "late"]))
    assert run_job(ticket, "hurry").status == "succeeded"  # a state script moves the branch on first
    assert places(ticket)[IT_BRANCH] == ("meet", "arrived")

    robot = run_job(ticket, "prep")  # its visit is over: not even started
    assert (robot.status, robot.last_error, robot.outcome) == ("succeeded", "stale", "")
    late = run_job(ticket, "late")  # ran, but its result came too late
    assert (late.status, late.last_error, late.outcome) == ("succeeded", "stale", "ok")
    ticket.refresh_from_db()
    assert ticket.values == {}
    assert branch_log(ticket, "script") == [("it", "meet", IT_BRANCH, "script:hurry")]
    _carol_still_handles_facilities(ticket)


def test_a_failed_robot_stays_put_noted_on_its_branch_and_the_retry_runs_it_again(crew):
    script = upload(crew, "prep", CRASH)
    ticket = onboard(robot_workflow("prep"))
    failed = run_job(ticket, "prep")
    assert (failed.status, failed.outcome) == ("failed", "error")
    assert places(ticket)[IT_BRANCH] == ("it", "active")
    assert branch_log(ticket, "script_failed") == [("it", "it", IT_BRANCH, "script:prep")]

    fixed = crew.patch(f"/api/v1/scripts/{script['id']}", {"source": PREP}, content_type="application/json")
    assert fixed.status_code == 200, fixed.content
    retried = crew.post(f"/api/v1/tickets/{ticket.pk}/retry-hook")
    assert retried.status_code == 200, retried.content
    assert retried.json() == {"hook_calls": [], "script_runs": [failed.pk]}
    assert branch_log(ticket, "retry") == [("it", "it", IT_BRANCH, "")]
    assert run_job(ticket, "prep").status == "succeeded"
    assert places(ticket)[IT_BRANCH] == ("meet", "arrived")


def test_a_robot_switched_off_after_publishing_fails_visibly_until_switched_on(crew):
    script = upload(crew, "prep", PREP)
    workflow = robot_workflow("prep")
    path = f"/api/v1/scripts/{script['id']}"
    crew.patch(path, {"is_active": False}, content_type="application/json")
    ticket = onboard(workflow)
    failed = run_job(ticket, "prep")  # made all the same, so that it can be retried
    assert (failed.status, failed.outcome) == ("failed", "")
    [note] = flow_log(ticket, "script_failed")
    assert "switched off" in note.comment
    assert note.branch == IT_BRANCH

    crew.patch(path, {"is_active": True}, content_type="application/json")
    assert crew.post(f"/api/v1/tickets/{ticket.pk}/retry-hook").status_code == 200
    assert run_job(ticket, "prep").status == "succeeded"
    assert places(ticket)[IT_BRANCH] == ("meet", "arrived")


def test_a_robot_that_is_also_a_state_script_runs_once(crew):
    upload(crew, "prep", PREP)
    ticket = onboard(robot_workflow("prep", state_scripts=["prep"]))
    assert list(ScriptRun.objects.filter(ticket=ticket).values_list("robot", flat=True)) == [True]


# ---- publishing ---------------------------------------------------------------------------------------


def _publish_problems(code: str) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as info:
        robot_workflow(code, key=f"onboarding-{code}")
    return [(problem["code"], problem["path"]) for problem in info.value.details]


def test_publishing_needs_a_robots_script_to_exist_and_be_switched_on(crew):
    assert _publish_problems("nobody") == [("unknown_script", "states.2.participant.script")]
    script = upload(crew, "prep", PREP)
    crew.patch(f"/api/v1/scripts/{script['id']}", {"is_active": False}, content_type="application/json")
    assert _publish_problems("prep") == [("disabled_script", "states.2.participant.script")]
