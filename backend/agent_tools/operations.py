"""What each tool does, as calls of the public API made with the caller's own client. Nothing here
decides what a person may see or do: the API does, for the token it is given."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from loonflow_client import LoonflowClient, etag
from loonflow_client.generated.api.tickets import engine_tickets_actions_accept_ticket as accept_ticket
from loonflow_client.generated.api.tickets import engine_tickets_actions_comment_ticket as comment_ticket
from loonflow_client.generated.api.tickets import engine_tickets_actions_create_ticket as create_ticket
from loonflow_client.generated.api.tickets import engine_tickets_actions_handle_ticket as handle_ticket
from loonflow_client.generated.api.tickets import engine_tickets_reads_list_tickets as list_tickets
from loonflow_client.generated.api.tickets import engine_tickets_reads_ticket_actions as ticket_actions
from loonflow_client.generated.api.tickets import engine_tickets_reads_ticket_detail as ticket_detail
from loonflow_client.generated.api.tickets import engine_tickets_reads_ticket_flow_log as flow_log
from loonflow_client.generated.api.workflows import engine_api_init_workflow as init_workflow
from loonflow_client.generated.api.workflows import engine_api_list_workflows as list_workflows
from loonflow_client.generated.models import (
    CommentIn,
    TicketCreateIn,
    TicketCreateInFields,
    TicketHandleIn,
    TicketHandleInFields,
)
from loonflow_client.generated.types import UNSET

from agent_tools import inputs
from agent_tools.connection import LoonflowError, answer
from agent_tools.fields import check_values, filing_schema

SUMMARY_KEYS = (
    "id",
    "serial",
    "title",
    "workflow",
    "state",
    "status",
    "creator",
    "created_at",
    "updated_at",
    "row_version",
    "waiting_for",
    "waiting_count",
    "my_steps",
)
# How many workflows' start states are read at once when listing the schema resources.
INIT_CONCURRENCY = 4
HISTORY_KEYS = ("created_at", "actor", "via_app", "action", "transition", "from_state", "to_state", "comment")


def _summary(row: dict[str, Any]) -> dict[str, Any]:
    return {key: row[key] for key in SUMMARY_KEYS if key in row}


def _page(page: dict[str, Any]) -> dict[str, Any]:
    return {"items": [_summary(row) for row in page["items"]], "next_cursor": page.get("next_cursor")}


def my_todo(client: LoonflowClient, args: inputs.MyTodoIn) -> dict[str, Any]:
    page = answer(
        list_tickets.sync_detailed(
            client=client.api, view="todo", cursor=args.cursor or UNSET, limit=args.limit
        )
    )
    return _page(page)


def search(client: LoonflowClient, args: inputs.SearchIn) -> dict[str, Any]:
    page = answer(
        list_tickets.sync_detailed(
            client=client.api, view=args.scope, q=args.query, cursor=args.cursor or UNSET, limit=args.limit
        )
    )
    return _page(page)


def _field(item: dict[str, Any]) -> dict[str, Any]:
    shown = {key: item.get(key) for key in ("key", "label", "type", "permission", "value")}
    choices = (item.get("field") or {}).get("choices")
    if choices:
        shown["choices"] = choices
    return shown


def get_ticket(client: LoonflowClient, args: inputs.GetTicketIn) -> dict[str, Any]:
    # Three independent reads: at once, so the answer takes one round trip, not three.
    with ThreadPoolExecutor(max_workers=3) as pool:
        reads = [
            pool.submit(read.sync_detailed, args.ticket_id, client=client.api)
            for read in (ticket_detail, ticket_actions, flow_log)
        ]
        detail, actions, history = (answer(read.result()) for read in reads)
    ticket = {key: value for key, value in detail.items() if key != "fields"}
    ticket["fields"] = [_field(item) for item in detail["fields"]]
    ticket["allowed_actions"] = actions
    latest = history[-args.history :] if args.history else []
    ticket["recent_history"] = [{key: row.get(key) for key in HISTORY_KEYS} for row in latest]
    return ticket


def _fileable(client: LoonflowClient, workflow: dict[str, Any]) -> dict[str, Any] | None:
    try:
        init = answer(init_workflow.sync_detailed(workflow["id"], client=client.api))
    except LoonflowError as error:
        if error.status == 404:  # unpublished or hidden since the list was read
            return None
        raise
    return {**workflow, "init": init} if init.get("can_create") else None


def fileable_workflows(client: LoonflowClient) -> list[dict[str, Any]]:
    """The published workflows the person may file tickets of, with their start's `init` answer
    (which says so): a few at a time, since each is a request of its own."""
    published = [
        workflow
        for workflow in answer(list_workflows.sync_detailed(client=client.api))
        if workflow.get("current_version") is not None
    ]
    with ThreadPoolExecutor(max_workers=INIT_CONCURRENCY) as pool:
        found = list(pool.map(lambda workflow: _fileable(client, workflow), published))
    return [workflow for workflow in found if workflow is not None]


def _field_definition(item: dict[str, Any]) -> dict[str, Any]:
    field = item["field"]
    shown = {key: field.get(key) for key in ("key", "label", "type", "help_text", "default", "validation")}
    shown["permission"] = item["permission"]
    if field.get("choices"):
        shown["choices"] = field["choices"]
    if field.get("columns"):
        shown["columns"] = field["columns"]
    return shown


def workflow_schema(client: LoonflowClient, workflow_id: int) -> dict[str, Any]:
    init = answer(init_workflow.sync_detailed(workflow_id, client=client.api))
    return {
        "workflow_id": init["workflow_id"],
        "key": init["key"],
        "name": init["name"],
        "version": init["version"],
        "can_create": init["can_create"],
        "start_state": init["start_state"],
        "transitions": init["transitions"],
        "fields": [_field_definition(item) for item in init["fields"]],
        "values_schema": filing_schema(init),
    }


def _submit_transition(init: dict[str, Any], wanted: str | None) -> dict[str, Any] | None:
    """The start state's transition to file with: the one named, or the only one there is."""
    transitions = init["transitions"]
    keys = [transition["key"] for transition in transitions]
    if wanted is None and len(transitions) == 1:
        return dict(transitions[0])
    if wanted is not None and wanted in keys:
        return dict(transitions[keys.index(wanted)])
    if wanted is None and not transitions:
        return None  # a start state without buttons: the ticket is saved as a draft
    raise LoonflowError(
        "transition_required" if wanted is None else "transition_not_allowed",
        f"Choose the transition to file with, one of: {', '.join(keys)}.",
        status=422,
        details={"transitions": keys},
    )


