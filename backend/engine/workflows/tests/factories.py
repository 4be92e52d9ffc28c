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
from engine.workflows.definitions.schema import WorkflowDocument
from engine.workflows.definitions.transfer import Format, WorkflowMeta
from engine.workflows.models import Workflow
from engine.workflows.samples import (
    SAMPLE_CHANNELS,
    at,
    choices,
    claim,
    countersign,
    departments,
    end_state,
    field,
    reject,
    roles,
    sample_definitions,
    start_state,
    state,
    transition,
    users,
    variable,
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


def rich_document() -> WorkflowDocument:
    """Every part of the schema, in the JSON form a stored version has (validation bounds as strings),
    with strings a YAML reader could take for something else."""
    columns = [
        field("item", "Item", "string"),
        field("qty", "Qty", "int", default=1, validation={"min": "1", "max": "999"}),
        field("price", "Price", "decimal", required=False),
    ]
    answers = choices(("yes", "Yes"), ("no", "No"), ("null", "~"), ("1.0", "1e3"), ("2024-01-01", "@x"))
    title_rules = {"min_length": 3, "max_length": 120, "regex": r"^[^\n]+: .*#?$"}
    fields = [
        field("title", "Title", "string", placeholder="yes", help_text="null", validation=title_rules),
        field("body", "Details\nand notes", "text", required=False),
        field("rich", "Rich", "rich_text", default="<p>~</p>", order=2),
        field("amount", "Amount", "decimal", validation={"min": "0.01", "max": "1e6"}),
        field("count", "Count", "int", default=0, order=-1),
        field("urgent", "Urgent?", "bool", default=False),
        field(
            "due", "Due", "date", default="2024-01-31", validation={"min": "2024-01-01", "max": "2030-12-31"}
        ),
        field("at", "At", "datetime", default="2024-01-31T10:00:00+08:00"),
        field("slot", "Slot", "time", default="12:30"),
        field("answer", "Answer", "radio", choices=answers, default="yes"),
        field(
            "tags",
            "Tags",
            "multi_select",
            choices=choices(("- a", ": b"), ("#c", "日本語")),
            default=["- a", "#c"],
            validation={"min_length": 1, "max_length": 2},
        ),
        field("opts", "Options", "checkbox", choices=choices(("on", "On"))),
        field("pick", "Pick", "select", choices=choices(("~", "Tilde"))),
        field("owner", "Owner", "user"),
        field("watchers", "Watchers", "users", required=False),
        field("dept", "Department", "department"),
        field("files", "Files", "attachment", required=False),
        field("lines", "Lines", "table", columns=columns),
    ]
    vendor_hook = {
        "url": "https://hooks.example.com/handlers?x=1&y=yes",
        "wait": True,
        "returns_handlers": True,
    }
    states = [
        start_state(
            participant=variable("creator"),
            field_permissions={"title": "required", "body": "optional", "amount": "required"},
            can_withdraw=True,
            position=at(0, 0),
        ),
        state(
            "manager",
            "Manager review",
            reuse_last_handler=True,
            participant=variable("creator_department_leader"),
            distribution=claim(),
            sla={"duration_seconds": 86400, "action": "remind"},
            position=at(240.5, -12.25),
        ),
        state(
            "finance",
            "Finance — countersign",
            participant=departments("FIN", "yes", scope="approver"),
            distribution=countersign("percent", percent=60, veto_on_reject=False),
            field_permissions={"rich": "hidden", "lines": "read_only"},
            sla={"duration_seconds": 7200, "action": "escalate", "escalate_to": users("cfo", "张三")},
            position=at(480, 0),
        ),
        state(
            "board",
            "Board",
            participant=roles("board", "null"),
            distribution=countersign("count", count=2),
            sla={"duration_seconds": 3600, "action": "auto_transition", "transition": "board_timeout"},
        ),
        state("it", "IT", participant={"kind": "field", "field": "owner"}, distribution={"kind": "random"}),
        state(
            "vendor",
            "Vendor hook",
            participant={"kind": "hook", "hook": vendor_hook},
            distribution={"kind": "direct"},
        ),
        end_state("done", "Done", position=at(1e3, 1.5e-3)),
        end_state("rejected", "Rejected"),
    ]
    big_or_urgent = {
        "any": [
            {
                "all": [
                    {"field": "amount", "op": ">=", "value": 10000},
                    {"field": "urgent", "op": "==", "value": True},
                ]
            },
            {"all": [{"field": "answer", "op": "in", "value": ["yes", "null"]}]},
        ]
    }
    branches = [
        {"condition": big_or_urgent, "target": "board"},
        {"expression": "amount < 100 and title ~ 'yes: #1'", "target": "done"},
    ]
    transitions = [
        transition("submit", "Submit", "draft", "manager", confirm_text="Sure?"),
        transition("approve", "Approve", "manager", "finance", branches=branches),
        reject("reject", "Reject", "manager", "rejected"),
        transition("sign", "Sign", "finance", "it", attribute="other"),
        transition("board_timeout", "Timed out", "board", "rejected", kind="timer", timer_seconds=3600),
        transition("vendor_done", "Vendor", "vendor", "done", kind="hook"),
        transition("it_done", "IT done", "it", "vendor"),
    ]
    notify = {
        "events": ["created", "state_entered"],
        "channel": "email",
        "recipients": ["handlers", "creator"],
        "template": "Ticket {serial}: {title}\nyes",
        "states": ["manager", "finance"],
    }
    return WorkflowDocument.model_validate(
        {
            "serial_prefix": "PR2",
            "title_template": "{workflow} {serial} — {field:title} 🙂",
            "fields": fields,
            "states": states,
            "transitions": transitions,
            "creators": {"everyone": False, "departments": ["FIN"], "roles": ["buyer"], "users": ["yes"]},
            "viewers": {"users": ["auditor"]},
            "intervenors": {"roles": ["admin"]},
            "submit_limit": {"count": 5, "period_seconds": 86400},
            "notifications": [notify, {"events": ["sla_breached"], "channel": "im"}],
            "webhooks": [
                {"events": ["finished", "closed", "withdrawn"], "url": "http://erp.example.com/hook"},
                {"events": ["transition"], "url": "https://x.example.com/", "active": False},
            ],
        }
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
