"""What people see of a ticket running parallel branches, over HTTP: the to-do list shows it once with
every place the caller acts on; the detail lists the open branches with their handlers; the actions
name their branch; the steps read marks every active branch's state; the flow log names each row's
branch; accept, deliver, consult and consult-reply take the branch like handle does.

The onboarding flow (`factories.onboarding`): bob prepares IT, carol facilities, lead signs off.
"""

from __future__ import annotations

from typing import Any

from engine.tickets.tests.factories import handlers_of, onboarding, places, submit
from engine.workflows.tests.factories import setting

IT, FACILITIES = "fork:to_it", "fork:to_facilities"
BOB_ON_BOTH = setting("states.3.participant", {"kind": "users", "users": ["bob"]})


def _get(client: Any, url: str) -> Any:
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()


def _post(client: Any, url: str, body: dict[str, Any], status: int = 200) -> Any:
    response = client.post(url, body, content_type="application/json")
    assert response.status_code == status, response.content
    return response.json()


def test_the_to_do_list_shows_the_ticket_once_with_each_of_my_steps(world: Any, as_user: Any) -> None:
    ticket = submit(onboarding(BOB_ON_BOTH))
    [row] = [
        item for item in _get(as_user("bob"), "/api/v1/tickets?view=todo")["items"] if item["id"] == ticket.pk
    ]
    assert row["state"] == {"key": "fork", "name": "Fork"}
    assert sorted((step["branch"], step["state"]["name"], step["role"]) for step in row["my_steps"]) == [
        (FACILITIES, "Facilities", "handler"),
        (IT, "IT", "handler"),
    ]
    assert row["my_role"] == "handler"
    assert _get(as_user("bob"), "/api/v1/tickets/counts")["todo"] == 1


def test_the_detail_lists_the_open_branches_with_their_handlers(world: Any, as_user: Any) -> None:
    ticket = submit(onboarding())
    detail = _get(as_user("alice"), f"/api/v1/tickets/{ticket.pk}")
    branches = {branch["key"]: branch for branch in detail["branches"]}
    assert set(branches) == {IT, FACILITIES}
    assert branches[IT]["state"] == {"key": "it", "name": "IT"}
    assert branches[IT]["status"] == "active"
    assert [person["username"] for person in branches[IT]["handlers"]] == ["bob"]
    assert [person["branch"] for person in branches[IT]["handlers"]] == [IT]  # named like the detail's
    assert {(h["username"], h["branch"]) for h in detail["handlers"]} == {("bob", IT), ("carol", FACILITIES)}
    bob = _get(as_user("bob"), f"/api/v1/tickets/{ticket.pk}")
    assert [(step["branch"], step["state"]["key"]) for step in bob["my_steps"]] == [(IT, "it")]

    _post(as_user("bob"), f"/api/v1/tickets/{ticket.pk}/handle", {"transition": "it_done"})
    detail = _get(as_user("alice"), f"/api/v1/tickets/{ticket.pk}")
    arrived = {branch["key"]: (branch["state"]["key"], branch["status"]) for branch in detail["branches"]}
    assert arrived == {IT: ("meet", "arrived"), FACILITIES: ("facilities", "active")}


def test_a_single_path_ticket_reads_as_before(world: Any, as_user: Any) -> None:
    ticket = submit(onboarding())
    _post(as_user("bob"), f"/api/v1/tickets/{ticket.pk}/handle", {"transition": "it_done"})
    _post(as_user("carol"), f"/api/v1/tickets/{ticket.pk}/handle", {"transition": "facilities_done"})
    detail = _get(as_user("lead"), f"/api/v1/tickets/{ticket.pk}")
    assert detail["state"]["key"] == "manager"
    assert detail["branches"] == []
    assert [
        {key: step[key] for key in ("branch", "state", "role", "on_behalf_of")} for step in detail["my_steps"]
    ] == [
        {
            "branch": "",
            "state": {"key": "manager", "name": "Manager"},
            "role": "handler",
            "on_behalf_of": None,
        }
    ]
    actions = _get(as_user("lead"), f"/api/v1/tickets/{ticket.pk}/actions")
    assert {action.get("branch") for action in actions} == {None}


def test_actions_name_their_branch(world: Any, as_user: Any) -> None:
    ticket = submit(onboarding(BOB_ON_BOTH))
    actions = _get(as_user("bob"), f"/api/v1/tickets/{ticket.pk}/actions")
    handles = {(a["transition"], a["branch"]) for a in actions if a["action"] == "handle"}
    assert handles == {("it_done", IT), ("it_refuse", IT), ("facilities_done", FACILITIES)}
    assert {(a["action"], a["branch"]) for a in actions if a["action"] == "deliver"} == {
        ("deliver", IT),
        ("deliver", FACILITIES),
    }


def test_the_steps_read_marks_every_active_branch(world: Any, as_user: Any) -> None:
    ticket = submit(onboarding())
    steps = _get(as_user("alice"), f"/api/v1/tickets/{ticket.pk}/steps")
    assert sorted(state["key"] for state in steps["states"] if state["current"]) == ["facilities", "it"]
    assert {(b["key"], b["state"], b["status"]) for b in steps["branches"]} == {
        (IT, "it", "active"),
        (FACILITIES, "facilities", "active"),
    }


