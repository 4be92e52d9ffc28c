"""Django's model registry of the `integrations` app: each area's models, imported so Django (and
the migrations, which keep the `integrations` label) find them."""

from __future__ import annotations

from integrations.common.models import IntegrationSettings, Job
from integrations.getting_started.models import ChecklistDismissal
from integrations.hooks.models import HookCall
from integrations.notifications.models import ChannelTest, Notification, NotificationChannel
from integrations.scripts.models import Script, ScriptRun
from integrations.webhooks.models import DeliveryAttempt, Webhook, WebhookDelivery

__all__ = [
    "ChannelTest",
    "ChecklistDismissal",
    "DeliveryAttempt",
    "HookCall",
    "IntegrationSettings",
    "Job",
    "Notification",
    "NotificationChannel",
    "Script",
    "ScriptRun",
    "Webhook",
    "WebhookDelivery",
]
