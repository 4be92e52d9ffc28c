"""`manage.py seed_demo` (what `make run` seeds): the demo company on the test tenants, which start
empty, then again on top of itself, changing nothing (idempotent)."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django_tenants.utils import schema_context

from engine.tickets.models import Ticket, TicketBranch
from engine.workflows.models import Workflow, WorkflowVersion
from engine.workflows.samples import SAMPLES

pytestmark = pytest.mark.django_db


def seed() -> str:
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def snapshot() -> dict[str, list[tuple[int, str, str]]]:
    """Workflow key → (id, state, status) of its tickets."""
    found: dict[str, list[tuple[int, str, str]]] = {}
    for ticket in Ticket.objects.select_related("workflow").order_by("id"):
        found.setdefault(ticket.workflow.key, []).append((ticket.pk, ticket.state_key, ticket.status))
    return found


def branches(ticket: Ticket) -> dict[str, tuple[str, str]]:
    return {row.key: (row.state_key, row.status) for row in TicketBranch.objects.filter(ticket=ticket)}


def test_the_seed_publishes_every_sample_in_both_tenants() -> None:
    seed()
    for key in ("it", "hr"):
        with schema_context(key):
            published = Workflow.objects.filter(versions__status="published")
            assert sorted(published.values_list("key", flat=True)) == sorted(s(key)["key"] for s in SAMPLES)


def test_the_onboarding_tickets_are_alive_on_their_branches() -> None:
    seed()
    with schema_context("it"):
        just_split, one_arrived, finished = Ticket.objects.filter(workflow__key="onboarding").order_by("id")
        assert (just_split.state_key, just_split.status) == ("prepare", "in_progress")
        assert branches(just_split) == {
            "prepare:to_it": ("it", "active"),
            "prepare:to_facilities": ("facilities", "active"),
            "prepare:to_hr": ("hr", "active"),
        }
        assert branches(one_arrived)["prepare:to_it"] == ("ready", "arrived")
        assert sorted(status for _state, status in branches(one_arrived).values()) == [
            "active",
            "active",
            "arrived",
        ]
        assert (finished.state_key, finished.status) == ("onboarded", "finished")


def test_the_orders_wait_for_their_items_or_are_complete() -> None:
    seed()
    with schema_context("it"):
        waiting, complete = Ticket.objects.filter(workflow__key="order").order_by("id")
        assert (waiting.state_key, waiting.status) == ("delivery", "in_progress")
        items = Ticket.objects.filter(parent=waiting).order_by("id")
        assert [(t.workflow.key, t.state_key) for t in items] == [
            ("order-item", "delivered"),
            ("order-item", "delivered"),
            ("order-item", "purchasing"),
        ]
        assert [t.values["item"] for t in items] == ["Monitor", "Keyboard", "Desk lamp"]
        assert (complete.state_key, complete.status) == ("complete", "finished")
        assert set(Ticket.objects.filter(parent=complete).values_list("status", flat=True)) == {"finished"}


def test_seeding_twice_changes_nothing() -> None:
    seed()
    with schema_context("it"):
        tickets, versions = snapshot(), WorkflowVersion.objects.count()
    again = seed()
    assert "demo tickets" not in again
    assert "published" not in again
    with schema_context("it"):
        assert snapshot() == tickets
        assert WorkflowVersion.objects.count() == versions


def test_a_sample_without_tickets_gains_its_demo_tickets_on_the_next_seed() -> None:
    """A demo seeded before the onboarding sample existed (its tickets gone here) gains them."""
    seed()
    with schema_context("it"):
        others = {key: rows for key, rows in snapshot().items() if key != "onboarding"}
        Ticket.objects.filter(workflow__key="onboarding").delete()
    assert "tenant it: " in seed()
    with schema_context("it"):
        after = snapshot()
        assert len(after.pop("onboarding")) == 3
        assert after == others
