"""Our tickets, states and fields in 2.x's shapes (its key names, enums and text formats)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from django.utils import timezone

from core.access.models import User
from core.directory.models import Department
from engine.tickets.models import Ticket, TicketHandler, TicketVote
from engine.workflows.definitions.schema import (
    DistributionKind,
    FieldDef,
    FieldPermission,
    FieldType,
    ParticipantKind,
    StateDef,
    StateType,
    TransitionAttribute,
    TransitionDef,
    WorkflowDocument,
)
from engine.workflows.models import Workflow
from integrations.v2compat.selectors import WorkflowIds

# ticket status → 2.x act_state_id (0 draft, 1 in progress, 2 rejected, 3 retreated, 4 finished, 5 closed)
ACT_STATE = {
    Ticket.Status.DRAFT: 0,
    Ticket.Status.IN_PROGRESS: 1,
    Ticket.Status.RETURNED: 2,
    Ticket.Status.WITHDRAWN: 3,
    Ticket.Status.FINISHED: 4,
    Ticket.Status.CLOSED: 5,
}
STATUS_OF_ACT_STATE = {number: status for status, number in ACT_STATE.items()}
STATE_TYPE = {StateType.START: 1, StateType.END: 2}
DISTRIBUTE = {
    DistributionKind.CLAIM: 1,
    DistributionKind.ANY: 2,
    DistributionKind.DIRECT: 2,
    DistributionKind.RANDOM: 3,
    DistributionKind.COUNTERSIGN: 4,
}
ATTRIBUTE = {TransitionAttribute.AGREE: 1, TransitionAttribute.REJECT: 2, TransitionAttribute.OTHER: 3}
FIELD_TYPE = {
    FieldType.STRING: 5,
    FieldType.INT: 10,
    FieldType.DECIMAL: 15,
    FieldType.BOOL: 20,
    FieldType.DATE: 25,
    FieldType.DATETIME: 30,
    FieldType.RADIO: 35,
    FieldType.CHECKBOX: 40,
    FieldType.SELECT: 45,
    FieldType.MULTI_SELECT: 50,
    FieldType.TEXT: 55,
    FieldType.RICH_TEXT: 58,
    FieldType.USER: 60,
    FieldType.USERS: 70,
    FieldType.ATTACHMENT: 80,
}  # time, department and table fields have no 2.x type: they are shown as strings (5)
FIELD_ATTRIBUTE = {
    FieldPermission.HIDDEN: 1,
    FieldPermission.READ_ONLY: 1,
    FieldPermission.REQUIRED: 2,
    FieldPermission.OPTIONAL: 3,
}
PARTICIPANT_TYPE_NAME = {0: "", 1: "个人", 2: "多人", 3: "部门", 4: "角色"}
# Built-in fields every detail shows read-only, with 2.x's order ids.
BUILTIN_FIELDS = (
    ("sn", "流水号", 10),
    ("title", "标题", 20),
    ("creator", "创建人", 80),
    ("gmt_created", "创建时间", 100),
)


def when(value: datetime | None) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M:%S") if value is not None else ""


def field_value(definition: FieldDef | None, value: Any) -> Any:
    """A stored value as 2.x shows it: lists comma-joined, booleans 0/1 kept as bools, dates as text."""
    if value is None:
        return None
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ",".join(value)
    if isinstance(value, datetime):
        return when(value)
    if isinstance(value, date):
        return value.isoformat()
    if definition is not None and definition.type == FieldType.DECIMAL:
        return float(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def field_orders(document: WorkflowDocument) -> dict[str, int]:
    """2.x order ids for our fields: after the built-ins (which end at 100), in our order."""
    ordered = sorted(enumerate(document.fields), key=lambda pair: (pair[1].order, pair[0]))
    return {field.key: 110 + 10 * position for position, (_index, field) in enumerate(ordered)}


def field_item(definition: FieldDef, value: Any, attribute: int, order_id: int) -> dict[str, Any]:
    return {
        "field_key": definition.key,
        "field_name": definition.label,
        "field_value": field_value(definition, value),
        "order_id": order_id,
        "field_type_id": FIELD_TYPE.get(FieldType(definition.type), 5),
        "field_attribute": attribute,
        "description": definition.help_text,
        "field_choice": {choice.value: choice.label for choice in definition.choices},
        "boolean_field_display": {"1": "是", "0": "否"} if definition.type == FieldType.BOOL else {},
        "default_value": field_value(definition, definition.default),
        "field_template": "",
        "label": {},
        "placeholder": definition.placeholder,
    }


def builtin_items(ticket: Ticket) -> list[dict[str, Any]]:
    values = {
        "sn": ticket.serial,
        "title": ticket.title,
        "creator": ticket.creator.username,
        "gmt_created": when(ticket.created_at),
    }
    return [
        {
            "field_key": key,
            "field_name": name,
            "field_value": values[key],
            "order_id": order,
            "field_type_id": 5,
            "field_attribute": 1,
            "description": "",
            "field_choice": {},
            "boolean_field_display": {},
            "default_value": None,
            "field_template": "",
            "label": {},
            "placeholder": "",
        }
        for key, name, order in BUILTIN_FIELDS
    ]


def state_participant(state: StateDef) -> tuple[int, str]:
    """A state's configured participant as 2.x's (participant_type_id, participant)."""
    who = state.participant
    kind = ParticipantKind(who.kind)
    if kind == ParticipantKind.USERS:
        return (1 if len(who.users) == 1 else 2), ",".join(who.users)
    if kind == ParticipantKind.DEPARTMENTS:
        ids = Department.objects.filter(code__in=who.departments).values_list("pk", flat=True)
        return 3, ",".join(str(pk) for pk in ids)
    if kind == ParticipantKind.ROLES:
        return 4, ",".join(who.roles)
    if kind == ParticipantKind.VARIABLE:
        return 5, "creator" if who.variable == "creator" else "creator_tl"
    if kind in (ParticipantKind.FIELD, ParticipantKind.PARENT_FIELD):
        return (7 if kind == ParticipantKind.FIELD else 8), who.field or ""
    if kind == ParticipantKind.HOOK:
        return 10, "hook"
    if kind == ParticipantKind.SCRIPT:
        return 6, who.script or ""
    return (5, "creator") if state.type == StateType.START else (0, "")


def state_info(
    workflow: Workflow, document: WorkflowDocument, state: StateDef, ids: WorkflowIds
) -> dict[str, Any]:
    participant_type, participant = state_participant(state)
    return {
        "id": ids.states.get(state.key, 0),
        "name": state.name,
        "workflow_id": ids.workflow,
        "type_id": STATE_TYPE.get(StateType(state.type), 0),
        "participant_type_id": participant_type,
        "participant": participant,
        "distribute_type_id": DISTRIBUTE.get(DistributionKind(state.distribution.kind), 2),
        "is_hidden": False,
        "order_id": next((n for n, item in enumerate(document.states, 1) if item.key == state.key), 0),
        "enable_retreat": state.can_withdraw,
        "remember_last_man_enable": state.reuse_last_handler,
        "state_field_str": {
            field.key: FIELD_ATTRIBUTE[document.permission(state, field)]
            for field in document.fields
            if document.permission(state, field) != FieldPermission.HIDDEN
        },
        "label": {},
        "creator": "",
        "gmt_created": when(workflow.created_at),
        "gmt_modified": when(workflow.updated_at),
        "is_deleted": False,
    }


def transition_item(transition: TransitionDef, ids: WorkflowIds) -> dict[str, Any]:
    return {
        "transition_id": ids.transitions.get(transition.key, 0),
        "transition_name": transition.name,
        "field_require_check": transition.check_required_fields,
        "is_accept": False,
        "in_add_node": False,
        "alert_enable": bool(transition.confirm_text),
        "alert_text": transition.confirm_text,
        "attribute_type_id": ATTRIBUTE.get(TransitionAttribute(transition.attribute), 3),
    }


def pseudo_transition(name: str, *, accept: bool) -> dict[str, Any]:
    """2.x's stand-in action: claim (`接单`, then POST accept) or finish a consultation (`完成`)."""
    return {
        "transition_id": 0,
        "transition_name": name,
        "field_require_check": False,
        "is_accept": accept,
        "in_add_node": not accept,
        "alert_enable": False,
        "alert_text": "",
        "attribute_type_id": 3,
    }


