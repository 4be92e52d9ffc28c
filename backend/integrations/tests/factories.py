"""Builders shared by the integrations tests (hooks, scripts, webhooks, timers): a published workflow
made of a start state, one working state and end states; running a ticket's outbox events as the
worker would; a ticket's flow log; the parallel onboarding flow whose `it` branch a hook or a
script handles; the Berlin office calendar; and readers of stored texts in two languages."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django_tenants.utils import schema_context

from core import wakeups
from core.redis import get_redis
from engine.tickets import tasks as outbox
from engine.tickets.models import FlowLog, OutboxEvent, Ticket, TicketBranch, Timer
from engine.tickets.services import ticket_create
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.models import Workflow
from engine.workflows.services import workflow_create, workflow_publish
from engine.workflows.tests.factories import parallel_mutated, setting, user_principal


def document(
    prefix: str,
    *,
    fields: list[dict[str, Any]],
    working: dict[str, Any],
    ends: Iterable[str],
    transitions: list[dict[str, Any]],
    start: str = "draft",
    **extra: Any,
) -> WorkflowDocument:
    """`start` → the `working` state → one of `ends` (each state named after its key)."""
    states = [
        {"key": start, "name": start.title(), "type": "start"},
        working,
        *({"key": key, "name": key.title(), "type": "end"} for key in ends),
    ]
    return WorkflowDocument.model_validate(
        {"serial_prefix": prefix, "fields": fields, "states": states, "transitions": transitions, **extra}
    )


def published(key: str, document: WorkflowDocument, *, name: str | None = None) -> Workflow:
    workflow = workflow_create(key=key, name=name or key, document=document)
    workflow_publish(workflow=workflow, actor=None)
    return workflow


def process_events(ticket: Ticket) -> None:
    """Process the ticket's unprocessed outbox events in order, as the worker would."""
    pending = OutboxEvent.objects.filter(ticket=ticket, processed_at=None).order_by("pk")
    for event_id in pending.values_list("pk", flat=True):
        outbox.process_event.fn(event_id)


def flow_log(ticket: Ticket, action: str) -> list[FlowLog]:
    return list(FlowLog.objects.filter(ticket=ticket, action=action).order_by("pk"))


# ---- parallel branches -------------------------------------------------------------------------------

IT_BRANCH, FACILITIES_BRANCH = "fork:to_it", "fork:to_facilities"


def onboarding_document(
    it: dict[str, Any],
    *extra_transitions: dict[str, Any],
    it_state: dict[str, Any] | None = None,
    **document: Any,
) -> WorkflowDocument:
    """The parallel onboarding flow (engine/workflows/tests/factories.py `parallel_document`): after
    the fork the states `it` (handled by the participant `it`: a hook, a script...) and `facilities`
    (carol) run as branches (`IT_BRANCH`, `FACILITIES_BRANCH`) until they meet; then lead signs off.
    `it_done` (agree) and `it_refuse` (reject, back to the start) leave `it`. `it_state`: more of the
    `it` state (its `scripts`, `sla`...); `document`: more of the document (notifications...)."""
    doc = parallel_mutated(
        setting("states.2.participant", it),
        setting("states.3.participant", {"kind": "users", "users": ["carol"]}),
        setting("states.5.participant", {"kind": "users", "users": ["lead"]}),
    )
    doc["states"][2].update(it_state or {})
    doc["transitions"].extend(extra_transitions)
    return WorkflowDocument.model_validate({**doc, "serial_prefix": "ON", **document})


def onboard(workflow: Workflow) -> Ticket:
    """alice files an onboarding ticket (it enters both branches); its events are processed."""
    ticket = ticket_create(
        workflow=workflow, principal=user_principal("alice"), values={}, transition="submit"
    )
    process_events(ticket)
    return ticket


def places(ticket: Ticket) -> dict[str, tuple[str, str]]:
    """Branch key → (state, status) of every branch of the ticket."""
    return {row.key: (row.state_key, row.status) for row in TicketBranch.objects.filter(ticket=ticket)}


def branch_log(ticket: Ticket, action: str) -> list[tuple[str, str, str, str]]:
    """(from_state, to_state, branch, via_app) of the ticket's flow-log rows of `action`."""
    return [(row.from_state, row.to_state, row.branch, row.via_app) for row in flow_log(ticket, action)]


# ---- texts the workers store, read in each reader's language ------------------------------------------


def readers(login: Any) -> dict[str, Any]:
    """Two tenant admins of `it` (they see every ticket and log), who read in their own language:
    `{"zh-hans": li's client, "en": ann's}` (no Accept-Language: the person's choice decides)."""
    from core.access.models import User

    clients = {}
    for username, language in (("li", "zh-hans"), ("ann", "en")):
        clients[language] = login("it", username, admin=True)
        with schema_context("it"):
            User.objects.filter(username=username).update(language=language)
    return clients


def notes_read(
    readers: dict[str, Any], ticket: Ticket, action: str
) -> dict[str, list[tuple[str | None, str]]]:
    """The ticket's flow-log rows of `action` as each reader gets them: [(comment_code, comment)]."""
    seen = {}
    for language, client in readers.items():
        response = client.get(f"/api/v1/tickets/{ticket.pk}/flow-log")
        assert response.status_code == 200, response.content
        seen[language] = [
            (row["comment_code"], row["comment"]) for row in response.json() if row["action"] == action
        ]
    return seen


# ---- the Berlin office: a working calendar and a Friday afternoon (SLA warnings, working-time timers)

BERLIN = ZoneInfo("Europe/Berlin")
FRIDAY_AFTERNOON = datetime(2025, 3, 7, 15, 0, tzinfo=BERLIN)
OFFICE = [[{"start": "09:00", "end": "12:00"}, {"start": "13:00", "end": "18:00"}]] * 5 + [[], []]


def berlin(*parts: int) -> datetime:
    """A wall-clock time in Berlin: `berlin(2025, 3, 10, 10, 0)`."""
    return datetime(*parts, tzinfo=BERLIN)  # type: ignore[arg-type,misc]


def due_in_berlin(ticket: Ticket, kind: str) -> datetime:
    """When the ticket's timer of `kind` falls due, in Berlin time."""
    return Timer.objects.get(ticket=ticket, kind=kind).due_at.astimezone(BERLIN)


EXPIRE = {
    "key": "expire",
    "name": "Expire",
    "source": "review",
    "target": "expired",
    "kind": "timer",
    "timer_seconds": 3600,
}


def timed_ticket(schema: str, capture: Any) -> Ticket:
    """A ticket in review in `schema`, whose timer expires it an hour later; the commit's
    callbacks (the outbox relay, the wake-ups) run."""
    from integrations.webhooks.tests.factories import review_document  # (it imports this module)

    with schema_context(schema), capture(execute=True):
        workflow = published("timed", review_document("TM", ends=("expired",), transitions=(EXPIRE,)))
        return ticket_create(
            workflow=workflow, principal=user_principal("alice"), values={}, transition="submit"
        )


def wakeup_scores() -> dict[str, float]:
    rows: Any = get_redis().zrange(wakeups.KEY, 0, -1, withscores=True)
    return {member.decode(): score for member, score in rows}
