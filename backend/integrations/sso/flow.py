"""The authorization code flow with PKCE (S256), state and nonce.

`begin` mints a state, a nonce and a code verifier, keeps them in Redis for FLOW_SECONDS under the
state, bound to this browser by a random value in a short-lived HttpOnly cookie (only its hash is
stored), and answers the provider's authorize URL. `finish` takes the state back exactly once (GETDEL:
a replayed callback finds nothing), checks the browser binding, exchanges the code at the token
endpoint (the one remote call on the login path: through the outbound guard, capped) and verifies
the ID token against the nonce.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import redis
from django.utils import timezone

from core.redis import get_redis
from core.secrets import decrypt_secret, sha256_hex
from core.tenancy import current_schema
from integrations.common import outbound
from integrations.common import settings as settings_store
from integrations.sso import discovery
from integrations.sso.models import OidcProvider
from integrations.sso.tokens import SsoFailure, verify_id_token

logger = logging.getLogger(__name__)

FLOW_SECONDS = 600
BINDING_COOKIE = "loonflow_sso"
COOKIE_PATH = "/api/v1/sso/"
CALLBACK_PATH = "/api/v1/sso/callback"
TOKEN_TIMEOUT_SECONDS = 5.0
MAX_TOKEN_RESPONSE_BYTES = 64 * 1024


@dataclass(frozen=True)
class Started:
    authorize_url: str
    binding: str  # the cookie's value


@dataclass(frozen=True)
class Finished:
    provider: OidcProvider
    claims: dict[str, Any]
    id_token: str
    next_path: str


def _key(state: str) -> str:
    return f"lf:sso:flow:{current_schema()}:{sha256_hex(state)}"


def _challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def ready(provider: OidcProvider) -> OidcProvider:
    """The provider with its discovery document; fetched now when the worker has not yet (a failed
    attempt is retried from here at most once per REFETCH_INTERVAL: anyone may click the button)."""
    if provider.discovery_status != OidcProvider.Discovery.OK or not provider.metadata:
        last = provider.discovered_at
        if last is None or timezone.now() - last > timedelta(seconds=discovery.REFETCH_INTERVAL_SECONDS):
            discovery.refresh(provider)
    if provider.discovery_status != OidcProvider.Discovery.OK:
        raise SsoFailure("provider_unavailable", provider.discovery_error)
    return provider


def begin(provider: OidcProvider, *, redirect_uri: str, next_path: str) -> Started:
    state, nonce, verifier, binding = (secrets.token_urlsafe(32) for _ in range(4))
    flow = {
        "provider_id": provider.pk,
        "nonce": nonce,
        "verifier": verifier,
        "binding": sha256_hex(binding),
        "redirect_uri": redirect_uri,
        "next": next_path,
    }
    try:
        get_redis().set(_key(state), json.dumps(flow), ex=FLOW_SECONDS)
    except redis.RedisError:
        raise SsoFailure("unavailable", "redis is down") from None
    query = urlencode(
        {
            "response_type": "code",
            "client_id": provider.client_id,
            "redirect_uri": redirect_uri,
            "scope": provider.scopes,
            "state": state,
            "nonce": nonce,
            "code_challenge": _challenge(verifier),
            "code_challenge_method": "S256",
        }
    )
    endpoint = provider.metadata["authorization_endpoint"]
    return Started(f"{endpoint}{'&' if '?' in endpoint else '?'}{query}", binding)


def _take(state: str, binding: str | None) -> dict[str, Any]:
    """The flow `state` started, once; refused when unknown, used, expired or from another browser."""
    if not state or len(state) > 200:
        raise SsoFailure("invalid_state", "no state")
    try:
        stored = get_redis().getdel(_key(state))
    except redis.RedisError:
        raise SsoFailure("unavailable", "redis is down") from None
    if stored is None:
        raise SsoFailure("invalid_state", "unknown, used or expired state")
    flow: dict[str, Any] = json.loads(stored)
    if not binding or not secrets.compare_digest(sha256_hex(binding), flow["binding"]):
        raise SsoFailure("invalid_state", "state started in another browser")
    return flow


def _exchange(provider: OidcProvider, *, code: str, flow: dict[str, Any]) -> dict[str, Any]:
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": flow["redirect_uri"],
        "code_verifier": flow["verifier"],
        "client_id": provider.client_id,
    }
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}
    secret = decrypt_secret(provider.client_secret_encrypted) if provider.client_secret_encrypted else None
    if secret:  # client_secret_basic (RFC 6749 §2.3.1: both parts form-encoded first)
        from urllib.parse import quote_plus

        pair = f"{quote_plus(provider.client_id)}:{quote_plus(secret)}"
        headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode()
    try:
        response = outbound.post_json(
            provider.metadata["token_endpoint"],
            urlencode(form).encode(),
            headers=headers,
            allow=settings_store.outbound_allow(),
            timeout=TOKEN_TIMEOUT_SECONDS,
            max_redirects=0,
            max_body=MAX_TOKEN_RESPONSE_BYTES,
        )
    except (outbound.OutboundRefused, outbound.OutboundFailed) as exc:
        raise SsoFailure("token_exchange_failed", f"token endpoint: {exc}") from None
    if response.status != 200:
        raise SsoFailure(
            "token_exchange_failed", f"token endpoint answered {response.status}: {response.excerpt}"
        )
    try:
        answer = json.loads(response.body)
    except ValueError:
        raise SsoFailure("token_exchange_failed", "token endpoint did not answer JSON") from None
    if not isinstance(answer, dict) or not isinstance(answer.get("id_token"), str):
        raise SsoFailure("token_exchange_failed", "no id_token in the token response")
    return answer


def finish(*, state: str, code: str, error: str, binding: str | None) -> Finished:
    flow = _take(state, binding)
    provider = OidcProvider.objects.filter(pk=flow["provider_id"], is_enabled=True).first()
    if provider is None:
        raise SsoFailure("provider_unavailable", "provider disabled or deleted during the login")
    if error or not code:
        raise SsoFailure("provider_refused", f"provider answered error={error[:100]!r}")
    answer = _exchange(provider, code=code, flow=flow)
    claims = verify_id_token(provider, answer["id_token"], nonce=flow["nonce"])
    return Finished(provider, claims, answer["id_token"], flow["next"])


def end_session_url(provider: OidcProvider, *, id_token: str, post_logout_redirect_uri: str) -> str | None:
    """RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0), when the provider offers it."""
    endpoint = provider.metadata.get("end_session_endpoint")
    if not endpoint:
        return None
    query = urlencode(
        {
            "id_token_hint": id_token,
            "post_logout_redirect_uri": post_logout_redirect_uri,
            "client_id": provider.client_id,
        }
    )
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"
