"""The 2.x write endpoints over our services: create, handle, accept, deliver, comment. Each is one
of our service calls (row lock, permissions, flow log, outbox) with 2.x's body mapped onto it."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import redis

from core.errors import ApplicationError, ValidationFailed
from core.redis import get_redis
from core.tenancy import current_schema
from engine.tickets import services
from engine.tickets.documents import published_version
from engine.workflows.definitions.schema import FieldPermission, FieldType, StateDef, WorkflowDocument
from integrations.v2compat import inputs
from integrations.v2compat.auth import Caller
from integrations.v2compat.envelope import V2Error, bad_input
from integrations.v2compat.reads import visible
from integrations.v2compat.selectors import workflow_by_number, workflow_ids

# Body keys that are 2.x parameters, never field values.
PARAMETERS = frozenset(
    {"workflow_id", "transition_id", "suggestion", "parent_ticket_id", "parent_ticket_state_id", "username"}
)
LIST_TYPES = {FieldType.CHECKBOX, FieldType.MULTI_SELECT, FieldType.USERS}
# Our error codes → 2.x's messages for the same refusal.
MESSAGES = {
    "not_a_handler": "not current participant, no permission",
    "claim_first": "需要先接单再处理",
    "ticket_closed": "工单当前状态无需操作",
    "not_claimable": "participant is one people, do not accept ticket first",
}
IDEMPOTENCY_SECONDS = 24 * 3600
PENDING = "pending"


def v2_error(exc: ApplicationError) -> V2Error:
    """Our refusal as 2.x's `code: -1` answer (HTTP 200, as 2.x answers its own refusals)."""
    if exc.code in MESSAGES:
        return V2Error(MESSAGES[exc.code])
    details = exc.details if isinstance(exc, ValidationFailed) and isinstance(exc.details, list) else []
    required = [
        str(d.get("field", "")).removeprefix("fields.")
        for d in details
        if isinstance(d, dict) and d.get("type") == "required"
    ]
    if required and len(required) == len(details):
        return V2Error("此工单的必填字段为:" + ",".join(required))
    problems = "; ".join(
        f"{d.get('field', '')}: {d.get('message', '')}" for d in details if isinstance(d, dict)
    )
    return V2Error(f"{exc.message} {problems}".strip())


def _ours(definition_type: str, value: Any) -> Any:
    """A 2.x field value in our form: comma-joined lists split, 0/1 booleans made booleans."""
    if FieldType(definition_type) in LIST_TYPES and isinstance(value, str):
        return [part for part in value.split(",") if part]
    if FieldType(definition_type) == FieldType.BOOL and value in (0, 1) and not isinstance(value, bool):
        return bool(value)
    return value


def field_values(document: WorkflowDocument, state: StateDef, body: dict[str, Any]) -> dict[str, Any]:
    """The body's values of the fields `state` lets its handler write; 2.x ignores the others too."""
    values = {}
    for key, value in body.items():
        definition = document.field(key)
        if key in PARAMETERS or definition is None:
            continue
        if document.permission(state, definition) in (FieldPermission.OPTIONAL, FieldPermission.REQUIRED):
            values[key] = _ours(definition.type, value)
    return values


def _create(caller: Caller, body: dict[str, Any]) -> int:
    number = inputs.body_int(body, "workflow_id")
    transition_number = inputs.body_int(body, "transition_id")
    suggestion = inputs.body_text(body, "suggestion")
    parent_id = inputs.body_int(body, "parent_ticket_id", required=False, high=inputs.MAX_TICKET_ID) or None
    if "title" in body:
        inputs.body_text(body, "title", limit=500)
    workflow = workflow_by_number(number or 0)
    if workflow is None or workflow.pk not in caller.workflow_ids:
        raise V2Error(f"APP:{caller.app.name} have no permission to create this workflow ticket")
    published = published_version(workflow)
    start = published[1].start_state() if published is not None else None
    if published is None or start is None:
        raise V2Error("workflow has no published version with a start state")
    document = published[1]
    key = workflow_ids(workflow, document).transition_key(transition_number or 0)
    if key is None or all(t.key != key for t in document.transitions_from(start.key)):
        raise V2Error("transition_id is invalid")
    ticket = services.ticket_create(
        workflow=workflow,
        principal=caller.principal,
        values=field_values(document, start, body),
        transition=key,
        comment=suggestion,
        parent_id=parent_id,
    )
    return ticket.pk


