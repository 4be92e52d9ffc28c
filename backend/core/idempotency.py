"""`Idempotency-Key` on every POST: a retried request gets the first answer and changes nothing.

The first request with a key claims it (one `INSERT … ON CONFLICT`, committed at once), runs, and
stores its answer. A retry with the same key and the same request gets that stored answer (marked
`Idempotent-Replay: true`); the same key with another request is a client bug (422); a retry while
the first is still running gets 409. Keys are scoped to the caller's credentials (session user or
bearer token, and the acting user), so one caller can never see another's answers. A 5xx answer is
not kept, so the request can be retried for real.

Records do not stick: one still in progress after IDEMPOTENCY_IN_PROGRESS_SECONDS was left by a
worker that died, and the next retry of the same request takes it over (the same statement that
claims keys, so two retries cannot both win); a finished one is forgotten after
IDEMPOTENCY_RETENTION_HOURS and deleted by `idempotency_records_purge` (the scheduler).

The fingerprint of a request is its path and body, except for multipart bodies: their raw bytes
carry a boundary each client picks at random per send (and may be larger than Django reads into
memory), so the parsed fields and the files' names, types, sizes and SHA-256 are hashed instead.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.core.files.uploadedfile import UploadedFile
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.utils.translation import gettext as _

from core.errors import error_response
from core.models import IdempotencyRecord

HEADER = "Idempotency-Key"
# Paths that authenticate inside their views (their scope would have no credential here): the
# Loonflow 2.x-compatible API keeps its own create idempotency (integrations.v2compat.writes).
EXEMPT_PREFIXES = ("/api/v1.0/",)
_KEY_RE = re.compile(r"^[\x21-\x7e]{1,255}$")
_TABLE = IdempotencyRecord._meta.db_table
# Claim a new key, or take over one that is forgotten (past retention) or abandoned (in progress
# for too long, same request). The conflicting row is locked, so a second concurrent claimant
# re-checks the WHERE against the first one's fresh row and gets nothing back.
_CLAIM = f"""
    INSERT INTO {_TABLE} AS r (scope, key, request_hash, body, content_type, created_at)
    VALUES (%(scope)s, %(key)s, %(hash)s, %(empty)s, '', clock_timestamp())
    ON CONFLICT (scope, key) DO UPDATE SET
        request_hash = EXCLUDED.request_hash, status_code = NULL, body = EXCLUDED.body,
        content_type = '', created_at = EXCLUDED.created_at
    WHERE r.created_at < EXCLUDED.created_at - make_interval(secs => %(retention)s)
       OR (r.status_code IS NULL AND r.request_hash = EXCLUDED.request_hash
           AND r.created_at < EXCLUDED.created_at - make_interval(secs => %(abandoned)s))
    RETURNING id, created_at
"""  # noqa: S608 - our own table name; values are parameters
# Oldest first through the created_at index, in batches, so one purge never holds locks for long.
_PURGE = f"""
    DELETE FROM {_TABLE} WHERE id IN (
        SELECT id FROM {_TABLE} WHERE created_at < %s ORDER BY created_at LIMIT %s
    )
