"""Hook participants inside parallel branches: the call is for the branch's state and visit, its
answer moves that branch only (by the transition it names, or the agree one), another branch moving
first does not make it stale, an answer after the branch moved is ignored, and a failed call is
noted on its branch and retried there.

The onboarding flow (integrations/tests/factories.py `onboarding_document`): a hook handles `it`,
carol `facilities`, in parallel; lead signs off after the join."""

from __future__ import annotations

from typing import Any

import pytest

from core.tests.factories import assert_error
from engine.tickets.models import Ticket, Timer
from engine.tickets.runtime.background import timer_fire
from engine.tickets.services import ticket_handle
from engine.workflows.tests.factories import user_principal
from integrations.hooks import tasks as hook_tasks
from integrations.hooks.models import HookCall
from integrations.hooks.tests.factories import attempt, call_of, handlers, signed_callback
from integrations.tests.factories import (
    FACILITIES_BRANCH,
    IT_BRANCH,
    branch_log,
    flow_log,
    onboard,
    onboarding_document,
    places,
    process_events,
    published,
)

pytestmark = pytest.mark.django_db

ROBOT = "hook:127.0.0.1"
BOTH_ACTIVE = {IT_BRANCH: ("it", "active"), FACILITIES_BRANCH: ("facilities", "active")}
IT_TIMEOUT = {
    "key": "it_timeout",
    "name": "IT timeout",
    "source": "it",
    "target": "meet",
    "kind": "timer",
    "timer_seconds": 3600,
}


def hook(url: str, **settings: Any) -> dict[str, Any]:
    return {"kind": "hook", "hook": {"url": url, **settings}}


def onboarding(url: str, *extra: dict[str, Any], **settings: Any) -> Ticket:
    return onboard(published("onboarding", onboarding_document(hook(url, **settings), *extra)))


def facilities_done(ticket: Ticket) -> None:
    ticket_handle(ticket_id=ticket.pk, principal=user_principal("carol"), transition="facilities_done")
    process_events(ticket)


def test_the_call_is_for_the_branchs_state_and_its_answer_moves_that_branch_only(world, receiver):
    receiver.default = (200, {"fields": {"laptop": True}})
    ticket = onboarding(receiver.url())
    call = call_of(ticket)
    assert (call.state_key, call.status) == ("it", "pending")
    assert places(ticket) == BOTH_ACTIVE

    call = attempt(call)
    assert (call.status, call.last_error) == ("succeeded", "")
    [seen] = receiver.seen
    assert (seen.json["ticket"]["state"], seen.json["ticket"]["branch"]) == ("it", IT_BRANCH)
    assert places(ticket) == {IT_BRANCH: ("meet", "arrived"), FACILITIES_BRANCH: ("facilities", "active")}
    ticket.refresh_from_db()
    assert (ticket.state_key, ticket.values) == ("fork", {"laptop": True})
    assert handlers(ticket) == ["carol"]
    # The flow log names the hook, not a person.
    assert branch_log(ticket, "hook") == [("it", "meet", IT_BRANCH, ROBOT)]
    [moved] = flow_log(ticket, "hook")
    assert (moved.actor_id, moved.transition_key) == (None, "it_done")


def test_the_other_branch_moving_first_does_not_make_the_call_stale(world, receiver):
    ticket = onboarding(receiver.url())
    facilities_done(ticket)  # a later visit of the ticket: the hook's visit is still the IT branch's
    call = attempt(call_of(ticket))
    assert (call.status, call.last_error) == ("succeeded", "")
    ticket.refresh_from_db()
    assert ticket.state_key == "manager"
    assert handlers(ticket) == ["lead"]


def test_an_answer_may_name_the_transition_a_reject_ends_the_branches(world, receiver):
    receiver.default = (200, {"transition": "it_refuse"})
    ticket = onboarding(receiver.url())
    attempt(call_of(ticket))
    ticket.refresh_from_db()
    assert (ticket.state_key, ticket.status) == ("start", "returned")
    assert set(places(ticket).values()) == {("it", "cancelled"), ("facilities", "cancelled")}
    assert handlers(ticket) == []  # carol's facilities visit ended with its branch
    assert [row.transition_key for row in flow_log(ticket, "hook")] == ["it_refuse"]


