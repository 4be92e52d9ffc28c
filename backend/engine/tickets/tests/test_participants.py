"""Resolving participant rules against the `it` tenant's directory, and picking handlers.

Every rule resolves to active user ids, de-duplicated and ascending, in a bounded number of
queries that does not grow with the number of departments, roles or users the rule names.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context

from core.access.models import User
from core.directory.models import Department, DepartmentMembership, Role, RoleMembership
from engine.tickets.runtime.participants import (
    ResolutionError,
    TicketContext,
    pick_handlers,
    resolve_participants,
)
from engine.workflows.definitions.schema import (
    DepartmentScope,
    Distribution,
    DistributionKind,
    HookCall,
    Participant,
    ParticipantKind,
    Variable,
)


def selects(queries: CaptureQueriesContext) -> list[str]:
    """The statements run, less the `SET search_path` django-tenants issues on a schema switch."""
    return [query["sql"] for query in queries.captured_queries if not query["sql"].startswith("SET ")]


@dataclass
class Directory:
    """The `it` tenant's people by username, and helpers to build the rest."""

    ids: dict[str, int]

    def __call__(self, *usernames: str) -> list[int]:
        return sorted(self.ids[name] for name in usernames)


@pytest.fixture
def it_schema(db: None) -> Iterator[None]:
    with schema_context("it"):
        yield


def user(username: str, *, active: bool = True) -> User:
    return User.objects.create(username=username, is_active=active)


def department(
    code: str,
    members: Sequence[User] = (),
    *,
    leader: User | None = None,
    approver: User | None = None,
    active: bool = True,
) -> Department:
    dept = Department.objects.create(
        code=code, name=code.title(), leader=leader, approver=approver, is_active=active
    )
    DepartmentMembership.objects.bulk_create([DepartmentMembership(user=m, department=dept) for m in members])
    return dept


def role(code: str, members: Sequence[User] = (), *, active: bool = True) -> Role:
    r = Role.objects.create(code=code, name=code.title(), is_active=active)
    RoleMembership.objects.bulk_create([RoleMembership(user=m, role=r) for m in members])
    return r


@pytest.fixture
def people(it_schema: None) -> Directory:
    """A small company.

    eng: ann, bob, cat (inactive), dan — leader lea, approver abe
    ops: bob, eve — leader lea (again), no approver
    old (inactive): ann, fay — leader leo, approver abe
    sec: no members, leader gil (inactive), approver amy
    roles: reviewer (ann, bob, cat), auditor (bob, eve), retired (inactive: fay)
    """
    ann, bob, dan, eve, fay = (user(n) for n in ("ann", "bob", "dan", "eve", "fay"))
    cat = user("cat", active=False)
    lea, leo, abe, gil, amy = user("lea"), user("leo"), user("abe"), user("gil", active=False), user("amy")
    department("eng", [ann, bob, cat, dan], leader=lea, approver=abe)
    department("ops", [bob, eve], leader=lea)
    department("old", [ann, fay], leader=leo, approver=abe, active=False)
    department("sec", [], leader=gil, approver=amy)
    role("reviewer", [ann, bob, cat])
    role("auditor", [bob, eve])
    role("retired", [fay], active=False)
    return Directory({u.username: u.pk for u in User.objects.all()})


def ctx(
    creator_id: int = 0,
    values: Mapping[str, Any] | None = None,
    field_types: Mapping[str, str] | None = None,
    *,
    parent_values: Mapping[str, Any] | None = None,
    parent_field_types: Mapping[str, str] | None = None,
) -> TicketContext:
    return TicketContext(
        creator_id=creator_id,
        values=values or {},
        parent_values=parent_values,
        field_types=field_types or {},
        parent_field_types=parent_field_types,
    )


def resolve(participant: Participant, context: TicketContext | None = None) -> list[int]:
    """Resolve, asserting at most one statement ran (the bound is three)."""
    with CaptureQueriesContext(connection) as queries:
        found = resolve_participants(participant, context or ctx())
    assert len(selects(queries)) <= 1, selects(queries)
    assert found == sorted(set(found))
    return found


# ---- each rule --------------------------------------------------------------------------------------


def test_none_names_nobody_without_a_query(people: Directory) -> None:
    with CaptureQueriesContext(connection) as queries:
        assert resolve_participants(Participant(), ctx()) == []
    assert selects(queries) == []


def test_users_by_username_active_only(people: Directory) -> None:
    rule = Participant(kind=ParticipantKind.USERS, users=["eve", "cat", "ann", "nobody", "eve", "gil"])
    assert resolve(rule) == people("ann", "eve")


def test_an_empty_user_list_runs_no_query(people: Directory) -> None:
    with CaptureQueriesContext(connection) as queries:
        assert resolve_participants(Participant(kind=ParticipantKind.USERS), ctx()) == []
    assert selects(queries) == []


