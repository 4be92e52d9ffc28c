"""Writes for webhooks: create, edit, delete, rotate the secret, deliver again by hand."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.errors import Conflict, NotFound, ValidationFailed, field_problem
from core.secrets import encrypt_secret, new_signing_secret
from engine.workflows.models import Workflow
from integrations.common import outbound
from integrations.common import settings as settings_store
from integrations.common.jobs import Status
from integrations.webhooks.models import Webhook, WebhookDelivery
from integrations.webhooks.tasks import enqueue


def redeliver(delivery: WebhookDelivery) -> WebhookDelivery:
    """Send a delivery again from scratch (a full retry budget), with the same key and payload,
    to its webhook's current URL (so a fixed URL takes effect). The attempt log is kept."""
    with transaction.atomic():
        row = (
            WebhookDelivery.objects.select_for_update(of=("self",))
            .select_related("webhook")
            .filter(pk=delivery.pk)
            .first()
        )
        if row is None:
            raise NotFound(_("No webhook delivery with id %(pk)s.") % {"pk": delivery.pk})
        if row.status == Status.RUNNING:
            raise Conflict(_("The delivery is being attempted right now."), code="delivery_running")
        if row.webhook is not None:
            row.url = row.webhook.url
        row.status = Status.PENDING
        row.attempts = 0
        row.last_error, row.last_error_code, row.last_error_params = "", "", {}
        row.last_status_code = None
        row.finished_at = None
        row.next_attempt_at = timezone.now()  # due now; keeps the sweep off it for SWEEP_GRACE
        row.save(
            update_fields=[
                "url",
                "status",
                "attempts",
                "last_error",
                "last_error_code",
                "last_error_params",
                "last_status_code",
                "finished_at",
                "next_attempt_at",
            ]
        )
        transaction.on_commit(partial(enqueue, [row.pk]))
    return row


def _checked_url(url: str) -> str:
    url = url.strip()
    try:
        outbound.check_url(url, allow=settings_store.outbound_allow())
    except outbound.OutboundRefused as exc:
        raise ValidationFailed(
            _("The webhook URL is not allowed."), details=[field_problem("url", str(exc), exc.code)]
        ) from None
    return url


def _checked_workflow(workflow_id: int | None) -> int | None:
    if workflow_id is not None and not Workflow.objects.filter(pk=workflow_id).exists():
        raise ValidationFailed(
            _("The workflow does not exist."),
            details=[
                field_problem(
                    "workflow_id", _("No workflow with id %(workflow_id)s.") % {"workflow_id": workflow_id}
                )
            ],
        )
    return workflow_id


def _event_names(events: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(str(event) for event in events))  # unique, in the given order


def webhook_create(
    *,
    name: str,
    url: str,
    events: Sequence[str],
    workflow_id: int | None = None,
    is_active: bool = True,
) -> tuple[Webhook, str]:
    """The new webhook and its signing secret (to show once)."""
    secret = new_signing_secret()
    webhook = Webhook.objects.create(
        name=name,
        url=_checked_url(url),
        events=_event_names(events),
        workflow_id=_checked_workflow(workflow_id),
        secret_encrypted=encrypt_secret(secret),
        is_active=is_active,
    )
    return webhook, secret


def webhook_update(*, webhook: Webhook, changes: dict[str, Any]) -> Webhook:
    """Apply the given fields (name, url, events, workflow_id, is_active)."""
    if "url" in changes:
        webhook.url = _checked_url(changes["url"])
    if "events" in changes:
        webhook.events = _event_names(changes["events"])
    if "workflow_id" in changes:
        webhook.workflow_id = _checked_workflow(changes["workflow_id"])
    for field in ("name", "is_active"):
        if field in changes:
            setattr(webhook, field, changes[field])
    webhook.save()
    return webhook


def webhook_delete(*, webhook: Webhook) -> None:
    """Delete the webhook and its deliveries (their attempts too)."""
    webhook.delete()


def webhook_rotate_secret(*, webhook: Webhook) -> str:
    """A new signing secret (returned once). Deliveries already queued are signed with it."""
    secret = new_signing_secret()
    webhook.secret_encrypted = encrypt_secret(secret)
    webhook.save(update_fields=["secret_encrypted", "updated_at"])
    return secret
