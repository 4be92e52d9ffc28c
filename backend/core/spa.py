"""The admin SPA's index page: one HTML document for every client-side route (deep links reload).

Tenant hosts get the tenant console and the public host the platform console: the same bundle,
told which one it is by `<meta name="loonflow-console">`. The document is never cached (it names
the current hashed assets); the assets themselves are served by WhiteNoise with immutable caching.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.html import json_script
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_safe

from core.errors import error_response
from core.first_view import FirstView, FirstViewMaker
from core.i18n import from_accept_language

logger = logging.getLogger(__name__)

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


# The pages phones open most (a link in a mail or chat message), by path: their chunks are named in the
# document (rel=modulepreload), so a first visit fetches them beside the entry instead of after it has
# run and asked for them. Keys of Vite's build manifest (frontend/vite.config.ts `build.manifest`).
PAGE_MODULES = (
    (re.compile(r"^/tickets/?$"), "src/features/tickets/routes/TicketListPage.tsx"),
    (re.compile(r"^/tickets/\d+/?$"), "src/features/tickets/routes/TicketDetailPage.tsx"),
)
# The console itself (the entry only starts it, after a first view has painted: src/main.tsx).
APP_MODULE = "src/app/start.tsx"
# The texts of the language the console will most likely start in (the browser's, as the SPA guesses).
LOCALE_MODULES = {"zh-hans": "src/lib/locale-zh-cn.ts"}
DEFAULT_LOCALE_MODULE = "src/lib/locale-en.ts"


@lru_cache(maxsize=2)
def _manifest(path: Path, mtime_ns: int) -> dict[str, dict]:  # mtime_ns only keys the cache
    return json.loads(path.read_text(encoding="utf-8"))


def _chunks(manifest: dict[str, dict], key: str) -> list[str]:
    """The files of `key`'s chunk and of every chunk it imports, the entry's excepted (already named)."""
    files: list[str] = []
    seen: set[str] = set()
    pending = [key]
    while pending:
        current = pending.pop()
        chunk = manifest.get(current)
        if current in seen or not chunk or chunk.get("isEntry"):
            continue
        seen.add(current)
        files.append(chunk["file"])
        pending.extend(chunk.get("imports", []))
    return files


def _key(manifest: dict[str, dict], module: str) -> str:
    """The manifest key of `module`: its path, or (when Rollup merged it into a chunk that other chunks
    import too, keyed by file name) the dynamic entry named after it."""
    if module in manifest:
        return module
    name = Path(module).stem
    return next(
        (key for key, chunk in manifest.items() if chunk.get("isDynamicEntry") and chunk.get("name") == name),
        module,
    )


@lru_cache(maxsize=16)
def _preload_links(path: Path, mtime_ns: int, modules: tuple[str, ...]) -> str:  # mtime_ns keys the cache
    manifest = _manifest(path, mtime_ns)
    entry = next((chunk for chunk in manifest.values() if chunk.get("isEntry")), {})
    named = {manifest[key]["file"] for key in entry.get("imports", []) if key in manifest}  # in index.html
    app = _chunks(manifest, _key(manifest, APP_MODULE))
    files = dict.fromkeys(
        file for module in modules for file in _chunks(manifest, _key(manifest, module)) if file not in named
    )
    # The console, which the entry asks for at once: as soon as the document names it.
    links = [f'<link rel="modulepreload" crossorigin href="/{file}" />' for file in app if file not in named]
    # Low priority: the page and the texts are needed once the console has run, not for the first paint
    # (the loading shell), so they must not hold up the console and the stylesheets.
    links += [
        f'<link rel="modulepreload" crossorigin fetchpriority="low" href="/{file}" />'
        for file in files
        if file not in app
    ]
    return "".join(links)


def _preloads(request: HttpRequest) -> str:
    path = Path(settings.SPA_DIST) / ".vite" / "manifest.json"
    language = from_accept_language(request.headers.get("Accept-Language", ""))
    modules = [LOCALE_MODULES.get(language or "", DEFAULT_LOCALE_MODULE)]
    modules += [module for pattern, module in PAGE_MODULES if pattern.match(request.path)]
    try:
        return _preload_links(path, path.stat().st_mtime_ns, tuple(modules))
    except (FileNotFoundError, ValueError):
        return ""


# Pages the server draws for the first paint, by path (config/urls_tenant.py lists them).
FirstViews = Sequence[tuple[re.Pattern[str], FirstViewMaker]]


def _first_view(request: HttpRequest, first_views: FirstViews) -> FirstView | None:
    for pattern, maker in first_views:
        if match := pattern.match(request.path):
            try:
                return maker(request, match)
            except Exception:  # a first view is an extra: the console draws the page anyway
                logger.exception("drawing the first view of %s failed", request.path)
                return None
    return None


@lru_cache(maxsize=4)
def _document(path: Path, mtime_ns: int, console: str) -> bytes:  # mtime_ns only keys the cache
    html = path.read_text(encoding="utf-8")
    return html.replace(CONSOLE_META, f'<meta name="loonflow-console" content="{console}" />').encode()


def _index(request: HttpRequest, console: str, first_views: FirstViews = ()) -> HttpResponse:
    path = Path(settings.SPA_DIST) / "index.html"
    try:
        body = _document(path, path.stat().st_mtime_ns, console)
    except FileNotFoundError:
        return error_response(503, "spa_not_built", NOT_BUILT)
    first = _first_view(request, first_views)
    if first is not None:
        # Nothing else is asked for before the first view has painted (the entry then starts the console).
        drawn = first.html + json_script(dict(first.answers), "first-view-answers")
        body = body.replace(b'<div id="root">', drawn.encode() + b'<div id="root">', 1)
    preloads = _preloads(request) if console == "tenant" and first is None else ""
    if preloads:
        body = body.replace(b"</head>", preloads.encode() + b"</head>", 1)
    response = HttpResponse(body, content_type="text/html; charset=utf-8")
    # A first view is the person's own data: never kept by a shared cache.
    response["Cache-Control"] = "no-cache" if first is None else "private, no-cache"
    response["Vary"] = "Cookie"
    response["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response["X-Content-Type-Options"] = "nosniff"
    response["Referrer-Policy"] = "same-origin"
    return response


def tenant_console_view(first_views: FirstViews = ()) -> Callable[[HttpRequest], HttpResponse]:
    """The tenant console's document view, drawing `first_views` for the paths they match."""

    # Compressed: a first view makes the document tens of KiB (GZipMiddleware's BREACH padding included).
    @gzip_page
    @require_safe
    def tenant_console(request: HttpRequest) -> HttpResponse:
        return _index(request, "tenant", first_views)

    return tenant_console


tenant_console = tenant_console_view()


@require_safe
def platform_console(request: HttpRequest) -> HttpResponse:
    return _index(request, "platform")
