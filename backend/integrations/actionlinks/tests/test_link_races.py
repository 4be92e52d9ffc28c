"""Approve and reject links of one visit clicked at the same moment: exactly one acts, the other is
refused as used (no deadlock, no 500), and every link of the visit is spent.

Real threads over HTTP, each with its own connection, released together. Committed data: no
`django_db` mark, the test cleans up after itself.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from django.db import connection
from django.test import Client
from django_tenants.utils import schema_context

from core.tenancy import use_public_schema
from core.tests.parallel import codes, run_parallel
from engine.tickets.models import FlowLog, Ticket
from engine.workflows.tests.factories import seed_samples, unseed_samples
from integrations.actionlinks.models import ActionLink
from integrations.actionlinks.tests.factories import USE, lead_links, post, waiting_for_lead

ROUNDS = 3


def _use(token: str, client: Client) -> Any:
    return post(client, USE, {"token": token})


def test_approve_and_reject_at_once_act_once(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        try:
            with schema_context("it"):
                world = seed_samples()
            connection.close()
            for round_ in range(ROUNDS):
                with schema_context("it"):
                    ticket = waiting_for_lead(world, days=2)
                    tokens = lead_links(ticket)
                connection.close()
                responses = run_parallel(
                    [partial(_use, tokens["lead_approve"]), partial(_use, tokens["lead_reject"])],
                    host="it.localhost",
                )
                assert codes(responses) == [(200, None), (409, "link_used")], round_
                with schema_context("it"):
                    decided = FlowLog.objects.filter(ticket=ticket, via_app="action link").count()
                    assert decided == 1, round_
                    assert not ActionLink.objects.filter(ticket=ticket, used_at=None).exists(), round_
                connection.close()
        finally:
            with schema_context("it"):
                ActionLink.objects.all().delete()
                Ticket.objects.all().delete()
                unseed_samples()
            use_public_schema()
