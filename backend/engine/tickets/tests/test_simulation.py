"""Test runs (`POST /workflows/{id}/simulate`, engine/tickets/simulation.py): the path a ticket would
take, who each state would ask, the branches, timers and hooks, and that nothing is written.

The samples are seeded in `it` (`world`): leave (the leader, then HR over 3 days), IT permission (lead
and carol countersign, then ops claims), release (a CI hook, a timer on deploying); `root` is a
tenant admin.
"""

from __future__ import annotations

from typing import Any
from unittest import mock

import pytest
from django_tenants.utils import schema_context

from engine.tickets import simulation
from engine.tickets.models import FlowLog, OutboxEvent, Ticket, TicketBranch, TicketHandler, Timer
from engine.tickets.tests.factories import publish
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow
from engine.workflows.samples import state, users
from engine.workflows.services import workflow_create
from engine.workflows.tests.factories import (
    LEAVE,
    PERMISSION,
    appending,
    edge,
    one_step_document,
    parallel_mutated,
    post_json,
    review_document,
    setting,
)
from integrations.hooks.models import HookCall

IT, FACILITIES = "fork:to_it", "fork:to_facilities"
PEOPLE = [
    setting("states.2.participant", {"kind": "users", "users": ["bob"]}),
    setting("states.3.participant", {"kind": "users", "users": ["carol"]}),
    setting("states.5.participant", {"kind": "users", "users": ["lead"]}),
]


def draft_only(key: str, document: dict[str, Any]) -> Workflow:
    """A workflow with `document` as its draft (never published)."""
    with schema_context("it"):
        return workflow_create(key=key, name=key.title(), document=WorkflowDocument.model_validate(document))


def onboarding(*changes: Any, inclusive: bool = False) -> Workflow:
    kinds = {"split": "inclusive_split", "join": "inclusive_join"} if inclusive else {}
    return draft_only("onboarding", parallel_mutated(*PEOPLE, *changes, **kinds))


def run(client: Any, workflow: Workflow, status: int = 200, **body: Any) -> Any:
    response = post_json(client, f"/api/v1/workflows/{workflow.pk}/simulate", body)
    assert response.status_code == status, response.content
    return response.json()


def path(answer: dict[str, Any]) -> list[tuple[str, str, list[str], str | None]]:
    """(state, branch, usernames, transition taken) per step."""
    return [
        (step["state"], step["branch"], [p["username"] for p in step["handlers"]], step["transition_taken"])
        for step in answer["steps"]
    ]


def test_a_draft_runs_along_its_single_path(world: Any, as_user: Any) -> None:
    answer = run(as_user("root"), draft_only("review", review_document("RV")), creator=_id("alice"))
    assert path(answer) == [
        ("draft", "", ["alice"], "submit"),
        ("review", "", ["lead"], "approve"),
        ("done", "", [], None),
    ]
    assert (answer["outcome"], answer["end_state"], answer["stopped_at"]) == ("finished", "done", None)
    assert answer["steps"][1]["distribution"] == {"kind": "any", "required": None}
    assert answer["branches"] == []


def test_a_step_shows_when_its_sla_warns(world: Any, as_user: Any) -> None:
    document = review_document("RV")
    review = next(item for item in document["states"] if item["key"] == "review")
    review["sla"] = {
        "duration_seconds": 7200,
        "clock": "working",
        "action": "remind",
        "warn_before_seconds": 1800,
    }
    answer = run(as_user("root"), draft_only("warned", document), creator=_id("alice"))
    assert answer["steps"][1]["sla"] == {
        "seconds": 7200,
        "clock": "working",
        "action": "remind",
        "transition": None,
        "warn_before_seconds": 1800,
    }


def test_branch_conditions_pick_the_path(world: Any, as_user: Any) -> None:
    leave, root = world["leave"], as_user("root")
    short = run(root, leave, creator=_id("alice"), values={**LEAVE, "days": 2})
    assert [step["state"] for step in short["steps"]] == ["draft", "lead_review", "approved"]
    long = run(root, leave, creator=_id("alice"), values=LEAVE)
    assert path(long)[1:] == [
        ("lead_review", "", ["lead"], "lead_approve"),
        ("hr_review", "", ["carol", "dave"], "hr_approve"),
        ("approved", "", [], None),
    ]
    hr = long["steps"][2]
    assert hr["distribution"]["kind"] == "claim"
    assert hr["sla"] == {
        "seconds": 172800,
        "clock": None,
        "action": "remind",
        "transition": None,
        "warn_before_seconds": None,
    }


