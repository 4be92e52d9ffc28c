"""A page the server draws for the console's first paint: core.spa puts it in the document.

On a phone on a slow network the console's scripts take seconds to arrive and run. The pages people
open from a link (their to-do list, a ticket) are drawn here instead, from the very API answers the
console is about to ask for. Those answers travel in the document too: the console answers its first
requests from them, draws the same page out of sight, and then takes the first view's place
(frontend/src/lib/first-view.ts). Nothing here is needed: when anything is missing or fails, the
document is served as before and the console draws the page itself.

The drawing uses what the console's build wrote to `dist/.vite/first-view.json`
(frontend/plugins/first-view.ts): Ant Design's class for the theme, the icons and the SPA's texts, so
the first view looks like the page that replaces it and speaks the language the console will.
"""

from __future__ import annotations

import copy
import json
import re
import zoneinfo
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.http import HttpRequest, QueryDict
from django.template.loader import render_to_string
from django.urls import Resolver404, resolve
from django.utils.safestring import SafeString, mark_safe

from core.i18n import from_accept_language, supported

# Cookies the console keeps so the server draws as it will: the browser's time zone, the language and
# colour scheme it shows (frontend/src/lib/first-view.ts and lib/i18n.ts write them).
TIME_ZONE_COOKIE = "loonflow_tz"
LANGUAGE_COOKIE = "loonflow_language"
THEME_COOKIE = "loonflow_theme"
_ZONE_NAME = re.compile(r"^[A-Za-z0-9_+\-]{1,32}(/[A-Za-z0-9_+\-]{1,32}){0,2}$")
# The server's language codes -> the SPA's (src/lib/i18n.ts LANGUAGES).
_SPA_LANGUAGES = {"en": "en", "zh-hans": "zh-CN"}
LANGUAGE_NAMES = {"en": "English", "zh-CN": "简体中文"}  # src/components/LanguageSwitch.tsx


@dataclass(frozen=True)
class FirstView:
    html: SafeString
    # API answers by URL (path and sorted query, see `answer_key`), as the console will ask for them.
    answers: Mapping[str, Any] = field(default_factory=dict)


# Draws a page's first view for a request whose path matched its pattern; None: no first view.
FirstViewMaker = Callable[[HttpRequest, re.Match[str]], FirstView | None]


def answer_key(url: str) -> str:
    """`url` with its query sorted: the console looks answers up the same way."""
    path, _, query = url.partition("?")
    pairs = sorted(parse_qsl(query, keep_blank_values=True))
    return f"{path}?{urlencode(pairs)}" if pairs else path


def api_answer(request: HttpRequest, url: str) -> Any | None:
    """What `GET url` (this host's API) answers the person behind `request`, as JSON data; None
    unless it answers 200 with JSON. The API's own view runs, so permissions and shapes are the API's."""
    path, _, query = url.partition("?")
    try:
        match = resolve(path)
    except Resolver404:
        return None
    sub = copy.copy(request)
    sub.method = "GET"
    sub.path = sub.path_info = path
    sub.GET = QueryDict(query)
    # A session's answers only: no bearer token, no body, no conditional headers of the document's.
    meta = {key: value for key, value in request.META.items() if key not in _DOCUMENT_ONLY}
    sub.META = {**meta, "REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": query}
    response = match.func(sub, *match.args, **match.kwargs)
    if response.status_code != 200 or not response.get("Content-Type", "").startswith("application/json"):
        return None
    return json.loads(response.content)


_DOCUMENT_ONLY = {
    "HTTP_AUTHORIZATION",
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MATCH",
    "CONTENT_LENGTH",
    "CONTENT_TYPE",
}


@dataclass(frozen=True)
class Build:
    antd_class: str
    icons: Mapping[str, str]
    texts: Mapping[str, Mapping[str, Any]]


@lru_cache(maxsize=2)
def _build(path: Path, mtime_ns: int) -> Build:  # mtime_ns only keys the cache
    data = json.loads(path.read_text(encoding="utf-8"))
    return Build(antd_class=data["antdClass"], icons=data["icons"], texts=data["texts"])


def console_build() -> Build | None:
    """What the console's build wrote for first views; None when it is not built (or built without)."""
    path = Path(settings.SPA_DIST) / ".vite" / "first-view.json"
    try:
        return _build(path, path.stat().st_mtime_ns)
    except (FileNotFoundError, ValueError, KeyError):
        return None


class Texts:
    """The SPA's texts of one language (i18next's `{{name}}` placeholders and `_one`/`_other` plurals)."""

    def __init__(self, language: str, bundles: Mapping[str, Mapping[str, Any]], fallback: Mapping[str, Any]):
        self.language = language
        self._bundles = bundles
        self._fallback = fallback

    def _lookup(self, bundles: Mapping[str, Any], namespace: str, key: str) -> str | None:
        node: Any = bundles.get(namespace, {})
        for part in key.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        return node if isinstance(node, str) else None

    def __call__(self, key: str, namespace: str = "tickets", **params: Any) -> str:
        keys = [key]
        if "count" in params:
            # A language without a singular form (Chinese) has only `_other`.
            keys[:0] = [f"{key}_{'one' if params['count'] == 1 else 'other'}", f"{key}_other"]
        text = next(
            (
                found
                for bundles in (self._bundles, self._fallback)
                for candidate in keys
                if (found := self._lookup(bundles, namespace, candidate)) is not None
            ),
            key,
        )
        return re.sub(
            r"\{\{\s*(\w+)\s*\}\}", lambda match: str(params.get(match.group(1), match.group(0))), text
        )


