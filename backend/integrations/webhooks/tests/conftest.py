"""Fixtures of the webhooks tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django_tenants.utils import schema_context

from conftest import allow_private
from engine.tickets.models import Ticket
from integrations.webhooks import tasks as webhook_tasks
from integrations.webhooks.models import Webhook, WebhookDelivery
from integrations.webhooks.tests.factories import (
    LOOPBACK,
    Receiver,
    Sent,
    seed_deliveries,
    serving,
    sync_directory,
)


@pytest.fixture
def world(db: None) -> Iterator[None]:
    with schema_context("it"):
        sync_directory()
        allow_private("it", LOOPBACK)
        yield


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """Answers 200 with a body naming the status (set `answers` for others, in order)."""
    with serving(Receiver(default=(200, {"status": 200}))) as receiver:
        yield receiver


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> Sent:
    """What would have gone to the broker (the actor is called directly instead)."""
    record = Sent()
    monkeypatch.setattr(
        webhook_tasks.deliver_webhook, "send", lambda delivery_id: record.now.append(delivery_id)
    )

    def delayed(*, args: tuple[int], delay: int) -> None:
        record.delayed.append((args[0], delay))

    monkeypatch.setattr(webhook_tasks.deliver_webhook, "send_with_options", delayed)
    return record


@pytest.fixture
def admin(login: Any) -> Any:
    client = login("it", "root", admin=True)
    allow_private("it", LOOPBACK)
    return client


@pytest.fixture
def deliveries(receiver: Receiver) -> tuple[Webhook, Webhook, Ticket, list[WebhookDelivery]]:
    with schema_context("it"):
        return seed_deliveries(receiver)