"""  # noqa: S608 - our own table name; values are parameters
PURGE_BATCH = 1000


def _retention_seconds() -> int:
    return int(settings.IDEMPOTENCY_RETENTION_HOURS) * 3600


def _scope(request: HttpRequest) -> str:
    authorization = request.headers.get("Authorization", "")
    if authorization:
        credential = "bearer:" + authorization
    else:
        user = getattr(request, "user", None)
        credential = f"user:{user.pk}" if user is not None and user.is_authenticated else "anonymous"
    acting = request.headers.get("X-Acting-User", "")
    return hashlib.sha256(f"{credential}|{acting}".encode()).hexdigest()


def _file_digest(upload: UploadedFile) -> str:
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)  # the view reads it again
    return digest.hexdigest()


def _request_hash(request: HttpRequest) -> str:
    """Raises RequestDataTooBig, or SuspiciousOperation / MultiPartParserError for a bad body."""
    if request.content_type != "multipart/form-data":
        return hashlib.sha256(b"\n".join([request.get_full_path().encode(), request.body])).hexdigest()
    fields = [[name, request.POST.getlist(name)] for name in sorted(request.POST)]
    files = [
        [name, [[f.name, f.content_type, f.size, _file_digest(f)] for f in request.FILES.getlist(name)]]
        for name in sorted(request.FILES)
    ]
    canonical = json.dumps([request.get_full_path(), fields, files], separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _claim(*, scope: str, key: str, request_hash: str) -> tuple[int, datetime] | None:
    params: dict[str, str | int | bytes] = {
        "scope": scope,
        "key": key,
        "hash": request_hash,
        "empty": b"",
        "retention": _retention_seconds(),
        "abandoned": int(settings.IDEMPOTENCY_IN_PROGRESS_SECONDS),
    }
    with connection.cursor() as cursor:
        cursor.execute(_CLAIM, params)
        row = cursor.fetchone()
    return (int(row[0]), row[1]) if row is not None else None


def idempotency_records_purge(*, now: datetime, batch: int = PURGE_BATCH) -> int:
    """Delete the current schema's records past retention (any state); returns how many."""
    cutoff = now - timedelta(seconds=_retention_seconds())
    purged = 0
    while True:
        with connection.cursor() as cursor:
            cursor.execute(_PURGE, [cutoff, batch])
            deleted = cursor.rowcount
        purged += deleted
        if deleted < batch:
            return purged


class IdempotencyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = request.headers.get(HEADER)
        if request.method != "POST" or key is None or request.path.startswith(EXEMPT_PREFIXES):
            return self.get_response(request)
        if not _KEY_RE.match(key):
            return error_response(
                400, "invalid_idempotency_key", _("Idempotency-Key must be 1-255 visible characters.")
            )
        try:
            request_hash = _request_hash(request)
        except RequestDataTooBig:
            return error_response(413, "payload_too_large", _("The request body is too large."))
        except (SuspiciousOperation, MultiPartParserError):
            return error_response(400, "bad_request", _("The request is malformed."))
        scope = _scope(request)
        # Twice at most: the record we lost to may vanish (a 5xx, a purge) before we read it.
        for _attempt in range(2):
            claimed = _claim(scope=scope, key=key, request_hash=request_hash)
            if claimed is not None:
                return self._run(request, *claimed)
            record = IdempotencyRecord.objects.filter(scope=scope, key=key).first()
            if record is not None:
                return self._replay(record, request_hash)
        return _in_progress()

    def _run(self, request: HttpRequest, record_id: int, claimed_at: datetime) -> HttpResponse:
        response = self.get_response(request)
        # Only while the claim is still ours: if this request outlived the in-progress window and a
        # retry took the key over, the retry's answer is the one kept.
        mine = IdempotencyRecord.objects.filter(pk=record_id, created_at=claimed_at, status_code=None)
        if response.status_code >= 500 or getattr(response, "streaming", False):
            mine.delete()
            return response
        mine.update(
            status_code=response.status_code,
            body=response.content,
            content_type=response.get("Content-Type", ""),
        )
        return response

    @staticmethod
    def _replay(record: IdempotencyRecord, request_hash: str) -> HttpResponse:
        if record.request_hash != request_hash:
            return error_response(
                422, "idempotency_key_reused", _("This Idempotency-Key was used for a different request.")
            )
        if record.status_code is None:
            return _in_progress()
        response = HttpResponse(
            bytes(record.body), status=record.status_code, content_type=record.content_type
        )
        response["Idempotent-Replay"] = "true"
        return response


def _in_progress() -> HttpResponse:
    return error_response(
        409, "idempotency_in_progress", _("A request with this Idempotency-Key is running.")
    )
