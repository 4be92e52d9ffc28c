"""Stand-ins for the outside systems of the demo company (`make run` only, `DEMO_ENDPOINTS=true`).

The seeded release workflow calls a CI hook and a deploy-log webhook. In the demo they point at
this server itself: `/demo/ci` checks the call's signature, answers 202 and, a few seconds later,
gives the signed answer a CI server would (agree), through the same service the callback
endpoint uses; `/demo/webhook` accepts any delivery. They are answered before tenant routing
(the hook URL's host is 127.0.0.1) and do not exist unless `DEMO_ENDPOINTS` is on. Loopback is
private: `seed_demo` opens 127.0.0.1/32 for the demo tenants the way a platform admin opens a range
(`Tenant.outbound_private_ranges`), which also lets the demo mail sink on 127.0.0.1:1025 be reached.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

import dramatiq
from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django_tenants.utils import schema_context

from core.errors import ApplicationError
from integrations.common import settings as settings_store
from integrations.common.signing import SIGNATURE_HEADER, verify
from tenants.models import Tenant

logger = logging.getLogger(__name__)
CI_DELAY_MS = 4_000


class DemoEndpointsMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not settings.DEMO_ENDPOINTS or request.method != "POST":
            return self.get_response(request)
        if request.path == "/demo/ci":
            return _ci(request)
        if request.path == "/demo/webhook":
            return JsonResponse({"received": True})
        return self.get_response(request)


def _ci(request: HttpRequest) -> HttpResponse:
    try:
        call = json.loads(request.body)
        schema, ticket_id, key = call["tenant"], int(call["ticket"]["id"]), str(call["call"])
    except (ValueError, KeyError, TypeError):
        return JsonResponse({"error": "not a hook call"}, status=400)
    if (
        not Tenant.objects.filter(schema_name=schema, is_template=False)
        .exclude(schema_name="public")
        .exists()
    ):
        return JsonResponse({"error": "unknown tenant"}, status=404)
    with schema_context(schema):
        signed = verify(
            settings_store.signing_secret(), request.body, request.headers.get(SIGNATURE_HEADER, "")
        )
    if not signed:
        return JsonResponse({"error": "bad signature"}, status=401)
    demo_ci_answer.send_with_options(args=(schema, ticket_id, key), delay=CI_DELAY_MS)
    return JsonResponse({"accepted": True, "answer_in_ms": CI_DELAY_MS}, status=202)


@dramatiq.actor(queue_name="default", max_retries=5, min_backoff=2_000, time_limit=30_000)
def demo_ci_answer(schema: str, ticket_id: int, call_key: str) -> None:
    """The demo CI's verdict: the checks pass. Retried while the call is not yet waiting."""
    from integrations.hooks.services import hook_answer

    with schema_context(schema):
        try:
            hook_answer(
                ticket_id=ticket_id,
                call_key=call_key,
                decision="agree",
                fields={},
                comment="Demo CI: build and tests passed.",
            )
        except ApplicationError as exc:
            if exc.code == "hook_stale":
                return  # someone moved the ticket meanwhile
            raise
