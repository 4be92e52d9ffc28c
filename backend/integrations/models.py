"""Integration configuration and the durable jobs the background workers carry out.

Configuration: the tenant's integration settings (signing secret, outbound allow-list), webhooks,
notification channels and scripts. Jobs (one row per unit of work, unique per outbox event so a
re-processed event adds nothing): webhook deliveries with one row per attempt, notifications,
hook calls and script runs. Secrets are stored encrypted (`core.secrets`).
"""

from __future__ import annotations

import uuid

from django.db import models

from engine.tickets.models import OutboxEvent, Ticket
from engine.workflows.models import Workflow


class IntegrationSettings(models.Model):
    """One row per tenant: the secret that signs hook calls and document webhooks (and that
    callbacks are verified with), and the private targets outbound calls may reach."""

    signing_secret_encrypted = models.TextField()
    # CIDR networks ("10.0.0.0/8") or exact host names ("ci.internal").
    allow_list = models.JSONField(default=list)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return "integration settings"


class Webhook(models.Model):
    """POST a signed JSON payload to `url` for the listed events (of one workflow, or all)."""

    name = models.CharField(max_length=100)
    url = models.CharField(max_length=2000)
    events = models.JSONField(default=list)  # WorkflowEvent values
    workflow = models.ForeignKey(
        Workflow, null=True, blank=True, on_delete=models.CASCADE, related_name="webhooks"
    )
    secret_encrypted = models.TextField()
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.name


class Job(models.Model):
    """What every background job row has: a status, attempts and the last error."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        RUNNING = "running", "Running"
        WAITING = "waiting", "Waiting"  # a hook waits for its callback
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"  # gave up (or not retryable); can be retried by hand

    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=2000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True


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
    response_excerpt = models.CharField(max_length=1000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["delivery", "number"]

    def __str__(self) -> str:
        return f"{self.delivery_id}#{self.number}"


class NotificationChannel(models.Model):
    """Where notifications go: email (SMTP), a generic webhook, or a WeCom/DingTalk/Feishu/Slack robot."""

    class Kind(models.TextChoices):
        EMAIL = "email", "Email (SMTP)"
        WEBHOOK = "webhook", "Generic webhook"
        WECOM = "wecom", "WeCom robot"
        DINGTALK = "dingtalk", "DingTalk robot"
        FEISHU = "feishu", "Feishu robot"
        SLACK = "slack", "Slack incoming webhook"

    code = models.CharField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    config = models.JSONField(default=dict)  # everything but the secret
    # SMTP password or robot signing secret.
    secret_encrypted = models.TextField(blank=True)
    # Default channels carry the built-in notifications (new handlers on state entry, the creator
    # when the ticket finishes, is rejected or closed) for workflows that configure none.
    is_default = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return self.code


class Notification(Job):
    """One rendered message for one channel, from one notification rule and event."""

    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    event = models.ForeignKey(OutboxEvent, null=True, on_delete=models.SET_NULL, related_name="+")
    rule_index = models.PositiveSmallIntegerField()  # which of the document's notification rules
    channel = models.ForeignKey(NotificationChannel, on_delete=models.CASCADE, related_name="notifications")
    ticket = models.ForeignKey(Ticket, null=True, on_delete=models.SET_NULL, related_name="+")
    recipients = models.JSONField(default=list)  # usernames
    subject = models.CharField(max_length=500)
    body = models.TextField()

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(fields=["event", "rule_index"], name="uniq_notification_per_rule"),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="notification_due")]

    def __str__(self) -> str:
        return f"{self.channel_id}: {self.subject}"


class ChannelTest(Job):
    """A test message an admin asked for: sent by the worker (never inside the API request, so a
    hanging remote cannot hold a web worker), and polled for its outcome. `last_error` holds the
    generic failure message; one attempt, no retries."""

    channel = models.ForeignKey(NotificationChannel, on_delete=models.CASCADE, related_name="tests")
    recipients = models.JSONField(default=list)  # usernames
    requested_by = models.CharField(max_length=150, blank=True)

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["status", "created_at"], name="channel_test_open")]

    def __str__(self) -> str:
        return f"test of {self.channel_id}"


class Script(models.Model):
    """A tenant admin's Python script, attached to states or transitions by its code; it runs in
    the sandbox (`integrations.sandbox`), never in the API or worker process."""

    code = models.CharField(max_length=64, unique=True)
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    source = models.TextField()
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return self.code


class ScriptRun(Job):
    script = models.ForeignKey(Script, on_delete=models.CASCADE, related_name="runs")
    event = models.ForeignKey(OutboxEvent, null=True, on_delete=models.SET_NULL, related_name="+")
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="script_runs")
    state_key = models.CharField(max_length=64, blank=True)
    state_entry = models.PositiveIntegerField(default=0)
    outcome = models.CharField(max_length=16, blank=True)  # the sandbox's outcome
    result = models.JSONField(default=dict)  # fields and transition the script returned
    duration_ms = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-id"]
        constraints = [models.UniqueConstraint(fields=["event", "script"], name="uniq_script_run_per_event")]
        indexes = [models.Index(fields=["ticket", "-id"], name="script_run_ticket")]

    def __str__(self) -> str:
        return f"{self.script_id} on {self.ticket_id}"


class HookCall(Job):
    """The call to a state's hook participant for one visit of the state."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="hook_calls")
    event = models.ForeignKey(OutboxEvent, null=True, on_delete=models.SET_NULL, related_name="+")
    state_key = models.CharField(max_length=64)
    state_entry = models.PositiveIntegerField()
    url = models.CharField(max_length=2000)
    wait = models.BooleanField(default=False)
    returns_handlers = models.BooleanField(default=False)
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    response_excerpt = models.CharField(max_length=1000, blank=True)

    class Meta:
        ordering = ["-id"]
        constraints = [
            models.UniqueConstraint(fields=["ticket", "state_entry"], name="uniq_hook_call_per_visit"),
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="hook_call_due")]

    def __str__(self) -> str:
        return f"{self.url} for {self.ticket_id}"
