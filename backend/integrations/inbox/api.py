"""The signed-in person's in-app notifications: list, unread count, mark read, and preferences of
which events reach them on which channel (with the daily digest switch)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext
from ninja import Query, Router

from core.access.auth import principal_of
from core.access.models import App, User
from core.audit.recording import Target, audited
from core.errors import PermissionDenied
from integrations.inbox import selectors, services
from integrations.inbox.models import InboxItem
from integrations.inbox.schemas import (
    InboxItemOut,
    InboxPageOut,
    InboxQuery,
    MarkedOut,
    PreferencesIn,
    PreferencesOut,
    UnreadCountOut,
)

router = Router(tags=["inbox"])


def _person(request: HttpRequest) -> User:
    """The signed-in person, or one calling with their own token that may work on tickets (an inbox
    is personal: apps have none)."""
    principal = principal_of(request)
    if principal.user is None or principal.is_app or not principal.allows(App.Scope.WORKFLOWS):
        raise PermissionDenied(gettext("Only a signed-in person has an inbox."), code="person_required")
    return principal.user


def _preferences_out(user: User) -> dict[str, Any]:
    preference = selectors.preferences(user=user)
    return {"channels": selectors.channel_matrix(preference), "digest": preference.digest}


def _snapshot_item(pk: Any) -> dict[str, Any] | None:
    item = InboxItem.objects.filter(pk=pk).values("id", "kind", "read_at").first()
    return None if item is None else {"kind": item["kind"], "read": item["read_at"] is not None}


ITEM = Target("inbox_item", "item_id", _snapshot_item, label=lambda snap: f"notification ({snap['kind']})")
PREFERENCES = Target("notification_preferences", fixed_id="mine", label=lambda _: "notification preferences")


@router.get("/inbox", response=InboxPageOut, summary="My notifications, newest first")
def list_inbox(request: HttpRequest, query: Query[InboxQuery]) -> dict[str, Any]:
    user = _person(request)
    page = selectors.inbox_page(user=user, unread=query.unread, cursor=query.cursor, limit=query.limit)
    return {"items": page.items, "next_cursor": page.next_cursor}


@router.get("/inbox/unread-count", response=UnreadCountOut, summary="How many of my notifications are unread")
def inbox_unread_count(request: HttpRequest) -> dict[str, int]:
    return {"unread": selectors.unread_count(user=_person(request))}


@router.post("/inbox/{item_id}/read", response=InboxItemOut, summary="Mark one notification read")
@audited("inbox.read", target=ITEM)
def mark_inbox_read(request: HttpRequest, item_id: int) -> InboxItem:
    return services.inbox_mark_read(user=_person(request), item_id=item_id)


@router.post("/inbox/read-all", response=MarkedOut, summary="Mark all my notifications read")
@audited("inbox.read_all", outcome=lambda answer: {"marked": answer["marked"]})
def mark_inbox_all_read(request: HttpRequest) -> dict[str, int]:
    return {"marked": services.inbox_mark_all_read(user=_person(request))}


@router.get("/inbox/preferences", response=PreferencesOut, summary="Which events reach me on which channel")
def get_inbox_preferences(request: HttpRequest) -> dict[str, Any]:
    return _preferences_out(_person(request))


@router.put("/inbox/preferences", response=PreferencesOut, summary="Choose which events reach me where")
@audited("inbox.preferences", target=PREFERENCES, outcome=lambda answer: dict(answer))
def put_inbox_preferences(request: HttpRequest, payload: PreferencesIn) -> dict[str, Any]:
    user = _person(request)
    services.preferences_save(
        user=user,
        channels={str(kind): [str(c) for c in chosen] for kind, chosen in payload.channels.items()},
        digest=payload.digest,
    )
    return _preferences_out(user)
