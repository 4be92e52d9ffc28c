"""Time every request, and answer `GET /metrics` in Prometheus' text format before host routing
(Prometheus scrapes pods by IP)."""

from __future__ import annotations

import hmac
import time
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext

from core.errors import error_response, status_error_response
from metrics import http
from metrics.exposition import render

Handler = Callable[[HttpRequest], HttpResponse]


def _authorized(request: HttpRequest) -> bool | None:
    """True: serve. False: wrong or missing token (401). None: metrics are closed here (404)."""
    token = settings.METRICS_TOKEN
    if not token:
        return True if settings.METRICS_OPEN else None
    given = request.headers.get("Authorization", "")
    scheme, _, value = given.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode(), token.encode())


def _arrived_on_metrics_port(request: HttpRequest) -> bool | None:
    """Whether the request came in on METRICS_PORT; None when no metrics port is configured.

    The port is the listening socket's own (gunicorn passes the connection), not the Host header,
    which the client chooses. Without that socket (another server) nothing is ever on the metrics port.
    """
    if not settings.METRICS_PORT:
        return None
    connection = request.META.get("gunicorn.socket")
    try:
        local_port = connection.getsockname()[1] if connection is not None else None
    except (OSError, IndexError, TypeError):
        local_port = None
    return local_port == settings.METRICS_PORT


class MetricsMiddleware:
    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        on_metrics_port = _arrived_on_metrics_port(request)
        if on_metrics_port is not None and on_metrics_port != (request.path == "/metrics"):
            # The metrics listener serves only /metrics, and the main one never does.
            return status_error_response(404)
        response = self._metrics(request) if request.path == "/metrics" else self.get_response(request)
        http.observe(request, response.status_code, time.perf_counter() - started)
        return response

    def _metrics(self, request: HttpRequest) -> HttpResponse:
        allowed = _authorized(request)
        if allowed is None:
            return status_error_response(404)
        if not allowed:
            refused = error_response(
                401, "not_authenticated", gettext("Send the metrics token as a Bearer token.")
            )
            refused["WWW-Authenticate"] = 'Bearer realm="metrics"'
            return refused
        if request.method not in {"GET", "HEAD"}:
            return status_error_response(405)
        body, content_type = render()
        response = HttpResponse(body, content_type=content_type)
        response["Cache-Control"] = "no-store"
        return response
