"""The action link's token: `<nonce>.<signature>`. The signature (HMAC-SHA256 keyed from
SECRET_KEY over the tenant's schema and the nonce) is checked in constant time before any lookup,
so a forged or another tenant's token costs no query; the database keeps only the SHA-256 of the
nonce, so a copy of the table holds no usable link."""

from __future__ import annotations

import hashlib
import re
import secrets

from django.utils.crypto import constant_time_compare, salted_hmac

from core.tenancy import current_schema

SALT = "loonflow.action-link"
NONCE_BYTES = 24
_SHAPE = re.compile(r"^[A-Za-z0-9_-]{32}\.[0-9a-f]{64}$")


def _signature(nonce: str) -> str:
    return salted_hmac(SALT, f"{current_schema()}:{nonce}", algorithm="sha256").hexdigest()


def _digest(nonce: str) -> str:
    return hashlib.sha256(nonce.encode()).hexdigest()


def new_token() -> tuple[str, str]:
    """A fresh token and the digest stored for it."""
    nonce = secrets.token_urlsafe(NONCE_BYTES)
    return f"{nonce}.{_signature(nonce)}", _digest(nonce)


def token_digest(token: str) -> str | None:
    """The stored digest a well-formed, correctly signed token names (None: not one of ours)."""
    if not isinstance(token, str) or not _SHAPE.match(token):
        return None
    nonce, signature = token.split(".")
    if not constant_time_compare(signature, _signature(nonce)):
        return None
    return _digest(nonce)