def test_an_answer_naming_no_transition_of_the_state_fails_the_call_visibly(world, receiver):
    receiver.default = (200, {"transition": "sign_off"})  # leaves `manager`, not `it`
    ticket = onboarding(receiver.url())
    call = attempt(call_of(ticket))
    assert call.status == "failed"
    assert places(ticket) == BOTH_ACTIVE
    assert branch_log(ticket, "hook_failed") == [("it", "it", IT_BRANCH, ROBOT)]


def test_a_callback_in_a_branch_takes_the_transition_it_names(world, receiver, client_for):
    ticket = onboarding(receiver.url(), wait=True)
    call = attempt(call_of(ticket))
    assert call.status == "waiting"
    client = client_for("it")
    neither = signed_callback(client, ticket.pk, {"call": str(call.key)})
    assert neither.status_code == 422, neither.content
    answered = signed_callback(client, ticket.pk, {"call": str(call.key), "transition": "it_done"})
    assert answered.status_code == 200, answered.content
    assert places(ticket)[IT_BRANCH] == ("meet", "arrived")
    assert branch_log(ticket, "hook") == [("it", "meet", IT_BRANCH, ROBOT)]


def test_an_answer_after_the_branch_moved_is_ignored(world, receiver, client_for):
    ticket = onboarding(receiver.url(), IT_TIMEOUT, wait=True)
    call = attempt(call_of(ticket))
    assert call.status == "waiting"
    timer = Timer.objects.get(ticket=ticket, transition_key="it_timeout")
    assert timer_fire(timer_id=timer.pk) == "took it_timeout"  # the branch moves on without the hook
    answer = {"call": str(call.key), "decision": "agree", "fields": {"laptop": True}}
    assert_error(signed_callback(client_for("it"), ticket.pk, answer), 409, "hook_stale")
    ticket.refresh_from_db()
    assert ticket.values == {}
    assert places(ticket) == {IT_BRANCH: ("meet", "arrived"), FACILITIES_BRANCH: ("facilities", "active")}
    assert flow_log(ticket, "hook") == []


def test_a_call_whose_branch_moved_before_it_was_made_ends_stale(world, receiver):
    ticket = onboarding(receiver.url(), IT_TIMEOUT)
    timer_fire(timer_id=Timer.objects.get(ticket=ticket, transition_key="it_timeout").pk)
    call = attempt(call_of(ticket))
    assert (call.status, call.last_error) == ("succeeded", "stale")
    assert receiver.seen == []


def test_a_failed_call_is_noted_on_its_branch_and_retried_there(world, receiver, login):
    admin = login("it", "admin", admin=True)
    receiver.default = (503, b"busy")
    ticket = onboarding(receiver.url())
    call = call_of(ticket)
    for _ in range(hook_tasks.MAX_ATTEMPTS):
        call = attempt(call)
    assert call.status == "failed"
    assert branch_log(ticket, "hook_failed") == [("it", "it", IT_BRANCH, ROBOT)]
    facilities_done(ticket)  # the ticket's latest visit is now the facilities branch's

    retried = admin.post(f"/api/v1/tickets/{ticket.pk}/retry-hook")
    assert retried.status_code == 200, retried.content
    assert retried.json() == {"hook_calls": [call.pk], "script_runs": []}
    assert branch_log(ticket, "retry") == [("it", "it", IT_BRANCH, "")]
    assert flow_log(ticket, "retry")[0].changed_fields == {"hook_calls": 1, "script_runs": 0}

    receiver.default = (200, {})
    assert attempt(call).status == "succeeded"
    ticket.refresh_from_db()
    assert ticket.state_key == "manager"
    assert HookCall.objects.filter(ticket=ticket).count() == 1
