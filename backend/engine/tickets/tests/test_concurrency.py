"""The same button pressed by 20 threads at once, through the services and over HTTP: committed
data, real threads, each with its own connection.

No `django_db` mark here: the rows must be committed for the other threads to see them, so the
tests clean up after themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from django.db import connection
from django.test import Client
from django_tenants.utils import schema_context

from core.access.models import AppGrant
from core.access.services import app_create, app_token_issue
from core.errors import ApplicationError
from engine.tickets.models import FlowLog, Ticket
from engine.tickets.services import ticket_create, ticket_handle
from engine.workflows.tests.factories import LEAVE, seed_samples, unseed_samples, user_principal


def _seed_and_submit() -> Ticket:
    """The samples seeded (committed) and alice's leave submitted, so the lead's approve is open."""
    try:
        workflows = seed_samples()
    except BaseException:
        unseed_samples()  # the rows are committed: a half-done seed would break the next run
        raise
    return ticket_create(
        workflow=workflows["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
    )


def _twenty_at_once(press: Callable[[int], Any]) -> list[Any]:
    connection.close()  # each thread opens its own
    with ThreadPoolExecutor(max_workers=20) as pool:
        return list(pool.map(press, range(20)))


def _approvals_logged(ticket: Ticket) -> int:
    return FlowLog.objects.filter(ticket=ticket, action="transition", from_state="lead_review").count()


def test_twenty_concurrent_presses_make_exactly_one_transition(django_db_setup, django_db_blocker):
    """The same button pressed by 20 threads at once: one transition, one flow-log row, 19 conflicts."""
    with django_db_blocker.unblock(), schema_context("it"):
        try:
            ticket = _seed_and_submit()

            def press(_index: int) -> Any:
                try:
                    with schema_context("it"):
                        ticket_handle(
                            ticket_id=ticket.pk, principal=user_principal("lead"), transition="lead_approve"
                        )
                    return "ok"
                except ApplicationError as exc:
                    return exc.status
                finally:
                    connection.close()

            results = _twenty_at_once(press)
            assert results.count("ok") == 1
            assert results.count(409) == 19
            assert _approvals_logged(ticket) == 1
        finally:
            unseed_samples()


def test_twenty_concurrent_http_presses_make_one_transition(django_db_setup, django_db_blocker):
    """20 threads POST the same button over HTTP at once: one 200, nineteen 409, one flow-log row."""
    with django_db_blocker.unblock(), schema_context("it"):
        ticket = _seed_and_submit()
        app = app_create(name="race-bot", scopes=["workflows"])
        AppGrant.objects.create(app=app, workflow_key="*")
        _, issued = app_token_issue(app=app)

        def press(_index: int) -> int:
            client = Client(
                HTTP_HOST="it.localhost",
                HTTP_AUTHORIZATION=f"Bearer {issued.plaintext}",
                HTTP_X_ACTING_USER="lead",
            )
            try:
                response = client.post(
                    f"/api/v1/tickets/{ticket.pk}/handle",
                    {"transition": "lead_approve"},
                    content_type="application/json",
                )
                return response.status_code
            finally:
                connection.close()

        try:
            statuses = _twenty_at_once(press)
            assert sorted(statuses) == [200] + [409] * 19
            assert _approvals_logged(ticket) == 1
        finally:
            app.delete()
            unseed_samples()
