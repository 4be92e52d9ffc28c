"""The HTTP side of the compat API: one Django view per 2.x path, each answering 2.x's envelope.

Every view: 404 while the tenant has the compat API switched off; 405 for a method 2.x does not
serve there; then text checks, 2.x authentication, and the endpoint. Our refusals become 2.x's
`code: -1` answers; the input guard and the idempotency middleware leave these paths to us (both
would answer in our own error shape, and the idempotency scope has no credential here).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt

from core.errors import ApplicationError, status_error_response
from integrations.v2compat import inputs, reads, writes
from integrations.v2compat.auth import Caller, authenticate
from integrations.v2compat.envelope import V2Error, answer, error_answer
from integrations.v2compat.selectors import compat_enabled

Handler = Callable[..., HttpResponse]


def endpoint(**methods: Handler) -> Callable[..., HttpResponse]:
    """A view serving `methods` (GET=handler, ...); each handler gets (caller, request, **path)."""

    @csrf_exempt
    def view(request: HttpRequest, **path: Any) -> HttpResponse:
        if not compat_enabled():
            return status_error_response(404)
        handler = methods.get(request.method or "")
        if handler is None:
            response = answer({}, "method not allowed", code=-1, status=405)
            response["Allow"] = ", ".join(methods)
            return response
        try:
            inputs.check_text(request)
            caller = authenticate(request)
            return handler(caller, request, **{name: int(value) for name, value in path.items()})
        except V2Error as error:
            return error_answer(error)
        except ApplicationError as error:
            return error_answer(writes.v2_error(error))

    view.checks_own_input = True  # type: ignore[attr-defined]  # see core.input_guard
    return view


def unsupported(request: HttpRequest, rest: str) -> HttpResponse:
    """Other 2.x paths: 404 in 2.x's envelope (see docs/compat-loonflow2.md for what is served)."""
    if not compat_enabled():
        return status_error_response(404)
    return answer({}, "this Loonflow 2.x endpoint is not supported here", code=-1, status=404)


unsupported.checks_own_input = True  # type: ignore[attr-defined]


def _list(caller: Caller, request: HttpRequest) -> HttpResponse:
    return answer(reads.ticket_list(caller, request))


def _create(caller: Caller, request: HttpRequest) -> HttpResponse:
    data = writes.ticket_create(caller, inputs.json_body(request), request.headers.get("Idempotency-Key"))
    # 2.x puts the service's result in `msg` on this one endpoint; clients may read either.
    return answer(data, {"new_ticket_id": data["ticket_id"]})


def _detail(caller: Caller, request: HttpRequest, ticket_id: int) -> HttpResponse:
    return answer(reads.ticket_detail(caller, ticket_id))


def _handle(caller: Caller, request: HttpRequest, ticket_id: int) -> HttpResponse:
    writes.ticket_handle(caller, ticket_id, inputs.json_body(request))
    return answer({"value": True})


def _transitions(caller: Caller, request: HttpRequest, ticket_id: int) -> HttpResponse:
    return answer(reads.ticket_transitions(caller, ticket_id))


def _flow_logs(caller: Caller, request: HttpRequest, ticket_id: int) -> HttpResponse:
    return answer(reads.ticket_flow_logs(caller, request, ticket_id))


def _participants(caller: Caller, request: HttpRequest, ticket_id: int) -> HttpResponse:
    return answer(reads.ticket_participants(caller, ticket_id))


def _accept(caller: Caller, request: HttpRequest, ticket_id: int) -> HttpResponse:
    inputs.json_body(request)
    writes.ticket_accept(caller, ticket_id)
    return answer({})


def _deliver(caller: Caller, request: HttpRequest, ticket_id: int) -> HttpResponse:
    writes.ticket_deliver(caller, ticket_id, inputs.json_body(request))
    return answer(True)


def _comment(caller: Caller, request: HttpRequest, ticket_id: int) -> HttpResponse:
    writes.ticket_comment(caller, ticket_id, inputs.json_body(request))
    return answer({}, "add ticket comment successful")


def _workflows(caller: Caller, request: HttpRequest) -> HttpResponse:
    return answer(reads.workflow_list(caller, request))


def _init_state(caller: Caller, request: HttpRequest, workflow_id: int) -> HttpResponse:
    return answer(reads.workflow_init_state(caller, workflow_id))


tickets = endpoint(GET=_list, POST=_create)
ticket = endpoint(GET=_detail, PATCH=_handle)
transitions = endpoint(GET=_transitions)
flow_logs = endpoint(GET=_flow_logs)
participants = endpoint(GET=_participants)
accept = endpoint(POST=_accept)
deliver = endpoint(POST=_deliver)
comments = endpoint(POST=_comment)
workflows = endpoint(GET=_workflows)
init_state = endpoint(GET=_init_state)
