"""Webhook signatures: ``X-Loonflow-Signature: t=<unix time>,v1=<hex HMAC-SHA256>``.

The HMAC covers ``b"<t>." + body`` with the webhook's secret, so a receiver can check both that
the body is ours and that it is fresh (a captured request cannot be replayed later). During a
secret rotation the header carries one ``v1=`` entry per secret; any one matching is enough.

Receivers should verify against the raw body bytes, before parsing the JSON.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import time

SIGNATURE_HEADER = "X-Loonflow-Signature"
DEFAULT_TOLERANCE = 300  # seconds either way; allows for clock skew and retries in flight

_MAX_HEADER = 4096  # a handful of signatures; anything longer is not ours
_TIMESTAMP = re.compile(r"[0-9]{1,15}")
_DIGEST = re.compile(r"[0-9a-f]{64}")


def sign(secret: str, body: bytes, *, timestamp: int | None = None) -> str:
    """The signature header value for `body` at `timestamp` (default: now)."""
    if not secret:
        raise ValueError("a webhook secret must not be empty")
    t = int(time.time()) if timestamp is None else int(timestamp)
    if t < 0:
        raise ValueError("timestamp must not be negative")
    return f"t={t},v1={_digest(secret, str(t), body)}"


def verify(
    secret: str, body: bytes, header: str, *, tolerance: int = DEFAULT_TOLERANCE, now: int | None = None
) -> bool:
    """True if `header` has a fresh timestamp and a v1 signature of `body` made with `secret`."""
    parsed = _parse(header)
    if parsed is None or not secret:
        return False
    timestamp, signatures = parsed
    current = int(time.time()) if now is None else now
    if abs(current - int(timestamp)) > tolerance:
        return False
    # Sign the timestamp exactly as sent: it is what the sender signed.
    expected = _digest(secret, timestamp, body)
    matched = False
    for signature in signatures:  # no early exit: timing says nothing about which entry matched
        matched |= hmac.compare_digest(expected, signature)
    return matched


def _digest(secret: str, timestamp: str, body: bytes) -> str:
    message = f"{timestamp}.".encode("ascii") + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def _parse(header: str) -> tuple[str, list[str]] | None:
    """(timestamp, v1 signatures), or None when the header is malformed.

    Unknown keys are ignored so that a future scheme (v2=...) can be sent alongside v1.
    """
    if not isinstance(header, str) or len(header) > _MAX_HEADER:
        return None
    timestamps: list[str] = []
    signatures: list[str] = []
    for item in header.split(","):
        key, sep, value = item.strip().partition("=")
        if not sep:
            return None
        value = value.strip()
        if key == "t":
            timestamps.append(value)
        elif key == "v1":
            signatures.append(value.lower())
    if len(timestamps) != 1 or not _TIMESTAMP.fullmatch(timestamps[0]) or not signatures:
        return None
    if not all(_DIGEST.fullmatch(signature) for signature in signatures):
        return None
    return timestamps[0], signatures