def file_ticket(client: LoonflowClient, args: inputs.FileTicketIn) -> dict[str, Any]:
    init = answer(init_workflow.sync_detailed(args.workflow_id, client=client.api))
    if not init["can_create"]:
        raise LoonflowError("permission_denied", "You may not file tickets of this workflow.", status=403)
    transition = _submit_transition(init, args.transition)
    schema = filing_schema(init)
    if transition is None or not transition.get("check_required_fields", True):
        schema["required"] = []
    check_values(schema, args.fields)
    body = TicketCreateIn(
        workflow_id=args.workflow_id,
        transition=transition["key"] if transition else None,
        fields=TicketCreateInFields.from_dict(args.fields),
        comment=args.comment,
    )
    api = client.idempotent(args.idempotency_key) if args.idempotency_key else client.api
    return answer(create_ticket.sync_detailed(client=api, body=body))


def take_transition(client: LoonflowClient, args: inputs.TakeTransitionIn) -> dict[str, Any]:
    def current() -> int:
        return int(answer(ticket_detail.sync_detailed(args.ticket_id, client=client.api))["row_version"])

    body = TicketHandleIn(
        transition=args.transition,
        comment=args.comment,
        fields=TicketHandleInFields.from_dict(args.fields),
        branch=args.branch if args.branch is not None else UNSET,
    )

    def attempt(version: int, key: str | None) -> Any:
        api = client.idempotent(key) if key else client.api
        return handle_ticket.sync_detailed(args.ticket_id, client=api, body=body, if_match=etag(version))

    response = attempt(current() if args.version is None else args.version, args.idempotency_key)
    if response.status_code == 412:
        # Someone changed the ticket first: once more against its current version. The API still
        # answers 409 when the action no longer makes sense (already approved, no longer your turn).
        # The retry has its own key: the API keeps the 412 under the first one.
        retry_key = f"{args.idempotency_key[:249]}:retry" if args.idempotency_key else None
        response = attempt(current(), retry_key)
    return answer(response)


def claim(client: LoonflowClient, args: inputs.ClaimIn) -> dict[str, Any]:
    branch = args.branch if args.branch is not None else UNSET
    return answer(accept_ticket.sync_detailed(args.ticket_id, client=client.api, branch=branch))


def comment(client: LoonflowClient, args: inputs.CommentIn) -> dict[str, Any]:
    return answer(
        comment_ticket.sync_detailed(args.ticket_id, client=client.api, body=CommentIn(args.comment))
    )
