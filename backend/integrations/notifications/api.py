"""Notification channels (tenant admins) and the notifications sent through them."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Status

from core.access.models import User
from core.access.permissions import tenant_admin_of
from core.audit.recording import Target, audited
from core.errors import NotFound, ValidationFailed, field_problem
from core.queries import get_or_404
from core.stored_text import code_of, shown
from integrations.notifications import channel_tests
from integrations.notifications import selectors as notification_selectors
from integrations.notifications import services as notification_services
from integrations.notifications.models import ChannelTest, NotificationChannel
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


def _channel(channel_id: int) -> NotificationChannel:
    return get_or_404(NotificationChannel.objects.all(), channel_id, "notification channel")


CHANNEL = Target("notification_channel", "channel_id", notification_selectors.channel_audit_snapshot)
NEW_CHANNEL = Target("notification_channel", None, notification_selectors.channel_audit_snapshot)


def _test_recipients_of(answer: Status) -> dict[str, Any]:
    return {"recipients": answer.value["recipients"]}


@router.get(
    "/notification-channels", response=list[NotificationChannelOut], summary="List notification channels"
)
def list_channels(request: HttpRequest) -> Any:
    tenant_admin_of(request)
    return notification_selectors.channel_list()


@router.post(
    "/notification-channels", response={201: NotificationChannelOut}, summary="Create a notification channel"
)
@audited("notification_channel.create", target=NEW_CHANNEL)
def create_channel(request: HttpRequest, payload: NotificationChannelIn) -> Status:
    tenant_admin_of(request)
    return Status(201, notification_services.channel_create(**payload.dict()))


@router.get("/notification-channels/{channel_id}", response=NotificationChannelOut, summary="Get a channel")
def get_channel(request: HttpRequest, channel_id: int) -> NotificationChannel:
    tenant_admin_of(request)
    return _channel(channel_id)


@router.patch(
    "/notification-channels/{channel_id}", response=NotificationChannelOut, summary="Change a channel"
)
@audited("notification_channel.update", target=CHANNEL)
def patch_channel(
    request: HttpRequest, channel_id: int, payload: NotificationChannelPatchIn
) -> NotificationChannel:
    tenant_admin_of(request)
    return notification_services.channel_update(
        channel=_channel(channel_id), changes=payload.dict(exclude_unset=True)
    )


@router.delete(
    "/notification-channels/{channel_id}",
    response={204: None},
    summary="Delete a channel and its notifications",
)
@audited("notification_channel.delete", target=CHANNEL)
def delete_channel(request: HttpRequest, channel_id: int) -> Status:
    tenant_admin_of(request)
    notification_services.channel_delete(channel=_channel(channel_id))
    return Status(204, None)


@router.post(
    "/notification-channels/{channel_id}/test",
    response={202: ChannelTestOut},
    summary="Queue a test message (to you, or to the given users); poll its status_url",
)
@audited("notification_channel.test", target=CHANNEL, outcome=_test_recipients_of)
def test_channel(request: HttpRequest, channel_id: int, payload: ChannelTestIn) -> Status:
    caller = tenant_admin_of(request).user
    channel = _channel(channel_id)
    recipients = _test_recipients(payload.recipients, caller)
    if channel.kind == NotificationChannel.Kind.EMAIL and not any(user.email for user in recipients):
        raise ValidationFailed(
            _("None of the recipients has an email address."),
            details=[field_problem("recipients", _("Name users with an email address."))],
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
    tenant_admin_of(request)
    test = channel_tests.channel_test_get(channel=_channel(channel_id), test_id=test_id)
    if test is None:
        raise NotFound(_("No test %(test_id)s of this channel.") % {"test_id": test_id})
    return _test_out(test)


def _test_out(test: ChannelTest) -> dict[str, Any]:
    done = test.status in (ChannelTest.Status.SUCCEEDED, ChannelTest.Status.FAILED)
    return {
        "id": test.pk,
        "status": test.status,
        "ok": test.status == ChannelTest.Status.SUCCEEDED if done else None,
        "error": shown(test, "last_error") or None,
        "error_code": code_of(test, "last_error"),
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
            _("Unknown users: %(value)s.") % {"value": ", ".join(missing)},
            details=[
                field_problem(
                    f"recipients.{usernames.index(name)}",
                    _("No active user %(name)s.") % {"name": repr(name)},
                )
                for name in missing
            ],
        )
    return [found[name] for name in wanted]


@router.get("/notifications", response=NotificationPageOut, summary="Recent notifications (cursor paginated)")
def list_notifications(request: HttpRequest, params: Query[NotificationListParams]) -> dict[str, Any]:
    tenant_admin_of(request)
    page = notification_selectors.notification_page(query=params)
    return {"items": page.items, "next_cursor": page.next_cursor}