def test_department_members_across_departments_once_each(people: Directory) -> None:
    rule = Participant(kind=ParticipantKind.DEPARTMENTS, departments=["ops", "eng", "old", "nope"])
    # bob is in eng and ops: once; cat is inactive; old is inactive (fay only there).
    assert resolve(rule) == people("ann", "bob", "dan", "eve")


def test_members_of_only_an_inactive_department_is_nobody(people: Directory) -> None:
    rule = Participant(kind=ParticipantKind.DEPARTMENTS, departments=["old"])
    assert resolve(rule) == []


def test_department_leaders_skip_unset_inactive_and_repeat(people: Directory) -> None:
    rule = Participant(
        kind=ParticipantKind.DEPARTMENTS,
        departments=["eng", "ops", "old", "sec"],
        department_scope=DepartmentScope.LEADER,
    )
    # lea leads eng and ops (once); old is inactive (leo left out); sec's leader gil is inactive.
    assert resolve(rule) == people("lea")


def test_department_approvers_skip_unset(people: Directory) -> None:
    rule = Participant(
        kind=ParticipantKind.DEPARTMENTS,
        departments=["eng", "ops", "sec", "old"],
        department_scope=DepartmentScope.APPROVER,
    )
    # ops has no approver; abe approves eng (and inactive old): once.
    assert resolve(rule) == people("abe", "amy")


def test_roles_members_of_active_roles(people: Directory) -> None:
    rule = Participant(kind=ParticipantKind.ROLES, roles=["reviewer", "auditor", "retired", "ghost"])
    assert resolve(rule) == people("ann", "bob", "eve")
    assert resolve(Participant(kind=ParticipantKind.ROLES, roles=["retired"])) == []


def test_variable_creator(people: Directory) -> None:
    rule = Participant(kind=ParticipantKind.VARIABLE, variable=Variable.CREATOR)
    assert resolve(rule, ctx(people.ids["dan"])) == people("dan")


def test_an_inactive_creator_is_left_out(people: Directory) -> None:
    rule = Participant(kind=ParticipantKind.VARIABLE, variable=Variable.CREATOR)
    assert resolve(rule, ctx(people.ids["cat"])) == []


def test_creator_department_leader_of_each_department(people: Directory) -> None:
    leader = Participant(kind=ParticipantKind.VARIABLE, variable=Variable.CREATOR_LEADER)
    approver = Participant(kind=ParticipantKind.VARIABLE, variable=Variable.CREATOR_APPROVER)
    # bob: eng and ops, both led by lea; approvers: abe (eng), none for ops.
    assert resolve(leader, ctx(people.ids["bob"])) == people("lea")
    assert resolve(approver, ctx(people.ids["bob"])) == people("abe")
    # ann: eng and the inactive old (leo, abe there are ignored).
    assert resolve(leader, ctx(people.ids["ann"])) == people("lea")
    # fay is only in the inactive department; lea is in none.
    assert resolve(leader, ctx(people.ids["fay"])) == []
    assert resolve(approver, ctx(people.ids["lea"])) == []


def test_creator_department_heads_of_several_distinct_departments(people: Directory) -> None:
    zed, kim, joe = user("zed"), user("kim"), user("joe")
    for code, head in (("hr", kim), ("fin", joe)):
        department(code, [zed], leader=head, approver=head)
    rule = Participant(kind=ParticipantKind.VARIABLE, variable=Variable.CREATOR_LEADER)
    assert resolve(rule, ctx(zed.pk)) == sorted([kim.pk, joe.pk])


def test_a_variable_rule_without_its_variable_is_incomplete(people: Directory) -> None:
    with pytest.raises(ResolutionError) as caught:
        resolve_participants(Participant(kind=ParticipantKind.VARIABLE), ctx())
    assert caught.value.code == "incomplete_participant"


TYPES = {"manager": "user", "reviewers": "users", "team": "department", "days": "int"}


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("manager", "dan", ["dan"]),
        ("manager", "cat", []),  # inactive
        ("manager", None, []),
        ("manager", "", []),
        ("reviewers", ["eve", "ann", "eve", "ghost", "cat"], ["ann", "eve"]),
        ("reviewers", [], []),
        ("reviewers", None, []),
        ("team", "ops", ["bob", "eve"]),
        ("team", "old", []),  # inactive department
        ("team", None, []),
    ],
)
def test_field_rule(people: Directory, key: str, value: Any, expected: list[str]) -> None:
    rule = Participant(kind=ParticipantKind.FIELD, field=key)
    assert resolve(rule, ctx(values={key: value}, field_types=TYPES)) == people(*expected)


def test_a_missing_value_names_nobody(people: Directory) -> None:
    rule = Participant(kind=ParticipantKind.FIELD, field="reviewers")
    assert resolve(rule, ctx(values={}, field_types=TYPES)) == []