def spa_language(request: HttpRequest) -> str:
    """The language the console will show: the one it last showed here, the person's saved one, the
    browser's (the SPA's own order of preference), else English."""
    shown = request.COOKIES.get(LANGUAGE_COOKIE, "")
    if shown in LANGUAGE_NAMES:
        return shown
    saved = getattr(request.user, "language", "") or ""
    server = supported(saved) or from_accept_language(request.headers.get("Accept-Language", ""))
    return _SPA_LANGUAGES.get(server or "", "en")


def texts_for(build: Build, language: str) -> Texts:
    return Texts(language, build.texts.get(language, {}), build.texts.get("en", {}))


@lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def browser_zone(request: HttpRequest) -> tzinfo:
    """The browser's time zone, as the console last told it; the deployment's when unknown."""
    name = request.COOKIES.get(TIME_ZONE_COOKIE, "")
    if _ZONE_NAME.match(name) and name in _zone_names():
        return zoneinfo.ZoneInfo(name)
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def local_minute(value: str, zone: tzinfo) -> str:
    """An API timestamp as the console shows it (dayjs "YYYY-MM-DD HH:mm" in the browser's zone)."""
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return ""
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def wants_light_console(request: HttpRequest) -> bool:
    """A first view is drawn in the light theme (the build's styles): not for someone who chose dark.
    (A phone that follows a dark system setting hides it by CSS, frontend/src/index.css.)"""
    return request.COOKIES.get(THEME_COOKIE, "") != "dark"


def draw(template: str, context: dict[str, Any]) -> SafeString:
    return mark_safe(render_to_string(template, context))  # noqa: S308 - a template's own escaped output


# What the console's frame asks for as it starts (frontend/src/app/router.tsx, the layout's prefetch).
ME_URL = "/api/v1/me"
FRAME_URLS = (ME_URL, "/api/v1/tickets/counts", "/api/v1/inbox/unread-count")
_THEME_MODES = {"system", "light"}


@dataclass(frozen=True)
class Drawing:
    """What a page's first view draws with: the build's class and icons, the texts and the zone."""

    build: Build
    texts: Texts
    zone: tzinfo
    answers: dict[str, Any]

    @cached_property
    def icons(self) -> dict[str, SafeString]:
        # The build's own output (the installed icon set), not a tenant's input.
        return {name.replace("-", "_"): mark_safe(svg) for name, svg in self.build.icons.items()}  # noqa: S308

    def view(self, texts: dict[str, str]) -> dict[str, Any]:
        """What every first-view template draws with: Ant Design's class, the icons and its `texts`."""
        return {"antd_class": self.build.antd_class, "icons": self.icons, "texts": texts}


def start_drawing(request: HttpRequest) -> Drawing | None:
    """The frame's answers and what to draw with, for a signed-in person on a built console; None when
    no first view can be drawn (then the console draws the page itself, as it always could)."""
    build = console_build()
    if build is None or not request.user.is_authenticated or not wants_light_console(request):
        return None
    answers: dict[str, Any] = {}
    for url in FRAME_URLS:
        answer = api_answer(request, url)
        if answer is None:
            return None
        answers[answer_key(url)] = answer
    return Drawing(
        build=build,
        texts=texts_for(build, spa_language(request)),
        zone=browser_zone(request),
        answers=answers,
    )


def frame(request: HttpRequest, drawing: Drawing, page: SafeString) -> SafeString:
    """`page` inside the console's frame (its header on a phone)."""
    t = drawing.texts
    me = drawing.answers[ME_URL].get("user") or {}
    unread = int(drawing.answers[answer_key("/api/v1/inbox/unread-count")].get("unread") or 0)
    mode = request.COOKIES.get(THEME_COOKIE, "system")
    mode = mode if mode in _THEME_MODES else "system"
    language_name = LANGUAGE_NAMES.get(t.language, "English")
    texts = {
        "open_menu": t("openMenu", "common"),
        "bell": t("bell", "inbox", count=unread),
        "language": f"{t('language', 'common')}: {language_name}",
        "language_name": language_name,
        "theme": t("theme.label", "common", mode=t(f"theme.{mode}", "common")),
        "shortcuts": t("shortcuts.open", "common"),
    }
    view = {
        **drawing.view(texts),
        "unread": unread,
        "user_name": me.get("display_name") or me.get("username") or "",
    }
    return draw("first_view/frame.html", {"view": view, "page": page})