def ticket_create(caller: Caller, body: dict[str, Any], idempotency_key: str | None) -> dict[str, Any]:
    """Create; with an `Idempotency-Key` header (2.x clients have none, ours may add it) a retry
    answers the first ticket instead of filing a second one."""
    if idempotency_key is None:
        return {"ticket_id": _create(caller, body)}
    if not 1 <= len(idempotency_key) <= 255 or not idempotency_key.isascii():
        raise bad_input("Idempotency-Key must be 1-255 ASCII characters")
    fingerprint = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
    slot = f"lf:v2idem:{current_schema()}:{caller.app.pk}:{caller.user.pk}:{idempotency_key}"
    store = get_redis()
    try:
        claimed = store.set(slot, f"{PENDING}:{fingerprint}", nx=True, ex=IDEMPOTENCY_SECONDS)
        if not claimed:
            return _replayed(store.get(slot), fingerprint)
        try:
            ticket_id = _create(caller, body)
        except BaseException:
            store.delete(slot)
            raise
        # The service's transaction has committed by now (views run outside one): keep the answer.
        store.set(slot, f"{ticket_id}:{fingerprint}", ex=IDEMPOTENCY_SECONDS)
    except redis.RedisError:
        raise V2Error("Idempotency-Key cannot be checked right now", status=503) from None
    return {"ticket_id": ticket_id}


def _replayed(stored: Any, fingerprint: str) -> dict[str, Any]:
    value = stored.decode() if isinstance(stored, bytes) else str(stored or "")
    first, _sep, kept = value.partition(":")
    if kept != fingerprint:
        raise bad_input("this Idempotency-Key was used for a different request", status=422)
    if first == PENDING:
        raise V2Error("a request with this Idempotency-Key is still running", status=409)
    return {"ticket_id": int(first)}


def ticket_handle(caller: Caller, ticket_id: int, body: dict[str, Any]) -> None:
    if not body:
        raise V2Error("patch参数为空")
    transition_number = inputs.body_int(body, "transition_id")
    suggestion = inputs.body_text(body, "suggestion")
    found = visible(caller, ticket_id)
    ticket, document = found.ticket, found.document
    key = workflow_ids(ticket.workflow, document).transition_key(transition_number or 0)
    state = document.state(ticket.state_key)
    if key is None or state is None or all(t.key != key for t in document.transitions_from(state.key)):
        raise V2Error("transition_id is invalid")
    services.ticket_handle(
        ticket_id=ticket.pk,
        principal=caller.principal,
        transition=key,
        values=field_values(document, state, body),
        comment=suggestion,
    )


def ticket_accept(caller: Caller, ticket_id: int) -> None:
    visible(caller, ticket_id)
    services.ticket_accept(ticket_id=ticket_id, principal=caller.principal)


def ticket_deliver(caller: Caller, ticket_id: int, body: dict[str, Any]) -> None:
    target = inputs.body_text(body, "target_username", required=True, limit=150)
    suggestion = inputs.body_text(body, "suggestion")
    visible(caller, ticket_id)
    services.ticket_deliver(ticket_id=ticket_id, principal=caller.principal, to=target, comment=suggestion)


def ticket_comment(caller: Caller, ticket_id: int, body: dict[str, Any]) -> None:
    suggestion = inputs.body_text(body, "suggestion", required=True)
    visible(caller, ticket_id)
    services.ticket_comment(ticket_id=ticket_id, principal=caller.principal, comment=suggestion)
