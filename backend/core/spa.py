"""The admin SPA's index page: one HTML document for every client-side route (deep links reload).

Tenant hosts get the tenant console and the public host the platform console: the same bundle,
told which one it is by `<meta name="loonflow-console">`. The document is never cached (it names
the current hashed assets); the assets themselves are served by WhiteNoise with immutable caching.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from core.errors import error_response

CONSOLE_META = '<meta name="loonflow-console" content="tenant" />'
# Ant Design writes its styles at run time (inline <style>), hence 'unsafe-inline' for styles only.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
    "form-action 'self'"
)
NOT_BUILT = (
    "The admin console is not built: run `make run` (or `npm --prefix frontend run build`). "
    "The API works without it; its docs are at /api/v1/docs."
)


@lru_cache(maxsize=4)
def _document(path: Path, mtime_ns: int, console: str) -> bytes:  # mtime_ns only keys the cache
    html = path.read_text(encoding="utf-8")
    return html.replace(CONSOLE_META, f'<meta name="loonflow-console" content="{console}" />').encode()


def _index(console: str) -> HttpResponse:
    path = Path(settings.SPA_DIST) / "index.html"
    try:
        body = _document(path, path.stat().st_mtime_ns, console)
    except FileNotFoundError:
        return error_response(503, "spa_not_built", NOT_BUILT)
    response = HttpResponse(body, content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    response["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response["X-Content-Type-Options"] = "nosniff"
    response["Referrer-Policy"] = "same-origin"
    return response


@require_safe
def tenant_console(request: HttpRequest) -> HttpResponse:
    return _index("tenant")


@require_safe
def platform_console(request: HttpRequest) -> HttpResponse:
    return _index("platform")
