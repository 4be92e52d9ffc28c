"""POST /directory/sync: one idempotent, all-or-nothing upsert of the directory by the HR system."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from django_tenants.utils import schema_context

from conftest import error_of
from core.directory.tests.factories import (
    LAST,
    counts_of,
    directory,
    memberships,
    state,
    sync,
    sync_problems,
)
from core.tests.factories import assert_error


def test_first_sync_creates_everything(admin):
    response = sync(admin, directory())
    assert response.status_code == 200, response.content
    assert response.json() == {
        "users": counts_of(created=4),
        "departments": counts_of(created=3),
        "roles": counts_of(created=3),
        "memberships": counts_of(created=12),  # 7 department + 5 role memberships
        "changed": True,
    }

    from core.access.models import User
    from core.directory.models import Department, Role

    with schema_context("it"):
        tree = {d.code: (d.name, d.parent.code if d.parent else None) for d in Department.objects.all()}
        assert tree == {
            "corp": ("Corporate", None),
            "corp-ops": ("Operations", "corp"),
            "corp-dev": ("Development", "corp"),
        }
        heads = Department.objects.values_list("leader__username", "approver__username")
        assert heads.get(code="corp-dev") == ("lead", "carol")
        assert heads.get(code="corp") == ("lead", "lead")
        assert Department.objects.get(code="corp-ops").approver is None
        assert Role.objects.get(code="approver").description == "Signs off"
        lead = User.objects.get(username="lead")
        assert (lead.display_name, lead.email, lead.is_active) == ("Lee Lead", "lead@corp.example", True)
        assert User.objects.get(username="bob").phone == "123"
        # Synced people have no password: they log in through SSO, not with a guessable default.
        assert not lead.has_usable_password()

    assert memberships() == {
        "boss": ([], []),
        "lead": (["corp", "corp-dev", "corp-ops"], ["approver"]),
        "alice": (["corp-dev"], ["dev"]),
        "bob": (["corp-ops"], ["ops"]),
        "carol": (["corp-dev", "corp-ops"], ["approver", "dev"]),
    }


def test_same_payload_twice_changes_nothing(admin):
    assert sync(admin, directory()).status_code == 200
    before = state()
    response = sync(admin, directory())
    assert response.status_code == 200
    assert response.json() == {
        "users": counts_of(unchanged=4),
        "departments": counts_of(unchanged=3),
        "roles": counts_of(unchanged=3),
        "memberships": counts_of(unchanged=12),
        "changed": False,
    }
    assert state() == before


def test_changed_payload_reports_exactly_the_changes(admin):
    assert sync(admin, directory()).status_code == 200
    before = state()

    payload = directory()
    payload["departments"][2]["name"] = "Engineering"  # rename corp-dev
    payload["users"][2]["departments"] = ["corp-dev"]  # move bob from corp-ops to corp-dev
    payload["users"][3]["roles"] = ["approver"]  # carol is no longer in dev
    response = sync(admin, payload)
    assert response.status_code == 200, response.content
    assert response.json() == {
        "users": counts_of(unchanged=4),
        "departments": counts_of(updated=1, unchanged=2),
        "roles": counts_of(unchanged=3),
        "memberships": counts_of(created=1, deactivated=2, unchanged=10),
        "changed": True,
    }

    after = state()
    assert (after["users"], after["roles"]) == (before["users"], before["roles"])
    changed_depts = [d for d in after["departments"] if d not in before["departments"]]
    assert [d[:2] for d in changed_depts] == [("corp-dev", "Engineering")]
    old_dev = next(d for d in before["departments"] if d[0] == "corp-dev")
    assert changed_depts[0][-1] > old_dev[-1]  # updated_at moved on with the change
    now = memberships()
    assert (now["bob"], now["carol"], now["lead"]) == (
        (["corp-dev"], ["ops"]),
        (["corp-dev", "corp-ops"], ["approver"]),
        (["corp", "corp-dev", "corp-ops"], ["approver"]),
    )

    # And that new state is stable.
    again = sync(admin, payload).json()
    assert again["changed"] is False


def test_user_field_changes_and_reactivation_are_updates(admin):
    assert sync(admin, directory()).status_code == 200
    payload = directory()
    payload["users"][1]["display_name"] = "Alice Wang"
    payload["users"][1]["email"] = "alice@corp.example"
    payload["users"][2]["is_active"] = False
    before = state()
    response = sync(admin, payload)
    assert response.json()["users"] == counts_of(updated=2, unchanged=2)
    after = {u[0]: u for u in state()["users"]}
    old = {u[0]: u for u in before["users"]}
    assert after["alice"][1:3] == ("Alice Wang", "alice@corp.example")
    assert after["alice"][-1] > old["alice"][-1]
    assert after["bob"][4] is False

    response = sync(admin, directory())
    assert response.json()["users"] == counts_of(updated=2, unchanged=2)
    assert {u[0]: u for u in state()["users"]}["bob"][4] is True


def test_sync_may_name_existing_users_as_leaders(admin):
    payload = {"departments": [{"code": "board", "name": "Board", "leader": "boss", "approver": "boss"}]}
    response = sync(admin, payload)
    assert response.status_code == 200, response.content
    assert response.json()["departments"] == counts_of(created=1)
    from core.directory.models import Department

    with schema_context("it"):
        assert Department.objects.values_list("leader__username", flat=True).get(code="board") == "boss"


def test_upsert_leaves_unlisted_rows_alone(admin):
    assert sync(admin, directory()).status_code == 200
    before = state()
    response = sync(admin, {"users": [{"username": "dave", "departments": ["corp"]}]})
    assert response.json() == {
        "users": counts_of(created=1),
        "departments": counts_of(),
        "roles": counts_of(),
        "memberships": counts_of(created=1),
        "changed": True,
    }
    after = state()
    for kind in ("departments", "roles", "role_memberships"):
        assert after[kind] == before[kind]
    assert set(before["users"]) < set(after["users"])


FULL_SYNC_ANSWER = {
    "users": counts_of(deactivated=1, unchanged=4),
    "departments": counts_of(deactivated=1, unchanged=3),
    "roles": counts_of(deactivated=1, unchanged=3),
    "memberships": counts_of(unchanged=12),
    "changed": True,
}


def _stamps() -> dict[str, Any]:
    return {row[0]: row[-1] for kind in ("users", "departments", "roles") for row in state()[kind]}


def _active() -> tuple[dict[str, bool], ...]:
    from core.access.models import User
    from core.directory.models import Department, Role

    with schema_context("it"):
        return (
            dict(User.objects.values_list("username", "is_active")),
            dict(Department.objects.values_list("code", "is_active")),
            dict(Role.objects.values_list("code", "is_active")),
        )


def test_full_sync_deactivates_what_is_absent_but_never_tenant_admins(admin, with_extras):
    stamps = _stamps()
    response = sync(admin, {**directory(), "full": True})
    assert response.status_code == 200, response.content
    assert response.json() == FULL_SYNC_ANSWER
    users, departments, roles = _active()
    assert users == {
        "boss": True,
        "second-admin": True,
        "lead": True,
        "alice": True,
        "bob": True,
        "carol": True,
        "ghost": False,
    }
    assert departments == {"corp": True, "corp-ops": True, "corp-dev": True, "old": False}
    assert roles == {"approver": True, "dev": True, "ops": True, "legacy": False}
    after = _stamps()
    assert {key for key in stamps if after[key] != stamps[key]} == {"ghost", "old", "legacy"}


def test_the_same_full_sync_again_has_nothing_left_to_do(admin, with_extras):
    full = {**directory(), "full": True}
    assert sync(admin, full).json() == FULL_SYNC_ANSWER
    before = state()
    response = sync(admin, full)
    assert response.json()["changed"] is False
    assert response.json()["users"] == counts_of(unchanged=4)
    assert state() == before


def test_listing_the_deactivated_again_brings_them_back(admin, with_extras):
    assert sync(admin, {**directory(), "full": True}).json() == FULL_SYNC_ANSWER
    response = sync(admin, {**with_extras, "full": True})
    assert response.json()["users"] == counts_of(updated=1, unchanged=4)
    assert response.json()["departments"] == counts_of(updated=1, unchanged=3)
    assert response.json()["roles"] == counts_of(updated=1, unchanged=3)


def test_full_sync_with_an_empty_payload_keeps_the_admins(admin):
    assert sync(admin, directory()).status_code == 200
    response = sync(admin, {"full": True})
    assert response.status_code == 200
    body = response.json()
    assert body["users"] == counts_of(deactivated=4)
    assert body["departments"] == counts_of(deactivated=3)
    assert body["roles"] == counts_of(deactivated=3)
    from core.access.models import User

    with schema_context("it"):
        assert list(User.objects.filter(is_active=True).values_list("username", flat=True)) == ["boss"]
    # The admin's session still works.
    assert admin.get("/api/v1/users").status_code == 200


def _bad(name: str, change: Any, *problems: tuple[str, str]) -> Any:
    """A case: `directory()` changed by `change`, refused with these (field, type) problems."""
    payload = directory()
    change(payload)
    return pytest.param(payload, list(problems), id=name)


BAD_PAYLOADS = [
    _bad(
        "duplicate-username",
        lambda p: p["users"].append({"username": "alice"}),
        ("users.1.username", "duplicate"),
        ("users.4.username", "duplicate"),
    ),
    _bad(
        "duplicate-role-code",
        lambda p: p["roles"].append({"code": "dev", "name": "Again"}),
        ("roles.1.code", "duplicate"),
        ("roles.3.code", "duplicate"),
    ),
    _bad(
        "unknown-parent",
        lambda p: p["departments"][1].update(parent="nowhere"),
        ("departments.1.parent", "invalid"),
    ),
    _bad("unknown-role", lambda p: p["users"][1]["roles"].append("wizard"), ("users.1.roles", "invalid")),
    _bad(
        "unknown-department",
        lambda p: p["users"][2]["departments"].append("nowhere"),
        ("users.2.departments", "invalid"),
    ),
    _bad(
        "unknown-leader",
        lambda p: p["departments"][0].update(leader="nobody"),
        ("departments.0.leader", "invalid"),
    ),
    _bad(
        "unknown-approver",
        lambda p: p["departments"][2].update(approver="nobody"),
        ("departments.2.approver", "invalid"),
    ),
    _bad(
        "parent-cycle",
        lambda p: p["departments"][0].update(parent="corp-dev"),
        ("departments.0.parent", "cycle"),
        ("departments.1.parent", "cycle"),
        ("departments.2.parent", "cycle"),
    ),
    _bad(
        "own-parent",
        lambda p: p["departments"][1].update(parent="corp-ops"),
        ("departments.1.parent", "cycle"),
    ),
]


@pytest.mark.parametrize(("payload", "problems"), BAD_PAYLOADS)
def test_invalid_payload_is_422_and_writes_nothing(admin, payload, problems):
    before = state()
    response = sync(admin, payload)
    assert sync_problems(response) == problems
    for problem in error_of(response)["details"]:
        assert problem["loc"] == ["body", *problem["field"].split(".")]
    assert state() == before
    assert admin.get(LAST).status_code == 204


@pytest.mark.parametrize(("payload", "problems"), BAD_PAYLOADS)
def test_invalid_payload_over_an_existing_directory_writes_nothing(admin, payload, problems):
    assert sync(admin, directory()).status_code == 200
    last = admin.get(LAST).json()
    changed = copy.deepcopy(payload)
    changed["users"].append({"username": "newcomer", "roles": ["approver"]})
    changed["departments"][-1]["name"] = "Renamed"
    changed["full"] = True
    before = state()
    assert sync_problems(sync(admin, changed)) == problems
    assert state() == before
    assert admin.get(LAST).json() == last


def test_cycle_through_the_stored_tree_is_422(admin):
    assert sync(admin, directory()).status_code == 200
    before = state()
    # corp-ops already sits below corp; putting corp below corp-ops closes a loop.
    response = sync(admin, {"departments": [{"code": "corp", "name": "Corporate", "parent": "corp-ops"}]})
    assert sync_problems(response) == [("departments.0.parent", "cycle")]
    assert state() == before


def test_references_to_stored_rows_are_valid(admin):
    assert sync(admin, directory()).status_code == 200
    response = sync(
        admin,
        {
            "departments": [{"code": "corp-qa", "name": "QA", "parent": "corp", "leader": "carol"}],
            "users": [{"username": "erin", "departments": ["corp-qa", "corp-dev"], "roles": ["dev"]}],
        },
    )
    assert response.status_code == 200, response.content
    assert memberships()["erin"] == (["corp-dev", "corp-qa"], ["dev"])


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"users": [{"username": "has space"}]}, "users.0.username"),
        ({"users": [{"username": "x", "email": "nope"}]}, "users.0.email"),
        ({"users": [{"username": "x", "roles": "dev"}]}, "users.0.roles"),
        ({"departments": [{"code": "x"}]}, "departments.0.name"),
        ({"departments": [{"code": "x y", "name": "X"}]}, "departments.0.code"),
        ({"roles": [{"name": "No code"}]}, "roles.0.code"),
        ({"users": {"username": "x"}}, "users"),
        ({"full": "yes please"}, "full"),
    ],
)
def test_schema_errors_are_422_with_paths(admin, payload, field):
    before = state()
    response = sync(admin, payload)
    assert response.status_code == 422
    error = error_of(response)
    assert error["code"] == "validation_failed"
    assert field in [p["field"] for p in error["details"]]
    assert state() == before


def test_malformed_json_is_400(admin):
    assert_error(sync(admin, '{"users": ['), 400, "malformed_request")
