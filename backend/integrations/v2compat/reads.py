"""The 2.x read endpoints over our selectors: list, detail, transitions, flow logs, participants,
workflows and a workflow's init state. Visibility is ours (`visible_ticket`, the list views), and
the calling app must hold the ticket's workflow, as 2.x's `api` permission."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from core.access.models import User
from core.errors import NotFound
from engine.tickets import selectors as ticket_selectors
from engine.tickets.documents import DONE_STATUSES, published_version
from engine.tickets.models import Ticket, TicketHandler
from engine.workflows.definitions.schema import FieldPermission, TransitionKind
from engine.workflows.models import Workflow
from integrations.v2compat import inputs, shapes
from integrations.v2compat.auth import Caller
from integrations.v2compat.envelope import V2Error, bad_input
from integrations.v2compat.models import LegacyId
from integrations.v2compat.rows import row_context, ticket_row
from integrations.v2compat.selectors import (
    keys_by_numbers,
    workflow_by_number,
    workflow_ids,
    workflow_numbers,
)

# 2.x's list categories → our list views (2.x's `all`, `view` and `intervene`: our checked `all`).
CATEGORIES = {
    "all": "all",
    "owner": "created",
    "duty": "todo",
    "relation": "related",
    "worked": "handled",
    "view": "all",
    "intervene": "all",
}
TICKET_UNSEEN = "ticket is not existed or has been deleted, or user is not relation about this ticket"
CATEGORY_ERROR = "category value is invalid, it should be in all, owner, duty, relation"


def _no_app_permission(caller: Caller, number: int) -> V2Error:
    return V2Error(f"app: {caller.app.name} has no api permission for workflow_id: {number}")


def _moment(request: HttpRequest, name: str) -> datetime | None:
    raw = inputs.query_text(request, name, limit=40)
    if not raw:
        return None
    try:
        return timezone.make_aware(datetime.strptime(raw, "%Y-%m-%d %H:%M:%S"))
    except ValueError:
        raise bad_input(f"{name} must look like 2024-01-31 23:59:59") from None


def _filtered(request: HttpRequest, tickets: QuerySet[Ticket]) -> QuerySet[Ticket]:
    if sn := inputs.query_text(request, "sn"):
        tickets = tickets.filter(serial__startswith=sn)
    if title := inputs.query_text(request, "title"):
        tickets = tickets.filter(title__icontains=title)
    if creator := inputs.query_text(request, "creator"):
        tickets = tickets.filter(creator__username=creator)
    if numbers := inputs.query_ints(request, "workflow_ids"):
        workflows = [workflow_by_number(number) for number in numbers]
        tickets = tickets.filter(workflow__in=[workflow for workflow in workflows if workflow is not None])
    if ticket_ids := inputs.query_ints(request, "ticket_ids", high=inputs.MAX_TICKET_ID):
        tickets = tickets.filter(pk__in=ticket_ids)
    if state_numbers := inputs.query_ints(request, "state_ids"):
        places = Q(pk__in=[])
        for workflow_pk, key in keys_by_numbers(LegacyId.Kind.STATE, state_numbers):
            places |= Q(workflow_id=workflow_pk, state_key=key)
        tickets = tickets.filter(places)
    act_state = inputs.query_int(request, "act_state_id", -1, low=-1, high=5)
    if act_state >= 0:
        tickets = tickets.filter(status=shapes.STATUS_OF_ACT_STATE[act_state])
    if parent := inputs.query_int(request, "parent_ticket_id", 0, high=inputs.MAX_TICKET_ID):
        tickets = tickets.filter(parent_id=parent)
    if start := _moment(request, "create_start"):
        tickets = tickets.filter(created_at__gte=start)
    if end := _moment(request, "create_end"):
        tickets = tickets.filter(created_at__lte=end)
    return tickets


def _page(total: int, page: int, per_page: int) -> slice:
    """2.x serves the last page for a page past the end (and still echoes the asked page)."""
    last = max(1, -(-total // per_page))
    start = (min(page, last) - 1) * per_page
    return slice(start, start + per_page)


def ticket_list(caller: Caller, request: HttpRequest) -> dict[str, Any]:
    category = request.GET.get("category", "")
    if category not in CATEGORIES:
        raise V2Error(CATEGORY_ERROR)
    page, per_page = inputs.pages(request)
    descending = inputs.query_int(request, "reverse", 1, low=0, high=1) == 1
    tickets = ticket_selectors.ticket_queryset(caller.principal, CATEGORIES[category])
    tickets = _filtered(request, tickets.filter(workflow_id__in=caller.workflow_ids))
    if category == "duty":
        tickets = tickets.exclude(status__in=DONE_STATUSES)
    total = tickets.count()
    ordered = tickets.order_by("-created_at", "-id") if descending else tickets.order_by("created_at", "id")
    rows = list(ordered.select_related("workflow", "creator")[_page(total, page, per_page)])
    context = row_context(rows)
    return {
        "value": [ticket_row(ticket, context) for ticket in rows],
        "per_page": per_page,
        "page": page,
        "total": total,
    }


def visible(caller: Caller, ticket_id: int) -> ticket_selectors.Visible:
    """The ticket if the app holds its workflow and the person may see it. Any other ticket is
    answered as missing (2.x named the workflow of a ticket outside the app's: a probe's answer)."""
    workflow_id = Ticket.objects.filter(pk=ticket_id).values_list("workflow_id", flat=True).first()
    try:
        if workflow_id not in caller.workflow_ids:
            raise NotFound(TICKET_UNSEEN)
        return ticket_selectors.visible_ticket(caller.principal, ticket_id)
    except NotFound:
        raise V2Error(TICKET_UNSEEN) from None


def _is_handler(found: ticket_selectors.Visible) -> bool:
    return TicketHandler.objects.filter(
        ticket=found.ticket, user=found.user, kind=TicketHandler.Kind.HANDLER
    ).exists()


def ticket_detail(caller: Caller, ticket_id: int) -> dict[str, Any]:
    found = visible(caller, ticket_id)
    ticket, document = found.ticket, found.document
    ids = workflow_ids(ticket.workflow, document)
    handler = _is_handler(found)
    orders = shapes.field_orders(document)
    fields = [
        shapes.field_item(
            item["field"],
            item["value"],
            shapes.FIELD_ATTRIBUTE[FieldPermission(item["permission"])] if handler else 1,
            orders[item["key"]],
        )
        for item in ticket_selectors.ticket_fields(caller.principal, found)
    ]
    state = document.state(ticket.state_key)
    row = ticket_row(ticket, row_context([ticket]))
    row["state_info"] = (
        shapes.state_info(ticket.workflow, document, state, ids)
        if state is not None
        else {"id": 0, "name": "--状态已被删除--"}
    )
    row["field_list"] = sorted(shapes.builtin_items(ticket) + fields, key=lambda item: item["order_id"])
    return {"value": row}


def ticket_transitions(caller: Caller, ticket_id: int) -> dict[str, Any]:
    found = visible(caller, ticket_id)
    ids = workflow_ids(found.ticket.workflow, found.document)
    definitions = {transition.key: transition for transition in found.document.transitions}
    out = []
    for action in ticket_selectors.available_actions(caller.principal, found):
        if action["action"] == "handle" and action["transition"] in definitions:
            out.append(shapes.transition_item(definitions[action["transition"]], ids))
        elif action["action"] == "accept":
            out.append(shapes.pseudo_transition("接单", accept=True))
        elif action["action"] == "consult_reply":
            out.append(shapes.pseudo_transition("完成", accept=False))
    return {"value": out}


# Our flow-log actions → 2.x's intervene_type_id and the name it gives a non-transition row.
INTERVENTIONS = {
    "deliver": (1, "转交操作"),
    "consult": (2, "加签操作"),
    "consult_reply": (3, "加签完成操作"),
    "accept": (4, "接单操作"),
    "comment": (5, "新增评论"),
    "close": (7, "强制关闭"),
    "force_state": (8, "强制修改状态"),
    "hook": (9, "hook操作"),
    "withdraw": (10, "撤回操作"),
}


def _log_item(
    row: dict[str, Any],
    found: ticket_selectors.Visible,
    ids: Any,
    with_data: bool,
    contacts: dict[int, tuple[str, str]],
) -> dict[str, Any]:
    document = found.document
    state_key = row["from_state"] or row["to_state"]
    state = document.state(state_key)
    transition = next((t for t in document.transitions if t.key == row["transition"]), None)
    intervene, name = INTERVENTIONS.get(row["action"], (0, "未知操作"))
    actor = row["actor"]
    username = actor["username"] if actor else "loonrobot"
    email, phone = contacts.get(actor["id"], ("", "")) if actor else ("", "")
    item = {
        "id": row["id"],
        "ticket_id": found.ticket.pk,
        "state": {"state_id": ids.states.get(state_key, 0), "state_name": state.name if state else state_key},
        "transition": {
            "transition_id": ids.transitions.get(transition.key, 0) if transition else 0,
            "transition_name": transition.name if transition else name,
            "attribute_type_id": shapes.ATTRIBUTE.get(transition.attribute, 3) if transition else 3,
        },
        "intervene_type_id": intervene,
        "participant_type_id": 1,
        "participant": username,
        "participant_info": {
            "participant_type_id": 1,
            "participant": username,
            "participant_alias": (actor["display_name"] or username) if actor else username,
            "participant_email": email,
            "participant_phone": phone,
        },
        "suggestion": row["comment"],
        "gmt_created": shapes.when(row["created_at"]),
    }
    if with_data:
        item["ticket_data"] = row["changed_fields"]
    return item


def ticket_flow_logs(caller: Caller, request: HttpRequest, ticket_id: int) -> dict[str, Any]:
    page, per_page = inputs.pages(request)
    with_data = inputs.query_int(request, "ticket_data", 0, low=0, high=1) == 1
    descending = inputs.query_int(request, "desc", 1, low=0, high=1) == 1
    found = visible(caller, ticket_id)
    ids = workflow_ids(found.ticket.workflow, found.document)
    rows = ticket_selectors.flow_log(caller.principal, found)
    # 2.x logs a creation as its submit only: our separate `create` row shows only for a draft.
    rows = [row for row in rows if row["action"] != "create" or len(rows) == 1]
    contacts = dict(
        (pk, (email, phone))
        for pk, email, phone in User.objects.filter(
            pk__in={row["actor"]["id"] for row in rows if row["actor"]}
        ).values_list("pk", "email", "phone")
    )
    if descending:
        rows.reverse()
    chosen = rows[_page(len(rows), page, per_page)]
    return {
        "value": [_log_item(row, found, ids, with_data, contacts) for row in chosen],
        "per_page": per_page,
        "page": page,
        "total": len(rows),
    }


def ticket_participants(caller: Caller, ticket_id: int) -> dict[str, Any]:
    found = visible(caller, ticket_id)
    people = list(
        TicketHandler.objects.filter(ticket=found.ticket)
        .order_by("id")
        .values_list("user__username", "user__display_name", "user__phone", "user__email")
    )
    usernames = list(dict.fromkeys(row[0] for row in people))
    return {
        "participant_username_list": usernames,
        "participant_info_list": [
            {"username": username, "alias": name or username, "phone": phone, "email": email}
            for username, name, phone, email in dict((row[0], row) for row in people).values()
        ],
    }


def _allowed_workflow(caller: Caller, number: int) -> Workflow:
    workflow = workflow_by_number(number)
    if workflow is None or workflow.pk not in caller.workflow_ids:
        raise _no_app_permission(caller, number)
    return workflow


def workflow_list(caller: Caller, request: HttpRequest) -> dict[str, Any]:
    page, per_page = inputs.pages(request)
    workflows = Workflow.objects.filter(pk__in=caller.workflow_ids, versions__status="published").order_by(
        "pk"
    )
    if search := inputs.query_text(request, "search_value"):
        workflows = workflows.filter(name__icontains=search)
    total = workflows.count()
    chosen = list(workflows[_page(total, page, per_page)])
    numbers = workflow_numbers(chosen)
    value = [{"id": numbers[w.pk], "name": w.name, "description": w.description} for w in chosen]
    return {"value": value, "per_page": per_page, "page": page, "total": total}


def workflow_init_state(caller: Caller, number: int) -> dict[str, Any]:
    workflow = _allowed_workflow(caller, number)
    published = published_version(workflow)
    start = published[1].start_state() if published is not None else None
    if published is None or start is None:
        raise V2Error(_("This workflow has no published version with a start state."))
    document = published[1]
    ids = workflow_ids(workflow, document)
    out = shapes.state_info(workflow, document, start, ids)
    del out["state_field_str"]
    orders = shapes.field_orders(document)
    out["field_list"] = sorted(
        (
            shapes.field_item(
                field, None, shapes.FIELD_ATTRIBUTE[document.permission(start, field)], orders[field.key]
            )
            for field in document.fields
            if document.permission(start, field) != FieldPermission.HIDDEN
        ),
        key=lambda item: item["order_id"],
    )
    out["transition"] = [
        {
            key: item[key]
            for key in (
                "transition_id",
                "transition_name",
                "attribute_type_id",
                "field_require_check",
                "alert_enable",
                "alert_text",
            )
        }
        for transition in document.transitions_from(start.key)
        if transition.kind == TransitionKind.MANUAL
        for item in [shapes.transition_item(transition, ids)]
    ]
    return out
