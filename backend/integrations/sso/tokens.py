"""Checking an ID token (OpenID Connect Core §3.1.3.7) with joserfc: signed by one of the provider's
keys with an allowed asymmetric algorithm, for this client, from this issuer, fresh, and carrying the
nonce this login sent."""

from __future__ import annotations

import logging
import time
from typing import Any, cast

from joserfc import jwt
from joserfc.errors import InvalidKeyIdError, JoseError
from joserfc.jwk import KeySet
from joserfc.jws import extract_compact

from integrations.sso import discovery
from integrations.sso.models import OidcProvider

logger = logging.getLogger(__name__)

# Asymmetric only: never "none", and never HS* (a provider's public key must not be usable as an
# HMAC secret; and client-secret-signed tokens are not accepted).
ALLOWED_ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512")
LEEWAY_SECONDS = 60
# An ID token issued longer ago than this is not accepted, whatever its exp says.
MAX_AGE_SECONDS = 10 * 60


class SsoFailure(Exception):
    """A login through the provider failed; `code` goes to the login page (`?sso_error=`), the
    detail only to the log and the audit trail."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code
        self.detail = detail or code


def _header(id_token: str) -> dict[str, Any]:
    try:
        return dict(extract_compact(id_token.encode()).headers())
    except (JoseError, ValueError) as exc:
        raise SsoFailure("invalid_id_token", f"malformed: {exc}") from None


def _key_set(provider: OidcProvider, kid: str | None) -> KeySet:
    known = {key.get("kid") for key in provider.jwks.get("keys", [])}
    if kid is not None and kid not in known:
        discovery.refetch_keys(provider)  # the provider may have rotated its keys
    try:
        return KeySet.import_key_set(cast(Any, provider.jwks or {"keys": []}))  # checked by joserfc
    except (JoseError, ValueError, TypeError) as exc:
        raise SsoFailure("invalid_id_token", f"unusable key set: {exc}") from None


def verify_id_token(provider: OidcProvider, id_token: str, *, nonce: str) -> dict[str, Any]:
    """The ID token's claims, once every check passed; raises SsoFailure("invalid_id_token")."""
    header = _header(id_token)
    if header.get("alg") not in ALLOWED_ALGORITHMS:
        raise SsoFailure("invalid_id_token", f"algorithm {header.get('alg')!r} is not allowed")
    keys = _key_set(provider, header.get("kid"))
    try:
        token = jwt.decode(id_token, keys, algorithms=list(ALLOWED_ALGORITHMS))
    except InvalidKeyIdError:
        raise SsoFailure("invalid_id_token", "signed with a key the provider does not publish") from None
    except (JoseError, ValueError) as exc:
        raise SsoFailure("invalid_id_token", f"signature: {exc}") from None
    claims = dict(token.claims)
    registry = jwt.JWTClaimsRegistry(
        leeway=LEEWAY_SECONDS,
        iss={"essential": True, "value": provider.issuer},
        aud={"essential": True, "value": provider.client_id},
        sub={"essential": True},
        exp={"essential": True},
        iat={"essential": True},
        nonce={"essential": True, "value": nonce},
    )
    try:
        registry.validate(claims)
    except JoseError as exc:
        raise SsoFailure("invalid_id_token", f"claims: {exc}") from None
    _check_freshness_and_party(provider, claims)
    return claims


def _check_freshness_and_party(provider: OidcProvider, claims: dict[str, Any]) -> None:
    now = time.time()
    issued = claims.get("iat")
    if not isinstance(issued, int | float) or issued > now + LEEWAY_SECONDS:
        raise SsoFailure("invalid_id_token", "issued in the future")
    if issued < now - MAX_AGE_SECONDS - LEEWAY_SECONDS:
        raise SsoFailure("invalid_id_token", "issued too long ago")
    audience = claims.get("aud")
    # Several audiences: the authorized party must be us (Core §3.1.3.7, items 4 and 5).
    if isinstance(audience, list) and len(audience) > 1 and claims.get("azp") != provider.client_id:
        raise SsoFailure("invalid_id_token", "azp is not this client")
    if not isinstance(claims.get("sub"), str) or not claims["sub"]:
        raise SsoFailure("invalid_id_token", "no subject")