def test_choices_take_another_transition(world: Any, as_user: Any) -> None:
    choices = {"lead_review": "lead_reject"}
    answer = run(as_user("root"), world["leave"], values=LEAVE, choices=choices, creator=_id("alice"))
    assert [step["state"] for step in answer["steps"]] == ["draft", "lead_review", "rejected"]
    assert answer["end_state"] == "rejected"


def test_values_are_checked_like_a_create(world: Any, as_user: Any) -> None:
    error = run(as_user("root"), world["leave"], 422, values={**LEAVE, "days": "many"})["error"]
    assert [problem["field"] for problem in error["details"]] == ["fields.days"]
    missing = run(as_user("root"), world["leave"], 422, values={"days": 2})["error"]
    assert {problem["field"] for problem in missing["details"]} == {"fields.start_date"}


def test_a_parallel_split_runs_every_branch_and_meets_once(world: Any, as_user: Any) -> None:
    answer = run(as_user("root"), onboarding())
    assert answer["branches"] == [[IT, FACILITIES]]
    assert path(answer) == [
        ("start", "", ["root"], "submit"),
        ("fork", "", [], None),
        ("it", IT, ["bob"], "it_done"),
        ("facilities", FACILITIES, ["carol"], "facilities_done"),
        ("meet", "", [], "after_join"),
        ("manager", "", ["lead"], "sign_off"),
        ("done", "", [], None),
    ]
    assert answer["outcome"] == "finished"


def test_an_inclusive_split_starts_the_branches_whose_conditions_hold(world: Any, as_user: Any) -> None:
    workflow = onboarding(setting("transitions.1.expression", "laptop == true"), inclusive=True)
    without = run(as_user("root"), workflow, values={"laptop": False})
    assert without["branches"] == [[FACILITIES]]
    assert [step["state"] for step in without["steps"]].count("meet") == 1
    with_laptop = run(as_user("root"), workflow, values={"laptop": True})
    assert with_laptop["branches"] == [[IT, FACILITIES]]


def test_an_inclusive_split_where_no_condition_holds_stops(world: Any, as_user: Any) -> None:
    workflow = onboarding(
        setting("transitions.1.expression", "laptop == true"),
        setting("transitions.2.expression", "laptop == true"),
        inclusive=True,
    )
    answer = run(as_user("root"), workflow, values={"laptop": False})
    assert (answer["outcome"], answer["stopped_at"], answer["end_state"]) == ("no_branch", "fork", None)


def test_a_countersign_lists_every_voter(world: Any, as_user: Any) -> None:
    answer = run(as_user("root"), world["it-permission"], values=PERMISSION)
    review = answer["steps"][1]
    assert [p["username"] for p in review["handlers"]] == ["lead", "carol"]
    assert review["distribution"] == {"kind": "countersign", "required": 2}
    assert answer["steps"][2]["state"] == "grant"


def test_a_hook_state_waits_unless_told_what_the_hook_answers(world: Any, as_user: Any) -> None:
    values = {"service": "api", "version": "1.2.3", "window": "2026-12-01T10:00:00Z"}
    answer = run(as_user("root"), world["release"], values=values)
    assert (answer["outcome"], answer["stopped_at"]) == ("waits", "ci_check")
    assert answer["steps"][-1]["hooks"] == [
        {"host": "ci.example.com", "wait": True, "returns_handlers": False}
    ]
    on = run(as_user("root"), world["release"], values=values, choices={"ci_check": "ci_passed"})
    assert on["end_state"] == "released"
    deploying = next(step for step in on["steps"] if step["state"] == "deploying")
    assert deploying["timers"] == [{"transition": "auto_finish", "seconds": 86400, "clock": None}]


def test_nobody_to_handle_a_state_stops_there(world: Any, as_user: Any) -> None:
    nobody = state("review", "Review", participant=users("nobody"))
    document = one_step_document("NB", nobody, edge("approve", "review", "done"))
    answer = run(as_user("root"), draft_only("nobody", document))
    assert (answer["outcome"], answer["stopped_at"]) == ("no_handlers", "review")
    assert "Review" in answer["message"]
    assert "(nobody) is an active user; ask your tenant admin (root)" in answer["message"]


