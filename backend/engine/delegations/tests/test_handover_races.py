"""A hand-over racing an action on a waiting ticket: committed data and real threads (no `django_db`
mark: the rows must be committed for the other thread to see them, so the test cleans up)."""

from __future__ import annotations

import threading

from django.db import connection, transaction
from django_tenants.utils import schema_context

from engine.delegations.models import Delegation
from engine.delegations.services import delegations_start_due
from engine.delegations.tests.factories import delegate, turns
from engine.tickets.models import Ticket
from engine.tickets.tests.factories import create_ticket
from engine.workflows.tests.factories import seed_samples, unseed_samples


def test_a_ticket_busy_during_the_hand_over_is_left_to_the_next_tick(django_db_setup, django_db_blocker):
    """While someone acts on a waiting ticket (its row locked), the hand-over neither waits for nor
    deadlocks with them: it takes the free tickets, and the scheduler moves the busy one later."""
    with django_db_blocker.unblock(), schema_context("it"):
        try:
            workflows = seed_samples()
            busy, free = (create_ticket(workflows["leave"], days=2) for _ in range(2))
            locked, release = threading.Event(), threading.Event()
            failures: list[BaseException] = []

            def hold() -> None:
                try:
                    with schema_context("it"), transaction.atomic():
                        Ticket.objects.select_for_update().get(pk=busy.pk)
                        locked.set()
                        release.wait(30)
                except BaseException as exc:
                    failures.append(exc)
                    locked.set()
                finally:
                    connection.close()

            holder = threading.Thread(target=hold)
            holder.start()
            assert locked.wait(30)
            assert failures == []
            delegation = delegate("lead", "bob", move_waiting=True)
            assert delegation.moved_at is None  # one ticket is still to move
            assert (turns(free), turns(busy)) == ({"bob": "lead"}, {"lead": None})
            release.set()
            holder.join(30)
            assert delegations_start_due() == 1
            assert turns(busy) == {"bob": "lead"}
            assert Delegation.objects.get(pk=delegation.pk).moved_at is not None
        finally:
            Delegation.objects.all().delete()
            unseed_samples()
