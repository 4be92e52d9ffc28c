"""Background work of single sign-on: fetching a provider's discovery document and keys."""

from __future__ import annotations

import dramatiq

from integrations.sso import discovery
from integrations.sso.models import OidcProvider


@dramatiq.actor(queue_name="default", max_retries=3, time_limit=60_000)
def discover_provider(provider_id: int) -> None:
    """Refresh one provider's cached document and keys (idempotent; gone providers are skipped)."""
    provider = OidcProvider.objects.filter(pk=provider_id).first()
    if provider is not None:
        discovery.refresh(provider)