def test_unknown_choices_are_refused(world: Any, as_user: Any) -> None:
    choices = {"lead_review": "fly_away", "nowhere": "submit", "draft": "lead_approve"}
    error = run(as_user("root"), world["leave"], 422, values=LEAVE, choices=choices)["error"]
    assert error["code"] == "invalid_choices"
    assert {p["field"] for p in error["details"]} == {
        "choices.lead_review",
        "choices.nowhere",
        "choices.draft",
    }


def test_a_loop_stops_after_max_steps(world: Any, as_user: Any) -> None:
    answer = run(as_user("root"), onboarding(), choices={"it": "it_refuse"}, max_steps=30)
    assert (answer["outcome"], len(answer["steps"])) == ("too_many_steps", 30)


LOOP_IN_CHINESE = "试运行经过了 30 个状态（是否有循环？）。"  # noqa: RUF001 (Chinese punctuation)


def test_a_run_asked_in_chinese_stops_and_refuses_in_chinese(world: Any, as_user: Any) -> None:
    root = as_user("root")
    root.defaults["HTTP_ACCEPT_LANGUAGE"] = "zh-CN"
    answer = run(root, onboarding(), choices={"it": "it_refuse"}, max_steps=30)
    assert (answer["outcome"], answer["message"]) == ("too_many_steps", LOOP_IN_CHINESE)
    error = run(root, world["leave"], 422, values=LEAVE, choices={"lead_review": "fly_away"})["error"]
    assert error["code"] == "invalid_choices"
    assert [p["message"] for p in error["details"]] == [
        "'fly_away' 不是处于 'lead_review' 的工单可以执行的流转。"
    ]


def test_handlers_are_capped_with_the_total(world: Any, as_user: Any) -> None:
    with mock.patch.object(simulation, "MAX_HANDLERS", 1):
        answer = run(as_user("root"), world["it-permission"], values=PERMISSION)
    review = answer["steps"][1]
    assert (len(review["handlers"]), review["handlers_total"]) == (1, 2)


def test_a_published_version_can_be_run(world: Any, as_user: Any) -> None:
    workflow = publish("reviewed", review_document("RW"))
    assert run(as_user("root"), workflow, version=1)["end_state"] == "done"
    run(as_user("root"), workflow, 404, version=9)


def test_an_unsaved_document_can_be_run(world: Any, as_user: Any) -> None:
    workflow = draft_only("review", review_document("RV"))
    edited = review_document("RV")
    edited["states"][1]["participant"] = users("carol")
    answer = run(as_user("root"), workflow, document=edited)
    assert path(answer)[1] == ("review", "", ["carol"], "approve")


MODELS = (Ticket, FlowLog, OutboxEvent, Timer, TicketBranch, TicketHandler, HookCall)


def _counts() -> list[int]:
    with schema_context("it"):
        return [model.objects.count() for model in MODELS]


def test_nothing_is_written(world: Any, as_user: Any) -> None:
    before = _counts()
    values = {"service": "api", "version": "1.2.3", "window": "2026-12-01T10:00:00Z", "risk": "high"}
    run(as_user("root"), world["release"], values=values, choices={"ci_check": "ci_passed"})
    run(as_user("root"), onboarding(appending("states.5.scripts", "notify")))
    assert _counts() == before


def test_only_its_managers_may_run_it(world: Any, as_user: Any) -> None:
    run(as_user("alice"), world["leave"], 403, values=LEAVE)


def test_another_tenants_workflow_is_not_found(world: Any, as_user: Any) -> None:
    with schema_context("hr"):
        foreign = workflow_create(key="elsewhere", name="Elsewhere")
    with schema_context("it"):
        Workflow.objects.filter(pk=foreign.pk).delete()  # its id means nothing here
    run(as_user("root"), foreign, 404)


@pytest.mark.parametrize("creator", [0, 10**9])
def test_an_unknown_creator_is_refused(world: Any, as_user: Any, creator: int) -> None:
    status = 422
    error = run(as_user("root"), world["leave"], status, values=LEAVE, creator=creator)["error"]
    assert error["details"][0]["field"] in {"creator", "body.creator"}


def _id(username: str) -> int:
    from core.access.models import User

    with schema_context("it"):
        return User.objects.get(username=username).pk
