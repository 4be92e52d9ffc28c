"""The filters and sort of the ticket lists: what the query says, checked, as conditions on the
ticket table (the view, who may see what, is `selectors.ticket_queryset`'s)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from core.errors import ValidationFailed
from engine.tickets import search
from engine.tickets.models import Ticket, TicketBranch, TicketHandler

FIELD_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
ORDERING = ("-created_at", "-id")
# The columns a list sorts by (`-` first: descending); the id breaks ties, so the cursor is stable.
SORTS = ("created_at", "updated_at", "serial", "title", "status", "state_key")


def _query_problem(name: str, message: str) -> dict[str, Any]:
    return {"loc": ["query", name], "field": name, "type": "invalid", "message": message}


def bad_filter(name: str, message: str) -> ValidationFailed:
    return ValidationFailed(message, details=[_query_problem(name, message)])


# ---- lists ---------------------------------------------------------------------------------------


@dataclass
class TicketFilters:
    workflow: int | None = None
    state: str | None = None
    status: str | None = None
    serial: str | None = None
    title: str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    field: list[str] = field(default_factory=list)
    q: str | None = None
    creator: int | None = None
    handler: int | None = None


def _field_condition(raw: str) -> dict[str, Any]:
    """`key:value` → `{key: value}`; the value is read as JSON when it parses (5, true, "5"),
    else taken as the plain string (choice values, text)."""
    key, sep, text = raw.partition(":")
    if not sep or not FIELD_KEY.fullmatch(key):
        raise bad_filter(
            "field",
            _("Expected field=<key>:<value> with a field key, got %(value)s.") % {"value": repr(raw[:100])},
        )
    try:
        value = json.loads(text)
    except ValueError:
        value = text
    return {key: value}


def apply_filters(queryset: QuerySet[Ticket], filters: TicketFilters) -> QuerySet[Ticket]:
    if filters.workflow is not None:
        queryset = queryset.filter(workflow_id=filters.workflow)
    if filters.state:
        # A ticket running branches is in each active branch's state too.
        in_branch = TicketBranch.objects.filter(
            ticket=OuterRef("pk"), state_key=filters.state, status=TicketBranch.Status.ACTIVE
        )
        queryset = queryset.filter(Q(state_key=filters.state) | Exists(in_branch))
    if filters.status:
        queryset = queryset.filter(status=_checked_status(filters.status))
    if filters.serial:
        queryset = queryset.filter(serial__startswith=filters.serial.strip())
    if filters.title:
        queryset = queryset.filter(title__icontains=filters.title)
    queryset = _created_between(queryset, filters)
    for raw in filters.field:
        queryset = queryset.filter(values__contains=_field_condition(raw))
    if filters.creator is not None:
        queryset = queryset.filter(creator_id=filters.creator)
    if filters.handler is not None:
        queryset = queryset.filter(
            Exists(TicketHandler.objects.filter(ticket=OuterRef("pk"), user=filters.handler))
        )
    return search.matching(queryset, filters.q)


def _checked_status(status: str) -> str:
    if status not in Ticket.Status.values:
        raise bad_filter(
            "status",
            _("status must be one of %(value)s; got %(status)s.")
            % {"value": ", ".join(Ticket.Status.values), "status": repr(status)},
        )
    return status


def _created_between(queryset: QuerySet[Ticket], filters: TicketFilters) -> QuerySet[Ticket]:
    """The `created_after`/`created_before` filters; a naive moment is read in the tenant's zone."""
    for name in ("created_after", "created_before"):
        moment = getattr(filters, name)
        if moment is not None and timezone.is_naive(moment):
            setattr(filters, name, timezone.make_aware(moment))
    if filters.created_after is not None:
        queryset = queryset.filter(created_at__gte=filters.created_after)
    if filters.created_before is not None:
        queryset = queryset.filter(created_at__lt=filters.created_before)
    if (
        filters.created_after is not None
        and filters.created_before is not None
        and filters.created_after > filters.created_before
    ):
        raise bad_filter("created_after", _("created_after is later than created_before."))
    return queryset


# What breaks ties after a sort column, so that an index serves the order: `status` has one with the
# creation time (ticket_status_recent, read backwards for -status); the others end with the id.
_TIES = {"status": ("-created_at", "-id")}


def _reversed(name: str) -> str:
    return name[1:] if name.startswith("-") else f"-{name}"


def ordering(sort: str | None) -> tuple[str, ...]:
    """The list's ordering for `sort` (one of SORTS, `-` first for descending), the id last."""
    if not sort:
        return ORDERING
    column = sort.lstrip("-")
    if column not in SORTS:
        raise bad_filter(
            "sort",
            _("sort must be one of %(value)s (with - first to reverse).") % {"value": ", ".join(SORTS)},
        )
    ties = _TIES.get(column, ("id",))
    return (sort, *(ties if sort == column else [_reversed(name) for name in ties]))
