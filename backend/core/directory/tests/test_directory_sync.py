"""POST /directory/sync: one idempotent, all-or-nothing upsert of the directory by the HR system."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from django_tenants.utils import schema_context

from conftest import error_of

SYNC = "/api/v1/directory/sync"
LAST = "/api/v1/directory/sync/last"


def directory() -> dict[str, Any]:
    return {
        "roles": [
            {"code": "approver", "name": "Approver", "description": "Signs off"},
            {"code": "dev", "name": "Developers"},
            {"code": "ops", "name": "Operations"},
        ],
        "departments": [
            {"code": "corp", "name": "Corporate", "leader": "lead", "approver": "lead"},
            {"code": "corp-ops", "name": "Operations", "parent": "corp", "leader": "lead"},
            {
                "code": "corp-dev",
                "name": "Development",
                "parent": "corp",
                "leader": "lead",
                "approver": "carol",
            },
        ],
        "users": [
            {
                "username": "lead",
                "display_name": "Lee Lead",
                "email": "lead@corp.example",
                "departments": ["corp", "corp-ops", "corp-dev"],
                "roles": ["approver"],
            },
            {"username": "alice", "display_name": "Alice", "departments": ["corp-dev"], "roles": ["dev"]},
            {
                "username": "bob",
                "display_name": "Bob",
                "phone": "123",
                "departments": ["corp-ops"],
                "roles": ["ops"],
            },
            {
                "username": "carol",
                "display_name": "Carol",
                "departments": ["corp-dev", "corp-ops"],
                "roles": ["approver", "dev"],
            },
        ],
    }


def counts_of(created: int = 0, updated: int = 0, deactivated: int = 0, unchanged: int = 0) -> dict[str, int]:
    return {"created": created, "updated": updated, "deactivated": deactivated, "unchanged": unchanged}


def sync(client: Any, payload: Any) -> Any:
    body = payload if isinstance(payload, str) else json.dumps(payload)
    return client.post(SYNC, body, content_type="application/json")


def state() -> dict[str, Any]:
    """Every directory row of tenant `it`, with what a sync may change (updated_at included)."""
    from core.access.models import User
    from core.directory.models import Department, DepartmentMembership, Role, RoleMembership

    with schema_context("it"):
        return {
            "users": sorted(
                User.objects.values_list(
                    "username", "display_name", "email", "phone", "is_active", "is_tenant_admin", "updated_at"
                )
            ),
            "departments": sorted(
                Department.objects.values_list(
                    "code",
                    "name",
                    "parent__code",
                    "leader__username",
                    "approver__username",
                    "is_active",
                    "updated_at",
                )
            ),
            "roles": sorted(
                Role.objects.values_list("code", "name", "description", "is_active", "updated_at")
            ),
            "department_memberships": sorted(
                DepartmentMembership.objects.values_list("id", "user__username", "department__code")
            ),
            "role_memberships": sorted(
                RoleMembership.objects.values_list("id", "user__username", "role__code")
            ),
        }


def memberships() -> dict[str, tuple[list[str], list[str]]]:
    from core.access.models import User

    with schema_context("it"):
        return {
            user.username: (
                sorted(user.departments.values_list("code", flat=True)),
                sorted(user.roles.values_list("code", flat=True)),
            )
            for user in User.objects.all()
        }


@pytest.fixture
def admin(login: Any) -> Any:
    return login("it", "boss", admin=True)


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
    assert after["users"] == before["users"]
    assert after["roles"] == before["roles"]
    changed_depts = [d for d in after["departments"] if d not in before["departments"]]
    assert [d[:2] for d in changed_depts] == [("corp-dev", "Engineering")]
    old_dev = next(d for d in before["departments"] if d[0] == "corp-dev")
    assert changed_depts[0][-1] > old_dev[-1]  # updated_at moved on with the change
    assert memberships()["bob"] == (["corp-dev"], ["ops"])
    assert memberships()["carol"] == (["corp-dev", "corp-ops"], ["approver"])
    assert memberships()["lead"] == (["corp", "corp-dev", "corp-ops"], ["approver"])

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


def test_full_sync_deactivates_what_is_absent_but_never_tenant_admins(admin, make_user):
    make_user("it", "second-admin", admin=True)
    payload = directory()
    payload["roles"].append({"code": "legacy", "name": "Legacy"})
    payload["departments"].append({"code": "old", "name": "Old", "parent": "corp"})
    payload["users"].append({"username": "ghost", "departments": ["old"], "roles": ["legacy"]})
    assert sync(admin, payload).status_code == 200

    stamps = {row[0]: row[-1] for kind in ("users", "departments", "roles") for row in state()[kind]}
    full = {**directory(), "full": True}
    response = sync(admin, full)
    assert response.status_code == 200, response.content
    assert response.json() == {
        "users": counts_of(deactivated=1, unchanged=4),
        "departments": counts_of(deactivated=1, unchanged=3),
        "roles": counts_of(deactivated=1, unchanged=3),
        "memberships": counts_of(unchanged=12),
        "changed": True,
    }

    from core.access.models import User
    from core.directory.models import Department, Role

    with schema_context("it"):
        active = dict(User.objects.values_list("username", "is_active"))
        assert active == {
            "boss": True,
            "second-admin": True,
            "lead": True,
            "alice": True,
            "bob": True,
            "carol": True,
            "ghost": False,
        }
        assert dict(Department.objects.values_list("code", "is_active")) == {
            "corp": True,
            "corp-ops": True,
            "corp-dev": True,
            "old": False,
        }
        assert dict(Role.objects.values_list("code", "is_active")) == {
            "approver": True,
            "dev": True,
            "ops": True,
            "legacy": False,
        }

    after = {row[0]: row[-1] for kind in ("users", "departments", "roles") for row in state()[kind]}
    assert {key for key in stamps if after[key] != stamps[key]} == {"ghost", "old", "legacy"}

    # The same full payload again: nothing left to do.
    before = state()
    response = sync(admin, full)
    assert response.json()["changed"] is False
    assert response.json()["users"] == counts_of(unchanged=4)
    assert state() == before

    # Listing them again brings them back.
    response = sync(admin, {**payload, "full": True})
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


def _with(change: Any) -> dict[str, Any]:
    payload = directory()
    change(payload)
    return payload


BAD_PAYLOADS = [
    pytest.param(
        _with(lambda p: p["users"].append({"username": "alice"})),
        [("users.1.username", "duplicate"), ("users.4.username", "duplicate")],
        id="duplicate-username",
    ),
    pytest.param(
        _with(lambda p: p["roles"].append({"code": "dev", "name": "Again"})),
        [("roles.1.code", "duplicate"), ("roles.3.code", "duplicate")],
        id="duplicate-role-code",
    ),
    pytest.param(
        _with(lambda p: p["departments"][1].update(parent="nowhere")),
        [("departments.1.parent", "invalid")],
        id="unknown-parent",
    ),
    pytest.param(
        _with(lambda p: p["users"][1]["roles"].append("wizard")),
        [("users.1.roles", "invalid")],
        id="unknown-role",
    ),
    pytest.param(
        _with(lambda p: p["users"][2]["departments"].append("nowhere")),
        [("users.2.departments", "invalid")],
        id="unknown-department",
    ),
    pytest.param(
        _with(lambda p: p["departments"][0].update(leader="nobody")),
        [("departments.0.leader", "invalid")],
        id="unknown-leader",
    ),
    pytest.param(
        _with(lambda p: p["departments"][2].update(approver="nobody")),
        [("departments.2.approver", "invalid")],
        id="unknown-approver",
    ),
    pytest.param(
        _with(lambda p: p["departments"][0].update(parent="corp-dev")),
        [
            ("departments.0.parent", "cycle"),
            ("departments.1.parent", "cycle"),
            ("departments.2.parent", "cycle"),
        ],
        id="parent-cycle",
    ),
    pytest.param(
        _with(lambda p: p["departments"][1].update(parent="corp-ops")),
        [("departments.1.parent", "cycle")],
        id="own-parent",
    ),
]


@pytest.mark.parametrize(("payload", "problems"), BAD_PAYLOADS)
def test_invalid_payload_is_422_and_writes_nothing(admin, payload, problems):
    before = state()
    response = sync(admin, payload)
    assert response.status_code == 422, response.content
    error = error_of(response)
    assert error["code"] == "validation_failed"
    assert [(p["field"], p["type"]) for p in error["details"]] == problems
    for problem in error["details"]:
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
    response = sync(admin, changed)
    assert response.status_code == 422
    assert [(p["field"], p["type"]) for p in error_of(response)["details"]] == problems
    assert state() == before
    assert admin.get(LAST).json() == last


def test_cycle_through_the_stored_tree_is_422(admin):
    assert sync(admin, directory()).status_code == 200
    before = state()
    # corp-ops already sits below corp; putting corp below corp-ops closes a loop.
    response = sync(admin, {"departments": [{"code": "corp", "name": "Corporate", "parent": "corp-ops"}]})
    assert response.status_code == 422
    assert [(p["field"], p["type"]) for p in error_of(response)["details"]] == [
        ("departments.0.parent", "cycle")
    ]
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
    response = sync(admin, '{"users": [')
    assert response.status_code == 400
    assert error_of(response)["code"] == "malformed_request"


def test_sync_respects_the_user_quota(admin, tenant_it):
    # boss is active: room for exactly 3 more.
    tenant_it.max_users = 4
    tenant_it.save()
    before = state()
    response = sync(admin, directory())  # 4 new active users
    assert response.status_code == 429
    error = error_of(response)
    assert error["code"] == "quota_exceeded"
    assert error["details"] == {"quota": "max_users", "limit": 4, "current": 1}
    # Roles are written before users inside the sync: they must be rolled back too.
    assert state() == before
    assert admin.get(LAST).status_code == 204

    # Inactive people do not take a seat.
    payload = directory()
    payload["users"][3]["is_active"] = False
    response = sync(admin, payload)
    assert response.status_code == 200, response.content
    assert response.json()["users"] == counts_of(created=4)

    # Re-activating carol would need a fifth seat.
    before = state()
    response = sync(admin, directory())
    assert response.status_code == 429
    assert error_of(response)["code"] == "quota_exceeded"
    assert state() == before


def test_last_sync_summary(admin):
    response = admin.get(LAST)
    assert response.status_code == 204
    assert response.content == b""

    def last_without_when() -> dict[str, Any]:
        body = admin.get(LAST).json()
        assert body.pop("actor") == "boss"
        assert body.pop("created_at")
        return body

    first = sync(admin, directory()).json()
    assert last_without_when() == first
    second = sync(admin, directory()).json()
    assert second != first
    assert last_without_when() == second

    from core.directory.models import DirectorySyncRun

    with schema_context("it"):
        runs = list(DirectorySyncRun.objects.values_list("actor", flat=True))
    assert runs == ["boss", "boss"]


def test_last_sync_is_per_tenant(admin, login):
    assert sync(admin, directory()).status_code == 200
    hr = login("hr", "hr-admin", admin=True)
    assert hr.get(LAST).status_code == 204


def test_sync_permissions(admin, login, client_for, make_app):
    before = state()

    response = sync(client_for("it"), directory())
    assert response.status_code == 401
    assert error_of(response)["code"] == "not_authenticated"

    plain = login("it", "plain")
    response = sync(plain, directory())
    assert response.status_code == 403
    assert error_of(response)["code"] == "permission_denied"
    # Who synced and what changed is admin information: an ordinary user gets 403, as for the sync.
    response = plain.get(LAST)
    assert response.status_code == 403
    assert error_of(response)["code"] == "permission_denied"

    _, read_token = make_app("it", "reader", scopes=["directory:read"])
    reader = client_for("it", HTTP_AUTHORIZATION=f"Bearer {read_token}")
    response = sync(reader, directory())
    assert response.status_code == 403
    assert error_of(response)["code"] == "permission_denied"
    assert reader.get(LAST).status_code == 403
    after = state()
    assert after["departments"] == before["departments"]
    assert after["roles"] == before["roles"]

    _, write_token = make_app("it", "hr-system", scopes=["directory:write"])
    writer = client_for("it", HTTP_AUTHORIZATION=f"Bearer {write_token}")
    response = sync(writer, directory())
    assert response.status_code == 200, response.content
    assert response.json()["users"] == counts_of(created=4)

    from core.directory.models import DirectorySyncRun

    with schema_context("it"):
        assert DirectorySyncRun.objects.get().actor == "app:hr-system"
    assert writer.get(LAST).json()["actor"] == "app:hr-system"
    assert admin.get(LAST).status_code == 200
    assert plain.get(LAST).status_code == 403


def _sync_queries(client: Any, payload: dict[str, Any]) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        response = sync(client, payload)
    assert response.status_code == 200, response.content
    return len(captured)


@pytest.mark.parametrize("phase", ["create", "update", "unchanged", "drop-memberships", "full"])
def test_sync_query_count_does_not_grow_with_the_directory(login, phase):
    """Bulk writes only: the number of queries does not depend on how many rows change."""

    def payload(size: int, step: str) -> dict[str, Any]:
        tag = "a" if step in ("create", "update", "unchanged", "drop-memberships") else "b"
        return {
            "roles": [{"code": f"r{i}", "name": f"Role {i} {tag}"} for i in range(size)],
            "departments": [
                {"code": f"d{i}", "name": f"Dept {i} {tag}", "parent": "d0" if i else None, "leader": "u0"}
                for i in range(size)
            ],
            "users": [
                {
                    "username": f"u{i}",
                    "display_name": f"User {i} {tag}",
                    "departments": [] if step == "drop-memberships" else [f"d{i}", "d0"],
                    "roles": [] if step == "drop-memberships" else [f"r{i}", "r0"],
                }
                for i in range(size)
            ],
            "full": step == "full",
        }

    steps = ["create", "update", "unchanged", "drop-memberships", "full"]
    measured = []
    for key, size in (("it", 3), ("hr", 15)):
        client = login(key, f"admin-{key}", admin=True)
        queries = 0
        for step in steps[: steps.index(phase) + 1]:
            if step == "update":
                sync(client, payload(size, "full"))  # something to update back from
            queries = _sync_queries(client, payload(size, step))
        measured.append(queries)
    assert measured[0] == measured[1], measured
