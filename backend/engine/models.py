"""Django's model registry of the `engine` app: each area's models, imported so Django (and the
migrations, which keep the `engine` label) find them."""

from __future__ import annotations

from engine.calendars.models import CalendarHoliday, CalendarWorkday, WorkingCalendar
from engine.delegations.models import Delegation
from engine.ticketlists.models import SavedView
from engine.tickets.models import (
    Attachment,
    FlowLog,
    HandlerQuerySet,
    OutboxEvent,
    SerialCounter,
    Ticket,
    TicketAttachment,
    TicketHandler,
    TicketVote,
    Timer,
    attachment_path,
)
from engine.workflows.models import Workflow, WorkflowVersion

# Migration 0005 names the upload path function by its first home.
_attachment_path = attachment_path

__all__ = [
    "Attachment",
    "CalendarHoliday",
    "CalendarWorkday",
    "Delegation",
    "FlowLog",
    "HandlerQuerySet",
    "OutboxEvent",
    "SavedView",
    "SerialCounter",
    "Ticket",
    "TicketAttachment",
    "TicketHandler",
    "TicketVote",
    "Timer",
    "Workflow",
    "WorkflowVersion",
    "WorkingCalendar",
]
