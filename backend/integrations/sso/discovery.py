"""Fetching a provider's discovery document and signing keys, through the outbound guard.

Both are cached on the provider row. A worker job refreshes them after every change (and the admin
can ask for it); the login path only calls out when an ID token names a key the cache lacks (the
provider rotated its keys), at most once per REFETCH_INTERVAL per provider.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import redis
from django.utils import timezone
from django.utils.translation import gettext as _

from core.redis import get_redis
from core.tenancy import current_schema
from integrations.common import outbound
from integrations.common import settings as settings_store
from integrations.sso.models import OidcProvider

logger = logging.getLogger(__name__)

TIMEOUT_SECONDS = 5.0
MAX_DOCUMENT_BYTES = 256 * 1024
REFETCH_INTERVAL_SECONDS = 60
WELL_KNOWN = "/.well-known/openid-configuration"
REQUIRED = ("authorization_endpoint", "token_endpoint", "jwks_uri")
KEPT = (
    *REQUIRED,
    "issuer",
    "end_session_endpoint",
    "userinfo_endpoint",
    "id_token_signing_alg_values_supported",
)


class DiscoveryFailed(Exception):
    """The provider's document or keys could not be had; the message is for the admin."""


def fetch_json(url: str) -> dict[str, Any]:
    """GET a JSON object from `url` through the guard (capped timeout and size)."""
    try:
        response = outbound.get(
            url,
            headers={"Accept": "application/json"},
            allow=settings_store.outbound_allow(),
            timeout=TIMEOUT_SECONDS,
            max_body=MAX_DOCUMENT_BYTES,
        )
    except (outbound.OutboundRefused, outbound.OutboundFailed) as exc:
        raise DiscoveryFailed(f"{url}: {exc}") from None
    if response.status != 200:
        raise DiscoveryFailed(_("%(url)s answered %(status)s") % {"url": url, "status": response.status})
    try:
        document = json.loads(response.body)
    except ValueError:
        raise DiscoveryFailed(_("%(url)s did not answer JSON") % {"url": url}) from None
    if not isinstance(document, dict):
        raise DiscoveryFailed(_("%(url)s did not answer a JSON object") % {"url": url})
    return document


def _metadata(issuer: str) -> dict[str, Any]:
    document = fetch_json(issuer.rstrip("/") + WELL_KNOWN)
    # OpenID Connect Discovery §4.3: the document must name the issuer it was fetched for.
    if document.get("issuer") != issuer:
        raise DiscoveryFailed(
            _("The discovery document names issuer %(found)r, not %(issuer)r.")
            % {"found": document.get("issuer"), "issuer": issuer}
        )
    for name in REQUIRED:
        value = document.get(name)
        if not isinstance(value, str) or not value.lower().startswith(("https://", "http://")):
            raise DiscoveryFailed(_("The discovery document has no valid %(name)s.") % {"name": name})
    end_session = document.get("end_session_endpoint")
    if end_session is not None and not (
        isinstance(end_session, str) and end_session.lower().startswith(("https://", "http://"))
    ):
        document.pop("end_session_endpoint")
    return {name: document[name] for name in KEPT if name in document}


def _keys(jwks_uri: str) -> dict[str, Any]:
    document = fetch_json(jwks_uri)
    if not isinstance(document.get("keys"), list):
        raise DiscoveryFailed(_("The key set has no keys."))
    return {"keys": [key for key in document["keys"] if isinstance(key, dict)]}


def refresh(provider: OidcProvider) -> OidcProvider:
    """Fetch the discovery document and keys now; record the outcome on the row (never raises)."""
    try:
        metadata = _metadata(provider.issuer)
        jwks = _keys(metadata["jwks_uri"])
    except DiscoveryFailed as exc:
        logger.info("sso: discovery of %s failed: %s", provider.key, exc)
        provider.discovery_status = OidcProvider.Discovery.FAILED
        provider.discovery_error = str(exc)[:2000]
    else:
        provider.metadata = metadata
        provider.jwks = jwks
        provider.discovery_status = OidcProvider.Discovery.OK
        provider.discovery_error = ""
    provider.discovered_at = timezone.now()
    provider.save(
        update_fields=[
            "metadata",
            "jwks",
            "discovery_status",
            "discovery_error",
            "discovered_at",
            "updated_at",
        ]
    )
    return provider


def refetch_keys(provider: OidcProvider) -> bool:
    """Fetch the keys again (an ID token named one the cache lacks); False when it was done too
    recently or failed. The rate limit keeps forged key ids from making us call out per login."""
    try:
        fresh = get_redis().set(
            f"lf:sso:jwks:{current_schema()}:{provider.pk}", 1, nx=True, ex=REFETCH_INTERVAL_SECONDS
        )
    except redis.RedisError:
        fresh = False
    if not fresh or not provider.metadata.get("jwks_uri"):
        return False
    try:
        provider.jwks = _keys(provider.metadata["jwks_uri"])
    except DiscoveryFailed as exc:
        logger.info("sso: key refresh of %s failed: %s", provider.key, exc)
        return False
    provider.save(update_fields=["jwks", "updated_at"])
    return True
