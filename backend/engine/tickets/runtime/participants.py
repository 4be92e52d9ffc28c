"""Who handles a state: a participant rule resolved to user ids, then the distribution's pick.

`resolve_participants` turns a state's `Participant` rule into the ids of the **active** users it
names in the current tenant schema, de-duplicated and sorted ascending, in at most one query
(none for `none`, for an empty name list or for a field holding nothing; the rest is one
`SELECT id FROM user WHERE is_active AND id IN (subquery)` with the directory lookups as
subqueries), so the count never grows with the number of departments, roles or users named.

What each rule names:

- `users`: the users with those usernames.
- `departments`: per `department_scope`, the members of those departments (through
  `DepartmentMembership`), or each department's leader, or its approver (an unset one is
  skipped). Inactive departments are ignored.
- `roles`: the members of those roles; inactive roles are ignored.
- `variable`: `creator` is the ticket's creator; `creator_department_leader` / `..._approver`
  are the leader / approver of every active department the creator is a member of.
- `field`: the users named by the ticket's `user` (a username) or `users` (a list of usernames)
  field; for a `department` field (a department code), that department's people per
  `department_scope` (members by default, or its leader / approver).
- `parent_field`: the same, read from the parent ticket's values; nobody when there is no parent.
- `none`: nobody. `hook` and `script`: raise `ResolutionError("needs_hook")`; the hook call (which
  may return the handlers) and the script run belong to the background-work layer.

Inactive users are always left out, the creator included. An empty result is returned as `[]`:
deciding is the caller's job, and the runtime answers 409 `no_handlers` when a non-end state
would resolve to nobody.

`pick_handlers` applies the state's distribution to those candidates.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from core.access.models import User
from core.directory.models import Department, DepartmentMembership, RoleMembership
from engine.workflows.definitions.schema import (
    DepartmentScope,
    Distribution,
    DistributionKind,
    FieldType,
    Participant,
    ParticipantKind,
    Variable,
)

__all__ = ["ResolutionError", "TicketContext", "pick_handlers", "resolve_participants"]


@dataclass(frozen=True)
class TicketContext:
    """What a participant rule may read of the ticket.

    `values` are the ticket's typed field values (a `user` field holds a username, a `users` field
    a list of usernames, a `department` field a department code); `field_types` maps each field
    key to its type. `parent_values` / `parent_field_types` are the parent ticket's, or None.
    """

    creator_id: int
    values: Mapping[str, Any]
    parent_values: Mapping[str, Any] | None
    field_types: Mapping[str, str]
    parent_field_types: Mapping[str, str] | None


class ResolutionError(Exception):
    """A rule that cannot be resolved here.

    Codes: `needs_hook` (a hook or script rule: the background-work layer calls the hook or runs
    the script),
    `incomplete_participant` (a rule without its variable / field), `unknown_field` (the rule
    reads a field the ticket's — or parent ticket's — workflow does not have) and
    `invalid_participant_field` (the field is not a user, users or department field).
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def resolve_participants(participant: Participant, context: TicketContext) -> list[int]:
    """The active user ids the rule names, de-duplicated and ascending; at most one query."""
    kind = participant.kind
    if kind == ParticipantKind.NONE:
        return []
    if kind == ParticipantKind.USERS:
        return _by_usernames(participant.users)
    if kind == ParticipantKind.DEPARTMENTS:
        codes = _distinct(participant.departments)
        if not codes:
            return []
        return _of_departments(
            Department.objects.filter(code__in=codes), DepartmentScope(participant.department_scope)
        )
    if kind == ParticipantKind.ROLES:
        codes = _distinct(participant.roles)
        if not codes:
            return []
        ids = RoleMembership.objects.filter(role__code__in=codes, role__is_active=True).values("user_id")
        return _active(ids)
    if kind == ParticipantKind.VARIABLE:
        return _variable(participant, context)
    if kind == ParticipantKind.FIELD:
        return _from_field(participant, context.values, context.field_types, parent=False)
    if kind == ParticipantKind.PARENT_FIELD:
        if context.parent_values is None:
            return []
        return _from_field(participant, context.parent_values, context.parent_field_types or {}, parent=True)
    if kind in (ParticipantKind.HOOK, ParticipantKind.SCRIPT):
        raise ResolutionError("needs_hook", _("A hook or script participant is resolved in the background."))
    raise ValueError(f"unknown participant kind {kind!r}")


