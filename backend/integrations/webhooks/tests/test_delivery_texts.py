# ruff: noqa: RUF001 (Chinese punctuation is what these texts are written with)
"""A delivery's last error and its attempts' errors are stored with a code and parameters and read
in each reader's language."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import allow_private
from integrations.tests.factories import readers
from integrations.webhooks import tasks as webhook_tasks
from integrations.webhooks.models import Webhook, WebhookDelivery
from integrations.webhooks.tests.factories import one_delivery

pytestmark = pytest.mark.django_db


def _read(client, delivery: WebhookDelivery) -> dict:
    response = client.get(f"/api/v1/webhooks/deliveries/{delivery.pk}")
    assert response.status_code == 200, response.content
    return response.json()


def test_a_refused_delivery_is_told_in_each_readers_language(world, receiver, sent, login):
    delivery, _ = one_delivery(receiver)
    allow_private("it", [])  # loopback is private: refused before any request
    assert webhook_tasks.deliver(delivery_id=delivery.pk) == "failed"
    clients = readers(login)

    english, chinese = _read(clients["en"], delivery), _read(clients["zh-hans"], delivery)

    assert english["last_error_code"] == chinese["last_error_code"] == "outbound.refused"
    assert english["last_error"].startswith("Refused (private_address): ")
    assert chinese["last_error"].startswith("已拒绝（private_address）：")
    [attempt_en], [attempt_zh] = english["attempt_log"], chinese["attempt_log"]
    assert attempt_en["error_code"] == attempt_zh["error_code"] == "outbound.refused"
    assert (attempt_en["error"], attempt_zh["error"]) == (english["last_error"], chinese["last_error"])
    assert receiver.seen == []

    # Sent again by hand: the old error goes, its code with it.
    redelivered = clients["zh-hans"].post(f"/api/v1/webhooks/deliveries/{delivery.pk}/redeliver")
    assert redelivered.status_code in (200, 202), redelivered.content
    again = _read(clients["zh-hans"], delivery)
    assert (again["status"], again["last_error"], again["last_error_code"]) == ("pending", "", None)


def test_an_inactive_webhook_and_a_lost_attempt_are_told_in_each_readers_language(
    world, receiver, sent, login
):
    inactive, _ = one_delivery(receiver)
    webhook_id = inactive.webhook_id
    assert webhook_id is not None
    Webhook.objects.filter(pk=webhook_id).update(is_active=False)
    assert webhook_tasks.deliver(delivery_id=inactive.pk) is None  # failed at once, nothing sent
    clients = readers(login)

    for language, text in (("en", "The webhook is inactive."), ("zh-hans", "该 Webhook 已停用。")):
        page = clients[language].get("/api/v1/webhooks/deliveries").json()["items"]
        [row] = [item for item in page if item["id"] == inactive.pk]
        assert (row["status"], row["last_error_code"], row["last_error"]) == (
            "failed",
            "webhook.inactive",
            text,
        )

    Webhook.objects.filter(pk=webhook_id).update(is_active=True)
    running = {"status": "running", "attempts": webhook_tasks.MAX_ATTEMPTS, "next_attempt_at": timezone.now()}
    WebhookDelivery.objects.filter(pk=inactive.pk).update(**running)
    webhook_tasks.sweep_deliveries(now=timezone.now() + timedelta(days=1))  # its worker never came back
    english, chinese = _read(clients["en"], inactive), _read(clients["zh-hans"], inactive)
    assert (
        english["attempt_log"][-1]["error"] == "Lost: the worker did not report back (stopped or timed out)."
    )
    assert chinese["attempt_log"][-1]["error"] == "已丢失：后台任务进程没有回报（已停止或超时）。"
    assert english["attempt_log"][-1]["error_code"] == "webhook.lost"
