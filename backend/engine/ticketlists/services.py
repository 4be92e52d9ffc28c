"""Writes of the saved ticket views: each person's own, at most MAX_VIEWS of them."""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from core.access.models import User
from core.errors import Conflict, LimitExceeded
from engine.ticketlists.models import SavedView

MAX_VIEWS = 50


def _stored(query: Any) -> dict[str, Any]:
    """The filters and sort as the view keeps them (set ones only, in their JSON form)."""
    return query.model_dump(mode="json", exclude_none=True, exclude_defaults=True)


def _save(view: SavedView) -> SavedView:
    try:
        with transaction.atomic():
            view.save()
    except IntegrityError:
        raise Conflict(
            _("You already have a view named %(name)s.") % {"name": repr(view.name)}, code="view_name_taken"
        ) from None
    return view


def saved_view_create(*, user: User, name: str, view: str, query: Any) -> SavedView:
    if SavedView.objects.filter(user=user).count() >= MAX_VIEWS:
        raise LimitExceeded(
            _("A person keeps at most %(value)s saved views.") % {"value": MAX_VIEWS}, code="too_many_views"
        )
    return _save(SavedView(user=user, name=name, view=view, query=_stored(query)))


def saved_view_update(*, saved: SavedView, changes: dict[str, Any], query: Any = None) -> SavedView:
    for name in ("name", "view"):
        if changes.get(name) is not None:
            setattr(saved, name, changes[name])
    if query is not None:
        saved.query = _stored(query)
    return _save(saved)


def saved_view_delete(*, saved: SavedView) -> None:
    saved.delete()
