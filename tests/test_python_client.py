"""The Python client's own layer (clients/python/loonflow_client/session.py) against the real API:
its signatures are accepted (a wrong secret is not), and its idempotency keys make a retried
create answer the first ticket instead of filing another.

In-process: httpx's WSGI transport calls Django in the test's own transaction (rolled back after
each test), so no server is started here; tests/test_python_client_e2e.py drives one through
gunicorn.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django_tenants.utils import schema_context
from loonflow_client import LoonflowClient
from loonflow_client.generated.api.tickets import engine_tickets_actions_create_ticket as create_ticket
from loonflow_client.generated.api.workflows import engine_api_list_workflows as list_workflows
from loonflow_client.generated.models import TicketCreateIn, TicketCreateInFields

from core.access.models import AppGrant
from core.access.services import app_signing_secret_rotate
from engine.tickets.models import Ticket
from engine.workflows.tests.factories import LEAVE, seed_samples

HOST = "it.localhost"


@pytest.fixture
def wsgi() -> Iterator[httpx.WSGITransport]:
    """Django behind httpx, in this thread: the test's transaction stays open across requests
    (as Django's test client does, the per-request connection clean-up is switched off)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield httpx.WSGITransport(app=WSGIHandler())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def signed_app(make_app: Callable[..., tuple[Any, str]]) -> tuple[str, str]:
    """An app that must sign its requests: (token, signing secret)."""
    app, token = make_app("it")
    with schema_context("it"):
        secret = app_signing_secret_rotate(app=app)
        app.require_signature = True
        app.save(update_fields=["require_signature"])
    return token, secret


def _client(token: str, transport: httpx.BaseTransport, **options: Any) -> LoonflowClient:
    return LoonflowClient("http://testserver", token, host=HOST, transport=transport, **options)


def test_signed_requests_are_accepted_and_a_wrong_secret_is_refused(signed_app, wsgi):
    token, secret = signed_app
    client = _client(token, wsgi, signing_secret=secret)
    first = list_workflows.sync_detailed(client=client.api)
    assert first.status_code == 200, first.content
    # The very same request within the same second would repeat the signature (a replay the
    # server refuses): the client waits for the next second and signs again.
    again = list_workflows.sync_detailed(client=client.api)
    assert again.status_code == 200, again.content

    wrong = list_workflows.sync_detailed(client=_client(token, wsgi, signing_secret="not-the-secret").api)
    assert wrong.status_code == 401
    assert wrong.parsed.error.code == "invalid_signature"
    unsigned = list_workflows.sync_detailed(client=_client(token, wsgi).api)
    assert unsigned.status_code == 401
    assert unsigned.parsed.error.code == "signature_required"


class LostAnswer(httpx.BaseTransport):
    """The first POST reaches the server, but its answer is lost on the way back."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.posts: list[str | None] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method == "POST":
            self.posts.append(request.headers.get("Idempotency-Key"))
            if len(self.posts) == 1:
                raise httpx.ReadTimeout("the answer was lost", request=request)
        return response


def _leave() -> TicketCreateIn:
    return TicketCreateIn(
        workflow_id=_workflow_id("leave"), transition="submit", fields=TicketCreateInFields.from_dict(LEAVE)
    )


def _workflow_id(key: str) -> int:
    with schema_context("it"):
        from engine.workflows.models import Workflow

        return Workflow.objects.get(key=key).pk


@pytest.fixture
def acting_app(make_app: Callable[..., tuple[Any, str]]) -> str:
    """Sample workflows and people, and an app that may act for them: its token."""
    app, token = make_app("it")
    with schema_context("it"):
        seed_samples(["leave"])
        AppGrant.objects.create(app=app, workflow_key=AppGrant.ALL_WORKFLOWS, can_act_as_user=True)
    return token


def test_a_create_retried_after_a_lost_answer_files_one_ticket(acting_app, wsgi):
    lossy = LostAnswer(wsgi)
    client = _client(acting_app, lossy, acting_user="alice", retries=1)
    created = create_ticket.sync_detailed(client=client.api, body=_leave())
    assert created.status_code == 201, created.content
    # Both attempts carried the same key: the second got the first one's answer.
    assert len(lossy.posts) == 2
    assert lossy.posts[0] == lossy.posts[1]
    assert created.headers["Idempotent-Replay"] == "true"
    with schema_context("it"):
        assert list(Ticket.objects.values_list("pk", flat=True)) == [created.parsed.id]


def test_a_named_idempotency_key_answers_the_same_ticket_and_new_calls_get_new_keys(acting_app, wsgi):
    client = _client(acting_app, wsgi, acting_user="alice")
    first = create_ticket.sync_detailed(client=client.idempotent("alice-leave-2026-12"), body=_leave())
    again = create_ticket.sync_detailed(client=client.idempotent("alice-leave-2026-12"), body=_leave())
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.parsed.id == first.parsed.id
    assert again.headers["Idempotent-Replay"] == "true"
    # Without a key of its own each call gets a fresh one: a second leave is a second ticket.
    other = create_ticket.sync_detailed(client=client.api, body=_leave())
    assert other.status_code == 201
    assert other.parsed.id != first.parsed.id
    assert "Idempotent-Replay" not in other.headers


def test_without_idempotency_keys_a_create_is_not_retried(acting_app, wsgi):
    lossy = LostAnswer(wsgi)
    client = _client(acting_app, lossy, acting_user="alice", retries=3, idempotency_keys=False)
    with pytest.raises(httpx.ReadTimeout):
        create_ticket.sync_detailed(client=client.api, body=_leave())
    # Sent once, without a key: retrying it could have filed the leave twice.
    assert lossy.posts == [None]
    with schema_context("it"):
        assert Ticket.objects.count() == 1
