"""The admin SPA's index page: one HTML document for every client-side route (deep links reload).

Tenant hosts get the tenant console and the public host the platform console: the same bundle,
told which one it is by `<meta name="loonflow-console">`. The document is never cached (it names
the current hashed assets); the assets themselves are served by WhiteNoise with immutable caching.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from core.errors import error_response
from core.i18n import from_accept_language

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
    files = dict.fromkeys(
        file for module in modules for file in _chunks(manifest, _key(manifest, module)) if file not in named
    )
    # Low priority: they are needed once the entry has run, not for the first paint (the loading shell),
    # so they must not hold up the entry and the stylesheets; they still arrive while the entry runs.
    return "".join(
        f'<link rel="modulepreload" crossorigin fetchpriority="low" href="/{file}" />' for file in files
    )


def _preloads(request: HttpRequest) -> str:
    path = Path(settings.SPA_DIST) / ".vite" / "manifest.json"
    language = from_accept_language(request.headers.get("Accept-Language", ""))
    modules = [LOCALE_MODULES.get(language or "", DEFAULT_LOCALE_MODULE)]
    modules += [module for pattern, module in PAGE_MODULES if pattern.match(request.path)]
    try:
        return _preload_links(path, path.stat().st_mtime_ns, tuple(modules))
    except (FileNotFoundError, ValueError):
        return ""


@lru_cache(maxsize=4)
def _document(path: Path, mtime_ns: int, console: str) -> bytes:  # mtime_ns only keys the cache
    html = path.read_text(encoding="utf-8")
    return html.replace(CONSOLE_META, f'<meta name="loonflow-console" content="{console}" />').encode()


def _index(request: HttpRequest, console: str) -> HttpResponse:
    path = Path(settings.SPA_DIST) / "index.html"
    try:
        body = _document(path, path.stat().st_mtime_ns, console)
    except FileNotFoundError:
        return error_response(503, "spa_not_built", NOT_BUILT)
    preloads = _preloads(request) if console == "tenant" else ""
    if preloads:
        body = body.replace(b"</head>", preloads.encode() + b"</head>", 1)
    response = HttpResponse(body, content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    response["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response["X-Content-Type-Options"] = "nosniff"
    response["Referrer-Policy"] = "same-origin"
    return response


@require_safe
def tenant_console(request: HttpRequest) -> HttpResponse:
    return _index(request, "tenant")


@require_safe
def platform_console(request: HttpRequest) -> HttpResponse:
    return _index(request, "platform")