def test_a_department_field_honours_the_department_scope(people: Directory) -> None:
    values = {"team": "eng"}
    leader = Participant(kind=ParticipantKind.FIELD, field="team", department_scope=DepartmentScope.LEADER)
    approver = Participant(
        kind=ParticipantKind.FIELD, field="team", department_scope=DepartmentScope.APPROVER
    )
    assert resolve(leader, ctx(values=values, field_types=TYPES)) == people("lea")
    assert resolve(approver, ctx(values=values, field_types=TYPES)) == people("abe")


def test_a_field_rule_on_an_unknown_or_unsuitable_field_fails(people: Directory) -> None:
    with pytest.raises(ResolutionError) as caught:
        resolve_participants(Participant(kind=ParticipantKind.FIELD, field="boss"), ctx(field_types=TYPES))
    assert caught.value.code == "unknown_field"
    with pytest.raises(ResolutionError) as caught:
        resolve_participants(
            Participant(kind=ParticipantKind.FIELD, field="days"), ctx(values={"days": 3}, field_types=TYPES)
        )
    assert caught.value.code == "invalid_participant_field"
    assert "days" in caught.value.message
    with pytest.raises(ResolutionError) as caught:
        resolve_participants(Participant(kind=ParticipantKind.FIELD), ctx(field_types=TYPES))
    assert caught.value.code == "incomplete_participant"


def test_parent_field_reads_the_parent_ticket(people: Directory) -> None:
    rule = Participant(kind=ParticipantKind.PARENT_FIELD, field="approvers")
    context = ctx(
        values={"approvers": ["ann"]},
        field_types={"approvers": "users"},
        parent_values={"approvers": ["dan", "bob", "cat"]},
        parent_field_types={"approvers": "users"},
    )
    assert resolve(rule, context) == people("bob", "dan")
    dept = Participant(kind=ParticipantKind.PARENT_FIELD, field="team")
    parent = ctx(parent_values={"team": "eng"}, parent_field_types={"team": "department"})
    assert resolve(dept, parent) == people("ann", "bob", "dan")


def test_parent_field_without_a_parent_names_nobody(people: Directory) -> None:
    rule = Participant(kind=ParticipantKind.PARENT_FIELD, field="approvers")
    with CaptureQueriesContext(connection) as queries:
        assert resolve_participants(rule, ctx(values={"approvers": ["ann"]}, field_types=TYPES)) == []
    assert selects(queries) == []


def test_parent_field_missing_in_the_parent_workflow_fails(people: Directory) -> None:
    rule = Participant(kind=ParticipantKind.PARENT_FIELD, field="approvers")
    with pytest.raises(ResolutionError) as caught:
        resolve_participants(rule, ctx(parent_values={}, parent_field_types={"other": "user"}))
    assert caught.value.code == "unknown_field"
    assert "parent" in caught.value.message


def test_a_hook_rule_needs_the_hook(people: Directory) -> None:
    rule = Participant(
        kind=ParticipantKind.HOOK, hook=HookCall(url="https://hooks.example/who", returns_handlers=True)
    )
    with CaptureQueriesContext(connection) as queries, pytest.raises(ResolutionError) as caught:
        resolve_participants(rule, ctx())
    assert caught.value.code == "needs_hook"
    assert caught.value.message
    assert selects(queries) == []


def test_a_rule_from_a_json_document_resolves_the_same(people: Directory) -> None:
    """Rules arrive as JSON (enum values kept as plain strings by the schema)."""
    rule = Participant.model_validate(
        {"kind": "departments", "departments": ["eng"], "department_scope": "leader"}
    )
    assert resolve(rule) == people("lea")


# ---- bounded queries ------------------------------------------------------------------------------


def build(size: int, tag: str) -> dict[str, Any]:
    """`size` departments, roles and users: user i is in department i and in the first one (so in
    two), in role i, leads department i and approves department size-1-i."""
    users = User.objects.bulk_create([User(username=f"{tag}u{i}") for i in range(size)])
    departments = Department.objects.bulk_create(
        [
            Department(code=f"{tag}d{i}", name=f"D{i}", leader=users[i], approver=users[-1 - i])
            for i in range(size)
        ]
    )
    roles = Role.objects.bulk_create([Role(code=f"{tag}r{i}", name=f"R{i}") for i in range(size)])
    DepartmentMembership.objects.bulk_create(
        [DepartmentMembership(user=u, department=d) for u, d in zip(users, departments, strict=True)]
        + [DepartmentMembership(user=u, department=departments[0]) for u in users[1:]]
    )
    RoleMembership.objects.bulk_create(
        [RoleMembership(user=u, role=r) for u, r in zip(users, roles, strict=True)]
    )
    return {
        "usernames": [u.username for u in users],
        "departments": [d.code for d in departments],
        "roles": [r.code for r in roles],
        "creator": users[0].pk,
        "ids": sorted(u.pk for u in users),
    }


