"""Notification channels (tenant admins) and the notifications sent through them."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Status

from core.access.auth import principal_of
from core.access.models import User
from core.access.permissions import require_tenant_admin
from core.errors import NotFound, ValidationFailed, field_problem
from core.queries import get_or_404
from integrations.notifications import channel_tests
from integrations.notifications import selectors as notification_selectors
from integrations.notifications import services as notification_services
from integrations.notifications.models import ChannelTest, Notification, NotificationChannel
from integrations.notifications.schemas import (
    ChannelTestIn,
    ChannelTestOut,
    NotificationChannelIn,
    NotificationChannelOut,
    NotificationChannelPatchIn,
    NotificationListParams,
    NotificationPageOut,
)

router = Router(tags=["integrations"])


def _admin(request: HttpRequest) -> User | None:
    principal = principal_of(request)
    require_tenant_admin(principal)
    return principal.user


def _channel(channel_id: int) -> NotificationChannel:
    return get_or_404(NotificationChannel.objects.all(), channel_id, "notification channel")


def _channel_out(channel: NotificationChannel) -> dict[str, Any]:
    return {
        "id": channel.pk,
        "code": channel.code,
        "name": channel.name,
        "kind": channel.kind,
        "config": channel.config,
        "has_secret": bool(channel.secret_encrypted),
        "is_default": channel.is_default,
        "is_active": channel.is_active,
        "created_at": channel.created_at,
        "updated_at": channel.updated_at,
    }


def _notification_out(row: Notification) -> dict[str, Any]:
    return {
        "id": row.pk,
        "key": str(row.key),
        "status": row.status,
        "attempts": row.attempts,
        "next_attempt_at": row.next_attempt_at,
        "last_error": row.last_error,
        "created_at": row.created_at,
        "finished_at": row.finished_at,
        "channel_id": row.channel_id,
        "channel_code": row.channel.code,
        "event": row.event.event if row.event is not None else None,
        "rule_index": row.rule_index,
        "ticket_id": row.ticket_id,
        "ticket_serial": row.ticket.serial if row.ticket is not None else None,
        "recipients": row.recipients,
        "subject": row.subject,
        "body": row.body,
    }


@router.get(
    "/notification-channels", response=list[NotificationChannelOut], summary="List notification channels"
)
def list_channels(request: HttpRequest) -> list[dict[str, Any]]:
    _admin(request)
    return [_channel_out(channel) for channel in notification_selectors.channel_list()]


@router.post(
    "/notification-channels", response={201: NotificationChannelOut}, summary="Create a notification channel"
)
def create_channel(request: HttpRequest, payload: NotificationChannelIn) -> Status:
    _admin(request)
    return Status(201, _channel_out(notification_services.channel_create(**payload.dict())))


@router.get("/notification-channels/{channel_id}", response=NotificationChannelOut, summary="Get a channel")
def get_channel(request: HttpRequest, channel_id: int) -> dict[str, Any]:
    _admin(request)
    return _channel_out(_channel(channel_id))


@router.patch(
    "/notification-channels/{channel_id}", response=NotificationChannelOut, summary="Change a channel"
)
def patch_channel(
    request: HttpRequest, channel_id: int, payload: NotificationChannelPatchIn
) -> dict[str, Any]:
    _admin(request)
    channel = notification_services.channel_update(
        channel=_channel(channel_id), changes=payload.dict(exclude_unset=True)
    )
    return _channel_out(channel)


@router.delete(
    "/notification-channels/{channel_id}",
    response={204: None},
    summary="Delete a channel and its notifications",
)
def delete_channel(request: HttpRequest, channel_id: int) -> Status:
    _admin(request)
    notification_services.channel_delete(channel=_channel(channel_id))
    return Status(204, None)


@router.post(
    "/notification-channels/{channel_id}/test",
    response={202: ChannelTestOut},
    summary="Queue a test message (to you, or to the given users); poll its status_url",
)
def test_channel(request: HttpRequest, channel_id: int, payload: ChannelTestIn) -> Status:
    caller = _admin(request)
    channel = _channel(channel_id)
    recipients = _test_recipients(payload.recipients, caller)
    if channel.kind == NotificationChannel.Kind.EMAIL and not any(user.email for user in recipients):
        raise ValidationFailed(
            "None of the recipients has an email address.",
            details=[field_problem("recipients", "Name users with an email address.")],
        )
    test = channel_tests.channel_test_start(
        channel=channel, recipients=recipients, requested_by=caller.username if caller else ""
    )
    return Status(202, _test_out(test))


@router.get(
    "/notification-channels/{channel_id}/tests/{test_id}",
    response=ChannelTestOut,
    summary="The outcome of a test message",
)
def get_channel_test(request: HttpRequest, channel_id: int, test_id: int) -> dict[str, Any]:
    _admin(request)
    test = channel_tests.channel_test_get(channel=_channel(channel_id), test_id=test_id)
    if test is None:
        raise NotFound(f"No test {test_id} of this channel.")
    return _test_out(test)


def _test_out(test: ChannelTest) -> dict[str, Any]:
    done = test.status in (ChannelTest.Status.SUCCEEDED, ChannelTest.Status.FAILED)
    return {
        "id": test.pk,
        "status": test.status,
        "ok": test.status == ChannelTest.Status.SUCCEEDED if done else None,
        "error": test.last_error or None,
        "recipients": list(test.recipients),
        "status_url": f"/api/v1/notification-channels/{test.channel_id}/tests/{test.pk}",
        "created_at": test.created_at,
        "finished_at": test.finished_at,
    }


def _test_recipients(usernames: list[str], caller: User | None) -> list[User]:
    if not usernames:
        return [caller] if caller is not None else []
    wanted = list(dict.fromkeys(usernames))
    found = {user.username: user for user in User.objects.filter(username__in=wanted, is_active=True)}
    missing = [name for name in wanted if name not in found]
    if missing:
        raise ValidationFailed(
            f"Unknown users: {', '.join(missing)}.",
            details=[
                field_problem(f"recipients.{usernames.index(name)}", f"No active user {name!r}.")
                for name in missing
            ],
        )
    return [found[name] for name in wanted]


@router.get("/notifications", response=NotificationPageOut, summary="Recent notifications (cursor paginated)")
def list_notifications(request: HttpRequest, params: Query[NotificationListParams]) -> dict[str, Any]:
    _admin(request)
    page = notification_selectors.notification_page(
        cursor=params.cursor,
        limit=params.limit,
        status=params.status,
        channel_id=params.channel_id,
        ticket_id=params.ticket_id,
    )
    return {"items": [_notification_out(row) for row in page.items], "next_cursor": page.next_cursor}
