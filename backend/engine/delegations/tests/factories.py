"""Builders for the delegation tests (in the `it` schema of the `world` fixture)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone
from django_tenants.utils import schema_context

from core.access.models import User
from engine.delegations.models import Delegation
from engine.delegations.services import NewDelegation, delegation_create
from engine.tickets.models import FlowLog, Ticket, TicketHandler


def delegate(
    delegator: str,
    to: str,
    *,
    starts_in: timedelta = timedelta(0),
    lasts: timedelta = timedelta(days=7),
    **extra: Any,
) -> Delegation:
    """`delegator`'s turns go to `to` from now (+ `starts_in`) for `lasts`."""
    with schema_context("it"):
        starts_at = timezone.now() + starts_in - timedelta(seconds=1)
        new = NewDelegation(
            delegator=User.objects.get(username=delegator),
            delegate_username=to,
            starts_at=starts_at,
            ends_at=starts_at + lasts,
            **extra,
        )
        return delegation_create(new=new, created_by=new.delegator)


def turns(ticket: Ticket) -> dict[str, str | None]:
    """Username → on whose behalf they hold their place on the ticket (None: their own)."""
    with schema_context("it"):
        rows = TicketHandler.objects.filter(ticket=ticket).select_related("user", "on_behalf_of")
        return {row.user.username: row.on_behalf_of.username if row.on_behalf_of else None for row in rows}


def last_log(ticket: Ticket) -> FlowLog:
    with schema_context("it"):
        return (
            FlowLog.objects.select_related("actor", "on_behalf_of").filter(ticket=ticket).order_by("-id")[0]
        )


def acted(ticket: Ticket) -> tuple[str, str, str]:
    """The last flow-log row's action, its actor and on whose behalf ("" for nobody)."""
    row = last_log(ticket)
    actor = row.actor.username if row.actor is not None else ""
    behalf = row.on_behalf_of.username if row.on_behalf_of is not None else ""
    return row.action, actor, behalf
