"""Warnings, not errors: a state whose participants may resolve to nobody, for some possible creator
or for everyone with the directory as it is now.

The directory changes after publishing (a leader is set, someone joins a role), so none of this
blocks publishing; the designer lists them so the admin can fix the directory or the rule before a
requester meets "nobody can handle this state". Reads the current tenant schema: at most five
queries, and none for rules that cannot come out empty (a user list, the creator, a hook, a script).

- `variable: creator_department_leader / _approver`: some possible creator (see `creators`) is in no
  active department, or in none whose leader (approver) is an active user.
- `departments`: none of the listed departments gives anyone for its scope (no active member, no
  active leader, no active approver).
- `roles`: none of the listed roles has an active member.
- `field`: the field is optional, so it may be left empty.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q, QuerySet

from engine.workflows.definitions.schema import (
    Audience,
    DepartmentScope,
    Participant,
    ParticipantKind,
    StateType,
    Variable,
    WorkflowDocument,
)
from engine.workflows.definitions.validation.context import Problem

CODE = "may_resolve_to_nobody"
_LEADER_VARIABLES = {Variable.CREATOR_LEADER: "leader", Variable.CREATOR_APPROVER: "approver"}


def participant_warnings(doc: WorkflowDocument) -> list[Problem]:
    """A warning for each handled state whose participant rule may name nobody, in document order."""
    facts = _Facts.read(doc)
    warnings: list[Problem] = []
    for index, state in enumerate(doc.states):
        if state.type in (StateType.START, StateType.END):
            continue
        message = _empty_because(state.participant, doc, facts)
        if message is not None:
            path = f"states.{index}.participant"
            warnings.append(Problem(path, CODE, f"{message} Nobody would handle {state.name!r}.", "warning"))
    return warnings


def _handled(doc: WorkflowDocument) -> Iterable[Participant]:
    return (state.participant for state in doc.states if state.type not in (StateType.START, StateType.END))


@dataclass
class _Facts:
    # code → (name, active members, has an active leader, has an active approver), active departments only
    departments: dict[str, tuple[str, int, bool, bool]] = field(default_factory=dict)
    # code → (name, active members), active roles only
    roles: dict[str, tuple[str, int]] = field(default_factory=dict)
    # possible creators in no active department (a few usernames)
    without_department: list[str] = field(default_factory=list)
    # "leader" / "approver" → departments of possible creators none of whose departments has one
    unled: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def read(cls, doc: WorkflowDocument) -> _Facts:
        facts = cls()
        rules = list(_handled(doc))
        facts.read_catalog(rules)
        variables = {rule.variable for rule in rules if rule.kind == ParticipantKind.VARIABLE}
        wanted = [scope for variable, scope in _LEADER_VARIABLES.items() if variable in variables]
        if wanted:
            creators = possible_creators(doc.creators)
            facts.without_department = _stranded(creators)
            for scope in wanted:
                facts.unled[scope] = _unled_departments(creators, scope)
        return facts

    def read_catalog(self, rules: list[Participant]) -> None:
        """The departments and roles the rules list, with their people (one query per kind used)."""
        from core.directory.models import Department, Role

        people = Count("memberships", filter=Q(memberships__user__is_active=True))
        codes = {
            code for rule in rules if rule.kind == ParticipantKind.DEPARTMENTS for code in rule.departments
        }
        if codes:
            rows = (
                Department.objects.filter(code__in=codes, is_active=True)
                .annotate(people=people)
                .values_list("code", "name", "people", "leader__is_active", "approver__is_active")
            )
            self.departments = {c: (n, count, bool(led), bool(app)) for c, n, count, led, app in rows}
        roles = {code for rule in rules if rule.kind == ParticipantKind.ROLES for code in rule.roles}
        if roles:
            role_rows = (
                Role.objects.filter(code__in=roles, is_active=True)
                .annotate(people=people)
                .values_list("code", "name", "people")
            )
            self.roles = {code: (name, count) for code, name, count in role_rows}


def possible_creators(audience: Audience) -> QuerySet[Any]:
    """The active users the creators audience lets file tickets (no query until evaluated)."""
    from core.access.models import User
    from core.directory.models import DepartmentMembership, RoleMembership

    users = User.objects.filter(is_active=True)
    if audience.everyone:
        return users
    members = DepartmentMembership.objects.filter(
        department__code__in=audience.departments, department__is_active=True
    ).values("user_id")
    holders = RoleMembership.objects.filter(role__code__in=audience.roles, role__is_active=True).values(
        "user_id"
    )
    return users.filter(Q(username__in=audience.users) | Q(pk__in=members) | Q(pk__in=holders))


def _in_departments(**lookups: Any) -> QuerySet[Any]:
    from core.directory.models import DepartmentMembership

    return DepartmentMembership.objects.filter(department__is_active=True, **lookups).values("user_id")


def _stranded(creators: QuerySet[Any]) -> list[str]:
    rows = creators.exclude(pk__in=_in_departments()).order_by("username").values_list("username", flat=True)
    return list(rows[:3])


def _unled_departments(creators: QuerySet[Any], scope: str) -> list[str]:
    """The departments of possible creators none of whose departments has an active leader (approver)."""
    from core.directory.models import Department

    led = _in_departments(**{f"department__{scope}__is_active": True})
    stranded = creators.filter(pk__in=_in_departments()).exclude(pk__in=led).values("pk")
    rows = (
        Department.objects.filter(is_active=True, memberships__user__in=stranded)
        .order_by("name")
        .values_list("name", flat=True)
        .distinct()
    )
    return list(rows[:3])


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(repr(name) for name in names)


def _empty_because(who: Participant, doc: WorkflowDocument, facts: _Facts) -> str | None:
    """Why the rule may name nobody (one sentence), or None when it always names someone."""
    if who.kind == ParticipantKind.VARIABLE and who.variable in _LEADER_VARIABLES:
        return _creator_department_empty(_LEADER_VARIABLES[who.variable], facts)
    if who.kind == ParticipantKind.DEPARTMENTS and who.departments:
        return _departments_empty(who, facts)
    if who.kind == ParticipantKind.ROLES and who.roles:
        return _roles_empty(who, facts)
    if who.kind == ParticipantKind.FIELD and who.field:
        source = next((item for item in doc.fields if item.key == who.field), None)
        if source is not None and not source.required:
            label = source.label or source.key
            return f"The handlers come from the optional field {label!r}, which may be left empty."
    return None


def _creator_department_empty(scope: str, facts: _Facts) -> str | None:
    if facts.without_department:
        return (
            f"The creator's department {scope} is asked, but some people who may create tickets "
            f"are in no department (e.g. {_quoted(facts.without_department)})."
        )
    if facts.unled.get(scope):
        return (
            f"The creator's department {scope} is asked, but some creators' departments have no "
            f"{scope} (e.g. {_quoted(facts.unled[scope])})."
        )
    return None


def _roles_empty(who: Participant, facts: _Facts) -> str | None:
    found = [facts.roles[code] for code in who.roles if code in facts.roles]
    if found and not any(people for _name, people in found):
        return f"No active person holds {_quoted(name for name, _people in found)}."
    return None


def _departments_empty(who: Participant, facts: _Facts) -> str | None:
    found = [facts.departments[code] for code in who.departments if code in facts.departments]
    if not found:
        return None  # unknown or inactive departments are errors already
    scope = DepartmentScope(who.department_scope)
    index = {DepartmentScope.MEMBERS: 1, DepartmentScope.LEADER: 2, DepartmentScope.APPROVER: 3}[scope]
    if any(row[index] for row in found):
        return None
    names = _quoted(row[0] for row in found)
    if scope == DepartmentScope.MEMBERS:
        return f"{names}: no active members."
    return f"{names}: no active {scope.value}."