RuleMaker = Callable[[dict[str, Any]], tuple[Participant, TicketContext]]


def _departments(scope: DepartmentScope = DepartmentScope.MEMBERS) -> RuleMaker:
    """The directory's departments: everyone in them (the default), their leaders or their approvers."""
    return lambda d: (
        Participant(kind=ParticipantKind.DEPARTMENTS, departments=d["departments"], department_scope=scope),
        ctx(),
    )


RULES: dict[str, RuleMaker] = {
    "users": lambda d: (Participant(kind=ParticipantKind.USERS, users=d["usernames"]), ctx()),
    "members": _departments(),
    "leaders": _departments(DepartmentScope.LEADER),
    "approvers": _departments(DepartmentScope.APPROVER),
    "roles": lambda d: (Participant(kind=ParticipantKind.ROLES, roles=d["roles"]), ctx()),
    "creator": lambda d: (
        Participant(kind=ParticipantKind.VARIABLE, variable=Variable.CREATOR),
        ctx(d["creator"]),
    ),
    "creator_leader": lambda d: (
        Participant(kind=ParticipantKind.VARIABLE, variable=Variable.CREATOR_LEADER),
        ctx(d["creator"]),
    ),
    "creator_approver": lambda d: (
        Participant(kind=ParticipantKind.VARIABLE, variable=Variable.CREATOR_APPROVER),
        ctx(d["creator"]),
    ),
    "field_users": lambda d: (
        Participant(kind=ParticipantKind.FIELD, field="who"),
        ctx(values={"who": d["usernames"]}, field_types={"who": "users"}),
    ),
    "field_department": lambda d: (
        Participant(kind=ParticipantKind.FIELD, field="team"),
        ctx(values={"team": d["departments"][0]}, field_types={"team": "department"}),
    ),
    "parent_field": lambda d: (
        Participant(kind=ParticipantKind.PARENT_FIELD, field="who"),
        ctx(parent_values={"who": d["usernames"]}, parent_field_types={"who": "users"}),
    ),
}


@pytest.mark.parametrize("name", sorted(RULES))
def test_query_count_does_not_grow_with_the_directory(it_schema: None, name: str) -> None:
    counts: list[int] = []
    for size, tag in ((3, "s"), (30, "l")):
        data = build(size, tag)
        participant, context = RULES[name](data)
        with CaptureQueriesContext(connection) as queries:
            found = resolve_participants(participant, context)
        counts.append(len(selects(queries)))
        assert found, name
        assert found == sorted(set(found))
        assert set(found) <= set(data["ids"])
        if name in ("users", "members", "leaders", "approvers", "roles", "field_users", "parent_field"):
            assert found == data["ids"], name
    assert counts[0] == counts[1] <= 3, counts


# ---- pick_handlers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind",
    [DistributionKind.ANY, DistributionKind.CLAIM, DistributionKind.DIRECT, DistributionKind.COUNTERSIGN],
)
def test_every_other_distribution_takes_every_candidate(kind: DistributionKind) -> None:
    distribution = Distribution(kind=kind)
    assert pick_handlers(distribution, [3, 5, 8]) == [3, 5, 8]
    assert pick_handlers(distribution, [3, 5, 3]) == [3, 5]
    assert pick_handlers(distribution, []) == []


def test_random_picks_exactly_one_reproducibly_with_a_seed() -> None:
    distribution = Distribution(kind=DistributionKind.RANDOM)
    candidates = [2, 4, 6, 8, 10]
    first = pick_handlers(distribution, candidates, rng=random.Random(42))
    again = pick_handlers(distribution, candidates, rng=random.Random(42))
    assert first == again
    assert len(first) == 1
    assert first[0] in candidates
    assert candidates == [2, 4, 6, 8, 10]  # not modified
    seeded = random.Random(7)
    picked = {pick_handlers(distribution, candidates, rng=seeded)[0] for _ in range(200)}
    assert picked == set(candidates)


def test_random_of_nobody_is_nobody_and_defaults_to_system_random() -> None:
    distribution = Distribution(kind=DistributionKind.RANDOM)
    assert pick_handlers(distribution, [], rng=random.Random(1)) == []
    assert pick_handlers(distribution, []) == []
    assert pick_handlers(distribution, [9]) == [9]
    assert pick_handlers(distribution, [4, 5])[0] in (4, 5)


def test_random_from_json_settings() -> None:
    distribution = Distribution.model_validate({"kind": "random"})
    assert pick_handlers(distribution, [1, 2, 3], rng=random.Random(0)) == pick_handlers(
        Distribution(kind=DistributionKind.RANDOM), [1, 2, 3], rng=random.Random(0)
    )
