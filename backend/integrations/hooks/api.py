"""Hook callbacks (signed by the tenant's signing secret, no session or token) and the manual retry
of failed hook calls and script runs."""

from __future__ import annotations

import json
from typing import Any

from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router
from ninja.errors import ValidationError
from pydantic import ValidationError as PydanticValidationError

from core.access.auth import principal_of
from core.audit.recording import audited
from core.errors import ApplicationError, NotAuthenticated
from engine.tickets.api import TICKET
from engine.tickets.models import Ticket
from integrations.common.settings import signing_secret
from integrations.common.signing import SIGNATURE_HEADER, verify
from integrations.hooks import services as hook_services
from integrations.hooks.schemas import HookCallbackIn, HookTicketOut, RetryOut

router = Router(tags=["tickets"])

_CALLBACK_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": HookCallbackIn.model_json_schema()}},
    }
}


def _raw_body(request: HttpRequest) -> bytes:
    try:
        return request.body
    except RequestDataTooBig:
        raise ApplicationError(
            _("The request body is too large."), code="payload_too_large", status=413
        ) from None


def _callback_payload(body: bytes) -> HookCallbackIn:
    # Parsed only after the signature is checked, so an unsigned caller learns nothing from a 422.
    try:
        data = json.loads(body)
    except ValueError:
        raise ApplicationError(
            _("The request body is not valid JSON."), code="malformed_request", status=400
        ) from None
    try:
        return HookCallbackIn.model_validate(data)
    except PydanticValidationError as exc:
        raise ValidationError(
            [{**error, "loc": ("body", *error.get("loc", ()))} for error in exc.errors(include_context=False)]
        ) from None


@router.post(
    "/tickets/{ticket_id}/hook-callback",
    auth=None,
    response=HookTicketOut,
    openapi_extra=_CALLBACK_BODY,
    summary="Answer a waiting hook call (signed: X-Loonflow-Signature over the raw body)",
    description=(
        "For hook states with `wait: true`. Sign the raw body with the tenant's signing secret, as "
        "Loonflow signs the hook request. Name a `decision` (agree / reject) or a `transition`. "
        "401 for a missing or bad signature; 409 `hook_not_waiting` "
        "when the call is not this ticket's or was answered already; 409 `hook_stale` when the ticket "
        "left the state; 422 for bad field values (the call keeps waiting)."
    ),
)
def hook_callback(request: HttpRequest, ticket_id: int) -> Ticket:
    body = _raw_body(request)
    header = request.headers.get(SIGNATURE_HEADER, "")
    if not header or not verify(signing_secret(), body, header):
        raise NotAuthenticated(_("The hook callback is not signed correctly."), code="invalid_signature")
    payload = _callback_payload(body)
    return hook_services.hook_answer(
        ticket_id=ticket_id,
        call_key=payload.call,
        decision=payload.decision,
        transition=payload.transition,
        fields=payload.fields,
        comment=payload.comment,
    )


@router.post(
    "/tickets/{ticket_id}/retry-hook",
    response=RetryOut,
    summary="Retry the failed hook call and script runs of the ticket's current state (intervenors)",
)
@audited("ticket.retry_hook", target=TICKET, outcome=dict)
def retry_hook(request: HttpRequest, ticket_id: int) -> dict[str, Any]:
    retried = hook_services.background_retry(ticket_id=ticket_id, principal=principal_of(request))
    return {"hook_calls": retried.hook_calls, "script_runs": retried.script_runs}