def test_the_flow_log_names_each_row_s_branch(world: Any, as_user: Any) -> None:
    ticket = submit(onboarding())
    _post(as_user("carol"), f"/api/v1/tickets/{ticket.pk}/handle", {"transition": "facilities_done"})
    log = _get(as_user("alice"), f"/api/v1/tickets/{ticket.pk}/flow-log")
    assert [(row["action"], row["to_state"], row["branch"]) for row in log][-3:] == [
        ("split", "it", IT),
        ("split", "facilities", FACILITIES),
        ("transition", "meet", FACILITIES),
    ]


def test_passing_on_takes_the_branch_too(world: Any, as_user: Any) -> None:
    ticket = submit(onboarding(BOB_ON_BOTH))
    bob, url = as_user("bob"), f"/api/v1/tickets/{ticket.pk}"
    refused = _post(bob, f"{url}/deliver", {"to": "dave"}, status=409)
    assert refused["error"]["code"] == "branch_required"
    _post(bob, f"{url}/deliver", {"to": "dave", "branch": FACILITIES})
    assert handlers_of(ticket) == {"bob": [IT], "dave": [FACILITIES]}
    _post(bob, f"{url}/consult", {"to": "carol"})  # one branch left: no need to say
    assert handlers_of(ticket)["carol"] == [IT]
    _post(as_user("carol"), f"{url}/consult-reply", {"comment": "fine", "branch": IT})
    assert "carol" not in handlers_of(ticket)
    stranger = _post(bob, f"{url}/deliver", {"to": "dave", "branch": "nope:nope"}, status=409)
    assert stranger["error"]["code"] == "not_a_handler"
    assert places(ticket)[FACILITIES] == ("facilities", "active")


def test_claiming_on_a_branch(world: Any, as_user: Any) -> None:
    claim = [
        setting("states.2.participant", {"kind": "users", "users": ["bob", "dave"]}),
        setting("states.2.distribution", {"kind": "claim"}),
    ]
    ticket = submit(onboarding(*claim))
    response = as_user("dave").post(f"/api/v1/tickets/{ticket.pk}/accept?branch={IT}")
    assert response.status_code == 200, response.content
    assert handlers_of(ticket) == {"dave": [IT], "carol": [FACILITIES]}
    bad = as_user("bob").post(f"/api/v1/tickets/{ticket.pk}/accept?branch=bad%20key")
    assert bad.status_code == 422


def test_a_handler_on_two_branches_may_file_a_sub_ticket(world: Any, as_user: Any) -> None:
    ticket = submit(onboarding(BOB_ON_BOTH))
    task = world["leave"]
    body = {"workflow_id": task.pk, "parent_id": ticket.pk, "fields": {}}
    response = as_user("bob").post("/api/v1/tickets", body, content_type="application/json")
    assert response.status_code == 201, response.content
    stranger = as_user("dave").post("/api/v1/tickets", body, content_type="application/json")
    assert stranger.status_code == 404


def test_the_state_filter_finds_tickets_by_a_branch_s_state(world: Any, as_user: Any) -> None:
    ticket = submit(onboarding())
    _post(as_user("bob"), f"/api/v1/tickets/{ticket.pk}/handle", {"transition": "it_done"})
    found = _get(as_user("root"), "/api/v1/tickets?view=all&state=facilities")["items"]
    assert [item["id"] for item in found] == [ticket.pk]
    assert _get(as_user("root"), "/api/v1/tickets?view=all&state=it")["items"] == []  # IT's branch moved on


def test_fields_read_and_change_in_the_caller_s_branch_state(world: Any, as_user: Any) -> None:
    # IT may fill in the laptop flag, facilities does not see it; the creator, on no branch, reads
    # with every active branch's permissions, the least of them counting.
    ticket = submit(
        onboarding(
            setting("states.2.field_permissions", {"laptop": "optional"}),
            setting("states.3.field_permissions", {"laptop": "hidden"}),
        )
    )
    url = f"/api/v1/tickets/{ticket.pk}"

    def laptop(username: str) -> str | None:
        fields = _get(as_user(username), url)["fields"]
        return next((f["permission"] for f in fields if f["key"] == "laptop"), None)

    assert laptop("bob") == "optional"
    assert laptop("carol") is None  # hidden in facilities
    assert laptop("alice") is None  # hidden in one of the current states
    response = as_user("bob").patch(
        f"{url}/fields", {"fields": {"laptop": True}}, content_type="application/json"
    )
    assert response.status_code == 200, response.content
    refused = as_user("carol").patch(
        f"{url}/fields", {"fields": {"laptop": False}}, content_type="application/json"
    )
    assert refused.status_code == 422, refused.content
    log = _get(as_user("root"), f"{url}/flow-log")
    assert [(row["action"], row["branch"]) for row in log if row["action"] == "update_fields"] == [
        ("update_fields", IT)
    ]
