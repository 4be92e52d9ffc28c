"""Reads of the single sign-on area."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from core.errors import NotFound
from integrations.sso.models import OidcProvider, SsoSettings


def provider_list() -> QuerySet[OidcProvider]:
    return OidcProvider.objects.all()


def provider_get(*, provider_id: int) -> OidcProvider:
    provider = OidcProvider.objects.filter(pk=provider_id).first()
    if provider is None:
        raise NotFound(_("No such identity provider."), code="provider_not_found")
    return provider


def enabled_provider(*, key: str | None = None, provider_id: int | None = None) -> OidcProvider | None:
    """An enabled provider of this tenant (its schema: another tenant's providers are not here)."""
    found = OidcProvider.objects.filter(is_enabled=True)
    if key is not None:
        found = found.filter(key=key)
    if provider_id is not None:
        found = found.filter(pk=provider_id)
    return found.first()


def login_providers() -> list[OidcProvider]:
    return list(OidcProvider.objects.filter(is_enabled=True).order_by("label", "id"))


def sso_settings() -> SsoSettings:
    """The tenant's settings (defaults when never saved: passwords on)."""
    return SsoSettings.objects.first() or SsoSettings()
