"""The delegation endpoints: one's own, an admin's for someone, refusals (cycles, overlaps, bad
input), and the cycle check holding under parallel requests."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone
from django_tenants.utils import schema_context

from conftest import error_of
from core.errors import Conflict
from engine.delegations.models import Delegation
from engine.delegations.tests.factories import delegate
from engine.workflows.tests.factories import post_json, seed_samples, unseed_samples

URL = "/api/v1/delegations"


def _body(to: str, days: int = 7, **extra: Any) -> dict[str, Any]:
    start = timezone.now()
    return {
        "delegate": to,
        "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(days=days)).isoformat(),
        **extra,
    }


def _count() -> int:
    with schema_context("it"):
        return Delegation.objects.count()


@pytest.mark.django_db
def test_set_list_and_cancel_ones_own(world, as_user):
    lead = as_user("lead")
    created = post_json(lead, URL, _body("bob", note="holiday", workflow_ids=[world["leave"].pk]))
    assert created.status_code == 201, created.content
    body = created.json()
    assert (body["delegator"]["username"], body["delegate"]["username"], body["running"]) == (
        "lead",
        "bob",
        True,
    )
    assert body["workflow_ids"] == [world["leave"].pk]
    for who in ("lead", "bob"):  # given and received
        items = as_user(who).get(URL).json()["items"]
        assert [item["id"] for item in items] == [body["id"]]
    assert as_user("carol").get(URL).json()["items"] == []
    assert as_user("carol").delete(f"{URL}/{body['id']}").status_code == 404  # not hers
    assert lead.delete(f"{URL}/{body['id']}").json()["cancelled_at"] is not None
    assert lead.get(URL).json()["items"] == []
    assert len(lead.get(f"{URL}?include_past=true").json()["items"]) == 1


@pytest.mark.django_db
def test_admins_set_and_see_everyones(world, as_user):
    root = as_user("root")
    created = post_json(root, URL, _body("bob", delegator="lead"))
    assert created.status_code == 201, created.content
    assert created.json()["created_by"]["username"] == "root"
    listed = root.get(f"{URL}?scope=all&delegator=lead").json()["items"]
    assert [item["delegate"]["username"] for item in listed] == ["bob"]
    assert root.delete(f"{URL}/{created.json()['id']}").status_code == 200
    alice = as_user("alice")
    assert post_json(alice, URL, _body("bob", delegator="lead")).status_code == 403
    assert alice.get(f"{URL}?scope=all").status_code == 403


@pytest.mark.django_db
def test_cycles_are_refused_short_and_long(world, as_user):
    assert post_json(as_user("lead"), URL, _body("bob")).status_code == 201
    back = post_json(as_user("bob"), URL, _body("lead"))
    assert back.status_code == 409
    assert error_of(back)["code"] == "delegation_cycle"
    assert error_of(back)["details"] == {"cycle": ["bob", "lead", "bob"]}
    assert post_json(as_user("bob"), URL, _body("carol")).status_code == 201
    closing = post_json(as_user("carol"), URL, _body("lead"))
    assert error_of(closing)["code"] == "delegation_cycle"
    assert error_of(closing)["details"]["cycle"] == ["carol", "lead", "bob", "carol"]
    assert _count() == 2


@pytest.mark.django_db
def test_no_cycle_across_periods_or_workflows_that_do_not_meet(world, as_user):
    leave, permission = world["leave"].pk, world["it-permission"].pk
    assert post_json(as_user("lead"), URL, _body("bob", days=2, workflow_ids=[leave])).status_code == 201
    later = _body("lead", days=2)
    later["starts_at"] = (timezone.now() + timedelta(days=3)).isoformat()
    later["ends_at"] = (timezone.now() + timedelta(days=5)).isoformat()
    assert post_json(as_user("bob"), URL, later).status_code == 201
    other = post_json(as_user("bob"), URL, _body("lead", days=1, workflow_ids=[permission]))
    assert other.status_code == 201, other.content


@pytest.mark.django_db
def test_overlaps_and_bad_input_are_refused_and_change_nothing(world, as_user):
    lead = as_user("lead")
    assert post_json(lead, URL, _body("bob")).status_code == 201
    overlap = post_json(lead, URL, _body("carol"))
    assert error_of(overlap)["code"] == "delegation_overlap"
    past = _body("bob")
    past["ends_at"] = past["starts_at"]
    for body in (
        _body("carol"),  # oneself
        _body("nobody"),
        past,
        _body("bob", days=400),
        _body("bob", workflow_ids=[999_999]),
        {"delegate": "bob"},
        _body("bob", starts_at=12345),
    ):
        response = post_json(as_user("carol"), URL, body)
        assert response.status_code == 422, (body, response.content)
        error_of(response)
    assert _count() == 1


def test_parallel_requests_cannot_close_a_cycle(django_db_setup, django_db_blocker):
    """Ten people at once each delegate to the next one round a ring: the last edge of the ring is
    refused whichever request comes last, so the ring never closes."""
    with django_db_blocker.unblock(), schema_context("it"):
        try:
            seed_samples()
            ring = ["lead", "alice", "bob", "carol", "dave"]

            def press(index: int) -> str:
                try:
                    with schema_context("it"):
                        delegate(ring[index % 5], ring[(index + 1) % 5])
                    return "ok"
                except Conflict as exc:
                    return exc.code
                finally:
                    connection.close()

            connection.close()
            with ThreadPoolExecutor(max_workers=10) as pool:
                outcomes = list(pool.map(press, range(10)))
            assert outcomes.count("ok") == 4, outcomes
            edges = dict(Delegation.objects.values_list("delegator__username", "delegate__username"))
            assert len(edges) == 4
        finally:
            Delegation.objects.all().delete()
            unseed_samples()


def _listed_with_queries(client: Any) -> tuple[int, int]:
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"{URL}?scope=all")
    assert response.status_code == 200, response.content
    statements = [q for q in captured.captured_queries if not q["sql"].startswith("SET search_path")]
    return len(statements), len(response.json()["items"])


@pytest.mark.django_db
def test_the_list_costs_the_same_for_one_row_or_many(world, as_user):
    delegate("lead", "bob")
    root = as_user("root")
    few = _listed_with_queries(root)
    delegate("alice", "carol")
    delegate("dave", "bob", workflow_ids=[world["leave"].pk])
    many = _listed_with_queries(root)
    assert (few[1], many[1]) == (1, 3)
    assert few[0] == many[0]