def pick_handlers(
    distribution: Distribution, candidates: list[int], *, rng: random.Random | None = None
) -> list[int]:
    """The handlers among the candidates: everyone, or for `random` exactly one (none of none).

    Duplicates are dropped (first occurrence kept), so a random pick is uniform over people.
    """
    people = list(dict.fromkeys(candidates))
    kind = distribution.kind
    if kind == DistributionKind.RANDOM:
        if not people:
            return []
        return [(rng or random.SystemRandom()).choice(people)]
    if kind in (
        DistributionKind.ANY,
        DistributionKind.CLAIM,
        DistributionKind.DIRECT,
        DistributionKind.COUNTERSIGN,
    ):
        return people
    raise ValueError(f"unknown distribution kind {kind!r}")


# ---- helpers ------------------------------------------------------------------------------------


def _distinct(names: Iterable[str]) -> list[str]:
    return sorted(set(names))


def _active(ids: QuerySet[Any, Any]) -> list[int]:
    """One query: the active users whose id is among `ids` (a one-column subquery), ascending."""
    rows = User.objects.filter(is_active=True, pk__in=ids).order_by("pk").values_list("pk", flat=True)
    return sorted(set(rows))


def _by_usernames(usernames: Iterable[str]) -> list[int]:
    names = _distinct(usernames)
    if not names:
        return []
    rows = User.objects.filter(is_active=True, username__in=names).order_by("pk").values_list("pk", flat=True)
    return sorted(set(rows))


def _of_departments(departments: QuerySet[Department], scope: DepartmentScope) -> list[int]:
    """The members, leaders or approvers of the active departments among `departments`."""
    active = departments.filter(is_active=True)
    ids: QuerySet[Any, Any]
    if scope == DepartmentScope.MEMBERS:
        ids = DepartmentMembership.objects.filter(department__in=active.values("pk")).values("user_id")
    elif scope == DepartmentScope.LEADER:
        ids = active.filter(leader__isnull=False).values("leader_id")
    elif scope == DepartmentScope.APPROVER:
        ids = active.filter(approver__isnull=False).values("approver_id")
    else:
        raise ValueError(f"unknown department scope {scope!r}")
    return _active(ids)


def _variable(participant: Participant, context: TicketContext) -> list[int]:
    variable = participant.variable
    if variable is None:
        raise ResolutionError("incomplete_participant", _("A variable participant needs a variable."))
    if variable == Variable.CREATOR:
        return _active(User.objects.filter(pk=context.creator_id).values("pk"))
    creator_departments = Department.objects.filter(memberships__user_id=context.creator_id)
    if variable == Variable.CREATOR_LEADER:
        return _of_departments(creator_departments, DepartmentScope.LEADER)
    if variable == Variable.CREATOR_APPROVER:
        return _of_departments(creator_departments, DepartmentScope.APPROVER)
    raise ValueError(f"unknown variable {variable!r}")


def _strings(value: Any) -> list[str]:
    """The non-blank strings of a field value: a string, or a list/tuple of them (others ignored)."""
    items = value if isinstance(value, list | tuple) else [value]
    return [item for item in items if isinstance(item, str) and item.strip()]


def _from_field(
    participant: Participant, values: Mapping[str, Any], field_types: Mapping[str, str], *, parent: bool
) -> list[int]:
    key = participant.field
    if key is None:
        raise ResolutionError("incomplete_participant", _("A field participant needs a field."))
    field_type = field_types.get(key)
    if field_type is None:
        message = (
            _("The parent ticket's workflow has no field %(field)s.")
            if parent
            else _("The ticket's workflow has no field %(field)s.")
        )
        raise ResolutionError("unknown_field", message % {"field": repr(key)})
    names = _strings(values.get(key))
    if field_type in (FieldType.USER, FieldType.USERS):
        return _by_usernames(names)
    if field_type == FieldType.DEPARTMENT:
        if not names:
            return []
        return _of_departments(
            Department.objects.filter(code__in=_distinct(names)),
            DepartmentScope(participant.department_scope),
        )
    message = (
        _(
            "Field %(field)s of the parent ticket's workflow is a %(type)s field; handlers come from a "
            "user, users or department field."
        )
        if parent
        else _(
            "Field %(field)s of the ticket's workflow is a %(type)s field; handlers come from a user, "
            "users or department field."
        )
    )
    raise ResolutionError("invalid_participant_field", message % {"field": repr(key), "type": field_type})
