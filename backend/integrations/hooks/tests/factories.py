"""Builders of the hook tests: a workflow whose `ci` state is a hook participant, tickets filed into
it, the HookCall made for them (and running it as the worker would), a signed callback."""

from __future__ import annotations

import json
from typing import Any

from engine.tickets.models import Ticket, TicketHandler
from engine.tickets.services import ticket_create
from engine.workflows.models import Workflow
from engine.workflows.tests.factories import user_principal
from integrations.common import settings as settings_store
from integrations.common.signing import sign
from integrations.hooks import tasks as hook_tasks
from integrations.hooks.models import HookCall
from integrations.tests.factories import document, process_events, published

FIELDS = [
    {"key": "service", "label": "Service", "type": "string", "required": False},
    {"key": "build", "label": "Build", "type": "int", "required": False},
]
TRANSITIONS = [
    {"key": "submit", "name": "Submit", "source": "start", "target": "ci"},
    {"key": "ci_passed", "name": "CI passed", "source": "ci", "target": "done", "kind": "hook"},
    {
        "key": "ci_failed",
        "name": "CI failed",
        "source": "ci",
        "target": "failed",
        "kind": "hook",
        "attribute": "reject",
    },
    # For handlers named by the hook.
    {"key": "approve", "name": "Approve", "source": "ci", "target": "done"},
]


def hook_workflow(
    url: str, *, key: str = "ci", wait: bool = False, returns_handlers: bool = False
) -> Workflow:
    """start → ci (the hook at `url`) → done (its agree) or failed (its reject)."""
    hook = {"url": url, "wait": wait, "returns_handlers": returns_handlers}
    ci = {"key": "ci", "name": "CI", "participant": {"kind": "hook", "hook": hook}}
    return published(
        key,
        document(
            "HK", fields=FIELDS, working=ci, ends=("done", "failed"), transitions=TRANSITIONS, start="start"
        ),
    )


def submit(workflow: Workflow) -> Ticket:
    """File a ticket into the hook state and fan its events out: returns it with its HookCall made."""
    ticket = ticket_create(
        workflow=workflow, principal=user_principal("alice"), values={"service": "api"}, transition="submit"
    )
    process_events(ticket)
    return ticket


def call_of(ticket: Ticket) -> HookCall:
    return HookCall.objects.get(ticket=ticket)


def attempt(call: HookCall) -> HookCall:
    """Run the actor as the worker would once the (re)try falls due."""
    HookCall.objects.filter(pk=call.pk).update(next_attempt_at=None)
    hook_tasks.call_hook.fn(call.pk)
    call.refresh_from_db()
    return call


def handlers(ticket: Ticket) -> list[str]:
    return sorted(TicketHandler.objects.filter(ticket=ticket).values_list("user__username", flat=True))


def signed_callback(
    client: Any, ticket_id: int, body: dict[str, Any] | bytes, *, secret: str | None = None
) -> Any:
    """POST `body` to the ticket's hook callback, signed with `secret` (the tenant's by default)."""
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    signature = sign(secret or settings_store.signing_secret(), raw)
    return client.post(
        f"/api/v1/tickets/{ticket_id}/hook-callback",
        raw,
        content_type="application/json",
        HTTP_X_LOONFLOW_SIGNATURE=signature,
    )
