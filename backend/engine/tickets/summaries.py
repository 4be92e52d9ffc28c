"""Ticket reads shaped for the API: the summary every list row and detail starts from, and where a
ticket stands while it runs parallel branches (its open branches, and the places a person handles).

A ticket on a single path has no branch rows: its own `state_key` is its only place, and the reads
here cost no extra query for it (the branches are looked up only while the ticket waits at a split).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from core.access.models import User
from engine.calendars.selectors import working_calendar
from engine.calendars.working_time import Calendar, working_seconds_between
from engine.tickets.models import Ticket, TicketBranch, TicketHandler, Timer
from engine.workflows.definitions.gateways import is_split
from engine.workflows.definitions.schema import FieldPermission, TransitionKind, WorkflowDocument

OPEN_BRANCHES = (TicketBranch.Status.ACTIVE, TicketBranch.Status.ARRIVED)


def state_ref(document: WorkflowDocument | None, key: str) -> dict[str, str]:
    state = document.state(key) if document is not None else None
    return {"key": key, "name": state.name if state is not None else key}


def person(user_id: int, username: str, display_name: str) -> dict[str, Any]:
    return {"id": user_id, "username": username, "display_name": display_name}


def summary(
    ticket: Ticket, document: WorkflowDocument | None, my_steps: list[dict[str, Any]]
) -> dict[str, Any]:
    """The summary of a loaded ticket (its workflow and creator fetched with it)."""
    creator = ticket.creator
    return {
        "id": ticket.pk,
        "serial": ticket.serial,
        "title": ticket.title,
        "workflow": {"id": ticket.workflow.pk, "key": ticket.workflow.key, "name": ticket.workflow.name},
        "state": state_ref(document, ticket.state_key),
        "status": ticket.status,
        "creator": person(creator.pk, creator.username, creator.display_name),
        "created_at": ticket.created_at,
        "updated_at": ticket.updated_at,
        "row_version": ticket.row_version,
        "my_role": my_steps[0]["role"] if my_steps else None,
        "my_steps": my_steps,
    }


def summary_row(
    row: dict[str, Any], document: WorkflowDocument | None, my_steps: list[dict[str, Any]]
) -> dict[str, Any]:
    """`summary` for a list row (a dict of `selectors.SUMMARY_COLUMNS`)."""
    return {
        "id": row["id"],
        "serial": row["serial"],
        "title": row["title"],
        "workflow": {"id": row["workflow_id"], "key": row["workflow__key"], "name": row["workflow__name"]},
        "state": state_ref(document, row["state_key"]),
        "status": row["status"],
        "creator": person(row["creator_id"], row["creator__username"], row["creator__display_name"]),
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "row_version": row["row_version"],
        "my_role": my_steps[0]["role"] if my_steps else None,
        "my_steps": my_steps,
    }


def my_steps(
    user: User, tickets: Iterable[tuple[int, int]], documents: dict[int, WorkflowDocument]
) -> dict[int, list[dict[str, Any]]]:
    """Where `user` is asked to act on each of these tickets ((id, version id) pairs): one entry per
    branch (`""`: the ticket's own path) with its state, the user's role there, whose turn it is
    when a delegation gave it to them, and the transitions they may take from the list (`quick`).
    One query."""
    versions = dict(tickets)
    rows = (
        TicketHandler.objects.filter(user=user, ticket_id__in=versions)
        .order_by("ticket_id", "id")
        .values_list(
            "ticket_id",
            "kind",
            "branch__key",
            "branch__state_key",
            "ticket__state_key",
            "on_behalf_of_id",
            "on_behalf_of__username",
            "on_behalf_of__display_name",
        )
    )
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for ticket_id, kind, branch_key, branch_state, own_state, behalf_id, behalf_name, behalf_display in rows:
        document = documents.get(versions[ticket_id])
        state_key = branch_state or own_state
        out[ticket_id].append(
            {
                "branch": branch_key or "",
                "state": state_ref(document, state_key),
                "role": kind,
                "on_behalf_of": person(behalf_id, behalf_name, behalf_display) if behalf_id else None,
                "quick": quick_transitions(document, state_key) if kind == TicketHandler.Kind.HANDLER else [],
            }
        )
    return out


def quick_transitions(document: WorkflowDocument | None, state_key: str) -> list[dict[str, str]]:
    """The manual transitions out of the state that need nothing filled in, so a list row may offer
    them: the state asks for no required field, or the transition does not check them."""
    state = document.state(state_key) if document is not None else None
    if document is None or state is None:
        return []
    asks = any(document.permission(state, field) == FieldPermission.REQUIRED for field in document.fields)
    return [
        {"key": transition.key, "name": transition.name, "attribute": str(transition.attribute)}
        for transition in document.transitions_from(state.key)
        if transition.kind == TransitionKind.MANUAL and not (asks and transition.check_required_fields)
    ]


WAITING_SHOWN = 5  # people named per ticket in a list's "waiting for" column


def waiting_for(ticket_ids: list[int]) -> dict[int, tuple[list[dict[str, Any]], int]]:
    """Whom each ticket waits on: its first WAITING_SHOWN handler places (person and kind) and how
    many there are. One query (a window over the handler rows), whatever the number of tickets."""
    if not ticket_ids:
        return {}
    rows = (
        TicketHandler.objects.filter(ticket_id__in=ticket_ids)
        .annotate(
            place=Window(RowNumber(), partition_by=[F("ticket_id")], order_by=[F("id").asc()]),
            places=Window(Count("id"), partition_by=[F("ticket_id")]),
        )
        .filter(place__lte=WAITING_SHOWN)
        .order_by("ticket_id", "id")
        .values_list("ticket_id", "user_id", "user__username", "user__display_name", "kind", "places")
    )
    out: dict[int, tuple[list[dict[str, Any]], int]] = {}
    for ticket_id, user_id, username, display_name, kind, places in rows:
        people, _count = out.setdefault(ticket_id, ([], places))
        if all(known["id"] != user_id for known in people):  # on two branches: named once
            people.append({**person(user_id, username, display_name), "kind": kind})
    return out


def branches_running(ticket: Ticket, document: WorkflowDocument) -> bool:
    return is_split(document.state(ticket.state_key))


def open_branches(
    ticket: Ticket, document: WorkflowDocument, *, with_handlers: bool = True
) -> list[dict[str, Any]]:
    """The branches the ticket runs now, each with its state and handlers (none on a single path)."""
    if not branches_running(ticket, document):
        return []
    rows = list(TicketBranch.objects.filter(ticket=ticket, status__in=OPEN_BRANCHES).order_by("id"))
    handlers: dict[int, list[dict[str, Any]]] = defaultdict(list)
    placed = TicketHandler.objects.filter(branch__in=rows) if with_handlers else TicketHandler.objects.none()
    for row in placed.select_related("user").order_by("id"):
        handlers[row.branch_id or 0].append(
            {**person(row.user.pk, row.user.username, row.user.display_name), "kind": row.kind}
        )
    return [
        {
            "key": row.key,
            "state": state_ref(document, row.state_key),
            "status": row.status,
            "entered_at": row.state_entered_at,
            "state_entry": row.state_entry,
            "handlers": [{**handler, "branch": row.key} for handler in handlers[row.pk]],
        }
        for row in rows
        # A branch waiting at a nested split is shown by its own branches.
        if not is_split(document.state(row.state_key))
    ]


def current_state_keys(ticket: Ticket, document: WorkflowDocument) -> list[str]:
    """The states the ticket is in now: its own, or while branches run, every active branch's."""
    if not branches_running(ticket, document):
        return [ticket.state_key]
    keys = TicketBranch.objects.filter(ticket=ticket, status=TicketBranch.Status.ACTIVE).values_list(
        "state_key", flat=True
    )
    return [key for key in keys if not is_split(document.state(key))]


def sla_deadlines(
    ticket: Ticket, document: WorkflowDocument, visits: dict[int, str]
) -> dict[int, dict[str, Any]]:
    """The SLA due time of each given visit (state entry → state key) that armed one, with what is
    left of it on the SLA's clock (working seconds for a working clock; negative once overdue) and
    when its warning falls due (`warn_at`, null without one; `warning`: that time has passed and
    the SLA has not run out yet). One query, and the working calendar's only when an SLA counts
    working time."""
    if not visits:
        return {}
    rows = Timer.objects.filter(
        ticket=ticket,
        kind__in=(Timer.Kind.SLA, Timer.Kind.SLA_WARNING),
        state_entry__in=list(visits),
        cancelled_at=None,
    ).values_list("state_entry", "kind", "due_at")
    warnings = {entry: due_at for entry, kind, due_at in rows if kind == Timer.Kind.SLA_WARNING}
    now = timezone.now()
    calendar: Calendar | None = None
    out: dict[int, dict[str, Any]] = {}
    for entry, kind, due_at in rows:
        if kind != Timer.Kind.SLA:
            continue
        warn_at = warnings.get(entry)
        state = document.state(visits[entry])
        clock = (state.sla.clock if state is not None and state.sla is not None else None) or "wall"
        if clock == "wall":
            remaining = (due_at - now).total_seconds()
        else:
            calendar = calendar or working_calendar()
            remaining = working_seconds_between(now, due_at, calendar)
        out[entry] = {
            "due_at": due_at,
            "clock": clock,
            "remaining_seconds": remaining,
            "overdue": due_at <= now,
            "warn_at": warn_at,
            "warning": warn_at is not None and warn_at <= now < due_at,
        }
    return out