def creator_info(user: User, departments: list[tuple[int, str]]) -> dict[str, Any]:
    return {
        "username": user.username,
        "alias": user.display_name or user.username,
        "is_active": user.is_active,
        "email": user.email,
        "phone": user.phone,
        "dept_info": {
            "id": ",".join(str(pk) for pk, _name in departments),
            "name": ",".join(name for _pk, name in departments),
        },
    }


def handlers_of(ticket_ids: list[int]) -> dict[int, list[tuple[str, str, str]]]:
    """Each ticket's current places: (username, display name, kind), in order."""
    out: dict[int, list[tuple[str, str, str]]] = {}
    rows = (
        TicketHandler.objects.filter(ticket_id__in=ticket_ids)
        .order_by("id")
        .values_list("ticket_id", "user__username", "user__display_name", "kind")
    )
    for ticket_id, username, display_name, kind in rows:
        out.setdefault(ticket_id, []).append((username, display_name, kind))
    return out


def votes_of(ticket_ids: list[int]) -> dict[int, dict[str, str]]:
    """Each ticket's countersign votes of its current visit: username → transition key."""
    out: dict[int, dict[str, str]] = {}
    visits = dict(Ticket.objects.filter(pk__in=ticket_ids).values_list("pk", "state_entry"))
    rows = TicketVote.objects.filter(ticket_id__in=ticket_ids).values_list(
        "ticket_id", "state_entry", "user__username", "transition_key"
    )
    for ticket_id, entry, username, transition in rows:
        if visits.get(ticket_id) == entry:
            out.setdefault(ticket_id, {})[username] = transition
    return out
