"""`Idempotency-Key` on every POST: a retried request gets the first answer and changes nothing.

The first request with a key claims it (one `INSERT … ON CONFLICT DO NOTHING`, committed at once),
runs, and stores its answer. A retry with the same key and the same body gets that stored answer
(marked `Idempotent-Replay: true`); the same key with another body is a client bug (422); a retry
while the first is still running gets 409. Keys are scoped to the caller's credentials (session
user or bearer token, and the acting user), so one caller can never see another's answers. A 5xx
answer is not kept, so the request can be retried for real.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

from django.db import connection
from django.http import HttpRequest, HttpResponse

from core.errors import error_response
from core.models import IdempotencyRecord

HEADER = "Idempotency-Key"
_KEY_RE = re.compile(r"^[\x21-\x7e]{1,255}$")
_CLAIM = f"""
    INSERT INTO {IdempotencyRecord._meta.db_table} (scope, key, request_hash, body, content_type, created_at)
    VALUES (%s, %s, %s, %s, '', now()) ON CONFLICT (scope, key) DO NOTHING RETURNING id
"""  # noqa: S608 - our own table name; values are parameters


def _scope(request: HttpRequest) -> str:
    authorization = request.headers.get("Authorization", "")
    if authorization:
        credential = "bearer:" + authorization
    else:
        user = getattr(request, "user", None)
        credential = f"user:{user.pk}" if user is not None and user.is_authenticated else "anonymous"
    acting = request.headers.get("X-Acting-User", "")
    return hashlib.sha256(f"{credential}|{acting}".encode()).hexdigest()


def _request_hash(request: HttpRequest) -> str:
    return hashlib.sha256(b"\n".join([request.path.encode(), request.body])).hexdigest()


class IdempotencyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = request.headers.get(HEADER)
        if request.method != "POST" or key is None:
            return self.get_response(request)
        if not _KEY_RE.match(key):
            return error_response(
                400, "invalid_idempotency_key", "Idempotency-Key must be 1-255 visible characters."
            )
        scope, request_hash = _scope(request), _request_hash(request)
        with connection.cursor() as cursor:
            cursor.execute(_CLAIM, [scope, key, request_hash, b""])
            claimed = cursor.fetchone() is not None
        record = IdempotencyRecord.objects.get(scope=scope, key=key)
        if not claimed:
            return self._replay(record, request_hash)
        response = self.get_response(request)
        if response.status_code >= 500 or getattr(response, "streaming", False):
            record.delete()
            return response
        record.status_code = response.status_code
        record.body = response.content
        record.content_type = response.get("Content-Type", "")
        record.save(update_fields=["status_code", "body", "content_type"])
        return response

    @staticmethod
    def _replay(record: IdempotencyRecord, request_hash: str) -> HttpResponse:
        if record.request_hash != request_hash:
            return error_response(
                422, "idempotency_key_reused", "This Idempotency-Key was used for a different request."
            )
        if record.status_code is None:
            return error_response(
                409, "idempotency_in_progress", "A request with this Idempotency-Key is running."
            )
        response = HttpResponse(
            bytes(record.body), status=record.status_code, content_type=record.content_type
        )
        response["Idempotent-Replay"] = "true"
        return response
