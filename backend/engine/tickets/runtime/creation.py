"""Inserting a new ticket: its title, its values checked in the start state, its create log and
event, and (with a transition) its submission, then its real serial. Shared by `ticket_create`
(a person files a ticket) and the engine filing the sub-tickets of a sub-process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from core.access.auth import Principal
from core.access.models import User
from core.errors import Conflict
from engine.tickets.documents import stored_values
from engine.tickets.models import FlowLog, Ticket
from engine.tickets.runtime import effects
from engine.tickets.runtime.directory import TenantDirectory
from engine.tickets.runtime.loading import LoadedTicket
from engine.tickets.runtime.records import actor_fields, initial_columns
from engine.tickets.runtime.serials import serial_placeholder, stamp_serial
from engine.tickets.runtime.transitions import take_transition
from engine.tickets.runtime.values import CleanResult, apply_changes, defaults_for
from engine.workflows.definitions.schema import StateDef, TransitionDef, WorkflowDocument, WorkflowEvent
from engine.workflows.models import Workflow

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def render_title(
    template: str, *, workflow: Workflow, serial: str, creator: User, values: dict[str, Any]
) -> str:
    """Fill `{name}` placeholders by plain substitution (never str.format on tenant input)."""
    known = {
        "workflow": workflow.name,
        "serial": serial,
        "creator": creator.display_name or creator.username,
        "date": timezone.localdate().isoformat(),
    }

    def replace(match: re.Match[str]) -> str:
        key = match.group(1)
        if key in known:
            return known[key]
        value = values.get(key)
        if value is None:
            return ""
        if isinstance(value, list):
            return ", ".join(str(item) for item in value)
        return str(value)

    return _PLACEHOLDER.sub(replace, template)[:500] or serial


@dataclass(frozen=True)
class NewTicket:
    """What a new ticket is made of: where it starts and who files it."""

    workflow: Workflow
    version_id: int
    document: WorkflowDocument
    creator: User
    principal: Principal  # who the flow log names (no person: the engine)
    parent: Ticket | None = None


def start_values(
    document: WorkflowDocument, start: StateDef, values: dict[str, Any], *, submitted: TransitionDef | None
) -> CleanResult:
    """A new ticket's values: `values` (API values) over the defaults, checked in the start state
    (required fields too when it is `submitted` through a transition that checks them); 422 on bad ones."""
    # Defaults are the starting point (they may sit in fields the creator cannot edit).
    return apply_changes(
        document,
        start,
        defaults_for(document),
        values,
        directory=TenantDirectory(),
        check_required=bool(submitted and submitted.check_required_fields),
    )


def insert_ticket(
    new: NewTicket, values: dict[str, Any], chosen: TransitionDef | None, comment: str = ""
) -> tuple[Ticket, CleanResult]:
    """Insert the ticket in its start state (submitted through `chosen` when given) with `values`
    (API values) over the defaults; 422 on bad values, nothing written."""
    document, creator, principal = new.document, new.creator, new.principal
    start = document.start_state()
    if start is None:
        raise Conflict(_("This workflow version has no start state."), code="invalid_definition")
    cleaned = start_values(document, start, values, submitted=chosen)
    # The real serial is stamped last (see engine.tickets.runtime.serials): until then a stand-in.
    placeholder, marker = serial_placeholder()
    ticket = Ticket(
        serial=placeholder,
        title=render_title(
            document.title_template,
            workflow=new.workflow,
            serial=marker,
            creator=creator,
            values=cleaned.values,
        ),
        workflow=new.workflow,
        version_id=new.version_id,
        state_key=start.key,
        status=Ticket.Status.DRAFT,
        creator=creator,
        parent=new.parent,
        values=stored_values(document, cleaned.values),
    )
    created = FlowLog(
        ticket=ticket,
        action="create",
        to_state=start.key,
        comment=comment if chosen is None else "",
        **initial_columns(document, cleaned.values),
        **actor_fields(principal),
    )
    created_event = effects.event(ticket, WorkflowEvent.CREATED, principal=principal)
    if chosen is None:
        ticket.save()
        created.save()
        effects.save_events([created_event])
    else:
        # Submitted at once: the ticket is inserted in the state it moves to, with both log rows.
        loaded = LoadedTicket(
            ticket=ticket,
            document=document,
            values=cleaned.values,
            pending_logs=[created],
            pending_events=[created_event],
        )
        take_transition(loaded, chosen, principal=principal, comment=comment, changed={})
    ticket.serial, ticket.title = stamp_serial(
        ticket_id=ticket.pk, prefix=document.serial_prefix, marker=marker
    )
    return ticket, cleaned
