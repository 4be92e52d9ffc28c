"""Reads for apps, their tokens and grants, and people's own tokens."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils import timezone

from core.access.models import App, AppGrant, AppToken, PersonalToken, User
from core.queries import get_or_404


def app_list() -> QuerySet[App]:
    return App.objects.order_by("name")


def app_get(*, app_id: int) -> App:
    return get_or_404(App.objects.all(), app_id, "app")


def app_tokens(*, app: App) -> QuerySet[AppToken]:
    return app.tokens.order_by("-created_at", "-id")


def app_token_get(*, app: App, token_id: int) -> AppToken:
    return get_or_404(app.tokens.all(), token_id, "token")


def app_grants(*, app: App) -> QuerySet[AppGrant]:
    return app.grants.order_by("workflow_key")


def token_get(*, token_id: int) -> AppToken:
    return get_or_404(AppToken.objects.all(), token_id, "token")


def app_grants_snapshot(app_id: int) -> dict[str, object] | None:
    """What the audit trail compares for `PUT /apps/{id}/grants`: the app's name and its grants."""
    app = App.objects.filter(pk=app_id).first()
    if app is None:
        return None
    return {
        "name": app.name,
        "grants": list(app.grants.order_by("workflow_key").values_list("workflow_key", flat=True)),
    }


def personal_tokens(*, user: User) -> QuerySet[PersonalToken]:
    return PersonalToken.objects.filter(user=user).order_by("-created_at", "-id")


def personal_token_of(*, user: User, token_id: int) -> PersonalToken:
    """One of `user`'s own tokens (404 for anyone else's)."""
    return get_or_404(PersonalToken.objects.filter(user=user), token_id, "token")


def personal_token_get(*, token_id: int) -> PersonalToken:
    return get_or_404(PersonalToken.objects.select_related("user"), token_id, "token")


def personal_tokens_of_tenant(
    *, username: str | None = None, live_only: bool = False
) -> QuerySet[PersonalToken]:
    """Every person's tokens, for a tenant admin: newest first, optionally one person's or live ones."""
    rows = PersonalToken.objects.select_related("user").order_by("-created_at", "-id")
    if username:
        rows = rows.filter(user__username=username)
    if live_only:
        rows = rows.filter(revoked_at__isnull=True, expires_at__gt=timezone.now())
    return rows
