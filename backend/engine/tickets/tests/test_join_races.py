"""Two branches' last approvals at the same moment pass their join exactly once.

Real threads over HTTP, each with its own connection, released together: the ticket's row lock
serialises the two actions, so the second sees the first branch arrived and passes the join; the
join is logged once, the state after it gets one set of handlers and one visit. Committed data:
no `django_db` mark, the test cleans up after itself.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from django.db import connection
from django.test import Client
from django_tenants.utils import schema_context

from core.access.models import App, AppGrant
from core.access.services import app_create, app_token_issue
from core.tenancy import use_public_schema
from core.tests.parallel import codes, run_parallel
from engine.tickets.models import FlowLog, Ticket, TicketHandler
from engine.tickets.services import ticket_create
from engine.tickets.tests.factories import onboarding
from engine.workflows.models import Workflow
from engine.workflows.tests.factories import seed_samples, unseed_samples, user_principal

ROUNDS = 5


def _approve(ticket_id: int, username: str, transition: str, client: Client) -> Any:
    return client.post(
        f"/api/v1/tickets/{ticket_id}/handle",
        {"transition": transition},
        content_type="application/json",
        HTTP_X_ACTING_USER=username,
    )


def test_concurrent_last_approvals_pass_the_join_once(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        try:
            with schema_context("it"):
                seed_samples()
                workflow = onboarding()
                app = app_create(name="join-race", scopes=["workflows"])
                AppGrant.objects.create(app=app, workflow_key="*")
                token = app_token_issue(app=app)[1].plaintext
            connection.close()
            for round_ in range(ROUNDS):
                with schema_context("it"):
                    ticket = ticket_create(
                        workflow=workflow, principal=user_principal("alice"), values={}, transition="submit"
                    )
                connection.close()
                responses = run_parallel(
                    [
                        partial(_approve, ticket.pk, "bob", "it_done"),
                        partial(_approve, ticket.pk, "carol", "facilities_done"),
                    ],
                    host="it.localhost",
                    HTTP_AUTHORIZATION=f"Bearer {token}",
                )
                assert codes(responses) == [(200, None), (200, None)], round_
                with schema_context("it"):
                    ticket.refresh_from_db()
                    assert (ticket.state_key, ticket.status) == ("manager", "in_progress"), round_
                    assert FlowLog.objects.filter(ticket=ticket, action="join").count() == 1, round_
                    entered = FlowLog.objects.filter(ticket=ticket, to_state="manager").count()
                    assert entered == 1, round_
                    handlers = list(TicketHandler.objects.filter(ticket=ticket).values_list("user__username"))
                    assert handlers == [("lead",)], round_
                connection.close()
        finally:
            with schema_context("it"):
                Ticket.objects.filter(workflow__key="onboarding").delete()
                Workflow.objects.filter(key="onboarding").delete()
                unseed_samples()
                App.objects.filter(name="join-race").delete()
            use_public_schema()
