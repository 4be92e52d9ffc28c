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

from django.utils.translation import gettext, gettext_lazy

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
# Whole sentences per scope (translators need them whole): one department; none of several (listed);
# the creator's one department / none of theirs (`whose`: yours, or the creator's); what to ask for.
_ONE_DEPARTMENT = {
    DepartmentScope.LEADER: gettext_lazy("department %(name)s has no leader"),
    DepartmentScope.APPROVER: gettext_lazy("department %(name)s has no approver"),
    DepartmentScope.MEMBERS: gettext_lazy("department %(name)s has no active members"),
}
_NO_DEPARTMENT = {
    DepartmentScope.LEADER: gettext_lazy("none of the departments %(names)s has a leader"),
    DepartmentScope.APPROVER: gettext_lazy("none of the departments %(names)s has an approver"),
    DepartmentScope.MEMBERS: gettext_lazy("none of the departments %(names)s has an active member"),
}
_YOUR_DEPARTMENT = {
    DepartmentScope.LEADER: gettext_lazy("your department %(name)s has no leader"),
    DepartmentScope.APPROVER: gettext_lazy("your department %(name)s has no approver"),
}
_YOUR_DEPARTMENTS = {
    DepartmentScope.LEADER: gettext_lazy("none of your departments (%(names)s) has a leader"),
    DepartmentScope.APPROVER: gettext_lazy("none of your departments (%(names)s) has an approver"),
}
_CREATORS_DEPARTMENT = {
    DepartmentScope.LEADER: gettext_lazy("the creator's department %(name)s has no leader"),
    DepartmentScope.APPROVER: gettext_lazy("the creator's department %(name)s has no approver"),
}
_CREATORS_DEPARTMENTS = {
    DepartmentScope.LEADER: gettext_lazy("none of the creator's departments (%(names)s) has a leader"),
    DepartmentScope.APPROVER: gettext_lazy("none of the creator's departments (%(names)s) has an approver"),
}
_SET_ONE = gettext_lazy("to set one")
_ADD_SOMEONE = gettext_lazy("to add someone")
_CHECK_DIRECTORY = gettext_lazy("to check the directory")
_ASK_FOR = {
    DepartmentScope.LEADER: _SET_ONE,
    DepartmentScope.APPROVER: _SET_ONE,
    DepartmentScope.MEMBERS: _ADD_SOMEONE,
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
    shown = {"state": repr(state.name), "reason": reason.text}
    if reason.request is None:
        message = gettext("Nobody can handle the state %(state)s: %(reason)s.") % shown
    elif admins:
        message = gettext(
            "Nobody can handle the state %(state)s: %(reason)s; ask your tenant "
            "admin (%(admins)s) %(request)s."
        ) % {**shown, "admins": ", ".join(admins), "request": reason.request}
    else:
        message = gettext(
            "Nobody can handle the state %(state)s: %(reason)s; ask your tenant admin %(request)s."
        ) % {
            **shown,
            "request": reason.request,
        }
    return Conflict(
        message,
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
        if not names:
            text = gettext("none of its departments is active")
            return _Reason(_SCOPE_MISSING[scope], [], text, str(_CHECK_DIRECTORY))
        if len(names) == 1:
            text = _ONE_DEPARTMENT[scope] % {"name": repr(names[0])}
        else:
            text = _NO_DEPARTMENT[scope] % {"names": _join(names)}
        return _Reason(_SCOPE_MISSING[scope], names, text, str(_ASK_FOR[scope]))
    if kind == ParticipantKind.ROLES:
        return _roles(who)
    if kind in (ParticipantKind.FIELD, ParticipantKind.PARENT_FIELD) and who.field:
        return _field(who, context, document)
    if kind == ParticipantKind.USERS:
        text = gettext("none of the people named for it (%(names)s) is an active user") % {
            "names": ", ".join(who.users)
        }
        return _Reason(
            "active_users", list(who.users), text, gettext("to reactivate them or change the workflow")
        )
    return _Reason(
        "handlers", [], gettext("its participant rule names nobody"), gettext("to check the workflow")
    )


def _roles(who: Participant) -> _Reason:
    names = list(
        Role.objects.filter(code__in=who.roles, is_active=True)
        .order_by("name")
        .values_list("name", flat=True)
    )
    if not names:
        return _Reason("role_members", [], gettext("none of its roles is active"), str(_CHECK_DIRECTORY))
    if len(names) == 1:
        text = gettext("role %(name)s has no active members") % {"name": repr(names[0])}
    else:
        text = gettext("none of the roles %(names)s has an active member") % {"names": _join(names)}
    return _Reason("role_members", names, text, str(_ADD_SOMEONE))


def _creator_department(scope: DepartmentScope, creator_id: int, *, new_ticket: bool) -> _Reason:
    names = list(
        Department.objects.filter(is_active=True, memberships__user_id=creator_id)
        .order_by("name")
        .values_list("name", flat=True)
    )
    if not names:
        if new_ticket:
            text, request = gettext("you are not in any department"), gettext("to add you to one")
        else:
            creator = User.objects.filter(pk=creator_id).values_list("username", flat=True).first() or "?"
            text = gettext("the ticket's creator (%(creator)s) is not in any department") % {
                "creator": creator
            }
            request = gettext("to add them to one")
        return _Reason("creator_department", [], text, request)
    if len(names) == 1:
        one = _YOUR_DEPARTMENT if new_ticket else _CREATORS_DEPARTMENT
        text = one[scope] % {"name": repr(names[0])}
    else:
        many = _YOUR_DEPARTMENTS if new_ticket else _CREATORS_DEPARTMENTS
        text = many[scope] % {"names": _join(names)}
    return _Reason(_SCOPE_MISSING[scope], names, text, str(_SET_ONE))


def _field(who: Participant, context: TicketContext, document: WorkflowDocument) -> _Reason:
    parent = who.kind == ParticipantKind.PARENT_FIELD
    values = (context.parent_values or {}) if parent else context.values
    label = next(
        (field.label or field.key for field in document.fields if field.key == who.field), who.field or ""
    )
    shown = {"label": repr(label)}
    value = values.get(who.field or "")
    if value in (None, "", []):
        empty = (
            gettext("the parent ticket's field %(label)s is empty; fill it in")
            if parent
            else gettext("the field %(label)s is empty; fill it in")
        )
        return _Reason("field_value", [label], empty % shown, None)
    nobody = (
        gettext(
            "the parent ticket's field %(label)s names nobody who can handle it (inactive people, or a "
            "department without them)"
        )
        if parent
        else gettext(
            "the field %(label)s names nobody who can handle it (inactive people, or a department "
            "without them)"
        )
    )
    return _Reason("field_value", [label], nobody % shown, str(_CHECK_DIRECTORY))


def _join(names: list[str]) -> str:
    return ", ".join(repr(name) for name in names)
