"""The list's cost does not grow with the page: a fixed number of queries for 2 or 12 tickets."""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tenants.utils import schema_context

from engine.tickets.services import ticket_create
from engine.workflows.tests.factories import user_principal


def _file(vpn: Any, count: int) -> None:
    with schema_context("it"):
        for number in range(count):
            ticket_create(
                workflow=vpn,
                principal=user_principal("lilei"),
                values={"vpn_reason": f"reason {number}"},
                transition="submit",
            )


def _list_queries(v2: Any) -> tuple[int, int]:
    v2("GET", "/api/v1.0/tickets?category=duty&per_page=50", username="zhangsan")  # the id map is made
    with CaptureQueriesContext(connection) as queries:
        answer = v2("GET", "/api/v1.0/tickets?category=duty&per_page=50", username="zhangsan").json()
    return answer["data"]["total"], len(queries.captured_queries)


def test_a_list_page_costs_the_same_for_2_or_12_tickets(vpn: Any, v2: Any) -> None:
    _file(vpn, 2)
    total, few = _list_queries(v2)
    assert total == 2
    _file(vpn, 10)
    total, many = _list_queries(v2)
    assert total == 12
    assert many == few, (few, many)
