"""2.x ticket rows (the list's items and the detail's top level), built for a page of tickets with a
fixed number of queries."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from core.directory.models import DepartmentMembership
from engine.tickets.models import FlowLog, Ticket, TicketHandler
from engine.tickets.selectors import documents_for
from engine.workflows.definitions.schema import DistributionKind, WorkflowDocument
from integrations.v2compat import shapes
from integrations.v2compat.selectors import WorkflowIds, workflow_ids


@dataclass
class RowContext:
    """What a page of rows needs, loaded once for the page."""

    documents: dict[int, WorkflowDocument]
    ids: dict[int, WorkflowIds]  # by version id
    handlers: dict[int, list[tuple[str, str, str]]]
    votes: dict[int, dict[str, str]]
    actors: dict[int, list[str]]
    departments: dict[int, list[tuple[int, str]]]


def row_context(tickets: list[Ticket]) -> RowContext:
    ticket_ids = [ticket.pk for ticket in tickets]
    documents = documents_for({ticket.version_id for ticket in tickets})
    # Once per version on the page (each is a few lookups of the id map), not once per ticket.
    versions = {ticket.version_id: ticket.workflow for ticket in tickets}
    ids = {version: workflow_ids(workflow, documents[version]) for version, workflow in versions.items()}
    actors: dict[int, list[str]] = {}
    logged = (
        FlowLog.objects.filter(ticket_id__in=ticket_ids, actor__isnull=False)
        .order_by("id")
        .values_list("ticket_id", "actor__username")
    )
    for ticket_id, username in logged:
        actors.setdefault(ticket_id, []).append(username)
    departments: dict[int, list[tuple[int, str]]] = {}
    memberships = DepartmentMembership.objects.filter(
        user_id__in={ticket.creator_id for ticket in tickets}
    ).values_list("user_id", "department_id", "department__name")
    for user_id, pk, name in memberships:
        departments.setdefault(user_id, []).append((pk, name))
    return RowContext(
        documents=documents,
        ids=ids,
        handlers=shapes.handlers_of(ticket_ids),
        votes=shapes.votes_of(ticket_ids),
        actors=actors,
        departments=departments,
    )


def _votes(
    ticket: Ticket,
    document: WorkflowDocument,
    context: RowContext,
    people: list[str],
    aliases: dict[str, str],
) -> tuple[dict[str, Any], str]:
    """2.x's `multi_all_person` of a countersign state (who chose what; {} = not yet) and its alias text."""
    names = {transition.key: transition.name for transition in document.transitions}
    ids = context.ids[ticket.version_id]
    multi: dict[str, Any] = {
        username: {"transition_id": ids.transitions.get(key, 0), "transition_name": names.get(key, key)}
        for username, key in context.votes.get(ticket.pk, {}).items()
    }
    multi.update({name: {} for name in people if name not in multi})
    alias = ";".join(
        f"{aliases.get(name, name)}({name})"
        + (f"已处理:{done['transition_name']}" if done else "未处理:None")
        for name, done in multi.items()
    )
    return multi, alias


def _participant(ticket: Ticket, document: WorkflowDocument, context: RowContext) -> dict[str, Any]:
    places = context.handlers.get(ticket.pk, [])
    people = list(dict.fromkeys(username for username, _name, _kind in places))
    aliases = {username: name or username for username, name, _kind in places}
    type_id = 0 if not people else (1 if len(people) == 1 else 2)
    info = {
        "participant": ",".join(people),
        "participant_name": ",".join(people),
        "participant_type_id": type_id,
        "participant_type_name": shapes.PARTICIPANT_TYPE_NAME.get(type_id, ""),
        "participant_alias": ",".join(aliases[name] for name in people),
    }
    multi: dict[str, Any] = {}
    state = document.state(ticket.state_key)
    if state is not None and state.distribution.kind == DistributionKind.COUNTERSIGN:
        multi, info["participant_alias"] = _votes(ticket, document, context, people, aliases)
        info["participant_type_name"] = "多人且全部处理"
    return {"info": info, "multi": multi, "people": people, "places": places}


def ticket_row(ticket: Ticket, context: RowContext) -> dict[str, Any]:
    """The ticket as 2.x's `get_dict` plus `state`, `participant_info`, `creator_info`, `workflow_info`."""
    document = context.documents[ticket.version_id]
    ids = context.ids[ticket.version_id]
    state = document.state(ticket.state_key)
    participant = _participant(ticket, document, context)
    relation = [ticket.creator.username, *participant["people"], *context.actors.get(ticket.pk, [])]
    consulted = any(kind == TicketHandler.Kind.CONSULTED for _u, _n, kind in participant["places"])
    return {
        "id": ticket.pk,
        "creator": ticket.creator.username,
        "gmt_created": shapes.when(ticket.created_at),
        "gmt_modified": shapes.when(ticket.updated_at),
        "is_deleted": False,
        "title": ticket.title,
        "workflow_id": ids.workflow,
        "sn": ticket.serial,
        "state_id": ids.states.get(ticket.state_key, 0),
        "parent_ticket_id": ticket.parent_id or 0,
        "parent_ticket_state_id": 0,
        "participant_type_id": participant["info"]["participant_type_id"],
        "participant": participant["info"]["participant"],
        "relation": ",".join(dict.fromkeys(relation)),
        "in_add_node": consulted,
        "add_node_man": "",
        "script_run_last_result": True,
        "act_state_id": shapes.ACT_STATE.get(Ticket.Status(ticket.status), 1),
        "multi_all_person": json.dumps(participant["multi"], ensure_ascii=False),
        "state": {
            "state_id": ids.states.get(ticket.state_key, 0),
            "state_name": state.name if state is not None else "未知状态",
            "state_label": {},
        },
        "participant_info": participant["info"],
        "creator_info": shapes.creator_info(ticket.creator, context.departments.get(ticket.creator_id, [])),
        "workflow_info": {"workflow_id": ids.workflow, "workflow_name": ticket.workflow.name},
    }
