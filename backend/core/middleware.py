"""Cross-cutting HTTP middleware: health probes, request ids, and JSON error bodies."""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _

from core import health
from core.errors import error_response, status_error_response
from core.logging import request_id_var, tenant_var

logger = logging.getLogger(__name__)

Handler = Callable[[HttpRequest], HttpResponse]
_REQUEST_ID_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class HealthMiddleware:
    """Answer the probes before host routing: load balancers call them by IP, with any Host."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path == "/healthz":
            return JsonResponse({"status": "ok"})
        if request.path == "/readyz":
            checks = health.readiness()
            ready = all(check["ok"] for check in checks.values())
            return JsonResponse(
                {"status": "ok" if ready else "unavailable", "checks": checks}, status=200 if ready else 503
            )
        return self.get_response(request)


class RequestIdMiddleware:
    """Take the caller's `X-Request-ID` (if sane) or make one; echo it and put it on every log line."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        incoming = request.headers.get("X-Request-ID", "")
        request_id = incoming if _REQUEST_ID_RE.match(incoming) else uuid.uuid4().hex
        request.request_id = request_id  # type: ignore[attr-defined]
        token = request_id_var.set(request_id)
        tenant_token = tenant_var.set("-")
        try:
            response = self.get_response(request)
        finally:
            request_id_var.reset(token)
            tenant_var.reset(tenant_token)
        response["X-Request-ID"] = request_id
        return response


class JsonErrorMiddleware:
    """Give every error answered outside the API layer (404, 405, 500, CSRF) the one JSON body."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        content_type = response.get("Content-Type", "")
        # SCIM's errors have their own JSON shape and media type (integrations/scim).
        if response.status_code < 400 or content_type.startswith(
            ("application/json", "application/scim+json")
        ):
            return response
        if request.path.startswith("/static/"):
            return response
        if response.status_code == 403 and b"CSRF" in getattr(response, "content", b""):
            converted = error_response(403, "csrf_failed", _("CSRF verification failed."))
        else:
            converted = status_error_response(response.status_code)
        if response.has_header("Allow"):
            converted["Allow"] = response["Allow"]
        return converted

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse:
        logger.exception("unhandled error on %s %s", request.method, request.path)
        return status_error_response(500)
