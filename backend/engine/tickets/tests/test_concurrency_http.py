"""Concurrency over HTTP: committed data, real threads, each with its own connection.

No `django_db` mark here: the rows must be committed for the other threads to see them, so the
test cleans up after itself.
"""

from __future__ import annotations

from django_tenants.utils import schema_context

from engine.tickets.models import FlowLog
from engine.workflows.tests.factories import LEAVE, seed_samples


def test_twenty_concurrent_http_presses_make_one_transition(django_db_setup, django_db_blocker):
    """20 threads POST the same button over HTTP at once: one 200, nineteen 409, one flow-log row."""
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connection
    from django.test import Client

    from core.access.models import AppGrant
    from core.access.services import app_create, app_token_issue
    from engine.tickets.services import ticket_create
    from engine.workflows.tests.factories import unseed_samples, user_principal

    with django_db_blocker.unblock(), schema_context("it"):
        try:
            workflows = seed_samples()
        except BaseException:
            unseed_samples()  # the rows are committed: a half-done seed would break the next run
            raise
        app = app_create(name="race-bot", scopes=["workflows"])
        AppGrant.objects.create(app=app, workflow_key="*")
        _, issued = app_token_issue(app=app)
        ticket = ticket_create(
            workflow=workflows["leave"], principal=user_principal("alice"), values=LEAVE, transition="submit"
        )
        connection.close()

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
            with ThreadPoolExecutor(max_workers=20) as pool:
                statuses = list(pool.map(press, range(20)))
            assert sorted(statuses) == [200] + [409] * 19
            assert (
                FlowLog.objects.filter(ticket=ticket, action="transition", from_state="lead_review").count()
                == 1
            )
        finally:
            app.delete()
            unseed_samples()
