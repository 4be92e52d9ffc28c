"""Builders of the ticket-list tests (tickets are filed as the ticket tests file them)."""

from __future__ import annotations

from typing import Any

from engine.tickets.tests.factories import create_ticket

__all__ = ["create_ticket", "ids"]


def ids(client: Any, query: str = "", status: int = 200) -> list[int]:
    response = client.get(f"/api/v1/tickets?{query}")
    assert response.status_code == status, response.content
    return [item["id"] for item in response.json()["items"]] if status == 200 else []
