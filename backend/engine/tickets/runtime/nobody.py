"""Why a state's participant rule named nobody, said to the requester: what is missing and whom to ask.

The runtime refuses to enter a handled state with no handler (409 `no_handlers`, the code stays
stable); this builds that error's message and details. Runs only on that error path: a few small
queries (the creator's departments, the listed departments or roles, the tenant admins).

`details`: `state`, `state_name`, `participant` (the rule's kind), `missing` (what to fix:
`creator_department`, `department_leader`, `department_approver`, `department_members`,
`role_members`, `field_value`, `active_users`, `handlers`), `names` (the departments, roles, field or
users concerned) and `ask` (the usernames of up to three active tenant admins, who can fix the
directory).
"""

from __future__ import annotations

from dataclasses import dataclass

from core.access.models import User
from core.directory.models import Department, Role
from core.errors import Conflict
from engine.tickets.runtime.participants import TicketContext
from engine.workflows.definitions.schema import (
    DepartmentScope,
    Participant,
    ParticipantKind,
    StateDef,
    Variable,
    WorkflowDocument,
)

_SCOPE_MISSING = {
    DepartmentScope.LEADER: "department_leader",
    DepartmentScope.APPROVER: "department_approver",
    DepartmentScope.MEMBERS: "department_members",
}
# scope → (said of one department, said of "none of …", what to ask for)
_SCOPE_WORDS = {
    DepartmentScope.LEADER: ("has no leader", "has a leader", "to set one"),
    DepartmentScope.APPROVER: ("has no approver", "has an approver", "to set one"),
    DepartmentScope.MEMBERS: ("has no active members", "has an active member", "to add someone"),
}


@dataclass(frozen=True)
class _Reason:
    missing: str
    names: list[str]
    # The sentence before "; ask …" and what to ask for (None: nothing a tenant admin fixes).
    text: str
    request: str | None


def no_handlers_error(
    state: StateDef, context: TicketContext, document: WorkflowDocument, *, new_ticket: bool
) -> Conflict:
    """The 409 `no_handlers` for entering `state`, explaining what is missing and whom to ask."""
    reason = _reason(state.participant, context, document, new_ticket=new_ticket)
    admins = list(
        User.objects.filter(is_active=True, is_tenant_admin=True)
        .order_by("username")
        .values_list("username", flat=True)[:3]
    )
    message = f"Nobody can handle the state {state.name!r}: {reason.text}"
    if reason.request is not None:
        whom = f"your tenant admin ({', '.join(admins)})" if admins else "your tenant admin"
        message += f"; ask {whom} {reason.request}"
    return Conflict(
        message + ".",
        code="no_handlers",
        details={
            "state": state.key,
            "state_name": state.name,
            "participant": str(state.participant.kind),
            "missing": reason.missing,
            "names": reason.names,
            "ask": admins,
        },
    )


def _reason(
    who: Participant, context: TicketContext, document: WorkflowDocument, *, new_ticket: bool
) -> _Reason:
    kind = who.kind
    if kind == ParticipantKind.VARIABLE and who.variable in (
        Variable.CREATOR_LEADER,
        Variable.CREATOR_APPROVER,
    ):
        scope = (
            DepartmentScope.LEADER if who.variable == Variable.CREATOR_LEADER else DepartmentScope.APPROVER
        )
        return _creator_department(scope, context.creator_id, new_ticket=new_ticket)
    if kind == ParticipantKind.DEPARTMENTS:
        scope = DepartmentScope(who.department_scope)
        names = list(
            Department.objects.filter(code__in=who.departments, is_active=True)
            .order_by("name")
            .values_list("name", flat=True)
        )
        one, many, request = _SCOPE_WORDS[scope]
        if not names:
            return _Reason(
                _SCOPE_MISSING[scope], [], "none of its departments is active", "to check the directory"
            )
        text = f"{_listed('department', names)} {one if len(names) == 1 else many}"
        return _Reason(_SCOPE_MISSING[scope], names, text, request)
    if kind == ParticipantKind.ROLES:
        names = list(
            Role.objects.filter(code__in=who.roles, is_active=True)
            .order_by("name")
            .values_list("name", flat=True)
        )
        if not names:
            return _Reason("role_members", [], "none of its roles is active", "to check the directory")
        verb = "has no active members" if len(names) == 1 else "has an active member"
        return _Reason("role_members", names, f"{_listed('role', names)} {verb}", "to add someone")
    if kind in (ParticipantKind.FIELD, ParticipantKind.PARENT_FIELD) and who.field:
        return _field(who, context, document)
    if kind == ParticipantKind.USERS:
        text = f"none of the people named for it ({', '.join(who.users)}) is an active user"
        return _Reason("active_users", list(who.users), text, "to reactivate them or change the workflow")
    return _Reason("handlers", [], "its participant rule names nobody", "to check the workflow")


def _creator_department(scope: DepartmentScope, creator_id: int, *, new_ticket: bool) -> _Reason:
    names = list(
        Department.objects.filter(is_active=True, memberships__user_id=creator_id)
        .order_by("name")
        .values_list("name", flat=True)
    )
    if not names:
        if new_ticket:
            text, request = "you are not in any department", "to add you to one"
        else:
            creator = User.objects.filter(pk=creator_id).values_list("username", flat=True).first() or "?"
            text, request = f"the ticket's creator ({creator}) is not in any department", "to add them to one"
        return _Reason("creator_department", [], text, request)
    whose = "your" if new_ticket else "the creator's"
    one, many, request = _SCOPE_WORDS[scope]
    if len(names) == 1:
        text = f"{whose} department {names[0]!r} {one}"
    else:
        text = f"none of {whose} departments ({_join(names)}) {many}"
    return _Reason(_SCOPE_MISSING[scope], names, text, request)


def _field(who: Participant, context: TicketContext, document: WorkflowDocument) -> _Reason:
    parent = who.kind == ParticipantKind.PARENT_FIELD
    values = (context.parent_values or {}) if parent else context.values
    label = next(
        (field.label or field.key for field in document.fields if field.key == who.field), who.field or ""
    )
    whose = "the parent ticket's field" if parent else "the field"
    value = values.get(who.field or "")
    if value in (None, "", []):
        return _Reason("field_value", [label], f"{whose} {label!r} is empty; fill it in", None)
    return _Reason(
        "field_value",
        [label],
        f"{whose} {label!r} names nobody who can handle it (inactive people, or a department without them)",
        "to check the directory",
    )


def _join(names: list[str]) -> str:
    return ", ".join(repr(name) for name in names)


def _listed(what: str, names: list[str]) -> str:
    """`department 'Sales'`, or `none of the departments 'A', 'B'` (names: at least one)."""
    if len(names) == 1:
        return f"{what} {names[0]!r}"
    return f"none of the {what}s {_join(names)}"
