"""Shared test data for the ticket engine: the directory, the sample workflows, principals.

Plain functions (no test module imports another): `seed_samples()` syncs `DIRECTORY` into the
current schema and publishes the sample workflows (the first three unless told which);
`user_principal()` acts as a username; `unseed_samples()` undoes a seed whose rows were committed.

Also, per kind of test: condition helpers (`CONDITION_FIELDS`, `cmp`, `cond`, `holds`); small
documents built with the samples' builders (`one_step_document`, `review_document`); bundle metadata
for the transfer tests; and, for the publish-time rules, a valid `leave_document()` with the dict
surgery (`setting`, `appending`, `removing`, `mutated`) that breaks one thing at a time; and a
sub-process pair (`TASK_DOCUMENT`, `order_document`).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Collection
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
from engine.workflows.definitions.validation import DirectoryIndex, Problem, validate_document
from engine.workflows.models import Workflow
from engine.workflows.samples import (
    SAMPLE_CHANNELS,
    SAMPLES,
    choices,
    countersign,
    end_state,
    field,
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


# The samples most ticket tests stand on; the others (parallel branches, sub-processes) are published
# by the tests of those samples (`seed_samples(ALL_SAMPLES)`), since tests of those features publish
# their own documents under the same keys.
TICKET_SAMPLES = ("leave", "it-permission", "release")
ALL_SAMPLES = tuple(sample("it")["key"] for sample in SAMPLES)


def seed_samples(keys: Collection[str] = TICKET_SAMPLES) -> dict[str, Workflow]:
    """Sync `DIRECTORY` and publish the samples named by `keys` (in the samples' own order)."""
    directory_sync(payload=DirectorySyncIn.model_validate(DIRECTORY), actor="test")
    for code in SAMPLE_CHANNELS:  # switched off: these tests send no notifications
        NotificationChannel.objects.create(code=code, name=code, kind="email", is_active=False)
    workflows = {}
    for sample in sample_definitions("it"):
        if sample["key"] not in keys:
            continue
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


# ---- publish-time validation ------------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


DIRECTORY_INDEX = DirectoryIndex(
    usernames=frozenset({"hana", "hugo", "hiro", "admin", "alice"}),
    department_codes=frozenset({"eng"}),
    role_codes=frozenset({"hr_manager"}),
    channel_codes=frozenset({"email", "c"}),
    script_codes=frozenset({"archive"}),
)


def leave_document() -> dict[str, Any]:
    """A valid leave request. Indexes used by the tests:

    fields: 0 days (int), 1 reason (text), 2 type (select)
    states: 0 start, 1 lead_review, 2 hr_review (countersign 2 of 3), 3 done, 4 rejected
    transitions: 0 submit, 1 lead_approve (branch `days > 3` → hr_review), 2 lead_reject,
                 3 hr_approve, 4 hr_reject
    """
    leave_types = choices(("annual", "Annual"), ("sick", "Sick"), ("unpaid", "Unpaid"))
    over_three_days = [{"expression": "days > 3", "target": "hr_review"}]
    lead_review = state(
        "lead_review",
        "Team lead",
        participant=variable("creator_department_leader"),
        can_withdraw=True,
        sla={"duration_seconds": 86400, "action": "escalate", "escalate_to": roles("hr_manager")},
    )
    hr_review = state(
        "hr_review",
        "HR",
        participant=users("hana", "hugo", "hiro"),
        distribution=countersign("count", count=2),
        field_permissions={"reason": "read_only"},
    )
    return {
        "serial_prefix": "LV",
        "title_template": "{workflow} {serial}: {creator} asks for {days} days",
        "fields": [
            field("days", "Days", "int", validation={"min": 1, "max": 365}),
            field("reason", "Reason", "text", validation={"max_length": 2000}),
            field("type", "Type", "select", default="annual", choices=leave_types),
        ],
        "states": [
            start_state(
                "start", field_permissions={"days": "required", "reason": "required", "type": "optional"}
            ),
            lead_review,
            hr_review,
            end_state("done", "Approved"),
            end_state("rejected", "Rejected"),
        ],
        "transitions": [
            transition("submit", "Submit", "start", "lead_review"),
            transition("lead_approve", "Approve", "lead_review", "done", branches=over_three_days),
            transition("lead_reject", "Reject", "lead_review", "rejected", attribute="reject"),
            transition("hr_approve", "Approve", "hr_review", "done"),
            transition("hr_reject", "Reject", "hr_review", "rejected", attribute="reject"),
        ],
        "creators": {"departments": ["eng"]},
        "viewers": {"roles": ["hr_manager"]},
        "intervenors": {"users": ["admin"]},
        "notifications": [{"events": ["state_entered"], "channel": "email", "states": ["hr_review"]}],
        "webhooks": [{"events": ["finished"], "url": "https://hr.example.com/hooks/leave"}],
    }


def problems(
    doc: dict[str, Any] | WorkflowDocument, directory: DirectoryIndex = DIRECTORY_INDEX
) -> list[Problem]:
    document = doc if isinstance(doc, WorkflowDocument) else WorkflowDocument.model_validate(doc)
    return validate_document(document, directory)


def codes(
    doc: dict[str, Any] | WorkflowDocument, directory: DirectoryIndex = DIRECTORY_INDEX
) -> list[tuple[str, str]]:
    return [(problem.code, problem.path) for problem in problems(doc, directory)]


def _walk(doc: Any, path: str) -> tuple[Any, Any]:
    *parents, last = path.split(".")
    node = doc
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node.setdefault(part, {})
    return node, int(last) if isinstance(node, list) else last


def setting(path: str, value: Any) -> Mutation:
    def apply(doc: dict[str, Any]) -> None:
        node, key = _walk(doc, path)
        node[key] = copy.deepcopy(value)

    return apply


def appending(path: str, value: Any) -> Mutation:
    def apply(doc: dict[str, Any]) -> None:
        node, key = _walk(doc, path)
        if isinstance(node, dict):
            node.setdefault(key, [])
        node[key].append(copy.deepcopy(value))

    return apply


def removing(path: str) -> Mutation:
    def apply(doc: dict[str, Any]) -> None:
        node, key = _walk(doc, path)
        del node[key]

    return apply


def mutated(*mutations: Mutation) -> dict[str, Any]:
    doc = leave_document()
    for mutation in mutations:
        mutation(doc)
    return doc


def edge(key: str, source: str, target: str, **extra: Any) -> dict[str, Any]:
    """A transition named after its key."""
    return transition(key, key.title(), source, target, **extra)


def column(key: str, type_: str = "string", **extra: Any) -> dict[str, Any]:
    """A field (or a table's column) labelled after its key."""
    return field(key, key.title(), type_, **extra)


def gateway(key: str, type_: str, **extra: Any) -> dict[str, Any]:
    """A gateway state (its name after its key)."""
    return state(key, key.replace("_", " ").title(), type=type_, **extra)


def auto(key: str, source: str, target: str, **extra: Any) -> dict[str, Any]:
    """A transition out of a gateway (the engine takes it)."""
    return edge(key, source, target, kind="auto", **extra)


def parallel_document(split: str = "parallel_split", join: str = "parallel_join") -> dict[str, Any]:
    """New-hire onboarding: IT and facilities prepare in parallel, then the manager signs off. Indexes:

    states: 0 start, 1 fork, 2 it, 3 facilities, 4 meet, 5 manager, 6 done
    transitions: 0 submit, 1 to_it, 2 to_facilities, 3 it_done, 4 it_refuse (reject → start),
                 5 facilities_done, 6 after_join, 7 sign_off
    """
    return {
        "fields": [field("laptop", "Laptop", "bool", required=False)],
        "states": [
            start_state("start"),
            gateway("fork", split, join="meet"),
            state("it", "IT", participant=users("hana")),
            state("facilities", "Facilities", participant=users("hugo")),
            gateway("meet", join),
            state("manager", "Manager", participant=users("hiro")),
            end_state("done", "Done"),
        ],
        "transitions": [
            edge("submit", "start", "fork"),
            auto("to_it", "fork", "it"),
            auto("to_facilities", "fork", "facilities"),
            edge("it_done", "it", "meet"),
            edge("it_refuse", "it", "start", attribute="reject"),
            edge("facilities_done", "facilities", "meet"),
            auto("after_join", "meet", "manager"),
            edge("sign_off", "manager", "done"),
        ],
    }


def parallel_mutated(
    *mutations: Mutation, split: str = "parallel_split", join: str = "parallel_join"
) -> dict[str, Any]:
    doc = parallel_document(split, join)
    for mutation in mutations:
        mutation(doc)
    return doc


# ---- sub-processes: a child workflow and a parent that files its tickets ---------------------

TASK_DOCUMENT: dict[str, Any] = {
    "serial_prefix": "TS",
    "fields": [
        field("item", "Item", "string"),
        field("qty", "Quantity", "int", required=False),
        field("note", "Note", "text", required=False),
    ],
    "states": [
        state("draft", "Draft", type="start"),
        state("doing", "Doing", participant=users("lead")),
        state("done", "Done", type="end"),
        state("refused", "Refused", type="end"),
    ],
    "transitions": [
        transition("submit", "Submit", "draft", "doing"),
        transition("finish", "Finish", "doing", "done"),
        transition("refuse", "Refuse", "doing", "refused", attribute="reject"),
    ],
}


def order_document(**subprocess: Any) -> dict[str, Any]:
    """draft → waiting (files sub-tickets of TASK_DOCUMENT, published as `task`, one per row of `items`
    unless `subprocess` says `count`) → done, or back to draft when one is refused."""
    items = field(
        "items",
        "Items",
        "table",
        required=False,
        columns=[field("name", "Name", "string"), field("qty", "Qty", "int")],
    )
    settings = {
        "workflow": "task",
        "values": {"item": "row.name", "qty": "row.qty", "note": "topic"},
        **subprocess,
    }
    if "count" in subprocess:  # no rows: every sub-ticket takes its values from the parent
        settings = {**settings, "values": {"item": "topic", "note": "topic"}}
        settings.pop("rows", None)
    return {
        "serial_prefix": "OR",
        "fields": [field("topic", "Topic", "string"), items],
        "states": [
            state("draft", "Draft", type="start"),
            state("waiting", "Waiting", participant=variable("creator"), subprocess=settings),
            state("done", "Done", type="end"),
        ],
        "transitions": [
            transition("submit", "Submit", "draft", "waiting"),
            transition("all_done", "All done", "waiting", "done", kind="subtickets"),
            transition("refused", "Refused", "waiting", "draft", kind="subtickets", attribute="reject"),
        ],
    }
