"""Plain builders shared by the ticket tests (no test module imports another).

`create_ticket` / `handle_ticket` act in the `it` schema as one of the seeded people (see the
`world` fixture in conftest.py). `make` builds a field definition of any type for the value tests
(`ROWS` is a table of every kind of column); `fail` / `problems_of` read a value that must be refused.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django_tenants.utils import schema_context

from engine.tickets.models import Ticket, TicketBranch, TicketHandler
from engine.tickets.runtime.values import FieldValueError, to_python
from engine.tickets.services import ticket_create, ticket_handle
from engine.workflows.definitions.schema import Choice, FieldDef, FieldType, FieldValidation, WorkflowDocument
from engine.workflows.models import Workflow
from engine.workflows.services import workflow_create, workflow_publish
from engine.workflows.tests.factories import LEAVE, PERMISSION, parallel_mutated, setting, user_principal


def create_ticket(
    workflow: Workflow, username: str = "alice", *, submit: bool = True, **values: Any
) -> Ticket:
    """A ticket of a sample workflow (leave or it-permission) with its usual values, `values` on top."""
    with schema_context("it"):
        base = PERMISSION if workflow.key == "it-permission" else LEAVE
        return ticket_create(
            workflow=workflow,
            principal=user_principal(username),
            values={**base, **values},
            transition="submit" if submit else None,
        )


def handle_ticket(ticket: Ticket, username: str, transition: str, **kwargs: Any) -> None:
    with schema_context("it"):
        ticket_handle(
            ticket_id=ticket.pk, principal=user_principal(username), transition=transition, **kwargs
        )


# ---- field definitions and values ----------------------------------------------------------------

CHOICES = [Choice(value="a", label="A"), Choice(value="b", label="B"), Choice(value="c", label="C")]


def make(type_: str, key: str = "f", **kwargs: Any) -> FieldDef:
    if type_ in ("radio", "select", "checkbox", "multi_select"):
        kwargs.setdefault("choices", CHOICES)
    return FieldDef(key=key, label=key.title(), type=FieldType(type_), **kwargs)


def rules(**kwargs: Any) -> FieldValidation:
    return FieldValidation(**kwargs)


ROWS = make(
    "table",
    "rows",
    required=False,
    columns=[
        make("string", "item"),
        make("decimal", "amount", required=False, validation=rules(min=Decimal(0))),
        make("user", "owner", required=False),
        make("department", "dept", required=False),
        make("attachment", "files", required=False),
    ],
)


def file(**overrides: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "name": "report.pdf",
        "url": "https://files.example.com/r/1",
        "size": 1024,
        "content_type": "application/pdf",
    }
    item.update(overrides)
    return item


def fail(field: FieldDef, raw: Any) -> FieldValueError:
    with pytest.raises(FieldValueError) as info:
        to_python(field, raw)
    return info.value


def problems_of(field: FieldDef, raw: Any) -> list[tuple[str, str]]:
    return [(problem.path, problem.type) for problem in fail(field, raw).problems]


ALL_TYPES = [field_type.value for field_type in FieldType]


# ---- parallel branches ----------------------------------------------------------------------------


def publish(key: str, document: dict[str, Any]) -> Workflow:
    """A workflow with `document` as its published version (it must pass publish-time validation)."""
    with schema_context("it"):
        workflow = workflow_create(
            key=key, name=key.title(), document=WorkflowDocument.model_validate(document)
        )
        workflow_publish(workflow=workflow, actor=None)
        return workflow


def places(ticket: Ticket) -> dict[str, tuple[str, str]]:
    """Branch key → (state, status) of every branch the ticket ever ran, newest generation last."""
    with schema_context("it"):
        return {row.key: (row.state_key, row.status) for row in TicketBranch.objects.filter(ticket=ticket)}


def handlers_of(ticket: Ticket) -> dict[str, list[str]]:
    """Username → the branch keys ("" for the ticket's own path) they handle now."""
    with schema_context("it"):
        found: dict[str, list[str]] = {}
        for row in TicketHandler.objects.filter(ticket=ticket).select_related("user", "branch"):
            found.setdefault(row.user.username, []).append(row.branch.key if row.branch else "")
        return {name: sorted(keys) for name, keys in found.items()}


def reloaded(ticket: Ticket) -> Ticket:
    with schema_context("it"):
        return Ticket.objects.get(pk=ticket.pk)


def onboarding(*changes: Any, split: str = "parallel_split", join: str = "parallel_join") -> Workflow:
    people = [
        setting("states.2.participant", {"kind": "users", "users": ["bob"]}),
        setting("states.3.participant", {"kind": "users", "users": ["carol"]}),
        setting("states.5.participant", {"kind": "users", "users": ["lead"]}),
        setting("states.0.can_withdraw", False),
    ]
    """The onboarding flow (`parallel_document`) published with bob on IT, carol on facilities and
    lead signing off (`changes` first)."""
    return publish("onboarding", parallel_mutated(*people, *changes, split=split, join=join))


def submit(workflow: Workflow, **values: Any) -> Ticket:
    """alice files a ticket and submits it."""
    with schema_context("it"):
        return ticket_create(
            workflow=workflow, principal=user_principal("alice"), values=values, transition="submit"
        )


def act(ticket: Ticket, username: str, transition: str, **kwargs: Any) -> None:
    with schema_context("it"):
        ticket_handle(
            ticket_id=ticket.pk, principal=user_principal(username), transition=transition, **kwargs
        )
