"""Request counters and latency histograms. Labels are the route pattern, never the raw path, so
ticket ids and tenant hosts cannot blow up the number of series."""

from __future__ import annotations

from django.http import HttpRequest
from prometheus_client import Counter, Histogram

REQUESTS = Counter(
    "loonflow_http_requests",
    "HTTP requests answered, by method, route pattern and status code.",
    ["method", "route", "status"],
)
LATENCY = Histogram(
    "loonflow_http_request_duration_seconds",
    "Time to answer an HTTP request, by method and route pattern.",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)

_KNOWN_METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}
_PROBES = {"/healthz", "/readyz", "/metrics"}


def route_label(request: HttpRequest) -> str:
    if request.path in _PROBES:
        return request.path
    match = getattr(request, "resolver_match", None)
    if match is None:
        return "unmatched"  # unknown host, 404 before routing, static files
    route = match.route or ""
    if route.startswith("^"):
        return "console"  # the SPA's catch-all (a regex route)
    return "/" + route


def method_label(request: HttpRequest) -> str:
    method = (request.method or "").upper()
    return method if method in _KNOWN_METHODS else "other"


def observe(request: HttpRequest, status: int, seconds: float) -> None:
    method = method_label(request)
    route = route_label(request)
    REQUESTS.labels(method, route, str(status)).inc()
    LATENCY.labels(method, route).observe(seconds)
