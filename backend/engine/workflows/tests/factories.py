"""Shared test data for the ticket engine: the directory, the sample workflows, principals.

Plain functions (no test module imports another): `seed_samples()` syncs `DIRECTORY` into the
current schema and publishes the sample workflows; `user_principal()` acts as a username;
`unseed_samples()` undoes a seed whose rows were committed.
"""

from __future__ import annotations

from datetime import timedelta, timezone
from typing import Any

import pytest

from conftest import PASSWORD
from core.access.auth import Principal
from core.access.models import User
from core.directory.schemas import DirectorySyncIn
from core.directory.sync import directory_sync
from engine.tickets.models import SerialCounter, Ticket
from engine.workflows.conditions import Comparison, Condition, Op, evaluate, parse_expression
from engine.workflows.definitions import transfer
from engine.workflows.definitions.transfer import Format, WorkflowMeta
from engine.workflows.models import Workflow
from engine.workflows.samples import (
    SAMPLE_CHANNELS,
    end_state,
    sample_definitions,
    start_state,
    state,
    transition,
    users,
)
from engine.workflows.services import workflow_create, workflow_publish
from integrations.notifications.models import NotificationChannel

DIRECTORY: dict[str, Any] = {
    "roles": [{"code": "approver", "name": "A"}, {"code": "ops", "name": "O"}, {"code": "hr", "name": "H"}],
    "departments": [
        {"code": "it", "name": "IT", "leader": "lead", "approver": "lead"},
        {"code": "it-ops", "name": "Ops", "parent": "it", "leader": "lead", "approver": "lead"},
        {"code": "it-dev", "name": "Dev", "parent": "it", "leader": "lead", "approver": "carol"},
    ],
    "users": [
        {"username": "lead", "departments": ["it", "it-ops", "it-dev"], "roles": ["approver"]},
        {"username": "alice", "departments": ["it-dev"], "roles": []},
        {"username": "bob", "departments": ["it-ops"], "roles": ["ops"]},
        {"username": "carol", "departments": ["it-dev", "it-ops"], "roles": ["approver", "hr"]},
        {"username": "dave", "departments": ["it-ops"], "roles": ["hr"]},
    ],
}


def seed_samples() -> dict[str, Workflow]:
    directory_sync(payload=DirectorySyncIn.model_validate(DIRECTORY), actor="test")
    for code in SAMPLE_CHANNELS:  # switched off: these tests send no notifications
        NotificationChannel.objects.create(code=code, name=code, kind="email", is_active=False)
    workflows = {}
    for sample in sample_definitions("it"):
        workflow = workflow_create(
            key=sample["key"], name=sample["name"], category=sample["category"], document=sample["document"]
        )
        workflow_publish(workflow=workflow, actor=None)
        workflows[workflow.key] = workflow
    return workflows


def user_principal(username: str) -> Principal:
    return Principal(user=User.objects.get(username=username))


LEAVE = {"leave_type": "annual", "start_date": "2026-12-01", "days": 5, "reason": "Family visit"}
PERMISSION = {"system": "gitlab", "access_level": "write", "justification": "Need to push the release"}


def unseed_samples() -> None:
    """Undo `seed_samples` and what the tests made on top of it, for tests whose rows are committed."""
    from core.directory.models import Department, DirectorySyncRun, Role

    Ticket.objects.all().delete()
    Workflow.objects.all().delete()
    SerialCounter.objects.all().delete()
    NotificationChannel.objects.filter(code__in=SAMPLE_CHANNELS).delete()
    Department.objects.update(parent=None)
    Department.objects.all().delete()
    Role.objects.all().delete()
    DirectorySyncRun.objects.all().delete()
    User.objects.filter(username__in=[u["username"] for u in DIRECTORY["users"]]).delete()


def login_client(client_for: Any, username: str, *, tenant: str = "it") -> Any:
    """A client of `tenant` signed in as `username` (password: conftest.PASSWORD)."""
    client = client_for(tenant)
    response = client.post(
        "/api/v1/auth/login", {"username": username, "password": PASSWORD}, content_type="application/json"
    )
    assert response.status_code == 200, response.content
    return client


def post_json(client: Any, path: str, body: Any, **headers: Any) -> Any:
    return client.post(path, body, content_type="application/json", **headers)


# ---- conditions ---------------------------------------------------------------------------------

# A field of every type (and one whose key is a keyword of the language).
CONDITION_FIELDS: dict[str, str] = {
    "title": "string",
    "note": "text",
    "body": "rich_text",
    "days": "int",
    "amount": "decimal",
    "urgent": "bool",
    "due": "date",
    "at": "datetime",
    "t": "time",
    "level": "radio",
    "tags": "checkbox",
    "team": "select",
    "labels": "multi_select",
    "owner": "user",
    "watchers": "users",
    "dept": "department",
    "files": "attachment",
    "rows": "table",
    "Empty": "string",
}


def cmp(field: str, op: str, value: Any = None) -> Comparison:
    return Comparison(field=field, op=Op(op), value=value)


def cond(*groups: list[Comparison]) -> Condition:
    return Condition(groups=list(groups))


def holds(expression: str, **values: Any) -> bool:
    return evaluate(parse_expression(expression), values, CONDITION_FIELDS)


UTC2 = timezone(timedelta(hours=2))


# ---- documents ----------------------------------------------------------------------------------


def one_step_document(
    serial_prefix: str, step: dict[str, Any], *exits: dict[str, Any], **extra: Any
) -> dict[str, Any]:
    """draft → `step` → done: `submit` leads from draft to the step, `exits` leave it. `extra`: more of
    the document (fields, webhooks, ...)."""
    return {
        "serial_prefix": serial_prefix,
        "states": [start_state(), step, end_state("done", "Done")],
        "transitions": [transition("submit", "Submit", "draft", step["key"]), *exits],
        **extra,
    }


def review_document(serial_prefix: str, **extra: Any) -> dict[str, Any]:
    """draft → review (lead's turn) → done: the smallest document where a person acts."""
    review = state("review", "Review", participant=users("lead"))
    return one_step_document(
        serial_prefix, review, transition("approve", "Approve", "review", "done"), **extra
    )


# ---- bundles ------------------------------------------------------------------------------------

FORMATS: tuple[Format, ...] = ("json", "yaml")
# Each YAML loader available (libyaml events and pure Python), as parameters.
LOADERS = [pytest.param(loader, id=loader.__name__) for loader in transfer.YAML_LOADERS]


def bundle_meta(**changes: str) -> WorkflowMeta:
    """What a bundle says of its workflow, with strings a YAML reader could take for something else."""
    values = {
        "key": "purchase-request",
        "name": "Purchase request — 采购申请 ✓",
        "description": "Multi-line\ndescription: with 'quotes', \"double\", #hash and yes/no.",
        "category": "Finance",
    }
    return WorkflowMeta(**{**values, **changes})
