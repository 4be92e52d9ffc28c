"""Webhooks, their deliveries (one job per event and target) and one row per delivery attempt."""

from __future__ import annotations

import uuid

from django.db import models

from core.model_bases import Timestamped
from engine.tickets.models import OutboxEvent, Ticket
from engine.workflows.models import Workflow
from integrations.common.models import Job


class Webhook(Timestamped):
    """POST a signed JSON payload to `url` for the listed events (of one workflow, or all)."""

    name = models.CharField(max_length=100)
    url = models.CharField(max_length=2000)
    events = models.JSONField(default=list)  # WorkflowEvent values
    workflow = models.ForeignKey(
        Workflow, null=True, blank=True, on_delete=models.CASCADE, related_name="webhooks"
    )
    secret_encrypted = models.TextField()
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name


class WebhookDelivery(Job):
    """One event sent to one target. `key` is the idempotency key the receiver sees
    (`X-Loonflow-Delivery`): every attempt and every redelivery of this row carries it."""

    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    event = models.ForeignKey(OutboxEvent, null=True, on_delete=models.SET_NULL, related_name="+")
    # A configured webhook, or (None) a subscription in the workflow document.
    webhook = models.ForeignKey(
        Webhook, null=True, blank=True, on_delete=models.CASCADE, related_name="deliveries"
    )
    ticket = models.ForeignKey(Ticket, null=True, on_delete=models.SET_NULL, related_name="+")
    event_name = models.CharField(max_length=32)
    url = models.CharField(max_length=2000)
    payload = models.JSONField()
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(fields=["event", "webhook", "url"], name="uniq_delivery_per_event"),
        ]
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="delivery_due"),
            models.Index(fields=["webhook", "-id"], name="delivery_webhook"),
        ]

    def __str__(self) -> str:
        return f"{self.event_name} → {self.url}"


class DeliveryAttempt(models.Model):
    """One HTTP attempt of a delivery: what came back and how long it took."""

    delivery = models.ForeignKey(WebhookDelivery, on_delete=models.CASCADE, related_name="attempt_log")
    number = models.PositiveSmallIntegerField()
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    latency_ms = models.PositiveIntegerField(default=0)
    error = models.CharField(max_length=2000, blank=True)
    error_code = models.CharField(max_length=64, blank=True)  # see `core.stored_text`
    error_params = models.JSONField(default=dict, blank=True)
    response_excerpt = models.CharField(max_length=1000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["delivery", "number"]

    def __str__(self) -> str:
        return f"{self.delivery_id}#{self.number}"
