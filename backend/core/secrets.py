"""Secret material: bearer tokens (hashed), recoverable secrets (encrypted), HMAC helpers."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings

TOKEN_PREFIX = "lft"  # an app's token
PERSONAL_TOKEN_PREFIX = "lfp"  # a person's own token


@dataclass(frozen=True)
class IssuedToken:
    """A freshly minted token: `plaintext` is shown once, only `prefix` and `digest` are stored."""

    plaintext: str
    prefix: str
    digest: str


def sha256_hex(value: str | bytes) -> str:
    data = value.encode() if isinstance(value, str) else value
    return hashlib.sha256(data).hexdigest()


def issue_token(kind: str = TOKEN_PREFIX) -> IssuedToken:
    """A new token of `kind` (its first part says which table holds it: an app's or a person's)."""
    prefix = secrets.token_hex(6)
    plaintext = f"{kind}_{prefix}_{secrets.token_urlsafe(32)}"
    return IssuedToken(plaintext=plaintext, prefix=prefix, digest=sha256_hex(plaintext))


def split_token(plaintext: str, kind: str = TOKEN_PREFIX) -> str | None:
    """The prefix of a well-formed token of `kind`, or None."""
    parts = plaintext.split("_", 2)
    if len(parts) != 3 or parts[0] != kind or len(parts[1]) != 12 or not parts[2]:
        return None
    return parts[1]


def token_matches(plaintext: str, digest: str) -> bool:
    return hmac.compare_digest(sha256_hex(plaintext), digest)


def _fernet_for(material: str) -> Fernet:
    key = base64.urlsafe_b64encode(hashlib.sha256(f"loonflow-secrets:{material}".encode()).digest())
    return Fernet(key)


@lru_cache(maxsize=1)
def _fernet() -> MultiFernet:
    """Encrypts with the current key; decrypts with it or any fallback (a rotation in progress)."""
    current = settings.SECRETS_ENCRYPTION_KEY or settings.SECRET_KEY
    fallbacks = [key for key in settings.SECRETS_ENCRYPTION_KEY_FALLBACKS if key and key != current]
    return MultiFernet([_fernet_for(current), *(_fernet_for(key) for key in fallbacks)])


def reset_key_cache() -> None:
    """Forget the derived keys (after the settings change, e.g. in tests)."""
    _fernet.cache_clear()


def encrypt_secret(plaintext: str) -> str:
    return _fernet().encrypt(plaintext.encode()).decode()


def decrypt_secret(ciphertext: str) -> str | None:
    try:
        return _fernet().decrypt(ciphertext.encode()).decode()
    except (InvalidToken, ValueError):
        return None


def reencrypt_secret(ciphertext: str) -> str | None:
    """The same secret encrypted under the current key, or None if no known key opens it."""
    try:
        return _fernet().rotate(ciphertext.encode()).decode()
    except (InvalidToken, ValueError):
        return None


MASK = "•••"


def mask_url(url: str) -> str:
    """A URL that carries its credential (chat robots: `?access_token=…`, `/hook/<token>`) as it may
    be shown: scheme and host, then the path when a query holds the secret (every query value
    masked), else only the path's first segment."""
    parts = urlsplit(url.strip())
    base = f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}"  # never user:password@
    if parts.query:
        keys = [pair.split("=", 1)[0] for pair in parts.query.split("&") if pair]
        return f"{base}{parts.path}?" + "&".join(f"{key}={MASK}" for key in keys)
    first = next((segment for segment in parts.path.split("/") if segment), "")
    return f"{base}/{first}/{MASK}" if first else f"{base}/{MASK}"


def new_signing_secret() -> str:
    return f"lfs_{secrets.token_urlsafe(32)}"


def request_signature(secret: str, *, timestamp: str, method: str, path: str, body: bytes) -> str:
    """HMAC-SHA256 over `timestamp\\nMETHOD\\npath?query\\nsha256(body)`, hex encoded."""
    message = "\n".join([timestamp, method.upper(), path, sha256_hex(body)])
    return hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()
